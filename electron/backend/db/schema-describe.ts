import type Database from 'better-sqlite3'
import type pg from 'pg'

// One normalized description of a schema, read back from a live SQLite or PostgreSQL database,
// so the two migration lists can be compared (test/backend/schema-parity.test.ts). It describes
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
const IGNORED_TABLE = (name: string): boolean =>
  name.startsWith('sqlite_') || name === 'capstan_schema' || name === 'audit_issued'

const byJson = <T>(a: T, b: T): number => {
  const x = JSON.stringify(a)
  const y = JSON.stringify(b)
  return x < y ? -1 : x > y ? 1 : 0
}

const sortedRecord = <T>(entries: [string, T][]): Record<string, T> =>
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

// ---------------------------------------------------------------------------------------------
// PostgreSQL

const pgType = (formatted: string): ColumnType => {
  switch (formatted) {
    case 'bigint':
    case 'integer':
    case 'smallint':
      return 'integer'
    case 'double precision':
    case 'real':
      return 'real'
    case 'text':
      return 'text'
    case 'bytea':
      return 'blob'
    default:
      return `other:${formatted}`
  }
}

/** `'en'::text` → `'en'`, `'-1'::integer` → `-1`, `0` → `0` (SQLite keeps defaults as written). */
const pgDefault = (expr: string | null): string | null => {
  if (expr === null) return null
  const m = /^(.*?)::[a-z ]+(?:\[\])?$/i.exec(expr)
  if (!m) return expr
  const value = m[1]!
  const numeric = /^'(-?\d+(?:\.\d+)?)'$/.exec(value)
  return numeric ? numeric[1]! : value
}

/** pg_get_indexdef quotes names that are keywords (`"position"`); SQLite reports them bare. */
const unquote = (col: string): string => /^"([^"]+)"$/.exec(col)?.[1] ?? col

const FK_ACTION: Record<string, string> = {
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
}

/** The normalized schema of the connected PostgreSQL database (its current schema). */
export async function describePostgresSchema(client: pg.Client): Promise<SchemaShape> {
  const tableRows = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
      ORDER BY c.relname`,
  )
  const columnRows = await client.query<{
    tbl: string
    name: string
    type: string
    not_null: boolean
    dflt: string | null
    identity: boolean
  }>(
    `SELECT c.relname AS tbl, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
            a.attnotnull AS not_null, pg_get_expr(d.adbin, d.adrelid) AS dflt,
            a.attidentity <> '' AS identity
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
        AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY c.relname, a.attnum`,
  )
  const constraintRows = await client.query<{
    tbl: string
    type: 'p' | 'f' | 'c' | 'u' | 'x' | 't'
    cols: string[]
    ref: string | null
    ref_cols: string[] | null
    on_delete: string
    on_update: string
  }>(
    `SELECT c.relname AS tbl, con.contype AS type,
            array(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY u(num, i)
                    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = u.num
                   ORDER BY u.i) AS cols,
            r.relname::text AS ref,
            array(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY u(num, i)
                    JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = u.num
                   ORDER BY u.i) AS ref_cols,
            con.confdeltype AS on_delete, con.confupdtype AS on_update
       FROM pg_constraint con
       JOIN pg_class c ON c.oid = con.conrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_class r ON r.oid = con.confrelid
      WHERE n.nspname = current_schema()`,
  )
  // Unique constraints show up here too, through the index behind them.
  const indexRows = await client.query<{
    tbl: string
    name: string
    is_unique: boolean
    is_primary: boolean
    partial: boolean
    cols: string[]
  }>(
    `SELECT c.relname AS tbl, i.relname AS name, x.indisunique AS is_unique,
            x.indisprimary AS is_primary, x.indpred IS NOT NULL AS partial,
            array(SELECT pg_get_indexdef(x.indexrelid, k, true)
                    FROM generate_series(1, x.indnkeyatts) k ORDER BY k) AS cols
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_class c ON c.oid = x.indrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema()`,
  )
  const triggerRows = await client.query<{
    name: string
    tbl: string
    timing: string
    event: string
    orientation: string
  }>(
    `SELECT trigger_name AS name, event_object_table AS tbl, action_timing AS timing,
            event_manipulation AS event, action_orientation AS orientation
       FROM information_schema.triggers
      WHERE trigger_schema = current_schema()`,
  )
  // The never-reused counter of the audit trail is the one-row audit_issued table.
  const issued = await client.query<{ t: string | null }>(
    "SELECT to_regclass('audit_issued')::text AS t",
  )
  const sequenceRows = { rows: issued.rows[0]?.t ? [{ name: 'audit_log' }] : [] }

  const tables: [string, TableShape][] = []
  for (const { name } of tableRows.rows) {
    if (IGNORED_TABLE(name)) continue
    const cons = constraintRows.rows.filter((c) => c.tbl === name)
    const unique: UniqueShape[] = []
    const indexes: [string, IndexShape][] = []
    for (const ix of indexRows.rows) {
      if (ix.tbl !== name || ix.is_primary) continue
      if (ix.is_unique) {
        const lowered = ix.cols.map((c) => /^lower\(\(?"?([^()"]+)"?\)?(?:::text)?\)$/i.exec(c))
        unique.push({
          columns: ix.cols.map((c, i) => lowered[i]?.[1] ?? unquote(c)),
          nocase: lowered.some((m) => m !== null),
          partial: ix.partial,
        })
      } else indexes.push([ix.name, { columns: ix.cols.map(unquote), partial: ix.partial }])
    }
    tables.push([
      name,
      {
        columns: columnRows.rows
          .filter((c) => c.tbl === name)
          .map((c) => ({
            name: c.name,
            type: pgType(c.type),
            notNull: c.not_null,
            default: pgDefault(c.dflt),
            generated: c.identity,
          })),
        primaryKey: cons.find((c) => c.type === 'p')?.cols ?? [],
        unique: unique.sort(byJson),
        foreignKeys: cons
          .filter((c) => c.type === 'f')
          .map((c) => ({
            columns: c.cols,
            table: c.ref ?? '',
            references: c.ref_cols ?? [],
            onDelete: FK_ACTION[c.on_delete] ?? c.on_delete,
            onUpdate: FK_ACTION[c.on_update] ?? c.on_update,
          }))
          .sort(byJson),
        checks: cons.filter((c) => c.type === 'c').length,
        indexes: sortedRecord(indexes),
      },
    ])
  }

  // information_schema lists a trigger once per event; TRUNCATE guards are statement-level and
  // not listed (SQLite has no TRUNCATE). Statement-level triggers on other events would be drift.
  const triggers: TriggerShape[] = triggerRows.rows.map((t) => ({
    name: t.orientation === 'ROW' ? t.name : `${t.name} (FOR EACH ${t.orientation})`,
    table: t.tbl,
    timing: t.timing as TriggerShape['timing'],
    event: t.event as TriggerShape['event'],
  }))

  return {
    tables: sortedRecord(tables),
    triggers: triggers.sort(byJson),
    counters: sequenceRows.rows.map((s) => s.name).sort(),
  }
}
