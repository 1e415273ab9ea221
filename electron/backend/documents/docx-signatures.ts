import {
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx'
import type { Translator } from './doc-text'

const BOX = '\u2610' // ☐, an empty ballot box the signatory ticks by hand

/**
 * The signature page: the numbered decisions sought, then one block per signatory with the
 * decision boxes (approve / note / do not approve / approve with amendments), signature, date
 * and lines for comments.
 */
export function signaturePage(
  decisions: string[],
  signatories: { name: string; title: string }[],
  tr: Translator,
  width: number,
): FileChild[] {
  const out: FileChild[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      children: [new TextRun(tr.t('sign.heading'))],
    }),
    new Paragraph({
      heading: HeadingLevel.HEADING_3,
      children: [new TextRun(tr.t('sign.decisionsSought'))],
    }),
    ...decisions.map(
      (d, i) =>
        new Paragraph({
          indent: { start: 360, hanging: 360 },
          children: [new TextRun(`${i + 1}.\t${d}`)],
        }),
    ),
  ]
  for (const s of signatories) {
    out.push(new Paragraph({ spacing: { before: 240 }, children: [] }))
    out.push(signatoryBlock(s, tr, width))
  }
  return out
}

function signatoryBlock(s: { name: string; title: string }, tr: Translator, width: number): Table {
  const label = Math.floor(width * 0.28)
  const value = width - label
  const row = (k: string, v: string, height = 500) =>
    new TableRow({
      cantSplit: true,
      height: { value: height, rule: 'atLeast' },
      children: [
        new TableCell({
          width: { size: label, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEF1F6' },
          children: [new Paragraph({ children: [new TextRun({ text: k, bold: true })] })],
        }),
        new TableCell({
          width: { size: value, type: WidthType.DXA },
          children: [new Paragraph({ children: [new TextRun(v)] })],
        }),
      ],
    })
  const boxes = [
    tr.t('sign.approve'),
    tr.t('sign.note'),
    tr.t('sign.notApprove'),
    tr.t('sign.amend'),
  ]
    .map((b) => `${BOX} ${b}`)
    .join('    ')
  return new Table({
    style: 'CapstanTable',
    width: { size: width, type: WidthType.DXA },
    columnWidths: [label, value],
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            columnSpan: 2,
            width: { size: width, type: WidthType.DXA },
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'DCE3EE' },
            children: [
              new Paragraph({
                children: [new TextRun({ text: s.name, bold: true }), new TextRun(`, ${s.title}`)],
              }),
            ],
          }),
        ],
      }),
      row(tr.pack('SIG.DECISION', 'sign.heading'), boxes),
      row(tr.pack('SIG.SIGNATURE', 'sign.signature'), '', 800),
      row(tr.pack('SIG.DATE', 'sign.date'), ''),
      row(tr.pack('SIG.COMMENTS', 'sign.comments'), '', 1100),
    ],
  })
}
