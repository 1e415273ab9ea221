import { parseNumber } from './format'

export { formatNumberInput } from './format'

/**
 * Reads a number typed in the user's language: "61,500" in English is 61500 and "61 500,5" in
 * French is 61500.5. Returns null for empty text and NaN for text that is not a number, so the
 * form can say so instead of storing 61.5.
 */
export function parseNumberInput(text: string, language: string): number | null {
  if (text.trim() === '') return null
  return parseNumber(text, language) ?? Number.NaN
}
