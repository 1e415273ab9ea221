import fs from 'node:fs'
import path from 'node:path'
import {
  DOCUMENT_KINDS,
  LANGUAGES,
  type ExportRecord,
  type Result,
  type SnapshotSummary,
  type VerifyResult,
} from '../../shared/contract'
import type { Backend } from '../backend/backend'
import { exportFilePath } from '../backend/documents/signoff-service'
import { verifyAgainstFile } from '../backend/documents/verify-against'
import { isFaultCode } from '../backend/faults'
import { EXIT } from './cli-help'

type Print = (human: string, json: unknown) => void

interface DocumentCommand {
  kind: string | undefined
  file: string | undefined
  out: string | undefined
  lang: string | undefined
  classification: string | undefined
  paper: string | undefined
  signoff: boolean
  print: Print
  err: (line: string) => void
  withExisting: (run: (b: Backend) => Promise<number>) => Promise<number>
}

function failed(cmd: DocumentCommand, r: Result<unknown>): number {
  if (r.ok) return EXIT.ok
  const lines = [
    r.error.message,
    ...(r.error.details ?? []).map((d) => `  ${d.path}: ${d.message}`),
  ]
  cmd.err(lines.join('\n'))
  if (isFaultCode(r.error.code)) return EXIT.dataFolder // disk full, read-only, in use, …
  return r.error.code === 'validation' ? EXIT.usage : EXIT.failed
}

/** `capstan export <kind> --out FILE.docx …`: writes the document and records its SHA-256. */
export async function runExport(cmd: DocumentCommand): Promise<number> {
  if (!cmd.kind || !(DOCUMENT_KINDS as readonly string[]).includes(cmd.kind)) {
    cmd.err(`Usage: capstan export <${DOCUMENT_KINDS.join('|')}> --data-dir DIR --out FILE.docx`)
    return EXIT.usage
  }
  if (!cmd.out || path.extname(cmd.out).toLowerCase() !== '.docx') {
    cmd.err('--out must name the .docx file to write, for example --out plan.docx')
    return EXIT.usage
  }
  if (cmd.lang && !(LANGUAGES as readonly string[]).includes(cmd.lang)) {
    cmd.err(`--lang must be one of: ${LANGUAGES.join(', ')}`)
    return EXIT.usage
  }
  return cmd.withExisting(async (b) => {
    const options = {
      kind: cmd.kind,
      language: cmd.lang,
      classification: cmd.classification,
      paper: cmd.paper,
    }
    const r = await b.invoke(cmd.signoff ? 'documents:prepareSignoff' : 'documents:export', options)
    if (!r.ok) return failed(cmd, r)
    const value = r.value as ExportRecord | { snapshot: SnapshotSummary; export: ExportRecord }
    const record = 'export' in value ? value.export : value
    const stored = (await exportFilePath(b.ctx, record.id))!
    fs.copyFileSync(stored.path, cmd.out!)
    const snapshot = 'snapshot' in value ? value.snapshot : null
    cmd.print(
      `Wrote ${cmd.out}: ${record.reference} version ${record.docVersion}, ${record.classification}, ${record.language}, SHA-256 ${record.sha256}` +
        (snapshot
          ? `\nPrepared for sign-off as snapshot ${snapshot.reference} (fingerprint ${snapshot.fingerprint.slice(0, 12)}).`
          : ''),
      { file: cmd.out, ...record, snapshot },
    )
    return EXIT.ok
  })
}

/** `capstan verify-doc FILE`: exit 0 when the file is byte-identical to one Capstan exported. */
export async function runVerifyDoc(cmd: DocumentCommand): Promise<number> {
  if (!cmd.file) {
    cmd.err('Usage: capstan verify-doc FILE.docx --data-dir DIR')
    return EXIT.usage
  }
  if (!fs.existsSync(cmd.file)) {
    cmd.err(`Cannot read ${cmd.file}: no such file.`)
    return EXIT.usage
  }
  const data = fs.readFileSync(cmd.file)
  return cmd.withExisting(async (b) => {
    const r = await b.invoke('documents:verify', {
      fileName: path.basename(cmd.file!),
      dataBase64: data.toString('base64'),
    })
    if (!r.ok) return failed(cmd, r)
    const v = r.value as VerifyResult
    cmd.print(v.message, v)
    return v.match ? EXIT.ok : EXIT.failed
  })
}

/**
 * `capstan audit verify --against FILE`: exit 0 when the trail still holds the entry recorded in
 * FILE (an exported .docx, a backup or database file) and verifies; 1 when it does not; 4 when
 * FILE is neither or records no entry.
 */
export async function runAuditAgainst(
  cmd: Pick<DocumentCommand, 'file' | 'print' | 'err' | 'withExisting'>,
): Promise<number> {
  if (!cmd.file) {
    cmd.err('Usage: capstan audit verify --against FILE --data-dir DIR')
    return EXIT.usage
  }
  if (!fs.existsSync(cmd.file) || !fs.statSync(cmd.file).isFile()) {
    cmd.err(`Cannot read ${cmd.file}: no such file.`)
    return EXIT.usage
  }
  return cmd.withExisting(async (b) => {
    const check = await verifyAgainstFile(b.ctx, cmd.file!)
    if (check.outcome === 'unusable') {
      cmd.err(check.message)
      return EXIT.dataFolder
    }
    cmd.print(check.message, check)
    return check.outcome === 'holds' ? EXIT.ok : EXIT.failed
  })
}
