import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import {
  RISK_CATEGORIES,
  localise,
  type FieldProblem,
  type LocalText,
  type RiskMatrix,
  type RiskTarget,
} from '../../../../shared/contract'
import { bandForScore, type RiskBand } from '../../../../shared/domain/risk-rating'
import { i18next } from '../../lib/i18n'
import { problemText, type LabelFor } from '../../lib/problems'

/** The interface language and a function giving pack text in it. */
export function useRiskText(): {
  t: TFunction
  language: string
  local: (v: LocalText | null | undefined) => string
} {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  return { t, language, local: (v) => localise(v, language) }
}

/** A catalogue category's name, or the user's own text unchanged. */
export function categoryLabel(t: TFunction, category: string): string {
  return (RISK_CATEGORIES as readonly string[]).includes(category)
    ? t(`risks.categories.${category}`)
    : category
}

/** The catalogue category whose name (in the interface language) is `text`, if any. */
export function categoryFromLabel(t: TFunction, text: string): string {
  const wanted = text.trim().toLocaleLowerCase()
  const found = RISK_CATEGORIES.find(
    (c) => t(`risks.categories.${c}`).toLocaleLowerCase() === wanted,
  )
  return found ?? text
}

/** "SO2 — Fair revenue", "Output 1.2.1 — …", "Project NSW — …". */
export function targetLabel(t: TFunction, target: RiskTarget | null): string {
  if (!target) return t('risks.linkedTo.programme')
  const kind = target.type === 'result' ? (target.level ?? 'output') : target.type
  return t(`risks.linkedTo.${kind}`, { code: target.code, title: target.title })
}

/** The short form for the register: "SO2", "Output 1.2.1", "Project NSW". */
export function targetShort(t: TFunction, target: RiskTarget | null): string {
  if (!target) return t('risks.linkedShort.programme')
  const kind = target.type === 'result' ? (target.level ?? 'output') : target.type
  return t(`risks.linkedShort.${kind}`, { code: target.code })
}

/** The band of a score on a matrix. */
export function bandOfScore(matrix: RiskMatrix | undefined, score: number): RiskBand | undefined {
  return matrix ? bandForScore(matrix, score) : undefined
}

/** A level's number and name, e.g. "4 — Likely (50–70%)". */
export function levelLabel(
  matrix: RiskMatrix,
  axis: 'likelihood' | 'impact',
  level: number,
  language: string,
): string {
  const found = matrix[axis].find((l) => l.level === level)
  return found ? `${level} — ${localise(found.name, language)}` : String(level)
}

/**
 * A problem in the interface language: the register's own sentence for its rule when there is
 * one (`risks.problems.…`), else the shared wording.
 */
export function riskProblemText(t: TFunction, p: FieldProblem, labelFor: LabelFor): string {
  const rule = typeof p.params?.rule === 'string' ? p.params.rule : p.code
  const field = labelFor(p.path) ?? p.params?.field ?? ''
  const values = { ...p.params, field }
  const top = p.path.split('.')[0]
  for (const key of [`risks.problems.byField.${top}.${rule}`, `risks.problems.rules.${rule}`]) {
    if (i18next.exists(key)) return t(key, values)
  }
  return problemText(t, p, labelFor)
}
