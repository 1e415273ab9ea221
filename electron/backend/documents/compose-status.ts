import type { StatusData } from './collect-status'
import type { Block } from './doc-ir'
import type { Translator } from './doc-text'

const RAG_FILL: Record<string, string> = { red: 'F4B6B6', amber: 'FFE2A8', green: 'C6E6C6' }

/** The programme status report: progress, milestones, indicators off track, risks, actions, integrity. */
export function statusBlocks(d: StatusData, administration: string, tr: Translator): Block[] {
  return [
    {
      t: 'paragraph',
      tone: 'lead',
      text: tr.t('status.intro', { administration, date: tr.date(d.today) }),
    },
    { t: 'heading', level: 1, text: tr.pack('RPT.PLAN_PROGRESS', 'status.summary') },
    {
      t: 'facts',
      rows: [
        [tr.t('status.activitiesTotal'), String(d.totals.activities)],
        [tr.t('status.activitiesDone'), String(d.totals.done)],
        [tr.t('status.activitiesLate'), String(d.totals.late)],
        [tr.t('status.averageProgress'), `${d.totals.averagePercent} %`],
      ],
    },
    {
      t: 'table',
      caption: tr.t('status.progress'),
      columns: [
        { title: tr.t('status.objective'), weight: 6 },
        { title: tr.t('status.activitiesTotal'), weight: 1.5 },
        { title: tr.t('status.activitiesDone'), weight: 1.5 },
        { title: tr.t('status.progress'), weight: 1.5 },
      ],
      rows: d.objectives.map((o) => [
        `${o.code} ${o.title}`,
        String(o.activities),
        String(o.done),
        `${o.percent} %`,
      ]),
    },
    { t: 'heading', level: 1, text: tr.pack('RPT.MILESTONES', 'status.milestone') },
    {
      t: 'table',
      caption: tr.pack('RPT.MILESTONES', 'status.milestone'),
      columns: [
        { title: tr.t('status.milestone'), weight: 4 },
        { title: tr.t('status.activity'), weight: 4 },
        { title: tr.t('status.due'), weight: 2 },
      ],
      rows: d.milestones.map((m) => [
        m.title,
        m.activity,
        m.overdue
          ? { text: `${tr.shortDate(m.due)} · ${tr.t('status.overdue')}`, bold: true }
          : m.achieved
            ? `${tr.shortDate(m.due)} · ${tr.value('done')} ${tr.shortDate(m.achieved)}`
            : tr.shortDate(m.due),
      ]),
    },
    { t: 'heading', level: 1, text: tr.pack('RPT.INDICATORS_OFF_TRACK', 'status.indicator') },
    { t: 'paragraph', tone: 'note', text: tr.pack('RPT.RAG_LEGEND', 'status.rag') },
    {
      t: 'table',
      caption: tr.pack('RPT.INDICATORS_OFF_TRACK', 'status.indicator'),
      columns: [
        { title: tr.t('status.indicator'), weight: 4 },
        { title: tr.t('status.actual'), weight: 2 },
        { title: tr.t('status.rag'), weight: 1.4 },
        { title: tr.t('sign.comments'), weight: 4 },
      ],
      rows: d.offTrack.map((i) => [
        `${i.code} ${i.name}`,
        `${tr.number(i.actual)} (${i.period})`,
        { text: tr.value(i.rag), fill: RAG_FILL[i.rag], bold: true },
        i.explanation,
      ]),
    },
    { t: 'heading', level: 1, text: tr.pack('RPT.TOP_RISKS', 'status.risk') },
    {
      t: 'table',
      caption: tr.pack('RPT.TOP_RISKS', 'status.risk'),
      columns: [
        { title: tr.t('risks.code'), weight: 1.2 },
        { title: tr.t('status.risk'), weight: 5 },
        { title: tr.t('status.owner'), weight: 2.3 },
        { title: tr.t('status.score'), weight: 1.5 },
      ],
      rows: d.topRisks.map((r) => [
        r.code,
        r.title,
        r.owner,
        { text: String(r.residual), bold: true },
      ]),
    },
    { t: 'heading', level: 1, text: tr.pack('RPT.OVERDUE_ACTIONS', 'status.overdue') },
    {
      t: 'table',
      caption: tr.pack('RPT.OVERDUE_ACTIONS', 'status.overdue'),
      columns: [
        { title: '#', weight: 1.2 },
        { title: tr.t('status.action'), weight: 5 },
        { title: tr.t('status.owner'), weight: 2.3 },
        { title: tr.t('status.due'), weight: 1.8 },
      ],
      rows: d.overdueActions.map((a) => [a.source, a.action, a.owner, tr.shortDate(a.due)]),
    },
    { t: 'heading', level: 1, text: tr.pack('RPT.INTEGRITY_AP', 'integrity.actionPlan') },
    {
      t: 'table',
      caption: tr.pack('RPT.INTEGRITY_AP', 'integrity.actionPlan'),
      columns: [
        { title: tr.t('status.factor'), weight: 5 },
        { title: tr.t('status.actionsDone'), weight: 2 },
        { title: tr.t('status.overdue'), weight: 1.5 },
      ],
      rows: d.integrity
        .filter((f) => f.actionsTotal > 0)
        .map((f) => [
          `${f.code} ${tr.local(f.name)}${f.confirmed ? '' : ` (${tr.t('unconfirmed')})`}`,
          `${f.actionsDone} / ${f.actionsTotal}`,
          String(f.overdue),
        ]),
    },
  ]
}
