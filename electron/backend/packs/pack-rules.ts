import type { FieldProblem } from '../../../shared/contract'
import type { TemplatePack } from './pack-types'

/** What installed dependency packs offer for references (frameworks with their item codes, scales). */
export interface DependencyIndex {
  frameworks: Map<string, Set<string>>
  scales: Set<string>
}

const problem = (
  path: string,
  message: string,
  code: FieldProblem['code'] = 'invalid',
): FieldProblem => ({
  path,
  code,
  message,
})

function duplicates(
  list: { code: string }[] | undefined,
  path: string,
  what: string,
): FieldProblem[] {
  const first = new Map<string, number>()
  const out: FieldProblem[] = []
  list?.forEach((entry, i) => {
    const key = entry.code.toLowerCase()
    const earlier = first.get(key)
    if (earlier === undefined) first.set(key, i)
    else {
      out.push(
        problem(
          `${path}[${i}].code`,
          `${what} code "${entry.code}" is used twice (also at ${path}[${earlier}]).`,
          'duplicate',
        ),
      )
    }
  })
  return out
}

function checkLevels(
  levels: { level: number }[],
  path: string,
  contiguousFromOne: boolean,
): FieldProblem[] {
  const out: FieldProblem[] = []
  const seen = new Set<number>()
  levels.forEach((l, i) => {
    if (seen.has(l.level))
      out.push(problem(`${path}[${i}].level`, `Level ${l.level} is listed twice.`, 'duplicate'))
    seen.add(l.level)
  })
  if (contiguousFromOne) {
    const sorted = [...seen].sort((a, b) => a - b)
    if (sorted.some((v, i) => v !== i + 1)) {
      out.push(
        problem(
          path,
          `Levels must be numbered 1, 2, 3 … without gaps (found ${sorted.join(', ')}).`,
        ),
      )
    }
  }
  return out
}

/** Checks everything the JSON Schema cannot: unique codes, references, trees, band coverage. */
export function checkRules(pack: TemplatePack, deps: DependencyIndex): FieldProblem[] {
  const out: FieldProblem[] = []
  out.push(...duplicates(pack.maturityScales, '$.maturityScales', 'Maturity scale'))
  out.push(...duplicates(pack.frameworks, '$.frameworks', 'Framework'))
  out.push(...duplicates(pack.indicators, '$.indicators', 'Indicator'))
  out.push(...duplicates(pack.riskCatalogue, '$.riskCatalogue', 'Risk'))
  out.push(...duplicates(pack.documentTexts, '$.documentTexts', 'Document text'))

  pack.maturityScales?.forEach((s, i) =>
    out.push(...checkLevels(s.levels, `$.maturityScales[${i}].levels`, false)),
  )
  const scaleCodes = new Set([...(pack.maturityScales ?? []).map((s) => s.code), ...deps.scales])
  const itemsByFramework = new Map(deps.frameworks)

  pack.frameworks?.forEach((fw, f) => {
    const path = `$.frameworks[${f}]`
    if (fw.scale && !scaleCodes.has(fw.scale)) {
      out.push(
        problem(
          `${path}.scale`,
          `Maturity scale "${fw.scale}" is not defined in this pack or its dependencies.`,
        ),
      )
    }
    out.push(...duplicates(fw.items, `${path}.items`, `Item`))
    const index = new Map(fw.items.map((it, i) => [it.code, i]))
    itemsByFramework.set(fw.code, new Set(index.keys()))
    fw.items.forEach((it, i) => {
      if (it.parent === undefined) return
      if (!index.has(it.parent)) {
        out.push(
          problem(
            `${path}.items[${i}].parent`,
            `Parent "${it.parent}" is not an item of framework ${fw.code}.`,
          ),
        )
        return
      }
      // Walk up; coming back to the start means a cycle.
      const seen = new Set([it.code])
      let cursor: string | undefined = it.parent
      while (cursor !== undefined) {
        if (seen.has(cursor)) {
          out.push(
            problem(
              `${path}.items[${i}].parent`,
              `Item "${it.code}" is its own ancestor (parent cycle through "${cursor}").`,
            ),
          )
          break
        }
        seen.add(cursor)
        const at = index.get(cursor)
        cursor = at === undefined ? undefined : fw.items[at]!.parent
      }
    })
  })

  pack.indicators?.forEach((ind, i) =>
    ind.links?.forEach((link, l) => {
      const items = itemsByFramework.get(link.framework)
      const path = `$.indicators[${i}].links[${l}]`
      if (!items)
        out.push(
          problem(
            `${path}.framework`,
            `Framework "${link.framework}" is not defined in this pack or its dependencies.`,
          ),
        )
      else if (!items.has(link.item))
        out.push(problem(`${path}.item`, `Framework ${link.framework} has no item "${link.item}".`))
    }),
  )

  if (pack.riskMatrix) out.push(...checkMatrix(pack))
  out.push(...checkTranslations(pack))
  pack.dependencies?.forEach((d, i) => {
    if (d.id === pack.id)
      out.push(problem(`$.dependencies[${i}].id`, 'A pack cannot depend on itself.'))
  })
  return out
}

function checkMatrix(pack: TemplatePack): FieldProblem[] {
  const m = pack.riskMatrix!
  const out = [
    ...checkLevels(m.likelihood, '$.riskMatrix.likelihood', true),
    ...checkLevels(m.impact, '$.riskMatrix.impact', true),
    ...duplicates(m.bands, '$.riskMatrix.bands', 'Band'),
  ]
  const top = m.likelihood.length * m.impact.length
  const bands = m.bands.map((b, i) => ({ ...b, i })).sort((a, b) => a.minScore - b.minScore)
  let next = 1
  for (const b of bands) {
    const path = `$.riskMatrix.bands[${b.i}]`
    if (b.minScore > b.maxScore)
      out.push(problem(path, `Band "${b.code}" starts at ${b.minScore} but ends at ${b.maxScore}.`))
    if (b.minScore > next)
      out.push(problem(path, `Scores ${next} to ${b.minScore - 1} are not covered by any band.`))
    if (b.minScore < next)
      out.push(
        problem(path, `Band "${b.code}" overlaps the band before it at score ${b.minScore}.`),
      )
    next = Math.max(next, b.maxScore + 1)
  }
  if (next <= top)
    out.push(
      problem(
        '$.riskMatrix.bands',
        `Scores ${next} to ${top} are not covered by any band (scores run from 1 to ${top}).`,
      ),
    )
  if (next > top + 1)
    out.push(
      problem(
        '$.riskMatrix.bands',
        `Bands reach score ${next - 1}, but the highest possible score is ${top}.`,
      ),
    )
  return out
}

function checkTranslations(pack: TemplatePack): FieldProblem[] {
  const allowed = new Set(pack.languages)
  const out: FieldProblem[] = []
  const stack: [unknown, string][] = [[pack, '$']]
  while (stack.length) {
    const [node, path] = stack.pop()!
    if (Array.isArray(node)) node.forEach((v, i) => stack.push([v, `${path}[${i}]`]))
    else if (node && typeof node === 'object') {
      const entries = Object.entries(node)
      const isLocalText =
        'en' in node &&
        entries.every(([k, v]) => /^[a-z]{2}(-[A-Z]{2})?$/.test(k) && typeof v === 'string')
      if (isLocalText) {
        for (const [k] of entries) {
          if (!allowed.has(k)) {
            out.push(
              problem(
                `${path}.${k}`,
                `Translation "${k}" is not one of the pack's languages (${pack.languages.join(', ')}).`,
              ),
            )
          }
        }
      } else entries.forEach(([k, v]) => stack.push([v, `${path}.${k}`]))
    }
  }
  return out
}
