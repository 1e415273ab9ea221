import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import {
  localise,
  type IntegrityData,
  type IntegrityFactor,
  type IntegrityFramework,
  type LocalText,
} from '../../../../shared/contract'
import type { FactorChange } from '../../../../shared/domain/integrity-compare'

/** What every tab of the integrity view (and its parts) is given: the data and the framework shown. */
export interface IntegrityTabProps {
  data: IntegrityData
  framework: IntegrityFramework
}

/** A function giving pack text (LocalText) in the interface language. */
export function useLocal(): (text: LocalText | null | undefined) => string {
  const { i18n } = useTranslation()
  return (text) => localise(text, i18n.language)
}

/**
 * "RAD.1 Leadership and commitment" for a list option, where the note cannot be shown; an
 * unconfirmed factor still says so: "RAD.3 Transparency (Unconfirmed)".
 */
export function factorOption(
  f: IntegrityFactor,
  local: (t: LocalText) => string,
  t: TFunction,
): string {
  const name = `${f.code} ${local(f.title)}`
  return f.confirmed ? name : `${name} (${t('integrity.unconfirmed')})`
}

/** "3 — Largely in place", or just the number when the scale has no such level. */
export function levelLabel(
  framework: IntegrityFramework,
  level: number,
  local: (t: LocalText) => string,
): string {
  const found = framework.scale?.levels.find((l) => l.level === level)
  return found ? `${level} — ${local(found.name)}` : String(level)
}

/** The classification marking at position `sensitivity` (1 = lowest). */
export const markingOf = (classifications: string[], sensitivity: number): string =>
  classifications[sensitivity - 1] ?? `#${sensitivity}`

/** A score in the reader's language, one decimal at most. */
export const formatScore = (n: number, language: string): string =>
  new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(n)

/** An arrow that repeats, never replaces, the words of a change. */
export const ARROWS: Record<FactorChange['direction'], string> = {
  up: '▲',
  down: '▼',
  same: '▬',
  not_comparable: '–',
}

/** "Up 2 levels", "Down 3.5 points", "No change", "Not comparable". */
export function changeText(
  t: TFunction,
  c: Pick<FactorChange, 'direction' | 'change'>,
  unit: 'levels' | 'points',
  language: string,
): string {
  if (c.direction === 'not_comparable' || c.change === null) return t('integrity.change.none')
  if (c.direction === 'same') return t('integrity.change.same')
  const amount = Math.abs(c.change)
  return t(`integrity.change.${c.direction}_${unit}`, {
    count: amount,
    amount: formatScore(amount, language),
  })
}
