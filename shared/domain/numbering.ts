/** A node of the plan tree as numbering needs it. */
export interface NumberedNode {
  id: string
  parentId: string | null
  position: number
}

/**
 * Dotted numbers (1, 1.2, 1.2.3) from the tree: siblings are numbered by position, so moving a
 * node renumbers it and everything under it. Ids are strings so different tables can share a tree
 * (e.g. "objective:4", "result:12", "activity:31").
 */
export function dottedNumbers(nodes: readonly NumberedNode[]): Map<string, string> {
  const children = new Map<string | null, NumberedNode[]>()
  for (const n of nodes) {
    const list = children.get(n.parentId) ?? []
    list.push(n)
    children.set(n.parentId, list)
  }
  for (const list of children.values())
    list.sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))
  const out = new Map<string, string>()
  const stack: [string | null, string][] = [[null, '']]
  while (stack.length) {
    const [parent, prefix] = stack.pop()!
    ;(children.get(parent) ?? []).forEach((n, i) => {
      const number = prefix ? `${prefix}.${i + 1}` : `${i + 1}`
      out.set(n.id, number)
      stack.push([n.id, number])
    })
  }
  return out
}
