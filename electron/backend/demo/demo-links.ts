import type { DemoFile } from './demo-types'

/**
 * Every code the demo file links to must be one it defines (a JSON Schema cannot say so): an
 * activity's prerequisites, an output's project, what a recommendation is addressed by, what an
 * indicator measures, a risk's scope, the indicator of an integrity action. Returns one sentence
 * per broken link or repeated code; an empty list when the file holds together.
 */
export function checkDemoLinks(file: DemoFile): string[] {
  const problems: string[] = []
  const kinds = new Map<string, string>()
  const define = (code: string, kind: string) => {
    const had = kinds.get(code)
    if (had)
      problems.push(`The code ${code} is used by ${an(had)} and by ${an(kind)}; codes must differ.`)
    else kinds.set(code, kind)
  }
  const { objectives, projects } = file.plan
  for (const p of projects) define(p.code, 'project')
  for (const o of objectives) {
    define(o.code, 'objective')
    for (const oc of o.outcomes) {
      define(oc.code, 'outcome')
      for (const op of oc.outputs) {
        define(op.code, 'output')
        for (const a of op.activities) define(a.code, 'activity')
      }
    }
  }
  const expect = (code: string, allowed: string[], where: string) => {
    const kind = kinds.get(code)
    if (!kind || !allowed.includes(kind)) {
      problems.push(
        `${where} names ${code}, which is not the code of ${orList(allowed)} in the file.`,
      )
    }
  }

  for (const o of objectives) {
    for (const oc of o.outcomes) {
      for (const op of oc.outputs) {
        if (op.project) expect(op.project, ['project'], `Output ${op.code}`)
        for (const a of op.activities) {
          for (const c of a.dependsOn ?? []) expect(c, ['activity'], `Activity ${a.code}`)
        }
      }
    }
  }
  const assessed = new Set<string>()
  for (const a of file.assessments) {
    if (a.startedFrom && !assessed.has(a.startedFrom)) {
      problems.push(
        `Assessment ${a.code} starts from ${a.startedFrom}, which no earlier assessment is.`,
      )
    }
    if (!a.startedFrom && !a.framework) {
      problems.push(
        `Assessment ${a.code} names neither its framework nor the assessment it starts from.`,
      )
    }
    assessed.add(a.code)
    for (const r of a.recommendations ?? []) {
      if (r.addressedBy) {
        expect(
          r.addressedBy,
          ['objective', 'outcome', 'output', 'activity'],
          `A recommendation on ${r.item}`,
        )
      }
    }
  }
  const indicators = new Set<string>()
  for (const i of file.indicators) {
    if (indicators.has(i.code)) problems.push(`Two indicators have the code ${i.code}.`)
    indicators.add(i.code)
    expect(i.attachedTo, ['objective', 'outcome', 'output'], `Indicator ${i.code}`)
  }
  for (const r of file.risks) {
    if (r.scope !== 'programme') {
      expect(r.scope, ['objective', 'outcome', 'output', 'project'], `Risk "${r.title ?? r.from}"`)
    }
  }
  for (const a of file.integrity.actions) {
    if (a.indicator && !indicators.has(a.indicator)) {
      problems.push(
        `Integrity action "${String(a.action)}" names indicator ${a.indicator}, which the file does not define.`,
      )
    }
  }
  return problems
}

const an = (kind: string) => `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`

function orList(kinds: string[]): string {
  const words = kinds.map(an)
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : words[0]!
}
