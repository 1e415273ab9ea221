import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentOutline, ExportRecord, VerifyResult } from '../../shared/contract'
import { DOCUMENT_KINDS } from '../../shared/contract'
import os from 'node:os'
import { openBackend, type Backend } from '../../electron/backend/backend'
import { seedDemo } from '../../electron/backend/demo/demo-seed'
import { convertToPdf, docxStructure, pdfPages } from '../helpers/office'
import { tempPostgresUrl, testEngine } from '../helpers/temp-backend'

// Every document kind in every language, on the demo administration, opened by real
// LibreOffice and read back with pdftotext and python-docx.
const LANGUAGES = ['en', 'fr', 'es'] as const
const SIGN_WORDS = { en: 'Approve', fr: 'Approuvé', es: 'Aprobado' }
const PLACEHOLDERS =
  /\{\{|\}\}|doc\.kind\.|sign\.[a-z]|status\.[a-z]|\bundefined\b|\bNaN\b|\[object Object\]/

interface Exported {
  kind: string
  language: (typeof LANGUAGES)[number]
  file: string
  pdf: string
  outline: DocumentOutline
  record: ExportRecord
}

let b: Backend
let outDir: string
const exported: Exported[] = []

beforeAll(async () => {
  // One data folder for the whole file (the per-test temp helpers clean up after each test).
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'capstan-docs-'))
  b = await openBackend({
    dataDir: path.join(outDir, 'data'),
    // On PostgreSQL, a fresh database with the built-in pack (dropped after the file).
    databaseUrl: testEngine === 'postgres' ? await tempPostgresUrl(true) : undefined,
    mode: 'browser',
    actor: 'planning.officer',
    now: () => '2026-11-27T10:00:00.000Z',
  })
  await seedDemo(b.ctx)
  for (const kind of DOCUMENT_KINDS) {
    for (const language of LANGUAGES) {
      const options = { kind, language }
      const outline = await b.call('documents:outline', options)
      if (!outline.ok) throw new Error(outline.error.message)
      const r = await b.invoke('documents:export', options)
      if (!r.ok) throw new Error(r.error.message)
      const record = r.value as ExportRecord
      const file = path.join(outDir, `${kind}-${language}.docx`)
      fs.copyFileSync(path.join(b.dataDir, 'exports', record.fileName), file)
      exported.push({
        kind,
        language,
        file,
        pdf: file.replace(/\.docx$/, '.pdf'),
        outline: outline.value as DocumentOutline,
        record,
      })
    }
  }
  convertToPdf(
    exported.map((e) => e.file),
    outDir,
  )
}, 300_000)

afterAll(async () => {
  await b?.close()
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true })
})

describe('Word documents opened by LibreOffice', () => {
  it('converts every kind in every language to PDF', () => {
    expect(exported).toHaveLength(DOCUMENT_KINDS.length * LANGUAGES.length)
    for (const e of exported)
      expect({ file: e.file, pdf: fs.existsSync(e.pdf) }).toEqual({ file: e.file, pdf: true })
  })

  it('shows the headings, the marking on every page and the signature blocks, with no placeholder', () => {
    const signatories = ['Amara Okonkwo-Diallo', 'Teodoro Valcárcel']
    for (const e of exported) {
      const pages = pdfPages(e.pdf)
      const all = pages.join('\n').replace(/\s+/g, ' ')
      const where = `${e.kind}/${e.language}`
      expect(pages.length, where).toBeGreaterThanOrEqual(4)
      pages.forEach((page, i) =>
        expect(page.includes('OFFICIAL'), `${where} page ${i + 1} marking`).toBe(true),
      )
      for (const h of e.outline.headings)
        expect(all.includes(h.text.replace(/\s+/g, ' ')), `${where} heading "${h.text}"`).toBe(true)
      for (const name of signatories)
        expect(all.includes(name), `${where} signatory ${name}`).toBe(true)
      expect(all.includes(SIGN_WORDS[e.language]), `${where} decision boxes`).toBe(true)
      expect(all.match(PLACEHOLDERS)?.[0] ?? null, `${where} placeholder`).toBeNull()
      expect(all.includes(e.record.reference), `${where} reference`).toBe(true)
    }
  })

  it('uses real Word heading styles and tables (python-docx)', () => {
    for (const e of exported) {
      const s = docxStructure(e.file)
      const where = `${e.kind}/${e.language}`
      const styled = (name: string) =>
        s.paragraphs.filter((p) => p.style === name).map((p) => p.text)
      expect(styled('Title').length, `${where} title`).toBe(1)
      expect(styled('Heading 1').length, `${where} Heading 1`).toBeGreaterThanOrEqual(2)
      for (const h of e.outline.headings.filter((x) => x.level === 1)) {
        expect(styled('Heading 1'), where).toContain(h.text)
      }
      expect(s.tables, `${where} tables`).toBeGreaterThanOrEqual(3)
    }
  }, 60_000) // one python-docx process per document: slow when the two cores are busy

  it('writes French and Spanish documents in French and Spanish', () => {
    const text = (kind: string, language: string) =>
      pdfPages(exported.find((e) => e.kind === kind && e.language === language)!.pdf).join(' ')
    expect(text('plan', 'fr')).toMatch(/Plan stratégique/)
    expect(text('plan', 'fr')).toMatch(/Page \d+ sur \d+/)
    expect(text('risks', 'es')).toMatch(/Registro de riesgos/)
    expect(text('risks', 'es')).toMatch(/Página \d+ de \d+/)
    expect(text('submission', 'fr')).toMatch(/Décisions demandées/)
  })
})

describe('verify-doc', () => {
  it('recognises an exported file and rejects one with a single byte changed', async () => {
    const e = exported.find((x) => x.kind === 'plan' && x.language === 'en')!
    const bytes = fs.readFileSync(e.file)
    const good = await b.call('documents:verify', {
      fileName: 'plan.docx',
      dataBase64: bytes.toString('base64'),
    })
    expect(good.ok && (good.value as VerifyResult)).toMatchObject({
      match: true,
      export: { reference: e.record.reference },
    })
    const changed = Buffer.from(bytes)
    const middle = Math.floor(changed.length / 2)
    changed[middle] = changed[middle]! ^ 0x01
    const bad = await b.call('documents:verify', {
      fileName: 'plan.docx',
      dataBase64: changed.toString('base64'),
    })
    expect(bad.ok && (bad.value as VerifyResult)).toMatchObject({ match: false, export: null })
  })
})
