import type { FieldProblem, PackImportResult, PackPreview } from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import type { Db } from '../db/connection'
import { AppFailure } from '../errors'
import { describePlan, planImport, type ImportPlan } from './pack-diff'
import { flattenPack, type FlatItem } from './pack-flatten'
import { readPackBytes } from './pack-reader'
import { findPackByUrn, itemRowsOfPack, itemWriter, upsertPack } from './pack-repo'
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
function dependencyIndex(
  db: Db,
  pack: TemplatePack,
): { index: DependencyIndex; problems: FieldProblem[] } {
  const index: DependencyIndex = { frameworks: new Map(), scales: new Set() }
  const problems: FieldProblem[] = []
  pack.dependencies?.forEach((dep, i) => {
    const found = findPackByUrn(db, dep.id)
    if (!found || found.version < dep.minVersion) {
      problems.push({
        path: `$.dependencies[${i}]`,
        code: 'invalid',
        message: found
          ? `Needs pack ${dep.id} version ${dep.minVersion} or newer; version ${found.version} is installed. Import the newer version first.`
          : `Needs pack ${dep.id} (version ${dep.minVersion} or newer), which is not installed. Import it first.`,
      })
      return
    }
    for (const row of itemRowsOfPack(db, found.id)) {
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
  })
  return { index, problems }
}

/**
 * When the schema already failed, still report the rule problems (duplicate codes, unknown
 * parents …) that can be checked on what is there, so the author sees every problem at once.
 */
function rulesDespiteSchema(db: Db, value: unknown, known: FieldProblem[]): FieldProblem[] {
  try {
    const pack = value as TemplatePack
    const deps = dependencyIndex(db, pack)
    const seen = new Set(known.map((p) => p.path))
    return [...deps.problems, ...checkRules(pack, deps.index)].filter((p) => !seen.has(p.path))
  } catch {
    return [] // the shape is too broken for the rules; the schema problems say why
  }
}

/** Read → parse → schema → dependencies → rules → dry-run plan. Changes nothing. */
export function analysePack(db: Db, bytes: Uint8Array): Analysis {
  const read = readPackBytes(bytes)
  if (!read.ok) invalid(read.problems)
  const schema = checkSchema(read.value)
  if (!schema.ok)
    invalid([...schema.problems, ...rulesDespiteSchema(db, read.value, schema.problems)])
  const pack = schema.pack
  const deps = dependencyIndex(db, pack)
  const problems = [...deps.problems, ...checkRules(pack, deps.index)]
  if (problems.length) invalid(problems)

  const flat = flattenPack(pack)
  const installed = findPackByUrn(db, pack.id)
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
  const plan = planImport(flat, installed ? itemRowsOfPack(db, installed.id) : [])
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
export function previewPack(ctx: ServiceContext, bytes: Uint8Array): PackPreview {
  return analysePack(ctx.db, bytes).preview
}

/** Imports or upgrades a pack in one transaction with one audit entry. */
export function importPack(
  ctx: ServiceContext,
  bytes: Uint8Array,
  opts: { builtin?: boolean } = {},
): PackImportResult {
  return ctx.db.transaction(() => {
    const a = analysePack(ctx.db, bytes)
    if (a.preview.status === 'older') throw new AppFailure('conflict', a.preview.message)
    if (!a.plan) return { ...a.preview, applied: false }
    const at = ctx.now()
    const packId = upsertPack(ctx.db, a.pack, opts.builtin ?? false, at)
    const write = itemWriter(ctx.db)
    const v = a.pack.version
    for (const p of a.plan.items) {
      if (p.action === 'add') write.insert(packId, v, p.item, at)
      else if (p.action === 'restore' || p.action === 'update')
        write.takeTheirs(p.row.id, v, p.item, at)
      else if (p.action === 'keep') write.touch(p.row.id, v, p.item)
      else {
        write.touch(p.row.id, v, p.item)
        write.conflict(p.row.id, v, p.item, at)
      }
    }
    for (const r of a.plan.removed)
      write.archive(r.id, `Removed from the pack in version ${v}.`, at)
    const keys = (list: { kind: string; key: string }[]) => list.map((e) => `${e.kind}:${e.key}`)
    appendAudit(ctx, {
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
  })()
}
