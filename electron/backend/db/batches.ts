/**
 * Splits a list into runs of at most `size`, so a long multi-row INSERT or `IN (…)` list never
 * exceeds an engine's limit on bound parameters (PostgreSQL allows 65,535 per statement).
 */
export function inBatches<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size))
  return out
}
