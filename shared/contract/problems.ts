import type { z } from 'zod'
import type { FieldProblem } from './result'

/** Human labels for input fields, keyed by top-level field name. */
export type FieldLabels = Record<string, string>

function labelFor(path: PropertyKey[], labels: FieldLabels): string {
  const top = path[0]
  if (top === undefined) return 'The input'
  const base = labels[String(top)] ?? humanise(String(top))
  const rest = path.slice(1)
  if (rest.length === 0) return base
  // [signatories, 0, title] -> "Title of entry 1 in Signatories"; [classifications, 1] -> "Entry 2 in …"
  const entry = rest.find((p) => typeof p === 'number')
  const leaf = [...rest].reverse().find((p) => typeof p !== 'number')
  const where = entry === undefined ? base : `entry ${Number(entry) + 1} in ${base}`
  return leaf === undefined ? capitalise(where) : `${humanise(String(leaf))} of ${where}`
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** Turns `fiscalYearStartMonth` into "Fiscal year start month". */
export function humanise(key: string): string {
  const spaced = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ')
  return spaced.charAt(0).toUpperCase() + spaced.slice(1).toLowerCase()
}

/** Converts zod issues into plain-language field problems. */
export function describeIssues(issues: z.core.$ZodIssue[], labels: FieldLabels): FieldProblem[] {
  const out: FieldProblem[] = []
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key].join('.')
        out.push({
          path,
          code: 'unknown_field',
          message: `"${key}" is not a field Capstan knows here.`,
          params: { field: key },
        })
      }
      continue
    }
    const field = labelFor(issue.path, labels)
    const path = issue.path.map(String).join('.')
    out.push({ path, ...describeOne(issue, field) })
  }
  return out
}

function describeOne(issue: z.core.$ZodIssue, field: string): Omit<FieldProblem, 'path'> {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) {
        return { code: 'required', message: `${field} is required.`, params: { field } }
      }
      return {
        code: 'wrong_type',
        message: `${field} must be ${article(issue.expected)}.`,
        params: { field, expected: issue.expected },
      }
    case 'too_small': {
      const min = Number(issue.minimum)
      if (issue.origin === 'string') {
        if (min <= 1)
          return { code: 'required', message: `${field} is required.`, params: { field } }
        return {
          code: 'too_short',
          message: `${field} must be at least ${min} characters.`,
          params: { field, min },
        }
      }
      if (issue.origin === 'array') {
        return {
          code: 'too_short',
          message: `${field} needs at least ${min} ${min === 1 ? 'entry' : 'entries'}.`,
          params: { field, min },
        }
      }
      return {
        code: 'too_small',
        message: `${field} must be ${min} or more.`,
        params: { field, min },
      }
    }
    case 'too_big': {
      const max = Number(issue.maximum)
      if (issue.origin === 'string') {
        return {
          code: 'too_long',
          message: `${field} must be at most ${max} characters.`,
          params: { field, max },
        }
      }
      if (issue.origin === 'array') {
        return {
          code: 'too_long',
          message: `${field} can have at most ${max} entries.`,
          params: { field, max },
        }
      }
      return {
        code: 'too_big',
        message: `${field} must be ${max} or less.`,
        params: { field, max },
      }
    }
    case 'invalid_value': {
      const options = issue.values.map(String).join(', ')
      return {
        code: 'not_allowed',
        message: `${field} must be one of: ${options}.`,
        params: { field, options },
      }
    }
    case 'invalid_format':
    case 'custom':
      // Custom refinements carry their own full sentence after the field label.
      return {
        code: issue.code === 'custom' && issue.params?.duplicate ? 'duplicate' : 'invalid',
        message: `${field} ${issue.message}`,
        params: { field },
      }
    default:
      return { code: 'invalid', message: `${field} is not valid.`, params: { field } }
  }
}

function article(expected: string): string {
  if (expected === 'string') return 'text'
  if (expected === 'number' || expected === 'int') return 'a number'
  if (expected === 'boolean') return 'yes or no'
  if (expected === 'array') return 'a list'
  if (expected === 'object') return 'a group of fields'
  return `a ${expected}`
}
