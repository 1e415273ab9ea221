import type Database from 'better-sqlite3'

// One normalized description of a schema, read back from a live SQLite or PostgreSQL database,
// so the two migration lists can be compared (test/backend/schema-parity.test.ts); PostgreSQL's side is in schema-describe-postgres.ts. It describes
// what the service code relies on; the translation rules it normalizes are in
// electron/backend/db/migrations/postgres/.

/** A column type as the service sees it (SQLite STRICT types). */
export type ColumnType = 'integer' | 'real' | 'text' | 'blob' | `other:${string}`

export interface ColumnShape {
  name: string
  type: ColumnType
  notNull: boolean
  /** The default expression, without PostgreSQL's `::type` casts; null when none. */
  default: string | null
  /**
   * The database assigns the value when omitted: SQLite's rowid alias `id INTEGER PRIMARY KEY`
   * (without a CHECK pinning it), PostgreSQL's identity column.
   */
  generated: boolean
}

export interface UniqueShape {
  columns: string[]
  /** SQLite `COLLATE NOCASE`, PostgreSQL a unique index on `lower(column)`. */
  nocase: boolean
  partial: boolean
}

export interface ForeignKeyShape {
  columns: string[]
  table: string
  references: string[]
  onDelete: string
  onUpdate: string
}

export interface IndexShape {
  columns: string[]
  partial: boolean
}

export interface TableShape {
  /** In column order. */
  columns: ColumnShape[]
  primaryKey: string[]
  /** Unique constraints and unique indexes (the primary key excluded), sorted. */
  unique: UniqueShape[]
  foreignKeys: ForeignKeyShape[]
  /** How many CHECK constraints (NOT NULL is not one). */
  checks: number
  /** Non-unique indexes by name. */
  indexes: Record<string, IndexShape>
}

/** A row trigger: what the database does by itself on a change. */
export interface TriggerShape {
  name: string
  table: string
  timing: 'BEFORE' | 'AFTER' | 'INSTEAD OF'
  event: 'INSERT' | 'UPDATE' | 'DELETE'
}

export interface SchemaShape {
  tables: Record<string, TableShape>
  /** Row-level triggers, sorted by name. (PostgreSQL's TRUNCATE guards have no SQLite twin.) */
  triggers: TriggerShape[]
  /**
   * Tables with a never-reused counter: SQLite `AUTOINCREMENT` (sqlite_sequence), PostgreSQL
   * the one-row `audit_issued` table.
   */
  counters: string[]
}

/** Tables that are bookkeeping, not schema: SQLite internals and PostgreSQL's version row. */
export const IGNORED_TABLE = (name: string): boolean =>
  name.startsWith('sqlite_') || name === 'capstan_schema' || name === 'audit_issued'

export const byJson = <T>(a: T, b: T): number => {
  const x = JSON.stringify(a)
  const y = JSON.stringify(b)
  return x < y ? -1 : x > y ? 1 : 0
}

export const sortedRecord = <T>(entries: [string, T][]): Record<string, T> =>
  Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))

/** SQL text without comments and string literals, for counting keywords. */
const stripSql = (s: string): string => s.replace(/'(?:[^']|'')*'/g, "''").replace(/--[^\n]*/g, '')

// ---------------------------------------------------------------------------------------------
// SQLite

interface SqliteColumn {
  cid: number
  name: string
  type: string
  notnull: number
  dflt_value: string | null
  pk: number
}
interface SqliteIndexListRow {
  name: string
  unique: number
  origin: 'c' | 'u' | 'pk'
  partial: number
}
interface SqliteIndexColumn {
  seqno: number
  cid: number
  name: string | null
  coll: string
  key: number
}
interface SqliteForeignKey {
  id: number
  seq: number
  table: string
  from: string
  to: string | null
  on_update: string
  on_delete: string
}

const sqliteType = (declared: string): ColumnType => {
  const t = declared.toUpperCase()
  if (t === 'INTEGER' || t === 'INT') return 'integer'
  if (t === 'REAL') return 'real'
  if (t === 'TEXT') return 'text'
  if (t === 'BLOB') return 'blob'
  return `other:${declared}`
}

/** The normalized schema of an open SQLite database. */
export function describeSqliteSchema(raw: Database.Database): SchemaShape {
  const objects = raw
    .prepare(
      'SELECT type, name, tbl_name AS tbl, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name',
    )
    .all() as { type: string; name: string; tbl: string; sql: string }[]

  const tables: [string, TableShape][] = []
  const counters: string[] = []
  for (const t of objects) {
    if (t.type !== 'table' || IGNORED_TABLE(t.name)) continue
    const q = (pragma: string): string => `PRAGMA ${pragma}("${t.name.replace(/"/g, '""')}")`
    const sql = stripSql(t.sql)
    if (/\bAUTOINCREMENT\b/i.test(sql)) counters.push(t.name)

    const cols = raw.prepare(q('table_info')).all() as SqliteColumn[]
    const pkCols = cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk)
    const withoutRowid = /\)\s*(?:STRICT\s*,\s*)?WITHOUT\s+ROWID/i.test(sql)
    const rowidAlias =
      !withoutRowid && pkCols.length === 1 && pkCols[0]!.type.toUpperCase() === 'INTEGER'
        ? pkCols[0]!.name
        : undefined
    // A singleton row (`id INTEGER PRIMARY KEY CHECK (id = 1)`) is not an identity.
    const pinned = (name: string): boolean =>
      new RegExp(`(^|[(,\\s])"?${name}"?\\s+INTEGER\\s+PRIMARY\\s+KEY\\s+CHECK\\b`, 'i').test(sql)
    const columns: ColumnShape[] = cols
      .sort((a, b) => a.cid - b.cid)
      .map((c) => ({
        name: c.name,
        type: sqliteType(c.type),
        // STRICT tables (and the rowid alias) never hold NULL in a primary-key column.
        notNull: c.notnull === 1 || c.pk > 0,
        default: c.dflt_value,
        generated: c.name === rowidAlias && c.name === 'id' && !pinned(c.name),
      }))

    const unique: UniqueShape[] = []
    const indexes: [string, IndexShape][] = []
    for (const ix of raw.prepare(q('index_list')).all() as SqliteIndexListRow[]) {
      if (ix.origin === 'pk') continue
      const info = (
        raw
          .prepare(`PRAGMA index_xinfo("${ix.name.replace(/"/g, '""')}")`)
          .all() as SqliteIndexColumn[]
      )
        .filter((c) => c.key === 1)
        .sort((a, b) => a.seqno - b.seqno)
      const names = info.map((c) => c.name ?? '<expression>')
      if (ix.unique === 1)
        unique.push({
          columns: names,
          nocase: info.some((c) => c.coll.toUpperCase() === 'NOCASE'),
          partial: ix.partial === 1,
        })
      else indexes.push([ix.name, { columns: names, partial: ix.partial === 1 }])
    }

    const fkRows = raw.prepare(q('foreign_key_list')).all() as SqliteForeignKey[]
    const fks = new Map<number, SqliteForeignKey[]>()
    for (const r of fkRows) fks.set(r.id, [...(fks.get(r.id) ?? []), r])
    const foreignKeys: ForeignKeyShape[] = [...fks.values()].map((rows) => {
      rows.sort((a, b) => a.seq - b.seq)
      const first = rows[0]!
      return {
        columns: rows.map((r) => r.from),
        table: first.table,
        // `REFERENCES t` without columns means t's primary key.
        references: rows.map((r) => r.to ?? '<primary key>'),
        onDelete: first.on_delete.toUpperCase(),
        onUpdate: first.on_update.toUpperCase(),
      }
    })

    tables.push([
      t.name,
      {
        columns,
        primaryKey: pkCols.map((c) => c.name),
        unique: unique.sort(byJson),
        foreignKeys: foreignKeys.sort(byJson),
        checks: (sql.match(/\bCHECK\s*\(/gi) ?? []).length,
        indexes: sortedRecord(indexes),
      },
    ])
  }

  const triggers: TriggerShape[] = []
  for (const t of objects) {
    if (t.type !== 'trigger') continue
    const m =
      /CREATE\s+(?:TEMP(?:ORARY)?\s+)?TRIGGER\s+(?:IF\s+NOT\s+EXISTS\s+)?\S+\s+(BEFORE|AFTER|INSTEAD\s+OF)?\s*(INSERT|UPDATE|DELETE)\b/i.exec(
        stripSql(t.sql),
      )
    triggers.push({
      name: t.name,
      table: t.tbl,
      timing: (m?.[1]?.toUpperCase().replace(/\s+/, ' ') ?? 'BEFORE') as TriggerShape['timing'],
      event: (m?.[2]?.toUpperCase() ?? 'UNKNOWN') as TriggerShape['event'],
    })
  }

  return {
    tables: sortedRecord(tables),
    triggers: triggers.sort(byJson),
    counters: counters.sort(),
  }
}
