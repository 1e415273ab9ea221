import type { TFunction } from 'i18next'
import type { AttachTarget, FieldProblem, Frequency } from '../../../../shared/contract'
import { i18next } from '../../lib/i18n'
import { problemText, type LabelFor } from '../../lib/problems'

/** A number in the reader's language with at most two decimals (12 500,5 in French). */
export function formatNumber(n: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(n)
}

/** A value with its unit, kept together on one line ("61 %", "48 hours"). */
export function formatValue(n: number, unit: string, language: string): string {
  const number = formatNumber(n, language)
  return unit ? `${number}\u00a0${unit}` : number
}

/** A period as people say it: "March 2026", "Q1 2026" ("T1 2026" in French), "2026". */
export function periodLabel(t: TFunction, period: string, language: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period)
  if (quarter) return t('indicators.quarterLabel', { year: quarter[1], quarter: quarter[2] })
  const month = /^(\d{4})-(\d{2})$/.exec(period)
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1))
    return new Intl.DateTimeFormat(language, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(date)
  }
  return period
}

/** "Objective 1 (SO1)", "Outcome 1.2", "Output 1.2.3". */
export function targetName(t: TFunction, target: AttachTarget): string {
  return t(`indicators.levels.${target.level}`, {
    number: target.number,
    code: target.objectiveCode,
  })
}

/** The target's name and statement, for lists of choices. */
export function targetOptionLabel(t: TFunction, target: AttachTarget): string {
  return `${targetName(t, target)}: ${target.statement}`
}

/** Frequencies as the period picker offers them. */
export const FREQUENCIES: readonly Frequency[] = ['monthly', 'quarterly', 'yearly']

/**
 * One problem in the current language. Problems that carry a rule of this domain (a red value
 * without explanation, a period of the wrong kind…) have their own sentence; others are general.
 */
export function indicatorProblemText(t: TFunction, p: FieldProblem, labelFor: LabelFor): string {
  const rule = p.params?.rule
  if (typeof rule === 'string') {
    const key = `indicators.problems.${rule}`
    if (i18next.exists(key)) return t(key, { ...p.params, field: labelFor(p.path) ?? '' })
  }
  return problemText(t, p, labelFor)
}
