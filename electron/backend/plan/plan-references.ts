/** Kinds of record that can still hang on a plan item; the interface names each with a count. */
export type DependantKind =
  'outcomes' | 'outputs' | 'activities' | 'dependants' | 'indicators' | 'risks' | 'links' | 'other'

/** Counts per kind; kinds with nothing are left out. */
export type Dependants = Partial<Record<DependantKind, number>>

const NOUNS: Record<DependantKind, [string, string]> = {
  outcomes: ['outcome', 'outcomes'],
  outputs: ['output', 'outputs'],
  activities: ['activity', 'activities'],
  dependants: ['activity that depends on it', 'activities that depend on it'],
  indicators: ['indicator', 'indicators'],
  risks: ['risk', 'risks'],
  links: ['link from the needs assessment', 'links from the needs assessment'],
  other: ['other record', 'other records'],
}

/**
 * Adds `n` records of `kind` into `into` (nothing when `n` is 0). Kinds are named in the message in
 * the order they were first added.
 */
export function addDependants(into: Dependants, kind: DependantKind, n: number): Dependants {
  if (n > 0) into[kind] = (into[kind] ?? 0) + n
  return into
}

/** "2 outcomes and 1 indicator", for the English message. */
export function describeDependants(d: Dependants): string {
  const parts = (Object.entries(d) as [DependantKind, number][])
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${NOUNS[kind][n === 1 ? 0 : 1]}`)
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}

/** True when anything still hangs on the item. */
export const hasDependants = (d: Dependants): boolean => Object.values(d).some((n) => (n ?? 0) > 0)
