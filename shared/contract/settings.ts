import { z } from 'zod'
import { LANGUAGES, requiredText, text } from './fields'
import type { FieldLabels } from './problems'

/** A person who signs documents for the administration. */
export const signatorySchema = z
  .object({
    name: requiredText(120),
    title: requiredText(160),
  })
  .strict()

/** The administration profile collected by the setup wizard and edited in Settings. */
export const settingsInput = z
  .object({
    administrationName: requiredText(160),
    country: requiredText(100),
    workingLanguages: z
      .array(z.enum(LANGUAGES))
      .min(1)
      .max(LANGUAGES.length)
      .refine((l) => new Set(l).size === l.length, {
        message: 'lists the same language twice.',
        params: { duplicate: true },
      }),
    fiscalYearStartMonth: z.number().int().min(1).max(12),
    currency: z
      .string()
      .trim()
      .regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as EUR, USD or XOF.'),
    classifications: z
      .array(requiredText(40))
      .min(1)
      .max(10)
      .refine((l) => new Set(l.map((s) => s.toUpperCase())).size === l.length, {
        message: 'lists the same marking twice.',
        params: { duplicate: true },
      }),
    signatories: z.array(signatorySchema).max(10),
    interfaceLanguage: z.enum(LANGUAGES).optional(),
    notes: text(2000).optional(),
  })
  .strict()

/** What the setup wizard / Settings view sends. */
export type SettingsInput = z.infer<typeof settingsInput>

/** The stored administration profile. */
export interface Settings extends Required<Omit<SettingsInput, 'notes'>> {
  notes: string
  updatedAt: string
}

/** Labels used in validation messages for settings fields. */
export const settingsLabels: FieldLabels = {
  administrationName: 'Administration name',
  country: 'Country',
  workingLanguages: 'Working languages',
  fiscalYearStartMonth: 'Fiscal year start month',
  currency: 'Currency',
  classifications: 'Classification markings',
  signatories: 'Signatories',
  interfaceLanguage: 'Interface language',
  notes: 'Notes',
}

/** Input of `settings:setLanguage`. */
export const languageInput = z.object({ language: z.enum(LANGUAGES) }).strict()
