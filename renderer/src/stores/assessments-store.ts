import type {
  AppError,
  AssessableFramework,
  AssessmentDetail,
  AssessmentSummary,
  ChannelInput,
  ChannelName,
  ChannelOutput,
  CoverageReport,
  Result,
} from '../../../shared/contract'
import { assessmentsApi } from '../lib/assessments-api'
import { refreshLoaded } from './live-updates'
import { latestOnly, type LoadStatus } from './load-status'
import { createDomainStore, type DomainState } from './store-factory'

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

type Write<K extends ChannelName> = (input: ChannelInput<K>) => Promise<Result<ChannelOutput<K>>>

interface AssessmentsState extends DomainState {
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
  open(id: number | null): Promise<void>
  showCoverage(scope: CoverageScope | null): Promise<void>
  /** Two assessments side by side (read on demand, not kept). */
  compare(baseId: number, otherId: number): Promise<Result<ChannelOutput<'assessments:compare'>>>
  /** Plan items a gap can be linked to (read on demand, not kept). */
  planTargets(): Promise<Result<ChannelOutput<'assessments:planTargets'>>>
  create: Write<'assessments:create'>
  update: Write<'assessments:update'>
  remove: Write<'assessments:delete'>
  startCycle: Write<'assessments:startCycle'>
  scoreItem: Write<'assessments:scoreItem'>
  addRecommendation: Write<'assessments:addRecommendation'>
  updateRecommendation: Write<'assessments:updateRecommendation'>
  deleteRecommendation: Write<'assessments:deleteRecommendation'>
  link: Write<'assessments:link'>
  unlink: (linkId: number) => ReturnType<typeof assessmentsApi.unlink>
  defer: Write<'assessments:defer'>
  clearDeferral: Write<'assessments:clearDeferral'>
  createObjectiveFromGap: Write<'assessments:createObjectiveFromGap'>
}

const detailRequests = latestOnly()
const coverageRequests = latestOnly()

/** Needs assessments: the list, the one open, and the coverage check. */
export const useAssessmentsStore = createDomainStore<AssessmentsState>({
  key: 'assessments',
  event: 'assessments:changed',
  fetch: async () => {
    const [list, frameworks] = await Promise.all([
      assessmentsApi.list(),
      assessmentsApi.frameworks(),
      loadDetail(),
      loadCoverage(),
    ])
    if (!list.ok) return list
    if (!frameworks.ok) return frameworks
    return { ok: true, value: { list: list.value, frameworks: frameworks.value } }
  },
  init: ({ set, get, mutate }) => ({
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
    compare: (baseId, otherId) => assessmentsApi.compare(baseId, otherId),
    planTargets: () => assessmentsApi.planTargets(),
    create: (input) => mutate(() => assessmentsApi.create(input)),
    update: (input) => mutate(() => assessmentsApi.update(input)),
    remove: (input) => mutate(() => assessmentsApi.remove(input)),
    startCycle: (input) => mutate(() => assessmentsApi.startCycle(input)),
    scoreItem: (input) => mutate(() => assessmentsApi.scoreItem(input)),
    addRecommendation: (input) => mutate(() => assessmentsApi.addRecommendation(input)),
    updateRecommendation: (input) => mutate(() => assessmentsApi.updateRecommendation(input)),
    deleteRecommendation: (input) => mutate(() => assessmentsApi.deleteRecommendation(input)),
    link: (input) => mutate(() => assessmentsApi.link(input)),
    unlink: (linkId) => mutate(() => assessmentsApi.unlink(linkId)),
    defer: (input) => mutate(() => assessmentsApi.defer(input)),
    clearDeferral: (input) => mutate(() => assessmentsApi.clearDeferral(input)),
    async createObjectiveFromGap(input) {
      const result = await mutate(() => assessmentsApi.createObjectiveFromGap(input))
      // It writes an objective too, yet is announced as an assessments change: the plan reloads.
      await refreshLoaded(['plan', 'dashboard.plan'])
      return result
    },
  }),
})

// The open assessment's record, read again alongside the list or when another one opens.
async function loadDetail(): Promise<void> {
  const id = useAssessmentsStore.getState().openId
  if (id === null) return
  const ticket = detailRequests.next()
  if (useAssessmentsStore.getState().detail?.assessment.id !== id) {
    useAssessmentsStore.setState({ detailStatus: 'loading', detail: null })
  }
  const result = await assessmentsApi.get(id)
  if (!detailRequests.isLatest(ticket)) return
  if (result.ok) {
    useAssessmentsStore.setState({
      detailStatus: 'ready',
      detail: result.value,
      detailError: null,
    })
  } else useAssessmentsStore.setState({ detailStatus: 'error', detailError: result.error })
}

// The coverage report shown, if the Coverage tab is open.
async function loadCoverage(): Promise<void> {
  const scope = useAssessmentsStore.getState().coverageScope
  if (scope === null) return
  const ticket = coverageRequests.next()
  if (useAssessmentsStore.getState().coverageStatus !== 'ready')
    useAssessmentsStore.setState({ coverageStatus: 'loading' })
  const result = await assessmentsApi.coverage(scope === 'current' ? undefined : scope)
  if (!coverageRequests.isLatest(ticket)) return
  if (result.ok) {
    useAssessmentsStore.setState({
      coverageStatus: 'ready',
      coverage: result.value,
      coverageError: null,
    })
  } else useAssessmentsStore.setState({ coverageStatus: 'error', coverageError: result.error })
}
