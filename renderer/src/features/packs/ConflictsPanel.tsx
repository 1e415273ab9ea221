import { useState, type ReactNode } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import {
  EDITABLE_TEXT_FIELDS,
  localise,
  type AppError,
  type LocalText,
  type PackConflict,
} from '../../../../shared/contract'
import { ErrorNotice } from '../../components/Notice'
import { usePacksStore } from '../../stores/packs-store'
import { isLocalText, useLocalText } from './pack-format'
import { TableHead } from '../../components/TableHead'

const asTranslations = (t: LocalText): Record<string, string> =>
  typeof t === 'string' ? { en: t } : t

/** Fields whose content differs, text fields first in the order users know them. */
function differingFields(ours: Record<string, unknown>, theirs: Record<string, unknown>) {
  const keys = new Set([...Object.keys(ours), ...Object.keys(theirs)])
  const differs = [...keys].filter((k) => JSON.stringify(ours[k]) !== JSON.stringify(theirs[k]))
  const rank = (k: string) => {
    const i = (EDITABLE_TEXT_FIELDS as readonly string[]).indexOf(k)
    return i === -1 ? 100 : i
  }
  return differs.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
}

function Value({ value, other }: { value: unknown; other: unknown }) {
  const { t } = useTranslation()
  const { language } = useLocalText()
  if (value === undefined || value === null) {
    return <span className="muted">{t('packs.conflicts.none')}</span>
  }
  if (typeof value === 'boolean') {
    return <>{value ? t('packs.conflicts.yes') : t('packs.conflicts.no')}</>
  }
  if (isLocalText(value)) {
    // The interface language first; then any other translation that differs between the sides.
    const mine = asTranslations(value)
    const theirs = isLocalText(other) ? asTranslations(other) : {}
    const shown = localise(value, language)
    const extra = Object.keys(mine).filter(
      (l) => l !== language && mine[l] !== theirs[l] && mine[l] !== shown,
    )
    return (
      <>
        <span className="cell-pre">{shown}</span>
        {extra.map((l) => (
          <span key={l} className="cell-detail" lang={l}>
            <span className="detail-label">
              {t(`profile.workingLanguageNames.${l}`, { defaultValue: l })}:
            </span>{' '}
            {mine[l]}
          </span>
        ))}
      </>
    )
  }
  return <code className="path">{JSON.stringify(value)}</code>
}

function ConflictCard(props: {
  conflict: PackConflict
  busy: boolean
  onChoose(choice: 'ours' | 'theirs'): void
}) {
  const { t } = useTranslation()
  const { tx } = useLocalText()
  const c = props.conflict
  const fields = differingFields(c.ours, c.theirs)
  const label = (f: string): ReactNode => t(`packs.fields.${f}`, { defaultValue: f })
  return (
    <li className="conflict" data-code={c.code}>
      <h4>
        <code className="tree-code">{c.code}</code> {tx(c.label)}{' '}
        <span className="badge badge-kind">{t(`packs.kindNames.${c.kind}`)}</span>
      </h4>
      <div className="table-wrap">
        <table className="data-table compact-table conflict-table">
          <caption className="visually-hidden">
            {t('packs.conflicts.caption', { code: c.code })}
          </caption>
          <TableHead
            columns={[
              t('packs.conflicts.field'),
              t('packs.conflicts.ours'),
              t('packs.conflicts.theirs', { version: c.packVersion }),
            ]}
          />
          <tbody>
            {fields.map((f) => (
              <tr key={f}>
                <th scope="row">{label(f)}</th>
                <td>
                  <Value value={c.ours[f]} other={c.theirs[f]} />
                </td>
                <td>
                  <Value value={c.theirs[f]} other={c.ours[f]} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="form-buttons">
        <Button
          className="button button-secondary"
          aria-label={t('packs.conflicts.keepOursFor', { code: c.code })}
          isDisabled={props.busy}
          onPress={() => props.onChoose('ours')}
        >
          {t('packs.conflicts.keepOurs')}
        </Button>
        <Button
          className="button button-secondary"
          aria-label={t('packs.conflicts.takeTheirsFor', { code: c.code })}
          isDisabled={props.busy}
          onPress={() => props.onChoose('theirs')}
        >
          {t('packs.conflicts.takeTheirs')}
        </Button>
      </div>
    </li>
  )
}

/** Items edited here that an upgrade also changed: ours and theirs side by side, and a choice. */
export function ConflictsPanel({
  conflicts,
  onResolved,
}: {
  conflicts: PackConflict[]
  onResolved(message: string): void
}) {
  const { t } = useTranslation()
  const resolve = usePacksStore((s) => s.resolveConflict)
  const [busyId, setBusyId] = useState<number | null>(null)
  const [failure, setFailure] = useState<AppError | null>(null)

  async function choose(conflict: PackConflict, choice: 'ours' | 'theirs'): Promise<void> {
    setBusyId(conflict.id)
    setFailure(null)
    const result = await resolve({ conflictId: conflict.id, choice })
    setBusyId(null)
    if (!result.ok) {
      setFailure(result.error)
      return
    }
    const key = choice === 'ours' ? 'packs.conflicts.keptOurs' : 'packs.conflicts.tookTheirs'
    onResolved(t(key, { code: conflict.code }))
    // The card and its buttons are gone: land on the panel, or the pack heading if it closed.
    window.setTimeout(() => {
      const target =
        document.getElementById('pack-conflicts') ?? document.getElementById('pack-details-title')
      target?.focus()
    }, 0)
  }

  return (
    <section
      id="pack-conflicts"
      className="conflicts-panel"
      aria-labelledby="pack-conflicts-title"
      tabIndex={-1}
    >
      <h3 id="pack-conflicts-title">{t('packs.conflicts.title', { count: conflicts.length })}</h3>
      <p>{t('packs.conflicts.help')}</p>
      {failure ? <ErrorNotice error={failure} /> : null}
      <ul className="conflict-list">
        {conflicts.map((c) => (
          <ConflictCard
            key={c.id}
            conflict={c}
            busy={busyId !== null}
            onChoose={(choice) => void choose(c, choice)}
          />
        ))}
      </ul>
    </section>
  )
}
