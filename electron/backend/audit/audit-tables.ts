// Generated from the SQLite schema (migrations 001-008); the audit domain owns these tables.
/** Table `audit_log`. */
export interface AuditLogTable {
  seq: number
  at: string
  actor: string
  entity_type: string
  entity_id: string
  action: string
  before_json: string | null
  after_json: string | null
  prev_hash: string
  hash: string
}

/** PostgreSQL only: the highest entry number ever issued (SQLite keeps it in sqlite_sequence). */
export interface AuditIssuedTable {
  id: number
  seq: number
}

/** The audit domain's tables, by name. */
export interface AuditTables {
  audit_log: AuditLogTable
  audit_issued: AuditIssuedTable
}
