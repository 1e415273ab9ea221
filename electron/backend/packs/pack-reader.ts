import type { FieldProblem } from '../../../shared/contract'
import { findDuplicateKeys, type DuplicateKey } from './json-duplicate-keys'
import { jsonErrorPosition, lineAndColumn } from './json-error-position'

/** Largest template pack Capstan accepts. */
export const MAX_PACK_BYTES = 20 * 1024 * 1024
/** Deepest nesting of objects and arrays a pack may use (real packs need about 8). */
export const MAX_PACK_DEPTH = 64

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Outcome of reading a file: the parsed JSON or every problem found. */
export type ReadOutcome = { ok: true; value: unknown } | { ok: false; problems: FieldProblem[] }

const problem = (path: string, message: string): FieldProblem => ({
  path,
  code: 'invalid',
  message,
})
const megabytes = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`

/**
 * Reads the bytes of a pack file: size limit, strict UTF-8, nesting limit, then JSON.parse,
 * then a scan refusing keys named twice (JSON.parse would silently keep the last), then a walk
 * refusing keys that could pollute prototypes when objects are merged later.
 */
export function readPackBytes(bytes: Uint8Array): ReadOutcome {
  if (bytes.length === 0) return fail('$', 'The file is empty.')
  if (bytes.length > MAX_PACK_BYTES) {
    return fail(
      '$',
      `The file is ${megabytes(bytes.length)}; template packs may be at most ${megabytes(MAX_PACK_BYTES)}.`,
    )
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    const at = firstInvalidUtf8(bytes)
    return fail(
      '$',
      `The file is not valid UTF-8 text (invalid byte sequence at byte ${at}). Save it as UTF-8 and try again.`,
    )
  }
  if (text.trim() === '') return fail('$', 'The file contains only white space.')
  const depth = maxDepth(text)
  if (depth > MAX_PACK_DEPTH) {
    return fail(
      '$',
      `The JSON is nested ${depth} levels deep; template packs may nest at most ${MAX_PACK_DEPTH} levels.`,
    )
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return fail('$', `The file is not valid JSON: ${describeJsonError(text)}`)
  }
  const duplicates = findDuplicateKeys(text)
  if (duplicates.length) return { ok: false, problems: duplicates.map(duplicateProblem) }
  const forbidden = findForbiddenKeys(value)
  if (forbidden.length) return { ok: false, problems: forbidden }
  return { ok: true, value }
}

const TIMES = ['', 'once', 'twice']

/** '"id" appears twice in the pack header at line 9, column 3 (first at line 2, column 3) …' */
function duplicateProblem(d: DuplicateKey): FieldProblem {
  const where = d.objectPath === '$' ? 'the pack header' : `the object at ${d.objectPath}`
  const times = TIMES[d.occurrence] ?? `${d.occurrence} times`
  return {
    path: d.path,
    code: 'duplicate',
    message: `"${d.key}" appears ${times} in ${where} at line ${d.line}, column ${d.column} (first at line ${d.firstLine}, column ${d.firstColumn}); a key may appear only once, so remove or rename one of them.`,
  }
}

function fail(path: string, message: string): ReadOutcome {
  return { ok: false, problems: [problem(path, message)] }
}

/** Bracket depth outside strings, in one pass, before the parser can recurse. */
function maxDepth(text: string): number {
  let depth = 0
  let max = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92)
        i++ // backslash escapes the next character
      else if (c === 34) inString = false
    } else if (c === 34) inString = true
    else if (c === 123 || c === 91) {
      if (++depth > max) max = depth
      if (max > MAX_PACK_DEPTH) return max
    } else if (c === 125 || c === 93) depth--
  }
  return max
}

function findForbiddenKeys(root: unknown): FieldProblem[] {
  const out: FieldProblem[] = []
  const stack: [unknown, string][] = [[root, '$']]
  while (stack.length) {
    const [node, path] = stack.pop()!
    if (Array.isArray(node)) node.forEach((v, i) => stack.push([v, `${path}[${i}]`]))
    else if (node && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        if (FORBIDDEN_KEYS.has(key)) {
          out.push(problem(`${path}.${key}`, `The key "${key}" is not allowed in a template pack.`))
        } else stack.push([(node as Record<string, unknown>)[key], `${path}.${key}`])
      }
    }
  }
  return out.sort((a, b) => a.path.localeCompare(b.path))
}

function describeJsonError(text: string): string {
  const at = jsonErrorPosition(text)
  if (at < 0) return 'the JSON could not be read.'
  if (at >= text.length)
    return 'the file ends before the JSON is complete (a closing bracket or quote is missing).'
  const { line, column } = lineAndColumn(text, at)
  const shown = JSON.stringify(text.slice(at, at + 12))
  return `unexpected ${shown} at line ${line}, column ${column}.`
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search for the shortest prefix that fails in streaming mode (which tolerates a
  // sequence cut off at the end of the prefix but not an invalid one).
  const fails = (n: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true })
      return false
    } catch {
      return true
    }
  }
  let lo = 1
  let hi = bytes.length
  if (!fails(hi)) return bytes.length // the file ends in the middle of a character
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (fails(mid)) hi = mid
    else lo = mid + 1
  }
  // Byte lo-1 made it fail; the bad sequence starts at the lead byte before any continuations.
  let start = lo - 1
  const isContinuation = (b: number) => (b & 0xc0) === 0x80
  if (bytes[start]! < 0x80 && start > 0) start-- // an ASCII byte cut a sequence short
  while (start > 0 && isContinuation(bytes[start]!)) start--
  return start + 1 // 1-based, as people count
}
