import { Fragment, useEffect, useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AppError, AssessmentComparison, AssessmentSummary } from '../../../../shared/contract'
import { ErrorNotice } from '../../components/Notice'
import { SelectField } from '../../components/SelectField'
import { useAssessmentsStore } from '../../stores/assessments-store'
import { goTo } from './assessments-route'
import { formatChange, formatLevel, local } from './labels'
import { TableHead } from '../../components/TableHead'

/** The pair to show when the address names none: the latest cycle and the one it started from. */
function defaultPair(list: AssessmentSummary[]): [number, number] | null {
  const latest = list.find((a) => a.previousId !== null && list.some((p) => p.id === a.previousId))
  if (latest) return [latest.previousId!, latest.id]
  for (const a of list) {
    const older = list.find((b) => b.id !== a.id && b.frameworkId === a.frameworkId)
    if (older) return [older.id, a.id]
  }
  return null
}

function Change({ value }: { value: number | null }) {
  const { t, i18n } = useTranslation()
  const kind = value === null ? 'none' : value > 0 ? 'up' : value < 0 ? 'down' : 'same'
  return (
    <span className={`na-change na-change-${kind}`}>
      <span aria-hidden="true">{{ up: '▲ ', down: '▼ ', same: '= ', none: '' }[kind]}</span>
      {formatChange(value, i18n.language)}
      {kind === 'none' ? null : (
        <span className="visually-hidden"> {t(`assessments.compare.${kind}`)}</span>
      )}
    </span>
  )
}

/** Two assessments of the same framework side by side, with the change per area and per item. */
export function CompareView({
  assessments,
  baseId,
  otherId,
}: {
  assessments: AssessmentSummary[]
  baseId?: number
  otherId?: number
}) {
  const { t, i18n } = useTranslation()
  const n = (v: number | null | undefined) => formatLevel(v ?? null, i18n.language)
  const pair = baseId && otherId ? [baseId, otherId] : defaultPair(assessments)
  const [result, setResult] = useState<{
    key: string
    value?: AssessmentComparison
    error?: AppError
  } | null>(null)
  const [open, setOpen] = useState<Set<number>>(new Set())
  const key = pair ? pair.join('-') : ''

  useEffect(() => {
    if (!pair) return
    let live = true
    void useAssessmentsStore
      .getState()
      .compare(pair[0]!, pair[1]!)
      .then((r) => {
        if (live) setResult(r.ok ? { key, value: r.value } : { key, error: r.error })
      })
    return () => {
      live = false
    }
    // The pair is fully described by its key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  if (assessments.length < 2) return <p className="empty">{t('assessments.compare.needTwo')}</p>
  const options = assessments.map((a) => ({ id: a.id, label: `${a.title} (${a.frameworkCode})` }))
  const choose = (base: number, other: number) =>
    goTo({ tab: 'compare', baseId: base, otherId: other })
  const current = result?.key === key ? result : null
  const c = current?.value

  return (
    <section
      className="na-compare"
      aria-labelledby="compare-heading"
      data-state={c ? 'ready' : 'loading'}
    >
      <h2 id="compare-heading">{t('assessments.compare.heading')}</h2>
      <p className="section-help">{t('assessments.compare.help')}</p>
      <div className="na-form-row">
        <SelectField
          id="compare-base"
          label={t('assessments.fields.baseId')}
          options={options}
          value={pair?.[0] ?? null}
          onChange={(id) => choose(id, pair?.[1] ?? id)}
        />
        <SelectField
          id="compare-other"
          label={t('assessments.fields.otherId')}
          options={options}
          value={pair?.[1] ?? null}
          onChange={(id) => choose(pair?.[0] ?? id, id)}
        />
      </div>
      {current?.error ? <ErrorNotice error={current.error} /> : null}
      {pair && !current ? (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      ) : null}
      {c ? (
        <div className="table-wrap">
          <table className="data-table na-compare-table" data-testid="comparison">
            <caption>
              {t('assessments.compare.caption', { base: c.base.title, other: c.other.title })}
            </caption>
            <TableHead
              columns={[
                t('assessments.gaps.area'),
                c.base.title,
                c.other.title,
                t('assessments.compare.change'),
                t('assessments.compare.target', { title: c.other.title }),
              ]}
            />
            <tbody>
              {c.areas.map((a) => {
                const expanded = open.has(a.id)
                return (
                  <Fragment key={a.id}>
                    <tr data-area={a.code} className="na-compare-area">
                      <th scope="row">
                        <Button
                          className="na-expand"
                          aria-expanded={expanded}
                          aria-label={t(
                            expanded
                              ? 'assessments.compare.hideItems'
                              : 'assessments.compare.showItems',
                            { code: a.code },
                          )}
                          onPress={() =>
                            setOpen((s) => {
                              const copy = new Set(s)
                              if (expanded) copy.delete(a.id)
                              else copy.add(a.id)
                              return copy
                            })
                          }
                        >
                          <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
                        </Button>
                        <span className="na-item-code">{a.code}</span> {local(a.title)}
                      </th>
                      <td>{a.base ? n(a.base.current) : t('assessments.compare.notInScope')}</td>
                      <td>{a.other ? n(a.other.current) : t('assessments.compare.notInScope')}</td>
                      <td>
                        <Change value={a.change} />
                      </td>
                      <td>{n(a.other?.target)}</td>
                    </tr>
                    {expanded
                      ? a.items.map((i) => (
                          <tr key={i.itemId} className="na-compare-item" data-item={i.code}>
                            <th scope="row">
                              <span className="na-item-code">{i.code}</span> {local(i.title)}
                            </th>
                            <td>
                              {i.base?.notApplicable
                                ? t('assessments.compare.na')
                                : n(i.base?.current)}
                            </td>
                            <td>
                              {i.other?.notApplicable
                                ? t('assessments.compare.na')
                                : n(i.other?.current)}
                            </td>
                            <td>
                              <Change value={i.change} />
                            </td>
                            <td>{n(i.other?.target)}</td>
                          </tr>
                        ))
                      : null}
                  </Fragment>
                )
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('assessments.gaps.overall')}</th>
                <td>{n(c.overall.base.current)}</td>
                <td>{n(c.overall.other.current)}</td>
                <td>
                  <Change value={c.overall.change} />
                </td>
                <td>{n(c.overall.other.target)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      ) : null}
    </section>
  )
}
