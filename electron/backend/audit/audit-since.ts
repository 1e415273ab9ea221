import type { AuditHead } from '../../../shared/contract'
import type { ServiceContext } from '../context'

/** The entries recorded after an anchor: how many, and when the first and last were written. */
export interface EntriesSince {
  count: number
  firstAt: string | null
  lastAt: string | null
}

/**
 * Entries written after `head` (when the trail still contains it) or else after `at`: what a
 * restore of a copy taken at that point would discard.
 */
export async function entriesSince(
  ctx: ServiceContext,
  head: AuditHead | null,
  at: string,
): Promise<EntriesSince> {
  const anchor = head
    ? await ctx.db
        .selectFrom('audit_log')
        .select('hash')
        .where('seq', '=', head.seq)
        .executeTakeFirst()
    : undefined
  let q = ctx.db.selectFrom('audit_log')
  q = anchor?.hash === head?.hash && head ? q.where('seq', '>', head.seq) : q.where('at', '>', at)
  const r = await q
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.min('at').as('first'),
      eb.fn.max('at').as('last'),
    ])
    .executeTakeFirstOrThrow()
  return { count: Number(r.n), firstAt: r.first ?? null, lastAt: r.last ?? null }
}
