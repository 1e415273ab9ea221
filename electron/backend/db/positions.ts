import type { Db } from './database'

/** Tables whose rows keep an order among their siblings in a `position` column. */
export type OrderedTable = 'objectives' | 'results' | 'activities'

/** Rewrites the order of siblings, `ids` from first to last, in one statement. */
export async function setPositions(
  db: Db,
  table: OrderedTable,
  ids: readonly number[],
): Promise<void> {
  if (ids.length === 0) return
  const [first, ...rest] = ids
  await db
    .updateTable(table)
    .set((eb) => {
      let position = eb.case().when('id', '=', first!).then(1)
      rest.forEach((id, i) => (position = position.when('id', '=', id).then(i + 2)))
      return { position: position.else(eb.ref('position')).end() }
    })
    .where('id', 'in', [...ids])
    .execute()
}
