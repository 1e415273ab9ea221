import { describe, expect, it } from 'vitest'
import { planEn } from '../../shared/i18n/features/plan-en'
import { planEs } from '../../shared/i18n/features/plan-es'
import { planFr } from '../../shared/i18n/features/plan-fr'

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  )
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()

describe('plan interface text', () => {
  it('is complete in French, and Spanish says nothing English does not', () => {
    expect(keys(planFr).sort()).toEqual(keys(planEn).sort())
    const en = new Set(keys(planEn))
    expect(keys(planEs).filter((k) => !en.has(k))).toEqual([])
  })

  it('uses the same placeholders in every language', () => {
    const get = (o: object, path: string) =>
      path.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown>)?.[k], o)
    for (const key of keys(planEn)) {
      const en = placeholders(String(get(planEn, key)))
      for (const other of [planFr, planEs]) {
        const text = get(other, key)
        if (typeof text === 'string') expect({ key, p: placeholders(text) }).toEqual({ key, p: en })
      }
    }
  })
})
