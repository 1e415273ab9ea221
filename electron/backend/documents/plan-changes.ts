import type { ChangeEntry } from '../../../shared/contract'
import type { PlanData } from './collect-plan'
import type { RisksData } from './collect-risks'

interface Comparable {
  key: string
  label: string
  fields: Record<string, string>
}

function diff(area: ChangeEntry['area'], before: Comparable[], after: Comparable[]): ChangeEntry[] {
  const old = new Map(before.map((b) => [b.key, b]))
  const now = new Map(after.map((a) => [a.key, a]))
  const out: ChangeEntry[] = []
  for (const a of after) {
    const b = old.get(a.key)
    if (!b) {
      out.push({ area, change: 'added', key: a.key, label: a.label, details: [] })
      continue
    }
    const details = Object.keys({ ...b.fields, ...a.fields })
      .filter((f) => (b.fields[f] ?? '') !== (a.fields[f] ?? ''))
      .map((f) => `${f}: ${b.fields[f] || '—'} → ${a.fields[f] || '—'}`)
    if (details.length) out.push({ area, change: 'changed', key: a.key, label: a.label, details })
  }
  for (const b of before)
    if (!now.has(b.key))
      out.push({ area, change: 'removed', key: b.key, label: b.label, details: [] })
  return out
}

const num = (n: number | null) => (n === null ? '' : String(n))

/** What changed in objectives, activities and dates, indicator targets and risks. */
export function planChanges(
  before: { plan?: PlanData; risks?: RisksData },
  after: { plan: PlanData; risks: RisksData },
): ChangeEntry[] {
  const objectives = (p?: PlanData): Comparable[] =>
    (p?.objectives ?? []).map((o) => ({
      key: o.code,
      label: `${o.code} ${o.title}`,
      fields: { title: o.title, status: o.status },
    }))
  const activities = (p?: PlanData): Comparable[] =>
    (p?.activities ?? []).map((a) => ({
      key: a.key,
      label: `${a.number} ${a.title}`,
      fields: { title: a.title, start: a.start, end: a.end, status: a.status },
    }))
  const indicators = (p?: PlanData): Comparable[] =>
    (p?.indicators ?? []).map((i) => ({
      key: i.code,
      label: `${i.code} ${i.name}`,
      fields: {
        target: num(i.target),
        'target date': i.targetDate ?? '',
        baseline: num(i.baseline),
      },
    }))
  const risks = (r?: RisksData): Comparable[] =>
    (r?.risks ?? []).map((x) => ({
      key: x.code,
      label: `${x.code} ${x.title}`,
      fields: { residual: String(x.residual), status: x.status, response: x.response },
    }))
  return [
    ...diff('objective', objectives(before.plan), objectives(after.plan)),
    ...diff('activity', activities(before.plan), activities(after.plan)),
    ...diff('indicator', indicators(before.plan), indicators(after.plan)),
    ...diff('risk', risks(before.risks), risks(after.risks)),
  ]
}
