import { createHash } from 'node:crypto'
import type { LibraryItemKind } from '../../../shared/contract'
import type { TemplatePack } from './pack-types'

/** One importable unit of a pack, keyed stably so upgrades can match it. */
export interface FlatItem {
  kind: LibraryItemKind
  /** Unique within the pack and kind: the code, or "FRAMEWORK/ITEM" for framework items. */
  key: string
  code: string
  scope: string
  parentKey: string | null
  position: number
  confirmed: boolean
  data: Record<string, unknown>
  hash: string
}

/** JSON with object keys sorted, so equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}

/** SHA-256 of the canonical JSON of an item's content. */
export const contentHash = (data: unknown): string =>
  createHash('sha256').update(canonicalJson(data)).digest('hex')

function item(
  kind: LibraryItemKind,
  key: string,
  code: string,
  position: number,
  data: Record<string, unknown>,
  extra: { scope?: string; parentKey?: string | null } = {},
): FlatItem {
  return {
    kind,
    key,
    code,
    scope: extra.scope ?? '',
    parentKey: extra.parentKey ?? null,
    position,
    confirmed: data.confirmed !== false,
    data,
    hash: contentHash(data),
  }
}

const without = <T extends object, K extends keyof T>(o: T, ...keys: K[]): Omit<T, K> => {
  const copy = { ...o }
  for (const k of keys) delete copy[k]
  return copy
}

/** Every item of a validated pack, in file order. */
export function flattenPack(pack: TemplatePack): FlatItem[] {
  const out: FlatItem[] = []
  let pos = 0
  for (const s of pack.maturityScales ?? [])
    out.push(item('scale', s.code, s.code, pos++, without(s, 'code')))
  for (const fw of pack.frameworks ?? []) {
    out.push(item('framework', fw.code, fw.code, pos++, without(fw, 'code', 'items')))
    for (const it of fw.items) {
      out.push(
        item('framework_item', `${fw.code}/${it.code}`, it.code, pos++, without(it, 'code'), {
          scope: fw.code,
          parentKey: it.parent === undefined ? null : `${fw.code}/${it.parent}`,
        }),
      )
    }
  }
  for (const ind of pack.indicators ?? [])
    out.push(item('indicator', ind.code, ind.code, pos++, without(ind, 'code')))
  if (pack.riskMatrix) {
    const m = pack.riskMatrix
    out.push(item('risk_matrix', m.code, m.code, pos++, without(m, 'code')))
  }
  for (const r of pack.riskCatalogue ?? [])
    out.push(item('risk_template', r.code, r.code, pos++, without(r, 'code')))
  for (const t of pack.documentTexts ?? [])
    out.push(item('document_text', t.code, t.code, pos++, without(t, 'code')))
  return out
}
