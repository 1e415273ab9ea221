import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../../shared/contract/fields'
import { CATALOGUES } from '../../shared/i18n'

/** Every leaf of a catalogue as "dotted.key" → text (list entries as "key.0", "key.1" …). */
function leaves(
  node: unknown,
  prefix = '',
  out = new Map<string, unknown>(),
): Map<string, unknown> {
  if (typeof node === 'object' && node !== null) {
    for (const [k, v] of Object.entries(node)) leaves(v, prefix ? `${prefix}.${k}` : k, out)
  } else out.set(prefix, node)
  return out
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()
const english = leaves(CATALOGUES.en)
const others = LANGUAGES.filter((l) => l !== 'en')

describe('every catalogue (interface and Word text)', () => {
  it('has some text in English to compare with', () => {
    expect(english.size).toBeGreaterThan(2000)
    expect(english.get('nav.dashboard')).toBe('Dashboard')
    expect(english.get('word.doc.kind.plan')).toBe('Strategic plan')
  })

  it.each(others)('%s has every English key and no key English lacks', (language) => {
    const keys = leaves(CATALOGUES[language])
    expect({ language, missing: [...english.keys()].filter((k) => !keys.has(k)) }).toEqual({
      language,
      missing: [],
    })
    expect({ language, extra: [...keys.keys()].filter((k) => !english.has(k)) }).toEqual({
      language,
      extra: [],
    })
  })

  it.each(LANGUAGES)('%s has no empty text', (language) => {
    const empty = [...leaves(CATALOGUES[language])].filter(
      ([, v]) => typeof v !== 'string' || v.trim() === '',
    )
    expect(empty.map(([k]) => k)).toEqual([])
  })

  it.each(others)('%s fills the same placeholders as English', (language) => {
    const wrong: string[] = []
    for (const [key, text] of leaves(CATALOGUES[language])) {
      const reference = english.get(key)
      if (typeof text !== 'string' || typeof reference !== 'string') continue
      // A translation may leave out {{count}} (Spanish "Cada día"), never invent a placeholder.
      const allowed = new Set([...placeholders(reference), 'count'])
      const missing = placeholders(reference).filter(
        (p) => p !== 'count' && !text.includes(`{{${p}}}`),
      )
      if (missing.length || placeholders(text).some((p) => !allowed.has(p))) wrong.push(key)
    }
    expect(wrong).toEqual([])
  })
})

describe('the interface asks only for keys the catalogue holds', () => {
  const root = path.resolve('renderer/src')
  const files = fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
  // Literal keys only: t('plan.title'), t("errors.internal"); built keys are checked by their views.
  const used = files.flatMap((f) =>
    [...fs.readFileSync(path.join(root, f), 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)].map(
      (m) => ({ file: f, key: m[1] as string }),
    ),
  )
  const known = (key: string) =>
    [...english.keys()].some((k) => k === key || k.startsWith(`${key}.`) || k.startsWith(`${key}_`))

  it('finds the keys the views use', () => {
    expect(used.length).toBeGreaterThan(300)
  })

  it('knows every literal key a view passes to t()', () => {
    expect(used.filter((u) => !known(u.key))).toEqual([])
  })
})
