// A small, neutral description of a document's body. Composers build it from data; the Word
// renderer turns it into docx; the outline preview reads its headings. No docx types leak here.

/** A table cell: text, optionally shaded (hex colour without #) and bold. */
export type Cell =
  string | { text: string; fill?: string; color?: string; bold?: boolean; align?: 'center' | 'end' }

/** One block of body content. */
export type Block =
  | { t: 'heading'; level: 1 | 2 | 3; text: string }
  | { t: 'paragraph'; text: string; tone?: 'normal' | 'note' | 'lead' }
  | { t: 'list'; items: string[]; ordered?: boolean }
  | {
      t: 'table'
      caption: string
      columns: { title: string; weight?: number }[]
      rows: Cell[][]
      empty?: string
    }
  | { t: 'facts'; rows: [string, string][] }
  | { t: 'signatures'; heading: string }
  | { t: 'pageBreak' }

/** A composed document body. */
export interface ComposedDocument {
  title: string
  subtitle?: string
  blocks: Block[]
  /** Decisions the signatories are asked to take (numbered on the signature page). */
  decisionsSought: string[]
}

/** The headings of a composed document, in order. */
export function outlineOf(doc: ComposedDocument): { level: 1 | 2 | 3; text: string }[] {
  return doc.blocks.flatMap((b) => (b.t === 'heading' ? [{ level: b.level, text: b.text }] : []))
}
