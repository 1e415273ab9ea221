import type { TFunction } from 'i18next'
import {
  validateInput,
  type FieldProblem,
  type Language,
  type Settings,
  type SettingsInput,
} from '../../../../shared/contract'
import type { LabelFor } from '../../lib/problems'

/** One marking as edited; `key` keeps React's identity stable while rows move. */
export interface MarkingRow {
  key: string
  text: string
}

/** One signatory as edited. */
export interface SignatoryRow {
  key: string
  name: string
  title: string
}

/** The administration profile while the user edits it (wizard or Settings). */
export interface ProfileDraft {
  administrationName: string
  country: string
  workingLanguages: Language[]
  fiscalYearStartMonth: number
  currency: string
  classifications: MarkingRow[]
  signatories: SignatoryRow[]
  notes: string
}

/** The parts of the profile, each shown as one wizard step or one Settings section. */
export const PROFILE_SECTIONS = {
  administration: ['administrationName', 'country'],
  regional: ['workingLanguages', 'fiscalYearStartMonth', 'currency'],
  classifications: ['classifications'],
  signatories: ['signatories'],
} as const

/** One part of the profile. */
export type ProfileSection = keyof typeof PROFILE_SECTIONS

/** The form name used in field ids. */
export const PROFILE_FORM = 'profile'

let counter = 0
/** A fresh row key. */
export const rowKey = (): string => `row-${++counter}`

/** A blank profile with suggested markings, for the first-run wizard. */
export function newDraft(language: Language, markings: string[]): ProfileDraft {
  return {
    administrationName: '',
    country: '',
    workingLanguages: [language],
    fiscalYearStartMonth: 1,
    currency: '',
    classifications: markings.map((text) => ({ key: rowKey(), text })),
    signatories: [],
    notes: '',
  }
}

/** The stored profile, ready to edit. */
export function draftFromSettings(s: Settings): ProfileDraft {
  return {
    administrationName: s.administrationName,
    country: s.country,
    workingLanguages: [...s.workingLanguages],
    fiscalYearStartMonth: s.fiscalYearStartMonth,
    currency: s.currency,
    classifications: s.classifications.map((text) => ({ key: rowKey(), text })),
    signatories: s.signatories.map((p) => ({ key: rowKey(), name: p.name, title: p.title })),
    notes: s.notes,
  }
}

/** What `settings:save` receives. */
export function draftToInput(d: ProfileDraft, interfaceLanguage: Language): SettingsInput {
  return {
    administrationName: d.administrationName,
    country: d.country,
    workingLanguages: d.workingLanguages,
    fiscalYearStartMonth: d.fiscalYearStartMonth,
    currency: d.currency,
    classifications: d.classifications.map((m) => m.text),
    signatories: d.signatories.map((p) => ({ name: p.name, title: p.title })),
    interfaceLanguage,
    notes: d.notes,
  }
}

/** Checks the draft with the server's own rules; returns every problem. */
export function checkDraft(d: ProfileDraft, language: Language): FieldProblem[] {
  const result = validateInput('settings:save', draftToInput(d, language))
  return result.ok ? [] : (result.error.details ?? [])
}

/** The section a problem belongs to, if any. */
export function sectionOf(problem: FieldProblem): ProfileSection | undefined {
  const top = problem.path.split('.')[0] ?? ''
  const sections = Object.keys(PROFILE_SECTIONS) as ProfileSection[]
  return sections.find((s) => (PROFILE_SECTIONS[s] as readonly string[]).includes(top))
}

/** Translated labels for every path in the profile, used to word problems. */
export function profileLabels(t: TFunction): LabelFor {
  return (path) => {
    const [top, index, part] = path.split('.')
    if (!top) return undefined
    const n = Number(index) + 1
    if (top === 'classifications' && index !== undefined) return t('profile.marking', { n })
    if (top === 'signatories' && index !== undefined) {
      return part === 'title'
        ? t('profile.signatoryTitleOf', { n })
        : t('profile.signatoryNameOf', { n })
    }
    const key = `profile.fields.${top}`
    const label = t(key)
    return label === key ? undefined : label
  }
}
