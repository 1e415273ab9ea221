import { z } from 'zod'
import { FIELD_LABELS } from '../i18n/field-labels'
import type { AUDIT_CHANNELS } from './audit-names'
import { channel, type ChannelDef } from './channel-def'
import { noInput } from './fields'
import type { FieldLabels } from './problems'

/** Input of `audit:list`: newest first, paged. */
export const auditListInput = z
  .object({
    limit: z.number().int().min(1).max(500).default(100),
    offset: z.number().int().min(0).default(0),
    entityType: z.string().trim().max(40).optional(),
  })
  .strict()

/** One append-only audit entry. */
export interface AuditEntry {
  seq: number
  at: string
  actor: string
  entityType: string
  entityId: string
  action: string
  before: unknown
  after: unknown
  hash: string
}

/** A page of audit entries. */
export interface AuditPage {
  entries: AuditEntry[]
  total: number
}

/** Outcome of walking the hash chain. */
export interface AuditVerification {
  intact: boolean
  checked: number
  /** The first entry that does not match, when the chain is broken. */
  firstBad?: { seq: number; problem: string }
}

/** Labels used in validation messages for audit queries. */
export const auditLabels: FieldLabels = FIELD_LABELS.audit

/** The newest audit entry at a moment: what a backup or an exported document anchors to. */
export interface AuditHead {
  seq: number
  hash: string
}

/** Channels of the audit trail: input schemas, field labels and output types. */
export const auditChannels = {
  'audit:list': channel<AuditPage>()(auditListInput, auditLabels),
  'audit:verify': channel<AuditVerification>()(noInput),
} satisfies Record<(typeof AUDIT_CHANNELS)[number], ChannelDef<z.ZodType, unknown>>
