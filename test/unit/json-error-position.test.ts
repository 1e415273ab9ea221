import { describe, expect, it } from 'vitest'
import { jsonErrorPosition, lineAndColumn } from '../../electron/backend/packs/json-error-position'

const samples = [
  '{}',
  '[]',
  '{"a": [1, 2.5, -3e4, true, false, null, "x\\n\\u00e9"]}',
  ' "text" ',
  '{"a": 1,}',
  '[1 2]',
  '{"a" 1}',
  '{a: 1}',
  '"unterminated',
  '[01]',
  'tru',
  '{"a": "tab\there"}',
  '{"a": 1} extra',
  '-',
  '[1, 2',
  '{"é": "ok"}',
]

describe('locating a JSON syntax error', () => {
  it('agrees with JSON.parse on what is valid', () => {
    for (const s of samples) {
      let valid = true
      try {
        JSON.parse(s)
      } catch {
        valid = false
      }
      expect({ s, valid: jsonErrorPosition(s) === -1 }).toEqual({ s, valid })
    }
  })

  it('points at the offending character', () => {
    const text = '{\n  "a": 1,\n  "b": oops\n}'
    const at = jsonErrorPosition(text)
    expect(text.slice(at, at + 4)).toBe('oops')
    expect(lineAndColumn(text, at)).toEqual({ line: 3, column: 8 })
  })
})
