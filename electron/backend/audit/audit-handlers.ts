import type { AUDIT_CHANNELS } from '../../../shared/contract/audit-names'
import type { HandlersFor } from '../handler-types'
import { listAudit, verifyAudit } from './audit-repo'

/** Thin handlers for the audit trail (read-only: entries are written by the services). */
export const auditHandlers: HandlersFor<(typeof AUDIT_CHANNELS)[number]> = {
  'audit:list': (ctx, input) => listAudit(ctx, input),
  'audit:verify': (ctx) => verifyAudit(ctx),
}
