import type { AssessmentData } from './collect-assessment'
import type { Block } from './doc-ir'
import type { Translator } from './doc-text'

/** The needs assessment report: gap analysis by area, largest gaps, recommendations, coverage. */
export function assessmentBlocks(d: AssessmentData, tr: Translator): Block[] {
  if (!d.assessment)
    return [
      { t: 'heading', level: 1, text: tr.t('assessment.overview') },
      { t: 'paragraph', tone: 'note', text: tr.t('assessment.none') },
    ]
  const a = d.assessment
  const n = (v: number | null) => (v === null ? '—' : tr.number(v, 2))
  const recs = d.recommendations
  return [
    { t: 'heading', level: 1, text: tr.t('assessment.overview') },
    {
      t: 'facts',
      rows: [
        [tr.t('assessment.overview'), a.title],
        [tr.t('plan.level'), tr.local(a.framework)],
        [
          tr.t('cover.date'),
          [a.start, a.end]
            .filter(Boolean)
            .map((x) => tr.date(x))
            .join(' – ') || '—',
        ],
        [
          tr.t('assessment.current'),
          `${n(d.overall.current)} → ${tr.t('assessment.target')} ${n(d.overall.target)} (${tr.t('assessment.gap')} ${n(d.overall.gap)})`,
        ],
      ],
    },
    { t: 'heading', level: 1, text: tr.t('assessment.gapByArea') },
    {
      t: 'table',
      caption: tr.t('assessment.gapByArea'),
      columns: [
        { title: tr.t('assessment.area'), weight: 5 },
        { title: tr.t('assessment.current'), weight: 1.3 },
        { title: tr.t('assessment.target'), weight: 1.3 },
        { title: tr.t('assessment.gap'), weight: 1.3 },
      ],
      rows: d.areas.map((r) => [
        `${r.code} ${tr.local(r.title)}`,
        n(r.current),
        n(r.target),
        { text: n(r.gap), bold: (r.gap ?? 0) >= 1.5 },
      ]),
    },
    { t: 'heading', level: 2, text: tr.t('assessment.largestGaps') },
    {
      t: 'table',
      caption: tr.t('assessment.largestGaps'),
      columns: [
        { title: tr.t('assessment.item'), weight: 6 },
        { title: tr.t('assessment.current'), weight: 1.3 },
        { title: tr.t('assessment.target'), weight: 1.3 },
        { title: tr.t('assessment.gap'), weight: 1.3 },
      ],
      rows: d.largest.map((g) => [
        `${g.code} ${tr.local(g.title)}`,
        String(g.current),
        String(g.target),
        { text: String(g.gap), bold: true },
      ]),
    },
    { t: 'heading', level: 1, text: tr.t('assessment.recommendations') },
    {
      t: 'table',
      caption: tr.t('assessment.recommendations'),
      columns: [
        { title: tr.t('assessment.item'), weight: 1.2 },
        { title: tr.t('assessment.recommendations'), weight: 5 },
        { title: tr.t('assessment.priority'), weight: 1.4 },
        { title: tr.t('assessment.horizon'), weight: 1.6 },
        { title: tr.t('assessment.accepted'), weight: 1.4 },
      ],
      rows: recs.map((r) => [
        r.item,
        r.unit ? `${r.text}\n(${r.unit})` : r.text,
        tr.value(r.priority),
        tr.value(r.horizon),
        tr.value(r.accepted),
      ]),
    },
    { t: 'heading', level: 2, text: tr.t('assessment.coverage') },
    {
      t: 'table',
      caption: tr.t('assessment.coverage'),
      columns: [
        { title: tr.t('assessment.item'), weight: 1.2 },
        { title: tr.t('assessment.recommendations'), weight: 5.5 },
        { title: tr.t('assessment.coverageStatus'), weight: 3 },
      ],
      rows: recs
        .filter((r) => r.accepted === 'yes' || r.accepted === 'partly')
        .sort(
          (x, y) =>
            ['not_covered', 'deferred', 'addressed'].indexOf(x.coverage) -
            ['not_covered', 'deferred', 'addressed'].indexOf(y.coverage),
        )
        .map((r) => [
          r.item,
          r.text,
          {
            text:
              r.coverage === 'deferred'
                ? `${tr.value('deferred')}: ${r.deferredReason}`
                : tr.value(r.coverage),
            bold: r.coverage === 'not_covered',
          },
        ]),
    },
  ]
}
