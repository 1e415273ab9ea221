import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

// An import cycle leaves one module half-initialised when the other runs first (the contract's
// `channel` helper was once copied twice to dodge one). The contract and the handler layer must
// stay free of them; type-only imports count too, so "only for a type" cannot sneak one back.

type Graph = Map<string, string[]>

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) return sourceFiles(p)
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : []
  })

/** Relative imports and re-exports of every file under `roots`, as paths from the repository. */
function importGraph(roots: string[]): Graph {
  const files = new Set(roots.flatMap(sourceFiles))
  const resolve = (from: string, spec: string) => {
    const base = path.join(path.dirname(from), spec)
    return [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((f) => files.has(f))
  }
  const graph: Graph = new Map()
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8')
    const specs = [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']*)'/gms)]
    graph.set(
      file,
      specs.flatMap((m) => resolve(file, m[1]!) ?? []),
    )
  }
  return graph
}

/** Every cycle found by a depth-first walk, each as "a -> b -> a". */
function cyclesOf(graph: Graph): string[] {
  const cycles: string[] = []
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (node: string) => {
    state.set(node, 'open')
    stack.push(node)
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open')
        cycles.push([...stack.slice(stack.indexOf(next)), next].join(' -> '))
      else if (!state.has(next)) visit(next)
    }
    stack.pop()
    state.set(node, 'done')
  }
  for (const node of graph.keys()) if (!state.has(node)) visit(node)
  return cycles
}

const guarded = (file: string) =>
  /^shared[\\/]contract[\\/]|handler[^\\/]*$|[\\/](dispatch|backend)\.ts$/.test(file)

describe('import cycles', () => {
  it('finds a cycle when there is one', () => {
    const graph: Graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ])
    expect(cyclesOf(graph)).toEqual(['a.ts -> b.ts -> c.ts -> a.ts'])
  })

  it('reads the handler files’ imports, type-only ones included', () => {
    const graph = importGraph(['electron/backend'])
    expect(graph.get(path.join('electron/backend/plan/plan-handlers.ts'))).toContain(
      path.join('electron/backend/handler-types.ts'),
    )
  })

  it('leaves none in the contract, the handlers or the dispatcher', () => {
    const cycles = cyclesOf(importGraph(['shared', 'electron/backend']))
    expect(cycles.filter((c) => c.split(' -> ').some(guarded))).toEqual([])
  })
})
