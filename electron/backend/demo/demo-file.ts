import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv, type ValidateFunction } from 'ajv'
import { findDuplicateKeys } from '../packs/json-duplicate-keys'
import { jsonErrorPosition, lineAndColumn } from '../packs/json-error-position'
import { jsonPath } from '../packs/pack-schema'
import { AppFailure } from '../errors'
import schema from './data/demo-administration.schema.json' with { type: 'json' }
import { checkDemoLinks } from './demo-links'
import type { DemoFile } from './demo-types'

/** The demo's data file: shipped beside the code as data, never compiled into it. */
export const DEMO_FILE_NAME = 'numeria.demo.json'

// Where the file is at run time: beside this module in the sources (data/), beside the bundle in
// dist/cli (the CLI build copies it to dist/cli/data/), in the packaged app's resources
// (build/electron-builder.yml), or in the sources seen from the desktop build in out/main.
function candidates(): string[] {
  const here = path.dirname(fileURLToPath(import.meta.url))
  const resources = (process as { resourcesPath?: string }).resourcesPath
  return [
    path.join(here, 'data', DEMO_FILE_NAME),
    resources && path.join(resources, 'demo', DEMO_FILE_NAME),
    path.join(here, '..', '..', 'electron', 'backend', 'demo', 'data', DEMO_FILE_NAME),
  ].filter((p): p is string => Boolean(p))
}

/** Path of the demo data file, or a plain-words failure naming where it was looked for. */
export function demoFilePath(places = candidates()): string {
  const found = places.find((p) => fs.existsSync(p))
  if (found) return found
  throw new AppFailure(
    'not_found',
    `The demo data file ${DEMO_FILE_NAME} is missing from this installation (looked in ${places.join(', ')}); reinstall Capstan or build it again with "npm run build:cli".`,
  )
}

let compiled: ValidateFunction<DemoFile> | undefined
const validator = () =>
  (compiled ??= new Ajv({ allErrors: true, strict: false }).compile<DemoFile>(schema))

/** Checks parsed demo data against its JSON Schema and its links; every problem in one sentence each. */
export function checkDemoData(value: unknown): DemoFile {
  const validate = validator()
  if (validate(value)) {
    const broken = checkDemoLinks(value)
    if (broken.length === 0) return value
    throw new AppFailure(
      'validation',
      `The demo data file does not hold together: ${broken.slice(0, 10).join(' ')}`,
    )
  }
  const problems = (validate.errors ?? []).slice(0, 20).map((e) => {
    const extra = (e.params as { additionalProperty?: string }).additionalProperty
    const words = extra
      ? `has "${extra}", which this record does not take`
      : (e.message ?? 'is not valid')
    return {
      path: jsonPath(e.instancePath),
      code: 'invalid' as const,
      message: `${jsonPath(e.instancePath)} ${words}.`,
    }
  })
  throw new AppFailure(
    'validation',
    `The demo data file does not match its schema: ${problems.map((p) => p.message).join(' ')}`,
    problems,
  )
}

/** Reads, parses and checks the demo data file (or the given text, for tests). */
export function readDemoFile(text = fs.readFileSync(demoFilePath(), 'utf8')): DemoFile {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    const at = jsonErrorPosition(text)
    const { line, column } = lineAndColumn(text, Math.max(at, 0))
    throw new AppFailure(
      'validation',
      `The demo data file is not valid JSON (line ${line}, column ${column}); correct it and try again.`,
    )
  }
  const twice = findDuplicateKeys(text, 1)[0]
  if (twice) {
    throw new AppFailure(
      'validation',
      `The demo data file names "${twice.key}" twice in one record (line ${twice.line}); keep one of them.`,
    )
  }
  return checkDemoData(value)
}
