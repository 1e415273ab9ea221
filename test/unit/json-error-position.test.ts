import { describe, expect, it } from 'vitest'
import { findDuplicateKeys } from '../../electron/backend/packs/json-duplicate-keys'
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

describe('finding keys named twice', () => {
  const keys = (text: string) =>
    findDuplicateKeys(text).map((d) => `${d.path} #${d.occurrence} ${d.line}:${d.column}`)

  it('finds none where every object names each key once', () => {
    // The same key in sibling objects, in arrays, and as a string value is no repeat.
    const text = '{"a": [{"id": 1}, {"id": 2}], "b": {"id": "id"}, "id": ["id", "id"]}'
    expect(findDuplicateKeys(text)).toEqual([])
  })

  it('names each repeat with its path, count and place, and the first place', () => {
    const text = '{\n  "id": 1,\n  "x": {"k": 1, "k": 2, "k": 3},\n  "id": 2\n}'
    expect(findDuplicateKeys(text)).toEqual([
      expect.objectContaining({ key: 'k', path: '$.x.k', occurrence: 2, line: 3, column: 17 }),
      expect.objectContaining({ key: 'k', path: '$.x.k', occurrence: 3, line: 3, column: 25 }),
      {
        key: 'id',
        objectPath: '$',
        path: '$.id',
        occurrence: 2,
        line: 4,
        column: 3,
        firstLine: 2,
        firstColumn: 3,
      },
    ])
  })

  it('compares keys as JSON.parse reads them, escapes decoded', () => {
    expect(keys('{"id": 1, "\\u0069d": 2}')).toEqual(['$.id #2 1:11'])
    expect(keys('{"a\\"b": 1, "a\\"b": 2}')).toEqual(['$["a\\"b"] #2 1:13'])
    expect(keys('[{"x": {"y": [1, {"z": 0, "z": 1}]}}]')).toEqual(['$[0].x.y[1].z #2 1:27'])
  })
})
