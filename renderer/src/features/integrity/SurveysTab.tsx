import { useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { IntegrityData, IntegrityFramework, SurveyWave } from '../../../../shared/contract'
import { ModalDialog } from '../../components/ModalDialog'
import { StatusNotice } from '../../components/Notice'
import { integrityApi } from '../../lib/integrity-api'
import { useIntegrityStore } from '../../stores/integrity-store'
import { ConfirmDelete } from './ConfirmDelete'
import { formatDay } from './integrity-format'
import { SensitivityBadge } from './SensitivityField'
import { SurveyCompare } from './SurveyCompare'
import { WaveForm } from './WaveForm'

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; wave: SurveyWave }

/** Perception-survey waves (CIPS-style): the list, and the comparison per population. */
export function SurveysTab({
  data,
  framework,
}: {
  data: IntegrityData
  framework: IntegrityFramework
}) {
  const { t, i18n } = useTranslation()
  const change = useIntegrityStore((s) => s.change)
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' })
  const [deleting, setDeleting] = useState<SurveyWave | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const lang = i18n.language
  // Newest first in the list; the comparison reads them oldest first.
  const listed = [...data.waves].reverse()

  return (
    <>
      <div className="ig-tab-toolbar ig-tab-toolbar-end">
        <Button
          className="button button-primary"
          onPress={() => {
            setNotice(null)
            setEditing({ mode: 'new' })
          }}
        >
          {t('integrity.waves.new')}
        </Button>
      </div>
      <StatusNotice message={notice} />
      {listed.length === 0 ? (
        <p className="empty">{t('integrity.waves.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table ig-waves-table">
            <caption className="visually-hidden">{t('integrity.waves.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('integrity.fields.title')}</th>
                <th scope="col">{t('integrity.fields.conductedOn')}</th>
                <th scope="col">{t('integrity.fields.population')}</th>
                <th scope="col">{t('integrity.fields.respondents')}</th>
                <th scope="col">{t('integrity.waves.factorsScored')}</th>
                <th scope="col">{t('integrity.fields.sensitivity')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('integrity.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {listed.map((w) => (
                <tr key={w.id} data-wave-id={w.id}>
                  <th scope="row">{w.title}</th>
                  <td className="cell-nowrap">{formatDay(w.conductedOn, lang)}</td>
                  <td>{t(`integrity.populations.${w.population}`)}</td>
                  <td className="ig-cell-number">
                    {new Intl.NumberFormat(lang).format(w.respondents)}
                  </td>
                  <td className="ig-cell-number">
                    {t('integrity.waves.scoredOf', {
                      scored: w.scores.length,
                      total: framework.factors.length,
                    })}
                  </td>
                  <td>
                    <SensitivityBadge
                      classifications={data.classifications}
                      value={w.sensitivity}
                    />
                  </td>
                  <td className="cell-actions">
                    <Button
                      className="button button-secondary button-small"
                      aria-label={t('integrity.waves.editAction', { title: w.title })}
                      onPress={() => {
                        setNotice(null)
                        setEditing({ mode: 'edit', wave: w })
                      }}
                    >
                      {t('common.edit')}
                    </Button>
                    <Button
                      className="button button-secondary button-small"
                      aria-label={t('integrity.waves.deleteAction', { title: w.title })}
                      onPress={() => setDeleting(w)}
                    >
                      {t('common.delete')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <SurveyCompare data={data} framework={framework} />
      <ModalDialog
        title={
          editing.mode === 'edit' ? t('integrity.waves.editTitle') : t('integrity.waves.newTitle')
        }
        isOpen={editing.mode !== 'closed'}
        onClose={() => setEditing({ mode: 'closed' })}
        size="large"
      >
        <WaveForm
          data={data}
          framework={framework}
          wave={editing.mode === 'edit' ? editing.wave : undefined}
          onCancel={() => setEditing({ mode: 'closed' })}
          onSaved={(saved) => {
            setEditing({ mode: 'closed' })
            setNotice(t('integrity.waves.saved', { title: saved.title }))
          }}
        />
      </ModalDialog>
      <ConfirmDelete
        title={t('integrity.waves.deleteTitle')}
        question={deleting ? t('integrity.waves.deleteQuestion', { title: deleting.title }) : null}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          change(integrityApi.deleteWave({ id: deleting!.id, version: deleting!.version }))
        }
        onDeleted={() => {
          setNotice(t('integrity.waves.deleted', { title: deleting?.title ?? '' }))
          setDeleting(null)
        }}
      />
    </>
  )
}
