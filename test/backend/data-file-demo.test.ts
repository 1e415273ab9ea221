import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEMO_FILE_NAME, demoFilePath, readDemoFile } from '../../electron/backend/demo/demo-file'
import { seedDemo } from '../../electron/backend/demo/demo-seed'
import { count, tempBackend, tempDir, testEngine } from '../helpers/temp-backend'

const shipped = () => fs.readFileSync(demoFilePath(), 'utf8')
/** The shipped file with one change made by `edit`, as text. */
function edited(edit: (f: ReturnType<typeof readDemoFile>) => void): string {
  const f = JSON.parse(shipped())
  edit(f)
  return JSON.stringify(f, null, 2)
}
const refusal = (text: string): string => {
  try {
    readDemoFile(text)
  } catch (e) {
    return (e as Error).message
  }
  return 'accepted'
}

describe('the demo data file', { timeout: 90_000 }, () => {
  it('is one JSON file, readable by a person, whose records link by codes', () => {
    const text = shipped()
    const file = readDemoFile(text)
    expect(file.settings.administrationName).toBe('Republic of Numeria Customs Service')
    // Formatted for people: one field or a short record per line, never one long line.
    const lines = text.split('\n')
    expect(lines.length).toBeGreaterThan(1000)
    const a2 = file.plan.objectives[0]!.outcomes[0]!.outputs[0]!.activities[1]!
    expect(a2).toMatchObject({ code: 'A2', dependsOn: ['A1'] })
    expect(file.indicators.find((i) => i.code === 'SO4-01')!.attachedTo).toBe('OP4.1.2')
  })

  it('is refused in words when it breaks its schema, a link or JSON itself', () => {
    expect(refusal(edited((f) => delete (f.risks[0] as { owner?: string }).owner))).toMatch(
      /^The demo data file does not match its schema: \$\.risks\[0\] must have required property 'owner'\./,
    )
    expect(
      refusal(
        edited(
          (f) =>
            (f.plan.objectives[0]!.outcomes[0]!.outputs[0]!.activities[2]!.dependsOn = ['A999']),
        ),
      ),
    ).toMatch(/Activity A3 names A999, which is not the code of an activity in the file\./)
    expect(refusal(edited((f) => (f.indicators[0]!.attachedTo = 'OC9.9')))).toMatch(
      /Indicator SO1-01 names OC9.9, which is not the code of an objective, an outcome or an output/,
    )
    expect(refusal(edited((f) => (f.plan.projects[0]!.code = 'SO1')))).toMatch(
      /The code SO1 is used by a project and by an objective; codes must differ\./,
    )
    expect(
      refusal(shipped().replace('"format": "capstan-demo",', '"format": "capstan-demo"')),
    ).toMatch(/^The demo data file is not valid JSON \(line 4, column 3\)/)
    expect(
      refusal(shipped().replace('"formatVersion": 1,', '"formatVersion": 1, "format": "x",')),
    ).toMatch(/names "format" twice in one record \(line 4\)/)
  })

  it('goes through the contract: a record it refuses is named, and nothing is written', async () => {
    const b = await tempBackend({ installBuiltinPack: true })
    const audited = await count(b, 'audit_log')
    const file = readDemoFile(
      edited((f) => {
        f.plan.objectives[1]!.outcomes[0]!.outputs[0]!.activities[0]!.title = 'x'.repeat(301)
      }),
    )
    await expect(seedDemo(b.ctx, { file })).rejects.toThrow(
      /^The demo data could not be loaded: activity A13 was refused\. .*300/,
    )
    for (const table of ['settings', 'objectives', 'activities'])
      expect(await count(b, table)).toBe(0)
    expect(await count(b, 'audit_log')).toBe(audited)
  })

  it('says which file is missing and where it looked', () => {
    expect(() => demoFilePath(['/nowhere/a.json'])).toThrow(
      `The demo data file ${DEMO_FILE_NAME} is missing from this installation (looked in /nowhere/a.json)`,
    )
  })
})

// The built CLI reads the file shipped beside it; its code holds no demo record.
;(testEngine === 'sqlite' ? describe : describe.skip)('the demo in the built CLI', () => {
  it(
    'loads from data/ beside the bundle, which carries none of the records',
    { timeout: 120_000 },
    async () => {
      // Inside node_modules so the bundle's packages resolve, in a folder of this test's own.
      fs.mkdirSync(path.resolve('node_modules/.cache'), { recursive: true })
      const out = fs.mkdtempSync(path.resolve('node_modules/.cache/capstan-demo-test-'))
      try {
        const built = spawnSync(process.execPath, ['scripts/build-cli.js', out], {
          encoding: 'utf8',
        })
        expect(built.stderr).toBe('')
        // The entry and the chunks it loads on demand (the HTTP host, the Word writer…).
        const bundle = fs
          .readdirSync(out, { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.mjs'))
          .map((f) => fs.readFileSync(path.join(out, f), 'utf8'))
          .join('\n')
        expect(bundle).toContain('numeria.demo.json')
        for (const record of [
          'Baseline time release study',
          'RNCS/MIN/2026/014',
          'Amara Okonkwo-Diallo',
        ])
          expect(bundle).not.toContain(record)
        expect(fs.existsSync(path.join(out, 'data', DEMO_FILE_NAME))).toBe(true)

        const { main } = (await import(path.join(out, 'capstan.mjs'))) as {
          main: (
            args: string[],
            io: { out: (l: string) => void; err: (l: string) => void },
          ) => Promise<number>
        }
        const run = async (...args: string[]) => {
          const lines: string[] = []
          const code = await main(args, { out: (l) => lines.push(l), err: (l) => lines.push(l) })
          return { code, text: lines.join('\n') }
        }
        const dir = tempDir()
        expect(await run('init', '--demo', '--data-dir', dir)).toMatchObject({ code: 0 })
        const status = JSON.parse((await run('status', '--data-dir', dir, '--json')).text)
        expect(status.tables).toMatchObject({
          objectives: 5,
          activities: 60,
          risks: 40,
          indicators: 20,
        })

        fs.rmSync(path.join(out, 'data'), { recursive: true })
        const missing = await run('init', '--demo', '--data-dir', tempDir())
        expect(missing.code).not.toBe(0)
        expect(missing.text).toMatch(
          /The demo data file numeria\.demo\.json is missing from this installation/,
        )
      } finally {
        fs.rmSync(out, { recursive: true, force: true })
      }
    },
  )
})
