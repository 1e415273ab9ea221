import {
  ARCHIVE_CONFIRM_SHARE,
  type FieldProblem,
  type PackPreview,
} from '../../../shared/contract'
import type { Db } from '../db/database'
import { AppFailure } from '../errors'
import { isBuiltinContent } from './builtin-content'
import { describePlan, planImport, type ImportPlan } from './pack-diff'
import { flattenPack, type FlatItem } from './pack-flatten'
import { identityRefusal, installedSigner, signatureCheckOf, type Signer } from './pack-identity'
import { readPackBytes } from './pack-reader'
import { findPackByUrn, itemRowsOfPack, type InstalledPack } from './pack-repo'
import { checkRules, type DependencyIndex } from './pack-rules'
import { checkSchema } from './pack-schema'
import { checkSignature } from './pack-signature'
import { trustedNames } from './pack-trust'
import { english, type TemplatePack } from './pack-types'

/** A file that is a well-formed pack with a valid signature (or none). */
export interface CheckedFile {
  pack: TemplatePack
  signer: Signer
}

/** A checked file measured against what is installed: what importing it would do. */
export interface Analysis extends CheckedFile {
  flat: FlatItem[]
  installed: InstalledPack | undefined
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

/** Read → duplicate keys → schema → signature. Refuses (AppFailure) what fails; changes nothing. */
export async function checkPackFile(db: Db, bytes: Uint8Array): Promise<CheckedFile> {
  const read = readPackBytes(bytes)
  if (!read.ok) invalid(read.problems)
  const schema = checkSchema(read.value)
  if (!schema.ok)
    invalid([...schema.problems, ...(await rulesDespiteSchema(db, read.value, schema.problems))])
  const pack = schema.pack
  if (isBuiltinContent(pack)) return { pack, signer: { kind: 'builtin' } }
  const signature = checkSignature(pack)
  if (signature.kind === 'invalid')
    invalid([{ path: '$.signature', code: 'invalid', message: signature.message }])
  if (signature.kind === 'unsigned') return { pack, signer: { kind: 'unsigned' } }
  return { pack, signer: { ...signature, trustedAs: null } }
}

/**
 * Publisher identity → dependencies → rules → dry-run plan, against `db` (the open transaction
 * when importing). Changes nothing.
 */
export async function planPack(db: Db, file: CheckedFile): Promise<Analysis> {
  const { pack } = file
  const trusted = await trustedNames(db)
  const signer: Signer =
    file.signer.kind === 'signed'
      ? { ...file.signer, trustedAs: trusted.get(file.signer.publicKey) ?? null }
      : file.signer
  const installed = await findPackByUrn(db, pack.id)
  const refusal = identityRefusal(
    pack.id,
    { signer, publisher: pack.publisher },
    installed && { signer: installedSigner(installed, trusted), publisher: installed.publisher },
  )
  if (refusal) throw new AppFailure('conflict', refusal)
  const deps = await dependencyIndex(db, pack)
  const problems = [...deps.problems, ...checkRules(pack, deps.index)]
  if (problems.length) invalid(problems)

  const flat = flattenPack(pack)
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
    signature: signatureCheckOf(signer),
    archiveConfirmation: null,
  }
  const base = { pack, signer, flat, installed, plan: null }
  const empty = { added: [], changed: [], unchanged: flat.length, removed: [], conflicts: [] }
  if (installed && installed.version === pack.version) {
    const message = `Version ${pack.version} of "${title}" is already installed; nothing changed.`
    return { ...base, preview: { ...head, ...empty, status: 'same', message } }
  }
  if (installed && installed.version > pack.version) {
    const message = `This file holds version ${pack.version} of "${title}", but version ${installed.version} is installed. Capstan does not go back to an older version.`
    return { ...base, preview: { ...head, ...empty, unchanged: 0, status: 'older', message } }
  }
  const rows = installed ? await itemRowsOfPack(db, installed.id) : []
  const plan = planImport(flat, rows)
  const d = describePlan(plan)
  const active = rows.filter((r) => r.archived_at === null).length
  const archiveConfirmation =
    active > 0 && plan.removed.length / active > ARCHIVE_CONFIRM_SHARE
      ? { archived: plan.removed.length, installed: active }
      : null
  const message = installed
    ? `Upgrade "${title}" from version ${installed.version} to ${pack.version}: ${d.added.length} added, ${d.changed.length} changed, ${d.removed.length} archived, ${d.conflicts.length} in conflict with local edits.`
    : `Install "${title}" version ${pack.version}: ${flat.length} items.`
  const status = installed ? 'upgrade' : 'new'
  return {
    ...base,
    plan,
    preview: { ...head, ...d, status, message, archiveConfirmation },
  }
}

/** Refuses an upgrade that archives more than the set share of items unless it was confirmed. */
export function requireConfirmation(a: Analysis, confirmed: boolean | undefined): void {
  const c = a.preview.archiveConfirmation
  if (!c || confirmed) return
  const share = Math.round(ARCHIVE_CONFIRM_SHARE * 100)
  throw new AppFailure(
    'confirmation_required',
    `Upgrading "${english(a.pack.title)}" to version ${a.pack.version} would archive ${c.archived} of its ${c.installed} items, more than ${share} %; confirm the upgrade to go ahead.`,
  )
}
