import type { IntegrityData } from './collect-integrity'
import type { Block } from './doc-ir'
import type { Translator } from './doc-text'

/** The integrity action plan and self-assessment report. */
export function integrityBlocks(d: IntegrityData, tr: Translator): Block[] {
  const factorName = (f: IntegrityData['factors'][number]) =>
    `${f.code} ${tr.local(f.name)}${f.confirmed ? '' : ` (${tr.t('unconfirmed')})`}`
  const codes = d.factors.map((f) => f.code)
  const blocks: Block[] = [{ t: 'heading', level: 1, text: tr.t('integrity.assessment') }]
  if (d.assessment) {
    blocks.push({
      t: 'facts',
      rows: [
        [tr.t('assessment.overview'), d.assessment.title],
        [tr.t('cover.date'), tr.date(d.assessment.date)],
        [tr.t('plan.level'), tr.value(d.assessment.method)],
        ...(d.assessment.participants
          ? ([[tr.t('control.reviewers'), d.assessment.participants]] as [string, string][])
          : []),
      ],
    })
  }
  blocks.push({
    t: 'table',
    caption: tr.t('integrity.assessment'),
    columns: [
      { title: tr.t('status.factor'), weight: 3 },
      { title: tr.t('integrity.rating'), weight: 1.6 },
      { title: tr.t('integrity.strengths'), weight: 3 },
      { title: tr.t('integrity.weaknesses'), weight: 3 },
    ],
    rows: d.assessment
      ? d.factors.map((f) => [
          factorName(f),
          f.rating === null ? '—' : `${f.rating} ${tr.local(f.ratingName)}`,
          f.strengths,
          f.weaknesses,
        ])
      : [],
  })
  blocks.push({ t: 'heading', level: 1, text: tr.t('integrity.actionPlan') })
  blocks.push({
    t: 'table',
    caption: tr.t('status.progress'),
    columns: [
      { title: tr.t('status.factor'), weight: 5 },
      { title: tr.t('status.actionsDone'), weight: 2 },
      { title: tr.t('status.overdue'), weight: 1.5 },
    ],
    rows: d.factors
      .filter((f) => f.actionsTotal > 0)
      .map((f) => [
        factorName(f),
        `${f.actionsDone} / ${f.actionsTotal}`,
        f.overdue ? { text: String(f.overdue), bold: true } : '0',
      ]),
  })
  blocks.push({
    t: 'table',
    caption: tr.t('integrity.actionPlan'),
    columns: [
      { title: tr.t('status.factor'), weight: 1.2 },
      { title: tr.t('status.action'), weight: 5 },
      { title: tr.t('integrity.horizon'), weight: 1.8 },
      { title: tr.t('status.owner'), weight: 2 },
      { title: tr.t('status.due'), weight: 1.8 },
      { title: tr.t('status.state'), weight: 1.6 },
    ],
    rows: d.actions.map((a) => [
      a.factor,
      a.action,
      tr.value(a.horizon),
      a.owner,
      tr.shortDate(a.due),
      a.overdue
        ? { text: `${tr.value(a.status)} · ${tr.t('status.overdue')}`, bold: true }
        : tr.value(a.status),
    ]),
  })
  if (d.waves.length) {
    blocks.push({ t: 'heading', level: 1, text: tr.t('integrity.survey') })
    blocks.push({
      t: 'table',
      caption: tr.t('integrity.survey'),
      columns: [
        { title: tr.t('status.factor'), weight: 1.4 },
        ...d.waves.map((w) => ({
          title: `${w.title}\n${tr.value(w.population)} · ${w.respondents}`,
          weight: 2,
        })),
      ],
      rows: codes.map((c) => [
        c,
        ...d.waves.map((w) => (w.scores[c] === undefined ? '—' : tr.number(w.scores[c]))),
      ]),
    })
  }
  return blocks
}
