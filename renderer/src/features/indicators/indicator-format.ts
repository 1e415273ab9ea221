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

/** A calendar date (YYYY-MM-DD) in the reader's language, e.g. "30 Jun 2026". */
export function formatDate(iso: string, language: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  if (!y || !m || !d) return iso
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  )
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

/**
 * Reads a number as people type it: "12.5", "12,5", "1 250,5" or "1,250.5". Null when the text
 * is not a number.
 */
export function parseNumber(text: string): number | null {
  let s = text.replace(/[\s\u00a0\u202f']/g, '')
  if (s === '') return null
  if (s.includes(',') && s.includes('.')) s = s.replace(/,/g, '')
  else s = s.replace(',', '.')
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return null
  const n = Number(s)
  return Number.isFinite(n) ? n : null
}

/** The text a user would type for a stored number (no grouping, the language's decimal mark). */
export function numberToInput(n: number, language: string): string {
  const s = String(Number(n.toPrecision(12)))
  return language === 'en' ? s : s.replace('.', ',')
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
