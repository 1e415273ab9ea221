import { z } from 'zod'

// Control characters other than tab and line breaks never belong in user text.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/

/** Optional free text, trimmed, up to `max` characters; stored as text, never as markup. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((s) => !CONTROL_CHARS.test(s), 'contains invisible control characters.')

/** Required free text, trimmed, 1..max characters. */
export const requiredText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !CONTROL_CHARS.test(s), 'contains invisible control characters.')

/** True when `s` is a real calendar date written YYYY-MM-DD. */
export function isRealIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false
  const [y, m, d] = s.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** A calendar date written YYYY-MM-DD (e.g. 2026-07-01). */
export const isoDate = () =>
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD, for example 2026-07-01.')
    .refine(isRealIsoDate, 'is not a real calendar date.')

/** Short identifying codes such as "SO1" or "2.3". */
export const code = () =>
  z
    .string()
    .trim()
    .min(1)
    .max(20)
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
      'may only contain letters, digits, dots, dashes and underscores, starting with a letter or digit.',
    )

/** A database row id. */
export const id = () => z.number().int().positive()

/** The interface and export languages Capstan ships. */
export const LANGUAGES = ['en', 'fr', 'es'] as const
/** One of the shipped languages. */
export type Language = (typeof LANGUAGES)[number]

/** An input with no fields. */
export const noInput = z.object({}).strict().optional()
