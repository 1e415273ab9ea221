import { randomUUID } from 'node:crypto'
import pg from 'pg'

/** Tells other processes on the same PostgreSQL database what changed, and hears what they did. */
export interface ChangeFeed {
  /** Announces a local change to the other processes. */
  publish(event: string): void
  close(): Promise<void>
}

const CHANNEL = 'capstan_changes'
const RETRY_MS = 2000

/**
 * LISTEN/NOTIFY on PostgreSQL: every process connected to one database hears the others'
 * `<domain>:changed` events (its own are ignored: they were already delivered locally). The
 * listening connection is re-established when it drops.
 */
export async function startChangeFeed(
  pool: pg.Pool,
  url: string,
  onRemote: (event: string) => void,
): Promise<ChangeFeed> {
  const origin = randomUUID()
  let closed = false
  let client: pg.Client | undefined
  let retry: NodeJS.Timeout | undefined
  const pending = new Set<Promise<unknown>>()

  const listen = async () => {
    const c = new pg.Client({ connectionString: url })
    c.on('notification', (n) => {
      try {
        const msg = JSON.parse(n.payload ?? '') as { origin?: string; event?: string }
        if (msg.origin !== origin && typeof msg.event === 'string') onRemote(msg.event)
      } catch {
        // Not ours: ignore.
      }
    })
    c.on('error', () => reconnect())
    c.on('end', () => reconnect())
    await c.connect()
    await c.query(`LISTEN ${CHANNEL}`)
    client = c
  }
  const reconnect = () => {
    if (closed || retry) return
    client = undefined
    retry = setTimeout(() => {
      retry = undefined
      listen().catch(() => reconnect())
    }, RETRY_MS)
    retry.unref()
  }
  await listen()

  return {
    publish(event) {
      const p = pool
        .query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify({ origin, event })])
        .catch(() => undefined)
        .finally(() => pending.delete(p))
      pending.add(p)
    },
    async close() {
      // A short command's last announcement goes out before its pool closes.
      await Promise.all(pending)
      closed = true
      if (retry) clearTimeout(retry)
      const c = client
      client = undefined
      await c?.end().catch(() => undefined)
    },
  }
}
