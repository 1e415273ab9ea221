import type {
  IntegrityFactor,
  IntegrityFramework,
  IntegrityScaleLevel,
  LocalText,
} from '../../../shared/contract'
import type { Db } from '../db/database'
import {
  findScale,
  frameworkItems,
  frameworkOfItem,
  libraryItem,
  libraryItemsOfKind,
  type AnyLibraryEntry,
  type LibraryEntry,
} from '../packs/packs-read'

// Frameworks, scales and factors are template-pack items, which the packs domain owns; this file
// reads them through packs-read.ts.

/** A framework as the pack library holds it. */
export type FrameworkEntry = LibraryEntry<'framework'>
type FactorEntry = LibraryEntry<'framework_item'>

// Packs may write any field: read the data loosely.
const dataOf = (r: AnyLibraryEntry) => r.data as unknown as Record<string, unknown>

/** Every installed, non-archived framework whose data says kind "integrity", built-in pack first. */
export async function listIntegrityFrameworkRows(db: Db): Promise<FrameworkEntry[]> {
  const rows = await libraryItemsOfKind(db, 'framework')
  return rows.filter((r) => dataOf(r).kind === 'integrity')
}

/** The framework when `id` names an integrity framework (archived or not). */
export async function findIntegrityFrameworkRow(
  db: Db,
  id: number,
): Promise<FrameworkEntry | undefined> {
  const row = await libraryItem(db, id, 'framework')
  return row && dataOf(row).kind === 'integrity' ? row : undefined
}

/** The factors of a framework: its items, in pack order, archived ones left out. */
export function factorRowsOf(db: Db, framework: FrameworkEntry): Promise<FactorEntry[]> {
  return frameworkItems(db, framework)
}

/** The scale named by the framework: from its own pack first, else any installed pack. */
async function scaleRowOf(
  db: Db,
  framework: FrameworkEntry,
): Promise<LibraryEntry<'scale'> | undefined> {
  const code = dataOf(framework).scale
  if (typeof code !== 'string') return undefined
  return findScale(db, code, framework.packId)
}

const local = (v: unknown): LocalText | null =>
  typeof v === 'string' || (typeof v === 'object' && v !== null && 'en' in v)
    ? (v as LocalText)
    : null

function toFactor(r: FactorEntry): IntegrityFactor {
  const d = dataOf(r)
  return {
    id: r.id,
    code: r.code,
    title: local(d.title) ?? local(d.name) ?? r.code,
    guidance: local(d.guidance),
    confirmed: r.confirmed,
    note: local(d.note),
  }
}

/** A framework with its scale levels (lowest first) and its factors. */
export async function readIntegrityFramework(
  db: Db,
  framework: FrameworkEntry,
): Promise<IntegrityFramework> {
  const d = dataOf(framework)
  const scaleRow = await scaleRowOf(db, framework)
  let scale: IntegrityFramework['scale'] = null
  if (scaleRow) {
    const s = dataOf(scaleRow)
    const levels = (Array.isArray(s.levels) ? s.levels : []) as Record<string, unknown>[]
    scale = {
      code: scaleRow.code,
      name: local(s.name) ?? scaleRow.code,
      levels: levels
        .map((l): IntegrityScaleLevel => ({
          level: Number(l.level),
          name: local(l.name) ?? String(l.level),
          descriptor: local(l.descriptor),
        }))
        .sort((a, b) => a.level - b.level),
    }
  }
  return {
    id: framework.id,
    code: framework.code,
    name: local(d.name) ?? framework.code,
    scale,
    factors: (await factorRowsOf(db, framework)).map(toFactor),
  }
}

/** The framework a factor item belongs to, when it is an integrity framework's factor. */
export async function frameworkOfFactor(
  db: Db,
  factorItemId: number,
): Promise<FrameworkEntry | undefined> {
  const fw = await frameworkOfItem(db, factorItemId)
  return fw && dataOf(fw).kind === 'integrity' ? fw : undefined
}
