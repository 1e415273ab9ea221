// Read-only lookups the register needs from the packs (matrices, catalogue, frameworks) and from
// the plan (objectives, projects, outcomes, outputs). Nothing here writes.
import type {
  LocalText,
  RiskFramework,
  RiskFrameworkItem,
  RiskMatrix,
  RiskResponse,
  RiskTarget,
  RiskTemplate,
} from '../../../shared/contract'
import { dottedNumbers } from '../../../shared/domain/numbering'
import type { RiskBand, RiskLevel } from '../../../shared/domain/risk-rating'
import type { Db } from '../db/connection'

interface LibraryRow {
  id: number
  kind: string
  item_key: string
  code: string
  scope: string
  position: number
  data_json: string
  confirmed: number
  archived_at: string | null
}

const parse = (row: LibraryRow) => JSON.parse(row.data_json) as Record<string, unknown>
const local = (v: unknown): LocalText | null =>
  v === undefined || v === null ? null : (v as LocalText)

function itemsOfKind(db: Db, kind: string, includeArchived = false): LibraryRow[] {
  return db
    .prepare(
      `SELECT i.* FROM library_items i JOIN packs p ON p.id = i.pack_id
       WHERE i.kind = ? AND (? OR i.archived_at IS NULL) ORDER BY p.builtin DESC, p.id, i.position`,
    )
    .all(kind, includeArchived ? 1 : 0) as LibraryRow[]
}

function toMatrix(row: LibraryRow): RiskMatrix {
  const d = parse(row)
  return {
    id: row.id,
    code: row.code,
    name: (d.name as LocalText) ?? row.code,
    likelihood: (d.likelihood as RiskLevel[]) ?? [],
    impact: (d.impact as RiskLevel[]) ?? [],
    bands: (d.bands as RiskBand[]) ?? [],
    confirmed: row.confirmed === 1,
    note: local(d.note),
    archived: row.archived_at !== null,
  }
}

/** Every matrix, those offered for new risks first (archived ones last). */
export function listMatrices(db: Db): RiskMatrix[] {
  const all = itemsOfKind(db, 'risk_matrix', true).map(toMatrix)
  return [...all.filter((m) => !m.archived), ...all.filter((m) => m.archived)]
}

/** Any matrix a risk may already use, archived or not. */
export function findMatrix(db: Db, id: number): RiskMatrix | undefined {
  const row = db
    .prepare("SELECT * FROM library_items WHERE id = ? AND kind = 'risk_matrix'")
    .get(id) as LibraryRow | undefined
  return row && toMatrix(row)
}

/** Every matrix by id, archived ones included (old risks keep theirs). */
export function matricesById(db: Db): Map<number, RiskMatrix> {
  return new Map(itemsOfKind(db, 'risk_matrix', true).map((r) => [r.id, toMatrix(r)]))
}

/** The catalogue of typical risks. */
export function listCatalogue(db: Db): RiskTemplate[] {
  return itemsOfKind(db, 'risk_template').map((row) => {
    const d = parse(row)
    return {
      id: row.id,
      code: row.code,
      title: d.title as LocalText,
      category: String(d.category ?? ''),
      cause: (d.cause as LocalText) ?? '',
      event: local(d.event),
      consequence: (d.consequence as LocalText) ?? '',
      response: (d.response as RiskResponse) ?? 'mitigate',
      treatment: local(d.treatment),
      confirmed: row.confirmed === 1,
      note: local(d.note),
    }
  })
}

/** A catalogue entry by id (archived included, for risks created from it earlier). */
export function catalogueCodes(db: Db): Map<number, string> {
  const rows = itemsOfKind(db, 'risk_template', true)
  return new Map(rows.map((r) => [r.id, r.code]))
}

/** Frameworks with their items, in pack order. */
export function listFrameworks(db: Db): RiskFramework[] {
  const frameworks = itemsOfKind(db, 'framework')
  const items = itemsOfKind(db, 'framework_item')
  return frameworks.map((fw) => {
    const d = parse(fw)
    return {
      code: fw.code,
      name: (d.name as LocalText) ?? fw.code,
      kind: String(d.kind ?? ''),
      items: items
        .filter((i) => i.scope === fw.item_key)
        .map((i) => ({ id: i.id, code: i.code, title: (parse(i).title as LocalText) ?? i.code })),
    }
  })
}

/** Factors of the integrity frameworks (kind "integrity", e.g. the Revised Arusha Declaration). */
export function integrityFactors(db: Db): RiskFrameworkItem[] {
  return listFrameworks(db)
    .filter((f) => f.kind === 'integrity')
    .flatMap((f) => f.items)
}

/** Kind and details of one library item, if it exists. */
export function findLibraryItem(
  db: Db,
  id: number,
):
  | { id: number; kind: string; code: string; scope: string; data: Record<string, unknown> }
  | undefined {
  const row = db.prepare('SELECT * FROM library_items WHERE id = ?').get(id) as
    LibraryRow | undefined
  return row && { id: row.id, kind: row.kind, code: row.code, scope: row.scope, data: parse(row) }
}

/** True when the framework item belongs to an integrity framework. */
export function isIntegrityFactor(db: Db, itemId: number): boolean {
  return integrityFactors(db).some((f) => f.id === itemId)
}

interface ObjectiveRow {
  id: number
  code: string
  title: string
  position: number
}
interface ResultRow {
  id: number
  objective_id: number
  parent_id: number | null
  level: 'outcome' | 'output'
  position: number
  statement: string
  project_id: number | null
}

/** Objectives, projects, outcomes and outputs, in logframe order, with their numbers. */
export function listTargets(db: Db): RiskTarget[] {
  const objectives = db
    .prepare('SELECT id, code, title, position FROM objectives')
    .all() as ObjectiveRow[]
  const results = db
    .prepare(
      'SELECT id, objective_id, parent_id, level, position, statement, project_id FROM results',
    )
    .all() as ResultRow[]
  const projects = db.prepare('SELECT id, code, title FROM projects').all() as {
    id: number
    code: string
    title: string
  }[]
  const numbers = dottedNumbers([
    ...objectives.map((o) => ({ id: `o${o.id}`, parentId: null, position: o.position })),
    ...results.map((r) => ({
      id: `r${r.id}`,
      parentId: r.parent_id === null ? `o${r.objective_id}` : `r${r.parent_id}`,
      position: r.position,
    })),
  ])
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })
  const out: RiskTarget[] = []
  const label = (kind: string, code: string, title: string) =>
    `${kind ? `${kind} ` : ''}${code} — ${title}`
  const byNumber = (a: { n: string }, b: { n: string }) => collator.compare(a.n, b.n)
  for (const o of objectives
    .map((o) => ({ ...o, n: numbers.get(`o${o.id}`) ?? '' }))
    .sort(byNumber)) {
    out.push({
      type: 'objective',
      id: o.id,
      code: o.code,
      title: o.title,
      level: null,
      objectiveId: o.id,
      label: label('', o.code, o.title),
    })
  }
  for (const r of results.map((r) => ({ ...r, n: numbers.get(`r${r.id}`) ?? '' })).sort(byNumber)) {
    out.push({
      type: 'result',
      id: r.id,
      code: r.n,
      title: r.statement,
      level: r.level,
      objectiveId: r.objective_id,
      label: label(r.level === 'outcome' ? 'Outcome' : 'Output', r.n, r.statement),
    })
  }
  for (const p of projects.sort((a, b) => collator.compare(a.code, b.code))) {
    out.push({
      type: 'project',
      id: p.id,
      code: p.code,
      title: p.title,
      level: null,
      objectiveId: null,
      label: label('Project', p.code, p.title),
    })
  }
  return out
}

/** Objectives a project contributes to, through the outputs it delivers. */
export function projectObjectives(db: Db): Map<number, number[]> {
  const rows = db
    .prepare('SELECT DISTINCT project_id, objective_id FROM results WHERE project_id IS NOT NULL')
    .all() as { project_id: number; objective_id: number }[]
  const out = new Map<number, number[]>()
  for (const r of rows) out.set(r.project_id, [...(out.get(r.project_id) ?? []), r.objective_id])
  return out
}
