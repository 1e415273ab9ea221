import { useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { IntegrityData, IntegrityFramework, SurveyWave } from '../../../../shared/contract'
import { ModalDialog } from '../../components/ModalDialog'
import { StatusNotice } from '../../components/Notice'
import { useIntegrityStore } from '../../stores/integrity-store'
import { ConfirmDelete } from './ConfirmDelete'
import { SurveyCompare } from './SurveyCompare'
import { WaveForm } from './WaveForm'
import { WavesTable } from './WavesTable'

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; wave: SurveyWave }

/** Perception-survey waves (CIPS-style): the list, and the comparison per population. */
export function SurveysTab({
  data,
  framework,
}: {
  data: IntegrityData
  framework: IntegrityFramework
}) {
  const { t } = useTranslation()
  const deleteWave = useIntegrityStore((s) => s.deleteWave)
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' })
  const [deleting, setDeleting] = useState<SurveyWave | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
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
        <WavesTable
          waves={listed}
          data={data}
          framework={framework}
          onEdit={(wave) => {
            setNotice(null)
            setEditing({ mode: 'edit', wave })
          }}
          onDelete={setDeleting}
        />
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
        onConfirm={() => deleteWave({ id: deleting!.id, version: deleting!.version })}
        onDeleted={() => {
          setNotice(t('integrity.waves.deleted', { title: deleting?.title ?? '' }))
          setDeleting(null)
        }}
      />
    </>
  )
}
