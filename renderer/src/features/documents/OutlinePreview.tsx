import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { DocumentOutline, OutlineEntry } from '../../../../shared/contract'

interface HeadingNode {
  text: string
  children: HeadingNode[]
}

/** Nests the flat heading list by level, so the preview indents like the document's contents. */
export function headingTree(entries: readonly OutlineEntry[]): HeadingNode[] {
  const root: HeadingNode[] = []
  const stack: { level: number; children: HeadingNode[] }[] = [{ level: 0, children: root }]
  for (const e of entries) {
    while (stack.length > 1 && stack[stack.length - 1]!.level >= e.level) stack.pop()
    const node: HeadingNode = { text: e.text, children: [] }
    stack[stack.length - 1]!.children.push(node)
    stack.push({ level: e.level, children: node.children })
  }
  return root
}

function Headings({ nodes, label }: { nodes: HeadingNode[]; label?: string }) {
  return (
    <ul className="doc-outline-list" aria-label={label}>
      {nodes.map((n, i) => (
        <li key={`${i}-${n.text}`}>
          <span>{n.text}</span>
          {n.children.length > 0 ? <Headings nodes={n.children} /> : null}
        </li>
      ))}
    </ul>
  )
}

/** The headings the document will have, and how many sensitive records it will leave out. */
export function OutlinePreview({
  outline,
  headingRef,
}: {
  outline: DocumentOutline
  headingRef: RefObject<HTMLHeadingElement | null>
}) {
  const { t } = useTranslation()
  const count = outline.excludedRecords
  return (
    <section className="panel doc-outline" aria-labelledby="doc-outline-heading">
      <h2 id="doc-outline-heading" ref={headingRef} tabIndex={-1}>
        {t('documents.outline.heading', { title: outline.title })}
      </h2>
      <p className="muted">
        {t('documents.outline.marking', { classification: outline.classification })}{' '}
        {t('documents.outline.fixed')}
      </p>
      <Headings nodes={headingTree(outline.headings)} label={t('documents.outline.label')} />
      {count > 0 ? (
        <p className="doc-notice doc-notice-warning" data-testid="excluded-records">
          {t('documents.outline.excluded', { count, classification: outline.classification })}
        </p>
      ) : (
        <p className="muted" data-testid="excluded-records">
          {t('documents.outline.noneExcluded')}
        </p>
      )}
    </section>
  )
}
