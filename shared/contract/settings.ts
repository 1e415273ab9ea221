import { z } from 'zod'
import { FIELD_LABELS } from '../i18n/field-labels'
import { channel, type ChannelDef } from './channel-def'
import { LANGUAGES, noInput, requiredText, text } from './fields'
import type { FieldLabels } from './problems'
import type { SETTINGS_CHANNELS } from './settings-names'

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
export const settingsLabels: FieldLabels = FIELD_LABELS.settings

/** Input of `settings:setLanguage`. */
export const languageInput = z.object({ language: z.enum(LANGUAGES) }).strict()

/** Channels of the administration profile: input schemas, field labels and output types. */
export const settingsChannels = {
  'settings:get': channel<Settings | null>()(noInput),
  'settings:save': channel<Settings>()(settingsInput, settingsLabels),
  'settings:setLanguage': channel<Settings>()(languageInput, settingsLabels),
} satisfies Record<(typeof SETTINGS_CHANNELS)[number], ChannelDef<z.ZodType, unknown>>
