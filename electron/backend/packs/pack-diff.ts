import type { PackDiffEntry, LocalText } from '../../../shared/contract'
import type { FlatItem } from './pack-flatten'
import type { ItemRow } from './pack-repo'

/** How one incoming item relates to what is installed. */
export type ItemPlan =
  | { action: 'add'; item: FlatItem }
  | { action: 'restore'; item: FlatItem; row: ItemRow }
  | { action: 'update'; item: FlatItem; row: ItemRow }
  | { action: 'keep'; item: FlatItem; row: ItemRow }
  | { action: 'conflict'; item: FlatItem; row: ItemRow }

/** The whole plan of an import: one entry per incoming item, plus rows to archive. */
export interface ImportPlan {
  items: ItemPlan[]
  removed: ItemRow[]
}

const keyOf = (kind: string, key: string) => `${kind}|${key}`

/**
 * Matches incoming items to installed rows by kind and key. The pack's previous content is the
 * base (origin hash): unchanged base → keep; changed base and no local edit → update; changed
 * base and a local edit → conflict, ours kept until the user decides.
 */
export function planImport(incoming: FlatItem[], installed: ItemRow[]): ImportPlan {
  const byKey = new Map(installed.map((r) => [keyOf(r.kind, r.item_key), r]))
  const seen = new Set<string>()
  const items: ItemPlan[] = incoming.map((item) => {
    const k = keyOf(item.kind, item.key)
    seen.add(k)
    const row = byKey.get(k)
    if (!row) return { action: 'add', item }
    if (row.archived_at !== null) return { action: 'restore', item, row }
    if (row.origin_hash === item.hash) return { action: 'keep', item, row }
    const editedHere = row.content_hash !== row.origin_hash
    if (!editedHere || row.content_hash === item.hash) return { action: 'update', item, row }
    return { action: 'conflict', item, row }
  })
  const removed = installed.filter(
    (r) => r.archived_at === null && !seen.has(keyOf(r.kind, r.item_key)),
  )
  return { items, removed }
}

/** The label a user recognises an item by. */
export function labelOf(data: Record<string, unknown>, fallback: string): LocalText {
  return (data.title ?? data.name ?? data.text ?? fallback) as LocalText
}

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)])
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort()
}

/** Summarises a plan as the lists a user reads in the preview. */
export function describePlan(plan: ImportPlan) {
  const entry = (item: FlatItem, extra: Partial<PackDiffEntry> = {}): PackDiffEntry => ({
    kind: item.kind,
    key: item.key,
    code: item.code,
    label: labelOf(item.data, item.code),
    ...extra,
  })
  const added: PackDiffEntry[] = []
  const changed: PackDiffEntry[] = []
  const conflicts: PackDiffEntry[] = []
  let unchanged = 0
  for (const p of plan.items) {
    if (p.action === 'add') added.push(entry(p.item))
    else if (p.action === 'restore') added.push(entry(p.item, { restored: true }))
    else if (p.action === 'keep') unchanged++
    else {
      const before = JSON.parse(p.row.data_json) as Record<string, unknown>
      const target = p.action === 'update' ? changed : conflicts
      target.push(entry(p.item, { fields: changedFields(before, p.item.data) }))
    }
  }
  const removed = plan.removed.map((r) => {
    const data = JSON.parse(r.data_json) as Record<string, unknown>
    return { kind: r.kind, key: r.item_key, code: r.code, label: labelOf(data, r.code) }
  })
  return { added, changed, unchanged, removed, conflicts }
}
