// JSON.parse keeps the last of two equal keys without a word, so a pack could show one "id" to a
// reader and another to Capstan. This scanner, run on text JSON.parse accepted, finds every key
// named twice in the same object, with where both are.

/** A key named more than once in one object. */
export interface DuplicateKey {
  /** The key as JSON.parse reads it (escapes decoded, so "\u0069d" and "id" are the same key). */
  key: string
  /** JSON path of the object holding it: "$" for the top level, "$.frameworks[0]" … */
  objectPath: string
  /** JSON path of the key itself: "$.id", "$.frameworks[0].code" … */
  path: string
  /** How many times the key has appeared once this one is counted (2 for the first repeat). */
  occurrence: number
  /** 1-based line and column of this occurrence's opening quote. */
  line: number
  column: number
  /** 1-based line and column of the first occurrence. */
  firstLine: number
  firstColumn: number
}

const WS = new Set([0x20, 0x0a, 0x0d, 0x09])
const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/

const memberPath = (parent: string, key: string) =>
  PLAIN_KEY.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`

/** Every repeated key in `text`, in file order (at most `limit`); `text` must be valid JSON. */
export function findDuplicateKeys(text: string, limit = 50): DuplicateKey[] {
  const found: {
    key: string
    objectPath: string
    occurrence: number
    at: number
    first: number
  }[] = []
  let i = 0
  const ws = () => {
    while (i < text.length && WS.has(text.charCodeAt(i))) i++
  }
  // Skips a string starting at its opening quote; returns the raw text between the quotes.
  const string = (): string => {
    const start = ++i
    let escaped = false
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 0x5c) {
        escaped = true
        i++
      } else if (c === 0x22) break
    }
    const raw = text.slice(start, i++)
    return escaped ? (JSON.parse(`"${raw}"`) as string) : raw
  }
  const value = (path: string): void => {
    ws()
    const c = text[i]
    if (c === '{') {
      i++
      const seen = new Map<string, { first: number; count: number }>()
      for (;;) {
        ws()
        if (text[i] === '}') return void i++
        if (text[i] === ',') {
          i++
          continue
        }
        const at = i
        const key = string()
        const prior = seen.get(key)
        if (prior) {
          prior.count++
          if (found.length < limit)
            found.push({ key, objectPath: path, occurrence: prior.count, at, first: prior.first })
        } else seen.set(key, { first: at, count: 1 })
        ws()
        i++ // the colon
        value(memberPath(path, key))
      }
    }
    if (c === '[') {
      i++
      for (let n = 0; ;) {
        ws()
        if (text[i] === ']') return void i++
        if (text[i] === ',') {
          i++
          continue
        }
        value(`${path}[${n++}]`)
      }
    }
    if (c === '"') return void string()
    // A number or a literal: runs to the next delimiter.
    while (i < text.length && !',]}'.includes(text[i]!) && !WS.has(text.charCodeAt(i))) i++
  }
  value('$')
  const place = linesAndColumns(
    text,
    found.flatMap((d) => [d.at, d.first]),
  )
  return found.map((d) => {
    const here = place.get(d.at)!
    const first = place.get(d.first)!
    return {
      key: d.key,
      objectPath: d.objectPath,
      path: memberPath(d.objectPath, d.key),
      occurrence: d.occurrence,
      line: here.line,
      column: here.column,
      firstLine: first.line,
      firstColumn: first.column,
    }
  })
}

/** 1-based line and column of each index, in one pass over the text however many there are. */
function linesAndColumns(
  text: string,
  indexes: number[],
): Map<number, { line: number; column: number }> {
  const out = new Map<number, { line: number; column: number }>()
  const sorted = [...new Set(indexes)].sort((a, b) => a - b)
  let line = 1
  let lineStart = 0
  let pos = 0
  for (const index of sorted) {
    for (; pos < index; pos++) {
      if (text.charCodeAt(pos) === 0x0a) {
        line++
        lineStart = pos + 1
      }
    }
    out.set(index, { line, column: index - lineStart + 1 })
  }
  return out
}
