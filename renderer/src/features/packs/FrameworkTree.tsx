import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LibraryItem } from '../../../../shared/contract'
import { Disclosure } from './Disclosure'
import { EditTextButton, ItemBadges, ItemNotes } from './ItemFlags'
import { useLocalText } from './pack-format'
import { ShowMoreButton, usePaged } from './ShowMore'

type ChildrenOf = Map<string | null, LibraryItem[]>
type OnEdit = (item: LibraryItem) => void

/** Children of each item of one framework; items whose parent is hidden (archived) become roots. */
function treeOf(items: LibraryItem[]): ChildrenOf {
  const keys = new Set(items.map((i) => i.key))
  const map: ChildrenOf = new Map()
  for (const item of items) {
    const parent = item.parentKey !== null && keys.has(item.parentKey) ? item.parentKey : null
    const list = map.get(parent) ?? []
    list.push(item)
    map.set(parent, list)
  }
  return map
}

function TreeList(props: {
  items: LibraryItem[]
  childrenOf: ChildrenOf
  depth: number
  label?: string
  onEdit: OnEdit
}) {
  const { visible, total, showMore } = usePaged(props.items)
  return (
    <>
      <ul className="tree-list" aria-label={props.label}>
        {visible.map((item) => (
          <TreeNode
            key={item.id}
            item={item}
            childrenOf={props.childrenOf}
            depth={props.depth}
            onEdit={props.onEdit}
          />
        ))}
      </ul>
      <ShowMoreButton shown={visible.length} total={total} onPress={showMore} />
    </>
  )
}

function TreeNode(props: {
  item: LibraryItem
  childrenOf: ChildrenOf
  depth: number
  onEdit: OnEdit
}) {
  const { t } = useTranslation()
  const { tx } = useLocalText()
  const [open, setOpen] = useState(false)
  const { item } = props
  const kids = props.childrenOf.get(item.key) ?? []
  const guidance = tx(item.data.guidance)
  const expandable = kids.length > 0 || guidance !== ''
  const label = (
    <>
      <code className="tree-code">{item.code}</code>{' '}
      <span className="tree-title">{tx(item.data.title)}</span>
    </>
  )
  const weight = item.data.weight
  return (
    <li className="tree-node" data-code={item.code} data-depth={props.depth}>
      <div className="tree-row">
        {expandable ? (
          <button
            type="button"
            className="tree-toggle"
            aria-expanded={open}
            onClick={() => setOpen((o) => !o)}
          >
            <span className="disclosure-arrow" aria-hidden="true" />
            {label}
          </button>
        ) : (
          <span className="tree-leaf">{label}</span>
        )}
        <span className="item-flags">
          <span className={`badge ${item.data.assessable ? 'badge-assessable' : 'badge-heading'}`}>
            {item.data.assessable ? t('packs.flags.assessable') : t('packs.flags.heading')}
          </span>
          {typeof weight === 'number' ? (
            <span className="muted">{t('packs.frameworks.weight', { weight })}</span>
          ) : null}
          <ItemBadges item={item} />
          <EditTextButton item={item} onEdit={props.onEdit} />
        </span>
      </div>
      <ItemNotes item={item} />
      {open && guidance ? <p className="tree-guidance">{guidance}</p> : null}
      {open && kids.length > 0 ? (
        <TreeList
          items={kids}
          childrenOf={props.childrenOf}
          depth={props.depth + 1}
          onEdit={props.onEdit}
        />
      ) : null}
    </li>
  )
}

function FrameworkPanel(props: {
  framework: LibraryItem
  items: LibraryItem[]
  scaleName: string
  onEdit: OnEdit
}) {
  const { t } = useTranslation()
  const { tx } = useLocalText()
  const childrenOf = useMemo(() => treeOf(props.items), [props.items])
  const name = tx(props.framework.data.name)
  const purpose = tx(props.framework.data.purpose)
  return (
    <>
      {purpose ? <p>{purpose}</p> : null}
      {props.scaleName ? (
        <p className="muted">{t('packs.frameworks.scale', { scale: props.scaleName })}</p>
      ) : null}
      <TreeList
        items={childrenOf.get(null) ?? []}
        childrenOf={childrenOf}
        depth={0}
        label={t('packs.frameworks.treeLabel', { name })}
        onEdit={props.onEdit}
      />
    </>
  )
}

/** Every framework of the pack, each opening onto its tree of areas and items. */
export function FrameworkList(props: {
  frameworks: LibraryItem[]
  frameworkItems: LibraryItem[]
  scales: LibraryItem[]
  onEdit: OnEdit
}) {
  const { t } = useTranslation()
  const { tx } = useLocalText()
  const byScope = useMemo(() => {
    const map = new Map<string, LibraryItem[]>()
    for (const item of props.frameworkItems) {
      const list = map.get(item.scope) ?? []
      list.push(item)
      map.set(item.scope, list)
    }
    return map
  }, [props.frameworkItems])
  return (
    <div className="framework-list">
      {props.frameworks.map((fw) => {
        const items = byScope.get(fw.code) ?? []
        const scaleCode = typeof fw.data.scale === 'string' ? fw.data.scale : ''
        const scale = props.scales.find((s) => s.code === scaleCode)
        const kind = String(fw.data.kind ?? '')
        return (
          <Disclosure
            key={fw.id}
            level={4}
            className="framework"
            title={
              <>
                <code className="tree-code">{fw.code}</code>{' '}
                <span className="tree-title">{tx(fw.data.name)}</span>
              </>
            }
            aside={
              <span className="item-flags">
                <span className="badge badge-kind">
                  {t(`packs.frameworks.kinds.${kind}`, { defaultValue: kind })}
                </span>
                <span className="muted">
                  {t('packs.frameworks.itemCount', { count: items.length })}
                </span>
                <ItemBadges item={fw} />
                <EditTextButton item={fw} onEdit={props.onEdit} />
              </span>
            }
            notes={<ItemNotes item={fw} />}
          >
            <FrameworkPanel
              framework={fw}
              items={items}
              scaleName={scale ? tx(scale.data.name) : scaleCode}
              onEdit={props.onEdit}
            />
          </Disclosure>
        )
      })}
    </div>
  )
}
