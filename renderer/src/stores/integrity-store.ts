import type {
  ChannelInput,
  ChannelName,
  ChannelOutput,
  IntegrityData,
  IntegrityIndicatorOption,
  Result,
} from '../../../shared/contract'
import { integrityApi } from '../lib/integrity-api'
import { createDomainStore, type DomainState } from './store-factory'

type Write<K extends ChannelName> = (input: ChannelInput<K>) => Promise<Result<ChannelOutput<K>>>

interface IntegrityState extends DomainState {
  data: IntegrityData | null
  /** Indicators an action may link to (may be empty). */
  indicators: IntegrityIndicatorOption[]
  /** The framework shown; undefined = the backend's default (the first installed). */
  frameworkId: number | undefined
  selectFramework(id: number): Promise<void>
  createAssessment: Write<'integrity:createAssessment'>
  updateAssessment: Write<'integrity:updateAssessment'>
  deleteAssessment: Write<'integrity:deleteAssessment'>
  rateFactor: Write<'integrity:rateFactor'>
  createAction: Write<'integrity:createAction'>
  updateAction: Write<'integrity:updateAction'>
  deleteAction: Write<'integrity:deleteAction'>
  createWave: Write<'integrity:createWave'>
  updateWave: Write<'integrity:updateWave'>
  deleteWave: Write<'integrity:deleteWave'>
}

/** The integrity programme of one framework: assessments, action plan, surveys, risks. */
export const useIntegrityStore = createDomainStore<IntegrityState>({
  key: 'integrity',
  event: 'integrity:changed',
  fetch: async (get) => {
    const frameworkId = get().frameworkId
    const [result, indicators] = await Promise.all([
      integrityApi.get(frameworkId === undefined ? {} : { frameworkId }),
      integrityApi.indicatorOptions(),
    ])
    if (!result.ok) return result
    return {
      ok: true,
      value: { data: result.value, indicators: indicators.ok ? indicators.value : [] },
    }
  },
  init: ({ set, get, mutate }) => ({
    data: null,
    indicators: [],
    frameworkId: undefined,
    async selectFramework(id) {
      set({ frameworkId: id })
      await get().refresh()
    },
    // The overview depends on every record: each write reloads it (once).
    createAssessment: (input) => mutate(() => integrityApi.createAssessment(input)),
    updateAssessment: (input) => mutate(() => integrityApi.updateAssessment(input)),
    deleteAssessment: (input) => mutate(() => integrityApi.deleteAssessment(input)),
    rateFactor: (input) => mutate(() => integrityApi.rateFactor(input)),
    createAction: (input) => mutate(() => integrityApi.createAction(input)),
    updateAction: (input) => mutate(() => integrityApi.updateAction(input)),
    deleteAction: (input) => mutate(() => integrityApi.deleteAction(input)),
    createWave: (input) => mutate(() => integrityApi.createWave(input)),
    updateWave: (input) => mutate(() => integrityApi.updateWave(input)),
    deleteWave: (input) => mutate(() => integrityApi.deleteWave(input)),
  }),
})
