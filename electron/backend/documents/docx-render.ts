import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx'
import type { Block, Cell, ComposedDocument } from './doc-ir'
import type { Translator } from './doc-text'
import { imageSize } from './image-size'
import { documentStyles, EXTERNAL_STYLES, MARGIN, PAGE, textWidth } from './docx-styles'
import { signaturePage } from './docx-signatures'
import { anchorProperties } from './docx-anchor'

/** Everything around the body: cover, control, markings, signatories. */
export interface DocumentFrame {
  administration: string
  logo: { mime: 'image/png' | 'image/jpeg'; data: Uint8Array } | null
  reference: string
  version: number
  date: string
  classification: string
  paper: 'a4' | 'letter'
  author: string
  reviewers: string[]
  history: { version: number; date: string; by: string; change: string }[]
  signatories: { name: string; title: string }[]
  snapshot: { reference: string; fingerprint: string } | null
  notices: string[]
  /** The newest audit entry at export time, carried in the file's custom properties. */
  auditHead?: { seq: number; hash: string } | null
}

const para = (text: string, style?: string) =>
  new Paragraph({ style, children: [new TextRun(text)] })
const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const

/** A table in the Capstan table style, header row repeated on every page. */
export function table(
  columns: { title: string; weight?: number }[],
  rows: Cell[][],
  width: number,
): Table {
  const total = columns.reduce((s, c) => s + (c.weight ?? 1), 0)
  const widths = columns.map((c) => Math.floor((width * (c.weight ?? 1)) / total))
  const cell = (c: Cell, i: number, header = false) => {
    const spec = typeof c === 'string' ? { text: c } : c
    return new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      shading: spec.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: spec.fill } : undefined,
      children: spec.text.split('\n').map(
        (line) =>
          new Paragraph({
            alignment:
              spec.align === 'center'
                ? AlignmentType.CENTER
                : spec.align === 'end'
                  ? AlignmentType.END
                  : undefined,
            children: [new TextRun({ text: line, bold: header || spec.bold, color: spec.color })],
          }),
      ),
    })
  }
  return new Table({
    style: 'CapstanTable',
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c, i) => cell(c.title, i, true)),
      }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i)) })),
    ],
  })
}

function blockChildren(blocks: Block[], tr: Translator, width: number): FileChild[] {
  const out: FileChild[] = []
  let tableNo = 0
  for (const b of blocks) {
    switch (b.t) {
      case 'heading':
        out.push(new Paragraph({ heading: HEADINGS[b.level], children: [new TextRun(b.text)] }))
        break
      case 'paragraph':
        for (const line of b.text.split(/\n{2,}/))
          out.push(para(line, b.tone === 'note' ? 'Note' : b.tone === 'lead' ? 'Lead' : undefined))
        break
      case 'list':
        b.items.forEach((item, i) =>
          out.push(
            b.ordered
              ? new Paragraph({
                  indent: { start: 360, hanging: 360 },
                  children: [new TextRun(`${i + 1}.\t${item}`)],
                })
              : new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }),
          ),
        )
        break
      case 'table':
        tableNo++
        out.push(
          new Paragraph({
            style: 'Caption',
            children: [new TextRun(`${tableLabel(tr)} ${tableNo}: ${b.caption}`)],
          }),
        )
        out.push(
          b.rows.length
            ? table(b.columns, b.rows, width)
            : para(b.empty ?? tr.t('table.none'), 'Note'),
        )
        out.push(new Paragraph({ spacing: { after: 120 }, children: [] }))
        break
      case 'facts':
        out.push(factsTable(b.rows, width))
        out.push(new Paragraph({ children: [] }))
        break
      case 'signatures':
        break // placed by the frame, after the body
      case 'pageBreak':
        out.push(new Paragraph({ children: [new PageBreak()] }))
        break
    }
  }
  return out
}

const tableLabel = (tr: Translator) => ({ en: 'Table', fr: 'Tableau', es: 'Tabla' })[tr.language]

/** Two columns of label → value without a header row. */
export function factsTable(rows: [string, string][], width: number): Table {
  const w = [Math.floor(width * 0.3), Math.ceil(width * 0.7)]
  return new Table({
    style: 'CapstanTable',
    width: { size: width, type: WidthType.DXA },
    columnWidths: w,
    rows: rows.map(
      ([k, v]) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: w[0]!, type: WidthType.DXA },
              shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEF1F6' },
              children: [new Paragraph({ children: [new TextRun({ text: k, bold: true })] })],
            }),
            new TableCell({
              width: { size: w[1]!, type: WidthType.DXA },
              children: v.split('\n').map((l) => para(l)),
            }),
          ],
        }),
    ),
  })
}

function pageNumberRun(tr: Translator): TextRun {
  // "Page {{page}} of {{pages}}" in the document's language, with live page fields.
  const parts = tr
    .t('footer.page', { page: '{{page}}', pages: '{{pages}}' })
    .split(/(\{\{page\}\}|\{\{pages\}\})/)
  return new TextRun({
    children: parts
      .filter(Boolean)
      .map((p) =>
        p === '{{page}}' ? PageNumber.CURRENT : p === '{{pages}}' ? PageNumber.TOTAL_PAGES : p,
      ),
  })
}

function cover(
  doc: ComposedDocument,
  f: DocumentFrame,
  tr: Translator,
  width: number,
): FileChild[] {
  const out: FileChild[] = [new Paragraph({ spacing: { before: 1200 }, children: [] })]
  if (f.logo) {
    const size = imageSize(f.logo.data)
    const h = 90
    const w = size ? Math.round((size.width / size.height) * h) : 90
    out.push(
      new Paragraph({
        children: [
          new ImageRun({
            type: f.logo.mime === 'image/png' ? 'png' : 'jpg',
            data: f.logo.data,
            transformation: { width: Math.min(w, 300), height: h },
          }),
        ],
      }),
    )
  }
  out.push(para(f.administration, 'Lead'))
  out.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }))
  if (doc.subtitle) out.push(para(doc.subtitle, 'Lead'))
  out.push(new Paragraph({ spacing: { before: 600 }, children: [] }))
  out.push(
    factsTable(
      [
        [tr.t('cover.reference'), f.reference],
        [tr.t('cover.version'), String(f.version)],
        [tr.t('cover.date'), tr.date(f.date)],
        [tr.t('cover.classification'), f.classification],
      ],
      Math.floor(width * 0.7),
    ),
  )
  out.push(
    new Paragraph({
      spacing: { before: 400 },
      children: [new TextRun({ text: tr.t('cover.preparedBy'), italics: true })],
    }),
  )
  out.push(new Paragraph({ children: [new PageBreak()] }))
  return out
}

function control(f: DocumentFrame, tr: Translator, width: number): FileChild[] {
  const out: FileChild[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      children: [new TextRun(tr.pack('DOC.CONTROL', 'control.heading'))],
    }),
    factsTable(
      [
        [tr.pack('DOC.AUTHOR', 'control.author'), f.author],
        [
          tr.pack('DOC.REVIEWERS', 'control.reviewers'),
          f.reviewers.join('\n') || tr.t('control.none'),
        ],
      ],
      width,
    ),
    new Paragraph({
      style: 'Caption',
      children: [new TextRun(tr.pack('DOC.VERSION_HISTORY', 'control.history'))],
    }),
    table(
      [
        { title: tr.t('control.version'), weight: 1 },
        { title: tr.t('control.date'), weight: 2 },
        { title: tr.t('control.by'), weight: 2 },
        { title: tr.t('control.change'), weight: 5 },
      ],
      f.history.map((h) => [String(h.version), tr.date(h.date), h.by, h.change]),
      width,
    ),
  ]
  for (const n of f.notices)
    out.push(new Paragraph({ style: 'Note', spacing: { before: 200 }, children: [new TextRun(n)] }))
  out.push(new Paragraph({ children: [new PageBreak()] }))
  out.push(new TableOfContents(tr.t('toc.title'), { hyperlink: true, headingStyleRange: '1-3' }))
  out.push(new Paragraph({ children: [new PageBreak()] }))
  return out
}

/** Writes the Word file for a composed document inside its official frame. */
export async function renderDocx(
  doc: ComposedDocument,
  f: DocumentFrame,
  tr: Translator,
): Promise<Buffer> {
  const width = textWidth(f.paper)
  const marking = () =>
    new Paragraph({ style: 'Marking', children: [new TextRun(f.classification)] })
  const footerLines = [
    marking(),
    new Paragraph({
      style: 'FooterText',
      children: [new TextRun(`${f.reference} · `), pageNumberRun(tr)],
    }),
    new Paragraph({
      style: 'FooterText',
      children: [
        new TextRun(f.snapshot ? tr.t('footer.snapshot', f.snapshot) : tr.t('footer.working')),
      ],
    }),
  ]
  const document = new Document({
    creator: f.author,
    title: doc.title,
    description: `${f.reference} v${f.version}`,
    customProperties: anchorProperties(f.auditHead ?? null, f.date),
    styles: documentStyles(),
    externalStyles: EXTERNAL_STYLES,
    features: { updateFields: true },
    sections: [
      {
        properties: {
          page: {
            size: PAGE[f.paper],
            margin: {
              top: MARGIN,
              bottom: MARGIN,
              left: MARGIN,
              right: MARGIN,
              header: 567,
              footer: 567,
            },
          },
        },
        headers: { default: new Header({ children: [marking()] }) },
        footers: { default: new Footer({ children: footerLines }) },
        children: [
          ...cover(doc, f, tr, width),
          ...control(f, tr, width),
          ...blockChildren(doc.blocks, tr, width),
          ...signaturePage(doc.decisionsSought, f.signatories, tr, width),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
