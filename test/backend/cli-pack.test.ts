import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../electron/host/cli'
import { smallPack } from '../helpers/pack-fixtures'
import { tempDir, testEngine } from '../helpers/temp-backend'

async function capstan(...args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

function writePack(dir: string, name: string, value: unknown): string {
  const file = path.join(dir, name)
  fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value))
  return file
}

// Data folders (SQLite); the CLI on PostgreSQL is covered by cli-database.test.ts.
;(testEngine === 'sqlite' ? describe : describe.skip)('capstan pack', () => {
  it('validates a good file (exit 0) and lists every problem of a bad one (exit 1)', async () => {
    const dir = tempDir()
    const good = await capstan('pack', 'validate', writePack(dir, 'good.json', smallPack()))
    expect(good.code).toBe(0)
    expect(good.out).toMatch(/good.json is a valid template pack: Small pack, version 1, 12 items/)
    const bad = smallPack() as unknown as Record<string, unknown>
    bad.version = 0
    bad.issued = 'yesterday'
    const r = await capstan('pack', 'validate', writePack(dir, 'bad.json', bad), '--json')
    expect(r.code).toBe(1)
    const report = JSON.parse(r.out)
    expect(report.error.problems.map((p: { path: string }) => p.path).sort()).toEqual([
      '$.issued',
      '$.version',
    ])
  })

  it('imports with a dry run first, then for real, and lists the pack', async () => {
    const data = tempDir()
    await capstan('init', '--data-dir', data)
    const file = writePack(tempDir(), 'small.json', smallPack())
    const dry = await capstan('pack', 'import', file, '--data-dir', data, '--dry-run')
    expect(dry.code).toBe(0)
    expect(dry.out).toMatch(
      /^Dry run: nothing was changed\.\nInstall "Small pack" version 1: 12 items/,
    )
    expect((await capstan('pack', 'list', '--data-dir', data)).out).not.toMatch(
      /urn:test:pack:small/,
    )
    const real = await capstan('pack', 'import', file, '--data-dir', data, '--json')
    expect(JSON.parse(real.out)).toMatchObject({ status: 'new', applied: true })
    const again = await capstan('pack', 'import', file, '--data-dir', data)
    expect(again.out).toBe('Version 1 of "Small pack" is already installed; nothing changed.')
    const list = await capstan('pack', 'list', '--data-dir', data)
    expect(list.out).toMatch(/WCO capacity-building essentials|wco-essentials/)
    expect(list.out).toMatch(/Small pack {2}v1 {2}urn:test:pack:small {2}12 items/)
  })

  it('refuses a 100 MB file without reading it, and changes nothing', async () => {
    const data = tempDir()
    await capstan('init', '--data-dir', data)
    const file = path.join(tempDir(), 'huge.json')
    const fd = fs.openSync(file, 'w')
    fs.ftruncateSync(fd, 100 * 1024 * 1024)
    fs.closeSync(fd)
    const before = (await capstan('status', '--data-dir', data, '--json')).out
    const r = await capstan('pack', 'import', file, '--data-dir', data)
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/huge.json is 100\.0 MB; template packs may be at most 20 MB/)
    expect((await capstan('status', '--data-dir', data, '--json')).out).toBe(before)
  })

  it("exports the administration's pack to a file that validates", async () => {
    const data = tempDir()
    await capstan('init', '--demo', '--data-dir', data)
    const out = path.join(tempDir(), 'own.json')
    const r = await capstan('pack', 'export', '--data-dir', data, '--out', out)
    expect(r.code).toBe(0)
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).id).toBe(
      'urn:capstan:pack:local:republic-of-numeria-customs-service',
    )
    expect((await capstan('pack', 'validate', out)).code).toBe(0)
  })

  it('explains its usage', async () => {
    expect((await capstan('pack', '--help')).out).toMatch(
      /capstan pack import FILE --data-dir DIR \[--dry-run\]/,
    )
    expect((await capstan('pack', 'import', '--data-dir', tempDir())).code).toBe(2)
    expect((await capstan('pack', 'frob')).code).toBe(2)
  })
})
