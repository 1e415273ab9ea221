import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { SurveyWave } from '../../../../shared/contract'
import { StatusNotice } from '../../components/Notice'
import { useIntegrityStore } from '../../stores/integrity-store'
import { RecordDialogs, useRecordDialogs } from './RecordDialogs'
import { SurveyCompare } from './SurveyCompare'
import { WaveForm } from './WaveForm'
import { WavesTable } from './WavesTable'
import type { IntegrityTabProps } from './integrity-format'

/** Perception-survey waves (CIPS-style): the list, and the comparison per population. */
export function SurveysTab({ data, framework }: IntegrityTabProps) {
  const { t } = useTranslation()
  const deleteWave = useIntegrityStore((s) => s.deleteWave)
  const dialogs = useRecordDialogs<SurveyWave>()
  // Newest first in the list; the comparison reads them oldest first.
  const listed = [...data.waves].reverse()

  return (
    <>
      <div className="ig-tab-toolbar ig-tab-toolbar-end">
        <Button className="button button-primary" onPress={dialogs.startNew}>
          {t('integrity.waves.new')}
        </Button>
      </div>
      <StatusNotice message={dialogs.notice} />
      {listed.length === 0 ? (
        <p className="empty">{t('integrity.waves.empty')}</p>
      ) : (
        <WavesTable
          waves={listed}
          data={data}
          framework={framework}
          onEdit={dialogs.startEdit}
          onDelete={dialogs.askDelete}
        />
      )}
      <SurveyCompare data={data} framework={framework} />
      <RecordDialogs
        state={dialogs}
        newTitle={t('integrity.waves.newTitle')}
        editTitle={t('integrity.waves.editTitle')}
        deleteTitle={t('integrity.waves.deleteTitle')}
        deleteQuestion={(w) => t('integrity.waves.deleteQuestion', { title: w.title })}
        onDelete={(w) => deleteWave({ id: w.id, version: w.version })}
        deletedNotice={(w) => t('integrity.waves.deleted', { title: w.title })}
      >
        <WaveForm
          data={data}
          framework={framework}
          wave={dialogs.edited}
          onCancel={dialogs.close}
          onSaved={(saved) => dialogs.saved(t('integrity.waves.saved', { title: saved.title }))}
        />
      </RecordDialogs>
    </>
  )
}
