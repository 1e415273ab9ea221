import type { PlanData } from './collect-plan'
import type { Block } from './doc-ir'
import type { Translator } from './doc-text'

const LEVEL_KEY = {
  objective: 'plan.levelObjective',
  outcome: 'plan.levelOutcome',
  output: 'plan.levelOutput',
  activity: 'plan.levelActivity',
} as const

/** The strategic plan: vision, objectives, logframe with indicators and targets, timeline. */
export function planBlocks(
  p: PlanData,
  tr: Translator,
  opts: { timeline: boolean } = { timeline: true },
): Block[] {
  const h = p.header
  const blocks: Block[] = [
    { t: 'heading', level: 1, text: tr.t('plan.vision') },
    { t: 'paragraph', text: h.vision || tr.t('table.none'), tone: h.vision ? 'lead' : 'note' },
    { t: 'heading', level: 2, text: tr.t('plan.mission') },
    { t: 'paragraph', text: h.mission || tr.t('table.none'), tone: h.mission ? 'normal' : 'note' },
    {
      t: 'facts',
      rows: [
        [
          tr.t('plan.period'),
          h.periodStart && h.periodEnd
            ? `${tr.date(h.periodStart)} – ${tr.date(h.periodEnd)}`
            : '—',
        ],
        [tr.t('plan.impact'), h.impact || '—'],
        [tr.t('plan.assumptions'), h.impactAssumptions || '—'],
      ],
    },
    { t: 'heading', level: 1, text: tr.t('plan.objectives') },
    {
      t: 'table',
      caption: tr.t('plan.objectives'),
      columns: [
        { title: '#', weight: 1 },
        { title: tr.t('status.objective'), weight: 7 },
        { title: tr.t('status.state'), weight: 2 },
      ],
      rows: p.objectives.map((o, i) => [
        String(i + 1),
        `${o.code} ${o.title}${o.description ? `\n${o.description}` : ''}`,
        tr.value(o.status),
      ]),
    },
    { t: 'heading', level: 1, text: tr.t('plan.logframe') },
    {
      t: 'table',
      caption: tr.t('plan.logframe'),
      columns: [
        { title: '#', weight: 1.3 },
        { title: tr.t('plan.level'), weight: 1.7 },
        { title: tr.t('plan.statement'), weight: 5 },
        { title: tr.t('plan.assumptions'), weight: 3 },
      ],
      rows: p.logframe
        .filter((r) => r.level !== 'activity')
        .map((r) => [r.number, tr.t(LEVEL_KEY[r.level]), r.text, r.assumptions]),
    },
    { t: 'heading', level: 2, text: tr.t('plan.indicators') },
    {
      t: 'table',
      caption: tr.t('plan.indicators'),
      columns: [
        { title: tr.t('risks.code'), weight: 1.3 },
        { title: tr.t('status.indicator'), weight: 4 },
        { title: '#', weight: 1 },
        { title: tr.t('plan.baseline'), weight: 2 },
        { title: tr.t('plan.target'), weight: 2 },
      ],
      rows: p.indicators.map((i) => [
        i.code,
        i.name,
        i.attachedTo,
        i.baseline === null
          ? '—'
          : `${tr.number(i.baseline)} ${i.unit}\n${tr.date(i.baselineDate)}`,
        i.target === null ? '—' : `${tr.number(i.target)} ${i.unit}\n${tr.date(i.targetDate)}`,
      ]),
    },
  ]
  if (opts.timeline) {
    blocks.push({ t: 'heading', level: 1, text: tr.t('plan.timeline') })
    blocks.push({
      t: 'table',
      caption: tr.t('plan.timeline'),
      columns: [
        { title: '#', weight: 1.3 },
        { title: tr.t('status.activity'), weight: 5 },
        { title: tr.t('plan.start'), weight: 2 },
        { title: tr.t('plan.end'), weight: 2 },
        { title: tr.t('status.state'), weight: 1.8 },
      ],
      rows: p.activities.map((a) => [
        a.number,
        a.title,
        tr.shortDate(a.start),
        tr.shortDate(a.end),
        `${tr.value(a.status)} (${a.percent} %)`,
      ]),
    })
  }
  return blocks
}
