import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import type { FieldProblem } from '../../../shared/contract'
import schema from '../../../shared/packs/template-pack.schema.json' with { type: 'json' }
import type { TemplatePack } from './pack-types'

// The JSON Schema in shared/packs is the format's single source of truth: authors validate
// against it, and so does Capstan. Compiled once per process, on first use: commands that never
// read a pack start without the cost.
let compiled: ValidateFunction<TemplatePack> | undefined
const validator = (): ValidateFunction<TemplatePack> =>
  (compiled ??= new Ajv({ allErrors: true, strict: false }).compile<TemplatePack>(schema))

/** Validates a parsed pack against the JSON Schema; returns every problem, in plain words. */
export function checkSchema(
  value: unknown,
): { ok: true; pack: TemplatePack } | { ok: false; problems: FieldProblem[] } {
  const validate = validator()
  if (validate(value)) return { ok: true, pack: value }
  const seen = new Set<string>()
  const problems: FieldProblem[] = []
  for (const e of validate.errors ?? []) {
    const p = describe(e)
    if (!p) continue
    const key = `${p.path}|${p.message}`
    if (seen.has(key)) continue
    seen.add(key)
    problems.push(p)
  }
  return { ok: false, problems }
}

/** Turns an instance path like /frameworks/0/items/3 into $.frameworks[0].items[3]. */
export function jsonPath(instancePath: string, extra?: string): string {
  const parts = instancePath.split('/').slice(1)
  let out = '$'
  for (const raw of parts) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    out += /^\d+$/.test(part) ? `[${part}]` : `.${part}`
  }
  return extra ? `${out}.${extra}` : out
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
}

function typeWords(t: string | string[]): string {
  const list = Array.isArray(t) ? t : String(t).split(',')
  if (list.includes('string') && list.includes('object')) {
    return 'text, or translations such as {"en": "…", "fr": "…"}'
  }
  return list.map((x) => TYPE_WORDS[x] ?? x).join(' or ')
}

function patternWords(schemaPath: string): string {
  if (schemaPath.includes('/code/')) {
    return 'must be a code made of letters, digits, dots, dashes and underscores, starting with a letter or digit'
  }
  if (schemaPath.includes('/date/')) return 'must be a date written YYYY-MM-DD'
  if (schemaPath.includes('/language/')) return 'must be a language code such as en, fr or es'
  if (schemaPath.includes('colour')) return 'must be a colour written #RRGGBB, for example #2E7D32'
  if (schemaPath.includes('/id/')) return 'must be a URN such as urn:capstan:pack:my-pack'
  if (schemaPath.includes('/signature/'))
    return 'must be base64 text as "capstan pack sign" writes it; sign the pack again'
  return 'is not in the expected form'
}

function describe(e: ErrorObject): FieldProblem | null {
  // Errors raised inside propertyNames repeat the propertyNames error itself.
  if (e.propertyName !== undefined && e.keyword !== 'propertyNames') return null
  const path = jsonPath(e.instancePath)
  const p = e.params as Record<string, unknown>
  const make = (message: string, at = path): FieldProblem => ({
    path: at,
    code: 'invalid',
    message,
  })
  switch (e.keyword) {
    case 'required': {
      const field = String(p.missingProperty)
      return {
        ...make(`Missing required field "${field}".`, jsonPath(e.instancePath, field)),
        code: 'required',
      }
    }
    case 'additionalProperties': {
      const field = String(p.additionalProperty)
      return {
        ...make(`Unknown field "${field}".`, jsonPath(e.instancePath, field)),
        code: 'unknown_field',
      }
    }
    case 'type':
      return { ...make(`Must be ${typeWords(p.type as string)}.`), code: 'wrong_type' }
    case 'const':
      return make(`Must be ${JSON.stringify(p.allowedValue)}.`)
    case 'enum':
      return {
        ...make(`Must be one of: ${(p.allowedValues as unknown[]).join(', ')}.`),
        code: 'not_allowed',
      }
    case 'pattern':
      return make(`${capital(patternWords(e.schemaPath))}.`)
    case 'minLength':
      return Number(p.limit) <= 1
        ? { ...make('Must not be empty.'), code: 'required' }
        : { ...make(`Must be at least ${p.limit} characters.`), code: 'too_short' }
    case 'maxLength':
      return { ...make(`Must be at most ${p.limit} characters.`), code: 'too_long' }
    case 'minItems':
      return { ...make(`Needs at least ${p.limit} entries.`), code: 'too_short' }
    case 'maxItems':
      return { ...make(`Can have at most ${p.limit} entries.`), code: 'too_long' }
    case 'minimum':
      return { ...make(`Must be ${p.limit} or more.`), code: 'too_small' }
    case 'maximum':
      return { ...make(`Must be ${p.limit} or less.`), code: 'too_big' }
    case 'contains':
      return make('Must include "en": English is always required.')
    case 'uniqueItems':
      return {
        ...make(`Lists the same value twice (entries ${Number(p.j) + 1} and ${Number(p.i) + 1}).`),
        code: 'duplicate',
      }
    case 'propertyNames':
      return make(
        `Translation key "${String(p.propertyName)}" is not a language code such as en, fr or es.`,
      )
    default:
      return make(e.message ? `${capital(e.message)}.` : 'Is not valid.')
  }
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
