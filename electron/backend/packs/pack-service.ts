import { sql } from 'kysely'
import type { FieldProblem, PackImportResult, PackPreview } from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import type { Db } from '../db/database'
import { inTransaction } from '../db/transaction'
import { AppFailure } from '../errors'
import { describePlan, planImport, type ImportPlan } from './pack-diff'
import { flattenPack, type FlatItem } from './pack-flatten'
import { readPackBytes } from './pack-reader'
import {
  archiveItems,
  findPackByUrn,
  insertConflicts,
  insertItems,
  itemRowsOfPack,
  supersedeConflicts,
  takeTheirs,
  touchItems,
  upsertPack,
  type ItemRow,
} from './pack-repo'
import { checkRules, type DependencyIndex } from './pack-rules'
import { checkSchema } from './pack-schema'
import { english, type TemplatePack } from './pack-types'

/** A pack that passed every check, with what importing it would do. */
interface Analysis {
  pack: TemplatePack
  flat: FlatItem[]
  installed: { id: number; version: number } | undefined
  plan: ImportPlan | null
  preview: PackPreview
}

function invalid(problems: FieldProblem[]): never {
  const n = problems.length
  throw new AppFailure(
    'validation',
    n === 1
      ? `The pack has a problem: ${problems[0]!.message}`
      : `The pack has ${n} problems; nothing was imported.`,
    problems,
  )
}

/** Frameworks (with item codes) and scales of the installed packs this pack depends on. */
async function dependencyIndex(
  db: Db,
  pack: TemplatePack,
): Promise<{ index: DependencyIndex; problems: FieldProblem[] }> {
  const index: DependencyIndex = { frameworks: new Map(), scales: new Set() }
  const problems: FieldProblem[] = []
  for (const [i, dep] of (pack.dependencies ?? []).entries()) {
    const found = await findPackByUrn(db, dep.id)
    if (!found || found.version < dep.minVersion) {
      problems.push({
        path: `$.dependencies[${i}]`,
        code: 'invalid',
        message: found
          ? `Needs pack ${dep.id} version ${dep.minVersion} or newer; version ${found.version} is installed. Import the newer version first.`
          : `Needs pack ${dep.id} (version ${dep.minVersion} or newer), which is not installed. Import it first.`,
      })
      continue
    }
    for (const row of await itemRowsOfPack(db, found.id)) {
      if (row.archived_at) continue
      if (row.kind === 'scale') index.scales.add(row.code)
      if (row.kind === 'framework' && !index.frameworks.has(row.code))
        index.frameworks.set(row.code, new Set())
      if (row.kind === 'framework_item') {
        const set = index.frameworks.get(row.scope) ?? new Set<string>()
        set.add(row.code)
        index.frameworks.set(row.scope, set)
      }
    }
  }
  return { index, problems }
}

/**
 * When the schema already failed, still report the rule problems (duplicate codes, unknown
 * parents …) that can be checked on what is there, so the author sees every problem at once.
 */
async function rulesDespiteSchema(
  db: Db,
  value: unknown,
  known: FieldProblem[],
): Promise<FieldProblem[]> {
  try {
    const pack = value as TemplatePack
    const deps = await dependencyIndex(db, pack)
    const seen = new Set(known.map((p) => p.path))
    return [...deps.problems, ...checkRules(pack, deps.index)].filter((p) => !seen.has(p.path))
  } catch {
    return [] // the shape is too broken for the rules; the schema problems say why
  }
}

/** Read → parse → schema → dependencies → rules → dry-run plan. Changes nothing. */
export async function analysePack(db: Db, bytes: Uint8Array): Promise<Analysis> {
  const read = readPackBytes(bytes)
  if (!read.ok) invalid(read.problems)
  const schema = checkSchema(read.value)
  if (!schema.ok)
    invalid([...schema.problems, ...(await rulesDespiteSchema(db, read.value, schema.problems))])
  const pack = schema.pack
  const deps = await dependencyIndex(db, pack)
  const problems = [...deps.problems, ...checkRules(pack, deps.index)]
  if (problems.length) invalid(problems)

  const flat = flattenPack(pack)
  const installed = await findPackByUrn(db, pack.id)
  const title = english(pack.title)
  const head = {
    pack: {
      urn: pack.id,
      version: pack.version,
      title: pack.title,
      publisher: pack.publisher,
      issued: pack.issued,
      languages: pack.languages,
    },
    installedVersion: installed?.version ?? null,
    itemCount: flat.length,
  }
  const empty = { added: [], changed: [], unchanged: flat.length, removed: [], conflicts: [] }
  if (installed && installed.version === pack.version) {
    return {
      pack,
      flat,
      installed,
      plan: null,
      preview: {
        ...head,
        ...empty,
        status: 'same',
        message: `Version ${pack.version} of "${title}" is already installed; nothing changed.`,
      },
    }
  }
  if (installed && installed.version > pack.version) {
    return {
      pack,
      flat,
      installed,
      plan: null,
      preview: {
        ...head,
        ...empty,
        unchanged: 0,
        status: 'older',
        message: `This file holds version ${pack.version} of "${title}", but version ${installed.version} is installed. Capstan does not go back to an older version.`,
      },
    }
  }
  const plan = planImport(flat, installed ? await itemRowsOfPack(db, installed.id) : [])
  const d = describePlan(plan)
  const message = installed
    ? `Upgrade "${title}" from version ${installed.version} to ${pack.version}: ${d.added.length} added, ${d.changed.length} changed, ${d.removed.length} archived, ${d.conflicts.length} in conflict with local edits.`
    : `Install "${title}" version ${pack.version}: ${flat.length} items.`
  return {
    pack,
    flat,
    installed,
    plan,
    preview: { ...head, ...d, status: installed ? 'upgrade' : 'new', message },
  }
}

/** Dry run: what importing these bytes would do. */
export async function previewPack(ctx: ServiceContext, bytes: Uint8Array): Promise<PackPreview> {
  return (await analysePack(ctx.db, bytes)).preview
}

// Any constant shared by every Capstan process: imports on PostgreSQL take this lock in turn, so two
// processes installing the same pack at once never both see it missing.
const IMPORT_LOCK = 7_240_102

/** Imports or upgrades a pack in one transaction with one audit entry. */
export function importPack(
  ctx: ServiceContext,
  bytes: Uint8Array,
  opts: { builtin?: boolean } = {},
): Promise<PackImportResult> {
  return inTransaction(ctx, async (tx) => {
    if (tx.engine === 'postgres')
      await sql`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`.execute(tx.db)
    const a = await analysePack(tx.db, bytes)
    if (a.preview.status === 'older') throw new AppFailure('conflict', a.preview.message)
    if (!a.plan) return { ...a.preview, applied: false }
    const at = tx.now()
    const packId = await upsertPack(tx.db, a.pack, opts.builtin ?? false, at)
    const v = a.pack.version
    const added: FlatItem[] = []
    const replaced: { row: ItemRow; item: FlatItem }[] = []
    const touched: { row: ItemRow; item: FlatItem }[] = []
    const conflicts: { id: number; item: FlatItem }[] = []
    for (const p of a.plan.items) {
      if (p.action === 'add') added.push(p.item)
      else if (p.action === 'restore' || p.action === 'update') replaced.push(p)
      else if (p.action === 'keep') touched.push(p)
      else {
        touched.push(p)
        conflicts.push({ id: p.row.id, item: p.item })
      }
    }
    // A newer version supersedes any conflict still open on the items it replaces or contests.
    await supersedeConflicts(
      tx.db,
      [...replaced.map((p) => p.row.id), ...conflicts.map((c) => c.id)],
      at,
    )
    await insertItems(tx.db, packId, v, added, at)
    for (const p of replaced) await takeTheirs(tx.db, p.row.id, v, p.item, at)
    await touchItems(tx.db, v, touched)
    await insertConflicts(tx.db, v, conflicts, at)
    await archiveItems(
      tx.db,
      a.plan.removed.map((r) => r.id),
      `Removed from the pack in version ${v}.`,
      at,
    )
    const keys = (list: { kind: string; key: string }[]) => list.map((e) => `${e.kind}:${e.key}`)
    await appendAudit(tx, {
      entityType: 'pack',
      entityId: a.pack.id,
      action: a.installed ? 'upgrade' : 'install',
      before: a.installed ? { version: a.installed.version } : undefined,
      after: {
        version: v,
        added: a.preview.added.length,
        changed: keys(a.preview.changed),
        archived: keys(a.preview.removed),
        conflicts: keys(a.preview.conflicts),
        unchanged: a.preview.unchanged,
      },
    })
    return { ...a.preview, applied: true }
  })
}
