import { create } from 'zustand'
import type {
  AppError,
  EventName,
  IntegrityData,
  IntegrityIndicatorOption,
  Result,
} from '../../../shared/contract'
import { api } from '../lib/api'
import { integrityApi } from '../lib/integrity-api'
import { latestOnly, type LoadStatus } from './load-status'

interface IntegrityState {
  status: LoadStatus
  data: IntegrityData | null
  /** Indicators an action may link to (may be empty). */
  indicators: IntegrityIndicatorOption[]
  /** The framework shown; undefined = the backend's default (the first installed). */
  frameworkId: number | undefined
  error: AppError | null
  load(): Promise<void>
  refresh(): Promise<void>
  selectFramework(id: number): Promise<void>
  /** Runs a change, then reloads: the overview depends on every record. */
  change<T>(request: Promise<Result<T>>): Promise<Result<T>>
}

const requests = latestOnly()

// Records of other domains shown here (risks, indicators, classification markings).
const WATCHED: EventName[] = [
  'integrity:changed',
  'risks:changed',
  'indicators:changed',
  'settings:changed',
]
let watching = false

/** The integrity programme of one framework: assessments, action plan, surveys, risks. */
export const useIntegrityStore = create<IntegrityState>()((set, get) => ({
  status: 'idle',
  data: null,
  indicators: [],
  frameworkId: undefined,
  error: null,
  async load() {
    if (!watching) {
      watching = true
      for (const event of WATCHED) {
        api.events.on(event, () => {
          if (get().status !== 'idle') void get().refresh()
        })
      }
    }
    if (get().status === 'idle') await get().refresh()
  },
  async refresh() {
    const ticket = requests.next()
    if (get().status !== 'ready') set({ status: 'loading' })
    const frameworkId = get().frameworkId
    const [result, indicators] = await Promise.all([
      integrityApi.get(frameworkId === undefined ? {} : { frameworkId }),
      integrityApi.indicatorOptions(),
    ])
    if (!requests.isLatest(ticket)) return
    if (!result.ok) {
      set({ status: 'error', error: result.error })
      return
    }
    set({
      status: 'ready',
      data: result.value,
      indicators: indicators.ok ? indicators.value : [],
      error: null,
    })
  },
  async selectFramework(id) {
    set({ frameworkId: id })
    await get().refresh()
  },
  async change(request) {
    const result = await request
    await get().refresh()
    return result
  },
}))
