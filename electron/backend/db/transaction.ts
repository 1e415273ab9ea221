import type { ServiceContext } from '../context'

/**
 * Runs `work` in one transaction and commits it when `work` resolves (rolls back when it throws).
 * Inside, use only the context handed to `work`: on SQLite the outer handle waits for the
 * transaction to end, so using it there would wait for ever. Already in a transaction, `work`
 * joins it, so services can call each other.
 */
export async function inTransaction<T>(
  ctx: ServiceContext,
  work: (tx: ServiceContext) => Promise<T>,
): Promise<T> {
  if (ctx.db.isTransaction) return work(ctx)
  return ctx.db.transaction().execute((trx) => work({ ...ctx, db: trx }))
}
