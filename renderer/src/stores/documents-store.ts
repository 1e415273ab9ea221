import type {
  AssessmentSummary,
  ChangesReport,
  ChannelInput,
  DocumentHistory,
  DocumentKind,
  DocumentOutline,
  ChannelName,
  ChannelOutput,
  ExportRecord,
  Language,
  Result,
  SnapshotSummary,
  Submission,
} from '../../../shared/contract'
import { documentsApi } from '../lib/documents-api'
import { currentLanguage } from '../lib/i18n'
import { createDomainStore, type DomainState } from './store-factory'

/** One reviewer row of the chooser; the key keeps React's rows stable while names are typed. */
export interface ReviewerRow {
  key: string
  name: string
}

/** What the user chose in "Create a document". */
export interface ChooserOptions {
  kind: DocumentKind
  language: Language
  /** A marking from Settings; null until the settings are known (then the lowest). */
  classification: string | null
  paper: 'a4' | 'letter'
  /** Which submission, for kind "submission"; null: the most recent. */
  submissionId: number | null
  /** Which assessment, for kind "assessment"; null: the most recent. */
  assessmentId: number | null
  reviewers: ReviewerRow[]
}

/** A file just written, with its snapshot when it was prepared for sign-off. */
export interface DocumentResult {
  export: ExportRecord
  snapshot: SnapshotSummary | null
}

type Call<K extends ChannelName> = (input: ChannelInput<K>) => Promise<Result<ChannelOutput<K>>>

interface DocumentsState extends DomainState {
  history: DocumentHistory
  submissions: Submission[]
  changes: ChangesReport | null
  assessments: AssessmentSummary[]
  options: ChooserOptions
  /** The outline of the current choices; cleared when a choice changes. */
  outline: DocumentOutline | null
  result: DocumentResult | null
  changesExport: ExportRecord | null
  setOptions(patch: Partial<ChooserOptions>): void
  setOutline(outline: DocumentOutline | null): void
  setResult(result: DocumentResult | null): void
  setChangesExport(record: ExportRecord | null): void
  /** What the chosen document would hold (read on demand; kept with setOutline). */
  readOutline: Call<'documents:outline'>
  /** Checks a Word file against its sign-off snapshot (a read). */
  verify: Call<'documents:verify'>
  /** Saves (desktop) or downloads (browser mode) an exported file. */
  save: typeof documentsApi.save
  exportDocument: Call<'documents:export'>
  prepareSignoff: Call<'documents:prepareSignoff'>
  recordDecisions: Call<'documents:recordDecisions'>
  saveSubmission: Call<'documents:saveSubmission'>
  deleteSubmission(id: number): ReturnType<typeof documentsApi.deleteSubmission>
  setLogo: Call<'documents:setLogo'>
}

/** The channel input for the chosen document (or another kind with the same choices). */
export function optionsInput(
  o: ChooserOptions,
  kind: DocumentKind = o.kind,
): ChannelInput<'documents:outline'> {
  const subjectId =
    kind === 'submission' ? o.submissionId : kind === 'assessment' ? o.assessmentId : null
  return {
    kind,
    language: o.language,
    paper: o.paper,
    ...(o.classification ? { classification: o.classification } : {}),
    ...(subjectId !== null ? { subjectId } : {}),
    reviewers: o.reviewers.map((r) => r.name.trim()).filter((name) => name !== ''),
  }
}

/** Exports, sign-offs, submissions and the changes since the approved plan. */
export const useDocumentsStore = createDomainStore<DocumentsState>({
  key: 'documents',
  event: 'documents:changed',
  // Take the interface language as the documents' first choice.
  beforeFirstLoad: ({ set, get }) =>
    set({ options: { ...get().options, language: currentLanguage() } }),
  fetch: async (get) => {
    const [history, submissions, changes, assessments] = await Promise.all([
      documentsApi.history(),
      documentsApi.listSubmissions(),
      documentsApi.changes(),
      documentsApi.assessments(),
    ])
    if (!history.ok) return history
    if (!submissions.ok) return submissions
    if (!changes.ok) return changes
    const { options } = get()
    // A chosen subject that was deleted elsewhere falls back to "the most recent".
    const keep = (id: number | null, ids: number[]) => (id !== null && ids.includes(id) ? id : null)
    return {
      ok: true,
      value: {
        history: history.value,
        submissions: submissions.value,
        changes: changes.value,
        // Assessments are optional here: without them the report covers the latest one.
        assessments: assessments.ok ? assessments.value : [],
        options: {
          ...options,
          submissionId: keep(
            options.submissionId,
            submissions.value.map((s) => s.id),
          ),
          assessmentId: keep(
            options.assessmentId,
            assessments.ok ? assessments.value.map((a) => a.id) : [],
          ),
        },
      },
    }
  },
  init: ({ set, get, mutate }) => ({
    history: { exports: [], snapshots: [] },
    submissions: [],
    changes: null,
    assessments: [],
    options: {
      kind: 'plan',
      language: currentLanguage(),
      classification: null,
      paper: 'a4',
      submissionId: null,
      assessmentId: null,
      reviewers: [],
    },
    outline: null,
    result: null,
    changesExport: null,
    setOptions: (patch) => {
      // Reviewers only fill the control table; every other choice changes the outline.
      const stale = Object.keys(patch).some((k) => k !== 'reviewers')
      set({ options: { ...get().options, ...patch }, ...(stale ? { outline: null } : {}) })
    },
    setOutline: (outline) => set({ outline }),
    setResult: (result) => set({ result }),
    setChangesExport: (changesExport) => set({ changesExport }),
    readOutline: (input) => documentsApi.outline(input),
    verify: (input) => documentsApi.verify(input),
    save: (exportId) => documentsApi.save(exportId),
    exportDocument: (input) => mutate(() => documentsApi.exportDocument(input)),
    prepareSignoff: (input) => mutate(() => documentsApi.prepareSignoff(input)),
    recordDecisions: (input) => mutate(() => documentsApi.recordDecisions(input)),
    saveSubmission: (input) => mutate(() => documentsApi.saveSubmission(input)),
    deleteSubmission: (id) => mutate(() => documentsApi.deleteSubmission(id)),
    setLogo: (input) => mutate(() => documentsApi.setLogo(input)),
  }),
})
