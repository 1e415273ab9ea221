import type { ChannelName, ChannelOutput } from '../../../shared/contract'
import type { ServiceContext } from '../context'
import { dispatch } from '../dispatch'
import { AppFailure } from '../errors'
import { createHandlers, type Handlers } from '../handlers'
import type { DemoFile } from './demo-types'

/** What a code of the demo file stands for once loaded. */
export type DemoRefKind = 'objective' | 'result' | 'activity' | 'project' | 'indicator'

/** A record the demo created (or found), by the code the file gives it. */
export interface DemoRef {
  kind: DemoRefKind
  id: number
}

/**
 * Loads the demo file's records through the channels, inside the caller's transaction: each call
 * runs the same pipeline as a user's edit (contract validation, service, audit entry), and codes
 * turn into the ids of the records they created.
 */
export interface DemoLoader {
  file: DemoFile
  /** Runs a channel (with the clock at `on` when given); a refusal names the record and stops the load. */
  call<K extends ChannelName>(
    channel: K,
    input: unknown,
    what: string,
    on?: string,
  ): Promise<ChannelOutput<K>>
  /** Remembers what a code stands for. */
  remember(code: string, ref: DemoRef): void
  /**
   * The record a code names, of one of the kinds given: created by this load, else an objective or
   * project already in the folder with that code, else the objective the file places it under.
   */
  find(code: string, kinds: DemoRefKind[]): Promise<DemoRef | undefined>
  /** Today, as the services see it (YYYY-MM-DD). */
  today(): string
}

const NO_INFO = (): never => {
  throw new AppFailure('internal', 'The demo loader does not describe the app.')
}

/** The objective each plan code of the file sits under (outcomes, outputs, activities, projects). */
function objectivesOfCodes(file: DemoFile): Map<string, string> {
  const of = new Map<string, string>()
  for (const o of file.plan.objectives) {
    for (const oc of o.outcomes) {
      of.set(oc.code, o.code)
      for (const op of oc.outputs) {
        of.set(op.code, o.code)
        if (op.project && !of.has(op.project)) of.set(op.project, o.code)
        for (const a of op.activities) of.set(a.code, o.code)
      }
    }
  }
  return of
}

/** A loader for one demo load, bound to a transaction (`tx`). */
export function demoLoader(tx: ServiceContext, file: DemoFile): DemoLoader {
  const handlers: Handlers = createHandlers(NO_INFO)
  const refs = new Map<string, DemoRef>()
  const objectiveOf = objectivesOfCodes(file)
  let existing: Map<string, DemoRef> | undefined

  const call: DemoLoader['call'] = async (channel, input, what, on) => {
    const base = on ? { ...tx, now: () => `${on}T09:00:00.000Z` } : tx
    const r = await dispatch(base, handlers, channel, input)
    if (r.ok) return r.value as ChannelOutput<typeof channel>
    const more = (r.error.details ?? []).slice(1).map((d) => d.message)
    throw new AppFailure(
      r.error.code,
      `The demo data could not be loaded: ${what} was refused. ${[r.error.message, ...more].join(' ')}`,
      r.error.details,
    )
  }

  // Objectives and projects the folder already holds (e.g. when only one part is loaded).
  async function inFolder(): Promise<Map<string, DemoRef>> {
    if (existing) return existing
    const plan = await call('plan:get', undefined, 'reading the plan')
    existing = new Map<string, DemoRef>()
    for (const o of plan.objectives) existing.set(o.code, { kind: 'objective', id: o.id })
    for (const p of plan.projects) existing.set(p.code, { kind: 'project', id: p.id })
    return existing
  }

  const find: DemoLoader['find'] = async (code, kinds) => {
    const own = refs.get(code)
    if (own && kinds.includes(own.kind)) return own
    const there = (await inFolder()).get(code)
    if (there && kinds.includes(there.kind)) return there
    const parent = objectiveOf.get(code)
    if (!parent || !kinds.includes('objective')) return undefined
    return refs.get(parent) ?? (await inFolder()).get(parent)
  }

  return {
    file,
    call,
    remember: (code, ref) => void refs.set(code, ref),
    find,
    today: () => tx.now().slice(0, 10),
  }
}
