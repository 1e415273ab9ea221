import { useTranslation } from 'react-i18next'
import type { PackDiffEntry, PackPreview } from '../../../../shared/contract'
import { Disclosure } from './Disclosure'
import { useLocalText } from './pack-format'
import { ShowMoreButton, usePaged } from './ShowMore'

type ListName = 'added' | 'changed' | 'removed' | 'conflicts'

// Short lists open by themselves; long ones (a new 5,000-item pack) wait to be asked for.
const OPEN_UP_TO = 20

function DiffList({ name, entries }: { name: ListName; entries: PackDiffEntry[] }) {
  const { t } = useTranslation()
  const { tx } = useLocalText()
  const { visible, total, showMore } = usePaged(entries)
  const help =
    name === 'removed'
      ? t('packs.wizard.removedHelp')
      : name === 'conflicts'
        ? t('packs.wizard.conflictsHelp')
        : null
  return (
    <Disclosure
      level={4}
      className={`diff-section diff-${name}`}
      defaultOpen={entries.length <= OPEN_UP_TO}
      title={t(`packs.wizard.lists.${name}`, { count: entries.length })}
    >
      {help ? <p className="field-help">{help}</p> : null}
      <ul className="diff-list" data-list={name}>
        {visible.map((e) => (
          <li key={`${e.kind}:${e.key}`} data-code={e.code}>
            <span className="badge badge-kind">{t(`packs.kindNames.${e.kind}`)}</span>{' '}
            <code className="tree-code">{e.code}</code> {tx(e.label)}
            {e.restored ? <span className="muted"> ({t('packs.wizard.restored')})</span> : null}
            {e.fields?.length ? (
              <span className="cell-detail">
                {t('packs.wizard.changedFields', {
                  fields: e.fields
                    .map((f) => t(`packs.fields.${f}`, { defaultValue: f }))
                    .join(', '),
                })}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <ShowMoreButton shown={visible.length} total={total} onPress={showMore} />
    </Disclosure>
  )
}

/** Step 3: what importing would do, or why it will not (same or older version). */
export function DiffPreview({ preview }: { preview: PackPreview }) {
  const { t, i18n } = useTranslation()
  const n = (v: number) => new Intl.NumberFormat(i18n.language).format(v)
  const status = (
    <p className="preview-status">
      <span className={`badge badge-status-${preview.status}`}>
        {t(`packs.statuses.${preview.status}`)}
      </span>{' '}
      {preview.message}
    </p>
  )
  if (preview.status === 'same' || preview.status === 'older') {
    return (
      <div className="diff-preview" data-status={preview.status}>
        <div className={`notice ${preview.status === 'same' ? 'notice-info' : 'notice-error'}`}>
          <p>
            <strong>
              {preview.status === 'same'
                ? t('packs.wizard.sameVersion')
                : t('packs.wizard.olderVersion')}
            </strong>
          </p>
          {status}
        </div>
      </div>
    )
  }
  const counts = [
    ['added', preview.added.length],
    ['changed', preview.changed.length],
    ['removed', preview.removed.length],
    ['conflicts', preview.conflicts.length],
    ['unchanged', preview.unchanged],
  ] as const
  return (
    <div className="diff-preview" data-status={preview.status}>
      {status}
      <h4 className="visually-hidden">{t('packs.wizard.summaryLabel')}</h4>
      <dl className="diff-counts">
        {counts.map(([name, count]) => (
          <div key={name} data-count={name}>
            <dt>{t(`packs.wizard.counts.${name}`)}</dt>
            <dd>{n(count)}</dd>
          </div>
        ))}
      </dl>
      {(['conflicts', 'changed', 'removed', 'added'] as const).map((name) =>
        preview[name].length > 0 ? (
          <DiffList key={name} name={name} entries={preview[name]} />
        ) : null,
      )}
    </div>
  )
}
