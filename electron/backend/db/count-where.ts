import { sql } from 'kysely'
import type { Database, Db } from './database'

/**
 * The number of rows of one table whose columns equal the given values (all of them), e.g.
 * `countWhere(db, 'activities', { output_id: 7 })`. Table and column names come from code,
 * never from input.
 */
export async function countWhere(
  db: Db,
  table: keyof Database & string,
  equals: Record<string, string | number>,
): Promise<number> {
  const conditions = Object.entries(equals).map(
    ([column, value]) => sql`${sql.ref(column)} = ${value}`,
  )
  const r = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}
    WHERE ${sql.join(conditions, sql` AND `)}`.execute(db)
  return Number(r.rows[0]?.n ?? 0)
}
