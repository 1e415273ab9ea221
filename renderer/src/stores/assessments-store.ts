import { create } from 'zustand'
import type {
  AppError,
  AssessableFramework,
  AssessmentDetail,
  AssessmentSummary,
  CoverageReport,
  Result,
} from '../../../shared/contract'
import { assessmentsApi } from '../lib/assessments-api'
import { latestOnly, type LoadStatus } from './load-status'

/** What the user typed for one item and has not saved yet. */
export interface ScoreDraft {
  currentLevel: number | null
  targetLevel: number | null
  notApplicable: boolean
  evidence: string
  currentState: string
  desiredState: string
}

/** Which coverage report: every current assessment, or one. */
export type CoverageScope = 'current' | number

interface AssessmentsState {
  status: LoadStatus
  error: AppError | null
  list: AssessmentSummary[]
  frameworks: AssessableFramework[]
  /** The assessment open in the workspace. */
  openId: number | null
  detailStatus: LoadStatus
  detail: AssessmentDetail | null
  detailError: AppError | null
  /** The coverage report shown, or null when the Coverage tab is closed. */
  coverageScope: CoverageScope | null
  /** The scope chosen last, used again when the Coverage tab reopens. */
  lastCoverageScope: CoverageScope
  coverageStatus: LoadStatus
  coverage: CoverageReport | null
  coverageError: AppError | null
  /** Unsaved scoring edits per assessment item, kept while the user moves around the view. */
  drafts: Record<number, ScoreDraft>
  setDraft(itemId: number, draft: ScoreDraft | null): void
  load(): Promise<void>
  refresh(): Promise<void>
  open(id: number | null): Promise<void>
  showCoverage(scope: CoverageScope | null): Promise<void>
  /** Runs a change, then reloads whatever is on screen (the answer may make it stale). */
  change<T>(run: () => Promise<Result<T>>): Promise<Result<T>>
}

const listRequests = latestOnly()
const detailRequests = latestOnly()
const coverageRequests = latestOnly()
let stopListening: (() => void) | null = null

/** Needs assessments: the list, the one open, and the coverage check. */
export const useAssessmentsStore = create<AssessmentsState>()((set, get) => {
  async function loadDetail(): Promise<void> {
    const id = get().openId
    if (id === null) return
    const ticket = detailRequests.next()
    if (get().detail?.assessment.id !== id) set({ detailStatus: 'loading', detail: null })
    const result = await assessmentsApi.get(id)
    if (!detailRequests.isLatest(ticket)) return
    if (result.ok) set({ detailStatus: 'ready', detail: result.value, detailError: null })
    else set({ detailStatus: 'error', detailError: result.error })
  }

  async function loadCoverage(): Promise<void> {
    const scope = get().coverageScope
    if (scope === null) return
    const ticket = coverageRequests.next()
    if (get().coverageStatus !== 'ready') set({ coverageStatus: 'loading' })
    const result = await assessmentsApi.coverage(scope === 'current' ? undefined : scope)
    if (!coverageRequests.isLatest(ticket)) return
    if (result.ok) set({ coverageStatus: 'ready', coverage: result.value, coverageError: null })
    else set({ coverageStatus: 'error', coverageError: result.error })
  }

  return {
    status: 'idle',
    error: null,
    list: [],
    frameworks: [],
    openId: null,
    detailStatus: 'idle',
    detail: null,
    detailError: null,
    coverageScope: null,
    lastCoverageScope: 'current',
    coverageStatus: 'idle',
    coverage: null,
    coverageError: null,
    drafts: {},
    setDraft(itemId, draft) {
      const drafts = { ...get().drafts }
      if (draft === null) delete drafts[itemId]
      else drafts[itemId] = draft
      set({ drafts })
    },
    async load() {
      // Changes made elsewhere (another window, the CLI, the plan) refresh what is shown.
      stopListening ??= assessmentsApi.onChanged(() => void get().refresh())
      if (get().status === 'idle') await get().refresh()
    },
    async refresh() {
      const ticket = listRequests.next()
      if (get().status !== 'ready') set({ status: 'loading' })
      const [list, frameworks] = await Promise.all([
        assessmentsApi.list(),
        assessmentsApi.frameworks(),
        loadDetail(),
        loadCoverage(),
      ])
      if (!listRequests.isLatest(ticket)) return
      if (!list.ok || !frameworks.ok) {
        const error = !list.ok ? list.error : !frameworks.ok ? frameworks.error : null
        set({ status: 'error', error })
        return
      }
      set({ status: 'ready', list: list.value, frameworks: frameworks.value, error: null })
    },
    async open(id) {
      if (get().openId === id && (id === null || get().detailStatus !== 'idle')) return
      set({ openId: id, detailStatus: id === null ? 'idle' : 'loading', detail: null })
      await loadDetail()
    },
    async showCoverage(scope) {
      if (get().coverageScope === scope && get().coverageStatus !== 'idle') return
      set({
        coverageScope: scope,
        lastCoverageScope: scope ?? get().lastCoverageScope,
        coverageStatus: scope === null ? 'idle' : 'loading',
        coverage: null,
      })
      await loadCoverage()
    },
    async change(run) {
      const result = await run()
      await get().refresh()
      return result
    },
  }
})
