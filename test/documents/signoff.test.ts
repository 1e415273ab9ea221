import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import type {
  ChangesReport,
  DocumentOutline,
  ExportRecord,
  SnapshotSummary,
} from '../../shared/contract'
import type { Backend } from '../../electron/backend/backend'
import { seedDemo } from '../../electron/backend/demo/demo-seed'
import { convertToPdf } from '../helpers/office'
import { tempBackend, tempDir } from '../helpers/temp-backend'

let dir: string
let b: Backend
let clock = '2026-11-27T10:00:00.000Z'

// A demo administration on this run's engine; the temp helpers close and remove it after each test.
beforeEach(async () => {
  dir = tempDir('capstan-signoff-')
  clock = '2026-11-27T10:00:00.000Z'
  b = await tempBackend({
    actor: 'head.of.unit',
    now: () => clock,
    installBuiltinPack: true,
  })
  await seedDemo(b.ctx)
})

async function ok<T>(
  r:
    | Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>
    | { ok: boolean; value?: unknown; error?: { message: string } },
): Promise<T> {
  const x = await r
  if (!x.ok) throw new Error(x.error!.message)
  return x.value as T
}

/** Text of a Word file's footer, read by python-docx. */
function footerText(file: string): string {
  const script =
    'import docx,sys\nd=docx.Document(sys.argv[1])\nprint("\\n".join(p.text for p in d.sections[0].footer.paragraphs))'
  return execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' })
}
const stored = (r: ExportRecord) => path.join(b.dataDir, 'exports', r.fileName)

describe('sign-off bound to a snapshot', () => {
  it('freezes a snapshot, stamps the footer and records the SHA-256 of the bytes written', async () => {
    const { snapshot, export: exp } = await ok<{ snapshot: SnapshotSummary; export: ExportRecord }>(
      b.invoke('documents:prepareSignoff', { kind: 'submission' }),
    )
    expect(snapshot.reference).toBe('SNAP-2026-0001')
    expect(snapshot.decisionsSought).toHaveLength(3)
    expect(exp.snapshotReference).toBe('SNAP-2026-0001')
    const footer = footerText(stored(exp))
    expect(footer).toContain(
      `Snapshot SNAP-2026-0001 · fingerprint ${snapshot.fingerprint.slice(0, 12)}`,
    )
    const sha = (await import('node:crypto'))
      .createHash('sha256')
      .update(fs.readFileSync(stored(exp)))
      .digest('hex')
    expect(exp.sha256).toBe(sha)
  })

  it('records decisions once, refuses bad ones, and an approved plan becomes the baseline', async () => {
    const { snapshot } = await ok<{ snapshot: SnapshotSummary }>(
      b.invoke('documents:prepareSignoff', { kind: 'submission' }),
    )
    const bad = await b.call('documents:recordDecisions', {
      snapshotId: snapshot.id,
      decisions: [
        { index: 4, decision: 'approved', decidedBy: 'Minister', decidedOn: '2026-11-27' },
      ],
    })
    expect(!bad.ok && bad.error.message).toBe(
      'Decision 4 does not exist: this document seeks 3 decision(s).',
    )
    const future = await b.call('documents:recordDecisions', {
      snapshotId: snapshot.id,
      decisions: [
        { index: 1, decision: 'approved', decidedBy: 'Minister', decidedOn: '2027-01-01' },
      ],
    })
    expect(!future.ok && future.error.message).toBe('The decision date cannot be in the future.')
    const decided = await ok<SnapshotSummary>(
      b.call('documents:recordDecisions', {
        snapshotId: snapshot.id,
        decisions: [
          {
            index: 1,
            decision: 'approved',
            decidedBy: 'Hon. T. Valcárcel',
            decidedOn: '2026-11-27',
            comments: 'Approved.',
          },
          { index: 2, decision: 'noted', decidedBy: 'Hon. T. Valcárcel', decidedOn: '2026-11-27' },
          {
            index: 3,
            decision: 'approved_with_amendments',
            decidedBy: 'Hon. T. Valcárcel',
            decidedOn: '2026-11-27',
            comments: 'Present to partners after the budget vote.',
          },
        ],
      }),
    )
    expect(decided.isBaseline).toBe(true)
    expect(decided.decisions.map((d) => d.decision)).toEqual([
      'approved',
      'noted',
      'approved_with_amendments',
    ])
    const again = await b.call('documents:recordDecisions', {
      snapshotId: snapshot.id,
      decisions: [{ index: 1, decision: 'not_approved', decidedBy: 'X', decidedOn: '2026-11-27' }],
    })
    expect(!again.ok && again.error.code).toBe('conflict')
  })

  it('reports what changed since the approved plan, on screen and in Word', async () => {
    const none = await ok<ChangesReport>(b.call('documents:changes', {}))
    expect(none.baseline).toBeNull()
    const { snapshot } = await ok<{ snapshot: SnapshotSummary }>(
      b.invoke('documents:prepareSignoff', { kind: 'plan' }),
    )
    await ok(
      b.call('documents:recordDecisions', {
        snapshotId: snapshot.id,
        decisions: [
          {
            index: 1,
            decision: 'approved',
            decidedBy: 'Commissioner General',
            decidedOn: '2026-11-27',
          },
        ],
      }),
    )
    expect((await ok<ChangesReport>(b.call('documents:changes', {}))).entries).toEqual([])
    // Change an objective's title and close a risk after the signature.
    const { db } = b.ctx
    const so1 = (
      await db
        .selectFrom('objectives')
        .select('id')
        .where('code', '=', 'SO1')
        .executeTakeFirstOrThrow()
    ).id
    await db
      .updateTable('objectives')
      .set({ title: 'Faster clearance for compliant traders' })
      .where('id', '=', so1)
      .execute()
    // The open risk with the lowest code (compared as SQLite does, whatever the server's collation).
    const open = await db
      .selectFrom('risks')
      .select(['id', 'code'])
      .where('status', '<>', 'closed')
      .execute()
    const first = open.sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0))[0]!
    await db.updateTable('risks').set({ status: 'closed' }).where('id', '=', first.id).execute()
    const report = await ok<ChangesReport>(b.call('documents:changes', {}))
    expect(report.baseline?.reference).toBe(snapshot.reference)
    expect(report.entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          area: 'objective',
          change: 'changed',
          key: 'SO1',
          details: [expect.stringMatching(/^title: .* → Faster clearance for compliant traders$/)],
        }),
        expect.objectContaining({
          area: 'risk',
          change: 'changed',
          details: expect.arrayContaining([expect.stringMatching(/^status: \w+ → closed$/)]),
        }),
      ]),
    )
    const word = await ok<ExportRecord>(b.invoke('documents:export', { kind: 'changes' }))
    convertToPdf([stored(word)], dir)
    const text = execFileSync(
      'pdftotext',
      [path.join(dir, word.fileName.replace(/\.docx$/, '.pdf')), '-'],
      { encoding: 'utf8' },
    ).replace(/\s+/g, ' ')
    expect(text).toContain('Faster clearance for compliant traders')
    expect(text).toContain(snapshot.reference)
  }, 60_000)
})

describe('classification and paper', () => {
  it('leaves out integrity records more sensitive than the document, and says so', async () => {
    const { ranks } = await b.ctx.db
      .selectFrom('integrity_actions')
      .select((eb) => eb.fn.max('sensitivity').as('ranks'))
      .executeTakeFirstOrThrow()
    expect(Number(ranks)).toBeGreaterThan(1) // the demo marks some integrity records as sensitive
    const low = await b.call('documents:outline', {
      kind: 'integrity',
      classification: 'OFFICIAL',
    })
    const high = await b.call('documents:outline', {
      kind: 'integrity',
      classification: 'CONFIDENTIAL',
    })
    expect(low.ok && (low.value as DocumentOutline).excludedRecords).toBeGreaterThan(0)
    expect(high.ok && (high.value as DocumentOutline).excludedRecords).toBe(0)
    const unknown = await b.call('documents:outline', {
      kind: 'integrity',
      classification: 'TOP SECRET',
    })
    expect(!unknown.ok && unknown.error.message).toBe(
      'Classification must be one of: OFFICIAL, OFFICIAL-SENSITIVE, RESTRICTED, CONFIDENTIAL.',
    )
  })

  it('writes US Letter pages when asked, A4 by default', async () => {
    const a4 = await ok<ExportRecord>(b.invoke('documents:export', { kind: 'status' }))
    const letter = await ok<ExportRecord>(
      b.invoke('documents:export', { kind: 'status', paper: 'letter' }),
    )
    expect(letter.docVersion).toBe(a4.docVersion + 1)
    convertToPdf([stored(a4), stored(letter)], dir)
    const size = (r: ExportRecord) =>
      execFileSync('pdfinfo', [path.join(dir, r.fileName.replace(/\.docx$/, '.pdf'))], {
        encoding: 'utf8',
      })
        .match(/Page size:\s+([\d.]+) x ([\d.]+)/)!
        .slice(1)
        .map(Number)
    expect(size(a4).map(Math.round)).toEqual([595, 842])
    expect(size(letter).map(Math.round)).toEqual([612, 792])
  }, 60_000)

  it('puts the logo from Settings on the cover, and refuses a file that is not an image', async () => {
    const notImage = await b.call('documents:setLogo', {
      fileName: 'logo.png',
      dataBase64: Buffer.from('<svg/>').toString('base64'),
    })
    expect(!notImage.ok && notImage.error.message).toBe('The logo must be a PNG or JPEG image.')
    // A 2×1 PNG.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGNgYPj/n4GBgQEAFAUB/5p2x8MAAAAASUVORK5CYII=',
      'base64',
    )
    expect(
      (
        await b.call('documents:setLogo', {
          fileName: 'logo.png',
          dataBase64: png.toString('base64'),
        })
      ).ok,
    ).toBe(true)
    const r = await ok<ExportRecord>(b.invoke('documents:export', { kind: 'status' }))
    const media = execFileSync('unzip', ['-l', stored(r)], { encoding: 'utf8' })
    expect(media).toMatch(/word\/media\/.*\.png/)
  })
})
