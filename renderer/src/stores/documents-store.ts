import { create } from 'zustand'
import type {
  AppError,
  AssessmentSummary,
  ChangesReport,
  ChannelInput,
  DocumentHistory,
  DocumentKind,
  DocumentOutline,
  ExportRecord,
  Language,
  SnapshotSummary,
  Submission,
} from '../../../shared/contract'
import { documentsApi } from '../lib/documents-api'
import { currentLanguage } from '../lib/i18n'
import { latestOnly, type LoadStatus } from './load-status'

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

interface DocumentsState {
  status: LoadStatus
  error: AppError | null
  history: DocumentHistory
  submissions: Submission[]
  changes: ChangesReport | null
  assessments: AssessmentSummary[]
  options: ChooserOptions
  /** The outline of the current choices; cleared when a choice changes. */
  outline: DocumentOutline | null
  result: DocumentResult | null
  changesExport: ExportRecord | null
  load(): Promise<void>
  refresh(): Promise<void>
  setOptions(patch: Partial<ChooserOptions>): void
  setOutline(outline: DocumentOutline | null): void
  setResult(result: DocumentResult | null): void
  setChangesExport(record: ExportRecord | null): void
}

const requests = latestOnly()
let stopListening: (() => void) | null = null

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
export const useDocumentsStore = create<DocumentsState>()((set, get) => ({
  status: 'idle',
  error: null,
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
  async load() {
    // Exports made from the CLI, or plan edits elsewhere, show up without a reload.
    stopListening ??= documentsApi.onChanged(() => void get().refresh())
    if (get().status === 'idle') {
      set({ options: { ...get().options, language: currentLanguage() } })
      await get().refresh()
    }
  },
  async refresh() {
    const ticket = requests.next()
    if (get().status !== 'ready') set({ status: 'loading' })
    const [history, submissions, changes, assessments] = await Promise.all([
      documentsApi.history(),
      documentsApi.listSubmissions(),
      documentsApi.changes(),
      documentsApi.assessments(),
    ])
    if (!requests.isLatest(ticket)) return
    for (const r of [history, submissions, changes]) {
      if (!r.ok) {
        set({ status: 'error', error: r.error })
        return
      }
    }
    if (!history.ok || !submissions.ok || !changes.ok) return
    const { options } = get()
    // A chosen subject that was deleted elsewhere falls back to "the most recent".
    const keep = (id: number | null, ids: number[]) => (id !== null && ids.includes(id) ? id : null)
    set({
      status: 'ready',
      error: null,
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
    })
  },
  setOptions: (patch) => {
    // Reviewers only fill the control table; every other choice changes the outline.
    const stale = Object.keys(patch).some((k) => k !== 'reviewers')
    set({ options: { ...get().options, ...patch }, ...(stale ? { outline: null } : {}) })
  },
  setOutline: (outline) => set({ outline }),
  setResult: (result) => set({ result }),
  setChangesExport: (changesExport) => set({ changesExport }),
}))
