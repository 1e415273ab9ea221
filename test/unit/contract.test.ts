import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  CHANNEL_NAMES,
  channels,
  isRealIsoDate,
  isoDate,
  validateInput,
} from '../../shared/contract'
import { APP_VERSION } from '../../shared/version'

const read = (dir: string, file: string) => fs.readFileSync(`${dir}/${file}`, 'utf8')

describe('the contract', () => {
  it('lists exactly the channels it defines, all named <domain>:<verb>', () => {
    expect(Object.keys(channels).sort()).toEqual([...CHANNEL_NAMES].sort())
    for (const name of CHANNEL_NAMES) expect(name).toMatch(/^[a-z]+:[a-zA-Z]+$/)
  })

  it('declares every channel in its domain’s own file, with the one channel() helper', () => {
    const dir = 'shared/contract'
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))
    const declaring = files.filter((f) => /'[a-z]+:[a-zA-Z]+': channel</.test(read(dir, f)))
    // The registry only gathers; a private copy of the helper would drift from it.
    expect(declaring).not.toContain('channels.ts')
    expect(files.filter((f) => /\bconst channel\s*=/.test(read(dir, f)))).toEqual([
      'channel-def.ts',
    ])
    for (const file of declaring) {
      const domainFile = read(dir, file)
      const names = read(dir, file.replace(/\.ts$/, '-names.ts'))
      const declared = [...domainFile.matchAll(/'([a-z]+:[a-zA-Z]+)': channel</g)].map((m) => m[1])
      const listed = [...names.matchAll(/'([a-z]+:[a-zA-Z]+)'/g)].map((m) => m[1])
      expect(declared.sort(), file).toEqual(listed.sort())
    }
    expect(declaring.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(
      expect.arrayContaining(['app', 'audit', 'objectives', 'packs', 'settings']),
    )
  })

  it('keeps the app version in step with package.json', () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string }
    expect(APP_VERSION).toBe(pkg.version)
  })
})

describe('validation messages a planning officer understands', () => {
  const good = {
    administrationName: 'Numeria Customs',
    country: 'Numeria',
    workingLanguages: ['en'],
    fiscalYearStartMonth: 1,
    currency: 'EUR',
    classifications: ['OFFICIAL'],
    signatories: [],
  }

  it('accepts a valid profile and trims text', () => {
    const r = validateInput('settings:save', { ...good, administrationName: '  Numeria  ' })
    expect(r.ok && r.value.administrationName).toBe('Numeria')
  })

  it('names every problem at once, with the field label', () => {
    const r = validateInput('settings:save', {
      ...good,
      administrationName: '',
      currency: 'euro',
      fiscalYearStartMonth: 13,
      classifications: ['OFFICIAL', 'official'],
    })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('validation')
    const byPath = Object.fromEntries(r.error.details!.map((d) => [d.path, d.message]))
    expect(byPath.administrationName).toBe('Administration name is required.')
    expect(byPath.currency).toMatch(/^Currency must be a three-letter ISO 4217 code/)
    expect(byPath.fiscalYearStartMonth).toBe('Fiscal year start month must be 12 or less.')
    expect(byPath.classifications).toBe('Classification markings lists the same marking twice.')
    expect(r.error.message).toMatch(/and 3 more/)
  })

  it('names nested fields by entry number', () => {
    const r = validateInput('settings:save', { ...good, signatories: [{ name: 'X', title: '' }] })
    expect(!r.ok && r.error.details![0]).toMatchObject({
      path: 'signatories.0.title',
      code: 'required',
      message: 'Title of entry 1 in Signatories is required.',
    })
  })

  it('refuses unknown fields instead of silently dropping them', () => {
    const r = validateInput('objectives:create', { code: 'SO1', title: 'T', colour: 'red' })
    expect(!r.ok && r.error.details![0]).toMatchObject({ path: 'colour', code: 'unknown_field' })
  })

  it('explains a bad status with the allowed values', () => {
    const r = validateInput('objectives:create', { code: 'SO1', title: 'T', status: 'done' })
    expect(!r.ok && r.error.details![0]!.message).toBe(
      'Status must be one of: draft, active, on_hold, completed, cancelled.',
    )
  })

  it('refuses invisible control characters but keeps markup as plain text', () => {
    const bad = validateInput('objectives:create', { code: 'SO1', title: 'A\u0007B' })
    expect(!bad.ok && bad.error.details![0]!.message).toBe(
      'Title contains invisible control characters.',
    )
    const markup = validateInput('objectives:create', { code: 'SO1', title: '<b>x</b>' })
    expect(markup.ok && markup.value.title).toBe('<b>x</b>')
  })
})

describe('dates', () => {
  it('knows real calendar dates', () => {
    expect(isRealIsoDate('2028-02-29')).toBe(true)
    expect(isRealIsoDate('2027-02-29')).toBe(false)
    expect(isRealIsoDate('2026-13-01')).toBe(false)
    expect(isRealIsoDate('01/07/2026')).toBe(false)
  })

  it('says how to write a date', () => {
    const r = isoDate().safeParse('31/12/2026')
    expect(r.success).toBe(false)
    expect(r.error?.issues[0]?.message).toMatch(/YYYY-MM-DD/)
    expect(isoDate().safeParse('2026-02-30').error?.issues[0]?.message).toBe(
      'is not a real calendar date.',
    )
  })
})

describe('wrong types', () => {
  it('tells a wrong type apart from a missing field', () => {
    const r = validateInput('settings:save', {
      administrationName: 'Numeria',
      country: 'Numeria',
      workingLanguages: ['en'],
      fiscalYearStartMonth: 'July',
      currency: 'EUR',
      classifications: ['OFFICIAL'],
      signatories: [],
    })
    expect(!r.ok && r.error.details![0]).toMatchObject({
      path: 'fiscalYearStartMonth',
      code: 'wrong_type',
      message: 'Fiscal year start month must be a number.',
    })
  })
})
