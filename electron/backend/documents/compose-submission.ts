import type { Submission } from '../../../shared/contract'
import type { Block } from './doc-ir'
import type { Translator } from './doc-text'

/** The body of a ministerial submission; annexes are appended by the caller. */
export function submissionBlocks(s: Submission | null, tr: Translator, from: string): Block[] {
  if (!s) return [{ t: 'paragraph', tone: 'note', text: tr.t('submission.none') }]
  const section = (
    code: string,
    fallback: Parameters<Translator['t']>[0],
    text: string,
    level: 1 | 2 = 1,
  ): Block[] =>
    text.trim()
      ? [
          { t: 'heading', level, text: tr.pack(code, fallback) },
          { t: 'paragraph', text },
        ]
      : []
  const implications: Block[] = [
    ...section('SUB.IMPL.FINANCIAL', 'doc.kind.submission', s.implFinancial, 2),
    ...section('SUB.IMPL.LEGAL', 'doc.kind.submission', s.implLegal, 2),
    ...section('SUB.IMPL.STAFFING', 'doc.kind.submission', s.implStaffing, 2),
    ...section('SUB.IMPL.RISK', 'doc.kind.submission', s.implRisk, 2),
    ...section('SUB.IMPL.INTEGRITY', 'doc.kind.submission', s.implIntegrity, 2),
  ]
  return [
    {
      t: 'facts',
      rows: [
        ...(s.addressee ? ([[tr.t('submission.to'), s.addressee]] as [string, string][]) : []),
        [tr.t('submission.from'), from],
      ],
    },
    ...section('SUB.ISSUE', 'doc.kind.submission', s.issue),
    ...section('SUB.RECOMMENDATION', 'doc.kind.submission', s.recommendation),
    ...section('SUB.TIMING', 'doc.kind.submission', s.timing),
    ...section('SUB.BACKGROUND', 'doc.kind.submission', s.background),
    ...section('SUB.OPTIONS', 'doc.kind.submission', s.options),
    ...(implications.length
      ? [
          {
            t: 'heading' as const,
            level: 1 as const,
            text: tr.pack('SUB.IMPLICATIONS', 'doc.kind.submission'),
          },
          ...implications,
        ]
      : []),
    { t: 'heading', level: 1, text: tr.pack('SUB.DECISIONS', 'sign.decisionsSought') },
    { t: 'paragraph', text: tr.pack('SUB.DECISIONS.INTRO', 'sign.decisionsSought') },
    { t: 'list', ordered: true, items: s.decisions },
  ]
}
