import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/** Converts .docx files to PDF with headless LibreOffice, in one run, into `outDir`. */
export function convertToPdf(files: string[], outDir: string): void {
  const profile = fs.mkdtempSync(path.join(outDir, 'lo-profile-'))
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      ...files,
    ],
    { stdio: 'pipe', timeout: 240_000 },
  )
}

/** Text of each page of a PDF (pdftotext separates pages with form feeds). */
export function pdfPages(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
  return text.split('\f').filter((page, i, all) => i < all.length - 1 || page.trim() !== '')
}

/** What python-docx (Debian's python3-docx) sees: paragraph styles with their text, and tables. */
export function docxStructure(file: string): {
  paragraphs: { style: string; text: string }[]
  tables: number
} {
  const script = [
    'import docx, json, sys',
    'd = docx.Document(sys.argv[1])',
    'print(json.dumps({"paragraphs": [{"style": p.style.name, "text": p.text} for p in d.paragraphs], "tables": len(d.tables)}))',
  ].join('\n')
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }))
}
