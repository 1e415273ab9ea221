import type { AuditAnchor } from '../audit/audit-chain'
import { readZipEntry } from './zip-entry'

// The audit head at export time travels in the Word file's custom properties
// (docProps/custom.xml; Word shows them under File › Info › Properties › Advanced › Custom), so a
// copy kept anywhere can later prove the trail still holds that exact entry. Word keeps custom
// properties when the document is edited, so the anchor outlives the file's SHA-256.
const ENTRY = 'Capstan audit entry'
const HASH = 'Capstan audit hash'
const EXPORTED = 'Capstan exported at'

/** The custom properties that carry an audit head in a Word document. */
export function anchorProperties(
  head: { seq: number; hash: string } | null,
  exportedAt: string,
): { name: string; value: string }[] {
  if (!head) return []
  return [
    { name: ENTRY, value: String(head.seq) },
    { name: HASH, value: head.hash },
    { name: EXPORTED, value: exportedAt },
  ]
}

const XML_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
}
const unescapeXml = (s: string) => s.replace(/&(\w+);/g, (m, e: string) => XML_ENTITIES[e] ?? m)

/** The custom properties of a Word file, by name (empty when it has none). */
export function customProperties(docx: Uint8Array): Map<string, string> {
  const xml = readZipEntry(docx, 'docProps/custom.xml')?.toString('utf8') ?? ''
  const found = new Map<string, string>()
  const property = /<property\b[^>]*\bname="([^"]*)"[^>]*>\s*<vt:\w+>([^<]*)<\/vt:\w+>/g
  for (const m of xml.matchAll(property)) found.set(unescapeXml(m[1]!), unescapeXml(m[2]!))
  return found
}

/**
 * The audit head a Word file recorded when Capstan exported it, or null when it carries none
 * (exported before anchors existed, or not by Capstan). Throws when the file is not a ZIP archive.
 */
export function readDocxAnchor(docx: Uint8Array): AuditAnchor | null {
  const props = customProperties(docx)
  const seq = Number(props.get(ENTRY))
  const hash = props.get(HASH) ?? ''
  if (!Number.isInteger(seq) || seq < 1 || !/^[0-9a-f]{64}$/.test(hash)) return null
  return { seq, hash, recordedAt: props.get(EXPORTED) ?? '' }
}
