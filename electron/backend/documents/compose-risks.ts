import { textColourOn } from '../../../shared/domain/risk-rating'
import type { Cell, Block } from './doc-ir'
import type { RisksData } from './collect-risks'
import type { Translator } from './doc-text'

/** The shared black-or-white rule, as Word wants it (hex without #). */
export const textOn = (colour: string): string => textColourOn(colour).slice(1).toUpperCase()

/** The residual heat map as a shaded table: likelihood rows (high to low) × impact columns. */
export function heatMapBlock(d: RisksData, tr: Translator): Block | null {
  if (!d.matrix) return null
  const { likelihood, impact, bands } = d.matrix
  const open = d.risks.filter((r) => r.status !== 'closed')
  const rows: Cell[][] = []
  for (let l = likelihood.length; l >= 1; l--) {
    const row: Cell[] = [{ text: `${l} ${tr.local(likelihood[l - 1])}`, bold: true }]
    for (let i = 1; i <= impact.length; i++) {
      const band = bands.find((b) => l * i >= b.minScore && l * i <= b.maxScore)
      const n = open.filter((r) => r.residualL === l && r.residualI === i).length
      row.push({
        text: n ? String(n) : '',
        fill: band?.colour.replace('#', ''),
        color: band ? textOn(band.colour) : undefined,
        align: 'center',
        bold: n > 0,
      })
    }
    rows.push(row)
  }
  return {
    t: 'table',
    caption: tr.t('risks.heatMapCaption'),
    columns: [
      { title: `${tr.t('risks.likelihood')} ↓ / ${tr.t('risks.impact')} →`, weight: 2.2 },
      ...impact.map((n, i) => ({ title: `${i + 1} ${tr.local(n)}`, weight: 1 })),
    ],
    rows,
  }
}

/** The risk register report: heat map, register, treatments. */
export function risksBlocks(d: RisksData, tr: Translator): Block[] {
  const heat = heatMapBlock(d, tr)
  const band = (code: string) => d.matrix?.bands.find((b) => b.code === code)
  return [
    { t: 'heading', level: 1, text: tr.t('risks.heatMap') },
    ...(heat ? [heat] : []),
    ...(d.matrix
      ? [
          {
            t: 'paragraph' as const,
            tone: 'note' as const,
            text: d.matrix.bands
              .map((b) => `${tr.local(b.name)}: ${b.minScore}–${b.maxScore}`)
              .join(' · '),
          },
        ]
      : []),
    { t: 'heading', level: 1, text: tr.t('risks.register') },
    {
      t: 'table',
      caption: tr.t('risks.register'),
      // Six columns so the register stays legible on portrait A4 in every language.
      columns: [
        { title: tr.t('risks.code'), weight: 1.1 },
        { title: tr.t('risks.title'), weight: 4.2 },
        { title: tr.t('status.owner'), weight: 2.2 },
        { title: `${tr.t('risks.inherent')} → ${tr.t('risks.residual')}`, weight: 2.3 },
        { title: `${tr.t('risks.response')} · ${tr.t('status.state')}`, weight: 2.2 },
        { title: tr.t('risks.review'), weight: 1.8 },
      ],
      rows: d.risks.map((r) => {
        const b = band(r.band)
        return [
          r.code,
          r.title,
          r.owner,
          {
            text: `${r.inherent} → ${r.residual}${b ? `\n${tr.local(b.name)}` : ''}`,
            fill: b?.colour.replace('#', ''),
            color: b ? textOn(b.colour) : undefined,
            bold: true,
          },
          `${tr.value(r.response)}\n${tr.value(r.status)}`,
          tr.shortDate(r.nextReview),
        ]
      }),
    },
    { t: 'heading', level: 2, text: tr.t('risks.treatments') },
    {
      t: 'table',
      caption: tr.t('risks.treatments'),
      columns: [
        { title: tr.t('risks.code'), weight: 1.2 },
        { title: tr.t('status.action'), weight: 5 },
        { title: tr.t('status.owner'), weight: 2 },
        { title: tr.t('status.due'), weight: 2 },
        { title: tr.t('status.state'), weight: 1.8 },
      ],
      rows: d.actions.map((a) => [
        a.risk,
        a.action,
        a.owner,
        tr.shortDate(a.due),
        a.overdue
          ? { text: `${tr.value(a.status)} · ${tr.t('status.overdue')}`, bold: true }
          : tr.value(a.status),
      ]),
    },
  ]
}
