import { describe, expect, it } from 'vitest'
import { formatNumberInput, parseNumberInput } from '../../renderer/src/lib/number-input'

describe('numbers typed in the user’s language', () => {
  it('reads group marks as groups, not decimals', () => {
    expect(parseNumberInput('61,500', 'en')).toBe(61500)
    expect(parseNumberInput('61 500,5', 'fr')).toBe(61500.5)
    expect(parseNumberInput('61.500,5', 'es')).toBe(61500.5)
  })
  it('says empty and not-a-number apart', () => {
    expect(parseNumberInput('  ', 'en')).toBeNull()
    expect(parseNumberInput('12abc', 'en')).toBeNaN()
  })
  it('shows a number for editing in the language, without rounding', () => {
    expect(formatNumberInput(61500.25, 'en')).toBe('61,500.25')
    expect(parseNumberInput(formatNumberInput(61500.25, 'fr'), 'fr')).toBe(61500.25)
  })
})
