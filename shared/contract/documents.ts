import { z } from 'zod'
import { FIELD_LABELS } from '../i18n/field-labels'
import { channel, type ChannelDef } from './channel-def'
import type { DOCUMENTS_CHANNELS } from './documents-names'
import { id, isoDate, LANGUAGES, requiredText, text } from './fields'
import type { FieldLabels } from './problems'

/** The Word documents Capstan produces. */
export const DOCUMENT_KINDS = [
  'status',
  'plan',
  'risks',
  'integrity',
  'assessment',
  'submission',
  'changes',
] as const
/** One document kind. */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

/** Paper sizes. */
export const PAPER_SIZES = ['a4', 'letter'] as const

/** How a decision sought was decided. */
export const DECISIONS = ['approved', 'noted', 'not_approved', 'approved_with_amendments'] as const
/** One decision. */
export type Decision = (typeof DECISIONS)[number]

/** Choices for one document. */
export const documentOptions = z
  .object({
    kind: z.enum(DOCUMENT_KINDS),
    language: z.enum(LANGUAGES).default('en'),
    /** A classification marking from Settings; defaults to the lowest. */
    classification: text(40).optional(),
    paper: z.enum(PAPER_SIZES).default('a4'),
    /** Which submission (kind "submission") or assessment (kind "assessment"); default: the latest. */
    subjectId: id().optional(),
    reviewers: z.array(requiredText(120)).max(10).default([]),
  })
  .strict()
/** Parsed document options. */
export type DocumentOptions = z.output<typeof documentOptions>

/** A heading of the document outline. */
export interface OutlineEntry {
  level: 1 | 2 | 3
  text: string
}

/** What a document will contain, before it is written. */
export interface DocumentOutline {
  kind: DocumentKind
  title: string
  classification: string
  headings: OutlineEntry[]
  /** Integrity records left out because they are more sensitive than the document. */
  excludedRecords: number
}

/** One file Capstan wrote. */
export interface ExportRecord {
  id: number
  kind: DocumentKind
  reference: string
  docVersion: number
  fileName: string
  sha256: string
  size: number
  language: string
  classification: string
  paper: 'a4' | 'letter'
  excludedRecords: number
  exportedAt: string
  exportedBy: string
  snapshotId: number | null
  snapshotReference: string | null
}

/** A decision recorded against a snapshot. */
export interface RecordedDecision {
  index: number
  decision: Decision
  decidedBy: string
  decidedOn: string
  comments: string
  recordedAt: string
  recordedBy: string
}

/** A frozen state prepared for sign-off. */
export interface SnapshotSummary {
  id: number
  reference: string
  kind: DocumentKind
  title: string
  fingerprint: string
  createdAt: string
  createdBy: string
  decisionsSought: string[]
  decisions: RecordedDecision[]
  isBaseline: boolean
}

/** Exports and sign-offs, newest first. */
export interface DocumentHistory {
  exports: ExportRecord[]
  snapshots: SnapshotSummary[]
}

/** Result of checking a file against what Capstan exported. */
export interface VerifyResult {
  match: boolean
  sha256: string
  message: string
  export: ExportRecord | null
  snapshot: SnapshotSummary | null
}

/** One change between the approved snapshot and now. */
export interface ChangeEntry {
  area: 'objective' | 'activity' | 'indicator' | 'risk'
  change: 'added' | 'changed' | 'removed'
  key: string
  label: string
  details: string[]
}

/** What changed since the plan was signed. */
export interface ChangesReport {
  baseline: SnapshotSummary | null
  entries: ChangeEntry[]
}

/** A ministerial submission as authored in Capstan. */
export const submissionFields = {
  title: requiredText(200),
  reference: text(60).default(''),
  addressee: text(200).default(''),
  issue: text(4000).default(''),
  recommendation: text(4000).default(''),
  timing: text(2000).default(''),
  background: text(20000).default(''),
  options: text(20000).default(''),
  implFinancial: text(4000).default(''),
  implLegal: text(4000).default(''),
  implStaffing: text(4000).default(''),
  implRisk: text(4000).default(''),
  implIntegrity: text(4000).default(''),
  decisions: z.array(requiredText(600)).min(1).max(20),
  annexes: z
    .array(z.enum(['plan', 'status', 'risks', 'integrity', 'assessment']))
    .max(5)
    .default([]),
}

/** Input of `documents:saveSubmission` (no id: create). */
export const saveSubmissionInput = z
  .object({
    id: id().optional(),
    version: z.number().int().positive().optional(),
    ...submissionFields,
  })
  .strict()

/** A stored submission. */
export interface Submission extends z.output<z.ZodObject<typeof submissionFields>> {
  id: number
  status: 'draft' | 'cleared' | 'submitted' | 'decided'
  version: number
  updatedAt: string
}

/** Input of `documents:recordDecisions`. */
export const recordDecisionsInput = z
  .object({
    snapshotId: id(),
    decisions: z
      .array(
        z
          .object({
            index: z.number().int().min(1),
            decision: z.enum(DECISIONS),
            decidedBy: requiredText(160),
            decidedOn: isoDate(),
            comments: text(4000).default(''),
          })
          .strict(),
      )
      .min(1)
      .max(20),
  })
  .strict()

/** Labels for validation messages. */
export const documentLabels: FieldLabels = FIELD_LABELS.documents

const fileInput = z
  .object({
    fileName: requiredText(255),
    dataBase64: z.string().refine((s) => s.length <= 70_000_000, 'is larger than 50 MB.'),
  })
  .strict()

/** Channels of the documents domain. */
export const documentsChannels = {
  'documents:outline': channel<DocumentOutline>()(documentOptions, documentLabels),
  'documents:export': channel<ExportRecord>()(documentOptions, documentLabels),
  'documents:history': channel<DocumentHistory>()(z.object({}).strict().optional()),
  'documents:prepareSignoff': channel<{ snapshot: SnapshotSummary; export: ExportRecord }>()(
    documentOptions,
    documentLabels,
  ),
  'documents:recordDecisions': channel<SnapshotSummary>()(recordDecisionsInput, documentLabels),
  'documents:verify': channel<VerifyResult>()(fileInput, documentLabels),
  'documents:changes': channel<ChangesReport>()(z.object({}).strict().optional()),
  'documents:saveExport': channel<{ path: string } | { cancelled: true }>()(
    z.object({ exportId: id(), targetPath: requiredText(4000) }).strict(),
    documentLabels,
  ),
  'documents:listSubmissions': channel<Submission[]>()(z.object({}).strict().optional()),
  'documents:saveSubmission': channel<Submission>()(saveSubmissionInput, documentLabels),
  'documents:deleteSubmission': channel<{ id: number }>()(
    z.object({ id: id() }).strict(),
    documentLabels,
  ),
  'documents:setLogo': channel<{ hasLogo: boolean }>()(
    fileInput.nullable().optional(),
    documentLabels,
  ),
} satisfies Record<(typeof DOCUMENTS_CHANNELS)[number], ChannelDef<z.ZodType, unknown>>
