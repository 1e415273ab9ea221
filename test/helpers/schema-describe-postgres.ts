import type pg from 'pg'
import {
  IGNORED_TABLE,
  byJson,
  sortedRecord,
  type ColumnType,
  type UniqueShape,
  type IndexShape,
  type TableShape,
  type TriggerShape,
  type SchemaShape,
} from './schema-describe'

// PostgreSQL's side of the normalized schema description (see schema-describe.ts).

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
