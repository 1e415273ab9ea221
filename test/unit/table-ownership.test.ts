import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

// Each domain owns its tables (declared in <domain>/<domain>-tables.ts) and is the only one
// that queries them; the others go through its read API or its services.
const BACKEND = path.resolve('electron/backend')
// Folders that are not a domain: the engine layer, system tools that copy or count every table
// by name (status, db copy), and the demo, which goes through services only.
const NOT_DOMAINS = new Set(['db', 'system', 'demo'])

function ownership(): Map<string, string> {
  const owners = new Map<string, string>()
  for (const domain of fs.readdirSync(BACKEND)) {
    const file = path.join(BACKEND, domain, `${domain}-tables.ts`)
    if (!fs.existsSync(file)) continue
    const text = fs.readFileSync(file, 'utf8')
    const block = /export interface \w+Tables \{([^}]*)\}/.exec(text)?.[1] ?? ''
    for (const m of block.matchAll(/^\s*(\w+):/gm)) owners.set(m[1]!, domain)
  }
  return owners
}

const filesOf = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) return filesOf(p)
    return p.endsWith('.ts') ? [p] : []
  })

// Table names a file queries: through the query builder, sql.table(), or FROM/JOIN in raw SQL.
function tablesQueried(text: string): string[] {
  const found = new Set<string>()
  const builder =
    /\.(?:selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin|mergeInto)\(\s*'(\w+)/g
  for (const m of text.matchAll(builder)) found.add(m[1]!)
  for (const m of text.matchAll(/sql\.table\(\s*'(\w+)'/g)) found.add(m[1]!)
  for (const m of text.matchAll(/`[^`]*`/gs))
    for (const t of m[0].matchAll(/\b(?:FROM|JOIN|INTO|UPDATE)\s+"?(\w+)"?/gi)) found.add(t[1]!)
  return [...found]
}

describe('each domain owns its tables', () => {
  const owners = ownership()

  it('knows who owns every table', () => {
    expect(owners.get('risks')).toBe('risks')
    // Objectives are the top of the plan: one domain, one folder.
    expect(owners.get('objectives')).toBe('plan')
    expect(owners.get('library_items')).toBe('packs')
    expect(owners.size).toBeGreaterThan(30)
  })

  it('no domain queries another domain’s tables', () => {
    const trespass: string[] = []
    const folders = fs
      .readdirSync(BACKEND, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !NOT_DOMAINS.has(e.name))
      .map((e) => e.name)
    for (const folder of folders) {
      for (const file of filesOf(path.join(BACKEND, folder))) {
        for (const table of tablesQueried(fs.readFileSync(file, 'utf8'))) {
          const owner = owners.get(table)
          if (owner && owner !== folder)
            trespass.push(`${path.relative(BACKEND, file)} queries ${table} (owned by ${owner})`)
        }
      }
    }
    expect(trespass).toEqual([])
  })
})
