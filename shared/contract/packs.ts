import { z } from 'zod'
import { FIELD_LABELS } from '../i18n/field-labels'
import { channel, type ChannelDef } from './channel-def'
import { id, LANGUAGES, noInput, requiredText, text } from './fields'
import type { PACKS_CHANNELS } from './packs-names'
import type {
  LibraryItem,
  PackConflict,
  PackContents,
  PackExport,
  PackImportResult,
  PackPreview,
  PackSummary,
  TrustedKey,
} from './packs-types'
import type { FieldLabels } from './problems'

export * from './packs-types'

/** Input of `packs:preview` and `packs:import`: the file's bytes, base64, so every door reads them alike. */
export const packFileInput = z
  .object({
    fileName: requiredText(255),
    // 20 MB of pack is about 26.7 million base64 characters; the reader enforces the real limit.
    dataBase64: z
      .string()
      .refine(
        (s) => s.length <= 28_000_000,
        'is larger than 20 MB, the most a template pack may be.',
      ),
    /** The user confirmed an upgrade that archives more than ARCHIVE_CONFIRM_SHARE of the items. */
    confirmArchive: z.boolean().optional(),
  })
  .strict()

/** Input naming one pack. */
export const packIdInput = z.object({ packId: id() }).strict()

/** Input of `packs:conflicts`. */
export const conflictsInput = z.object({ packId: id().optional() }).strict().optional()

/** Input of `packs:resolveConflict`. */
export const resolveConflictInput = z
  .object({ conflictId: id(), choice: z.enum(['ours', 'theirs']) })
  .strict()

/** Text fields a user may edit on an imported item (only those its kind has). */
export const EDITABLE_TEXT_FIELDS = [
  'name',
  'title',
  'purpose',
  'guidance',
  'definition',
  'description',
  'unit',
  'source',
  'cause',
  'event',
  'consequence',
  'treatment',
  'text',
] as const

/** Input of `library:editText`: one translation of one text field of one item. */
export const editTextInput = z
  .object({
    itemId: id(),
    version: z.number().int().positive(),
    field: z.enum(EDITABLE_TEXT_FIELDS),
    language: z.enum(LANGUAGES),
    text: requiredText(20000),
  })
  .strict()

/** Input of `packs:export`. */
export const exportInput = z
  .object({ title: text(200).optional() })
  .strict()
  .optional()

/** Input of `packs:trustKey`: the text of a publisher's public key file (PEM or base64). */
export const trustKeyInput = z
  .object({
    keyText: z.string().trim().min(1).max(4000),
    publisher: requiredText(200),
    /** Names the key file in messages; "The key" when absent. */
    fileName: text(255).optional(),
  })
  .strict()

/** Input of `packs:distrustKey`: the fingerprint `packs:trustedKeys` shows. */
export const distrustKeyInput = z.object({ keyId: requiredText(40) }).strict()

/** Labels used in validation messages for pack operations. */
export const packLabels: FieldLabels = FIELD_LABELS.packs

/** Channels of template packs and their library items: input schemas, field labels and output types. */
export const packsChannels = {
  'packs:list': channel<PackSummary[]>()(noInput),
  'packs:contents': channel<PackContents>()(packIdInput, packLabels),
  'packs:preview': channel<PackPreview>()(packFileInput, packLabels),
  'packs:import': channel<PackImportResult>()(packFileInput, packLabels),
  'packs:conflicts': channel<PackConflict[]>()(conflictsInput, packLabels),
  'packs:resolveConflict': channel<LibraryItem>()(resolveConflictInput, packLabels),
  'packs:export': channel<PackExport>()(exportInput, packLabels),
  'library:editText': channel<LibraryItem>()(editTextInput, packLabels),
  'packs:trustedKeys': channel<TrustedKey[]>()(noInput),
  'packs:trustKey': channel<TrustedKey>()(trustKeyInput, packLabels),
  'packs:distrustKey': channel<TrustedKey>()(distrustKeyInput, packLabels),
} satisfies Record<(typeof PACKS_CHANNELS)[number], ChannelDef<z.ZodType, unknown>>
