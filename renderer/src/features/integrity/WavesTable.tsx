import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { IntegrityData, IntegrityFramework, SurveyWave } from '../../../../shared/contract'
import { DataTable, type Column } from '../../components/DataTable'
import { EditDeleteButtons } from '../../components/EditDeleteButtons'
import { formatDate, formatNumber } from '../../lib/format'
import { SensitivityBadge } from './SensitivityField'

interface WavesTableProps {
  waves: SurveyWave[]
  data: IntegrityData
  framework: IntegrityFramework
  onEdit(wave: SurveyWave): void
  onDelete(wave: SurveyWave): void
}

/** The survey waves, newest first; Edit and Delete stay in view at 1024 px. */
export function WavesTable({ waves, data, framework, onEdit, onDelete }: WavesTableProps) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const total = framework.factors.length
  const columns = useMemo<Column<SurveyWave>[]>(
    () => [
      {
        id: 'title',
        header: t('integrity.fields.title'),
        rowHeader: true,
        cell: (w) => w.title,
        sortBy: (w) => w.title,
      },
      {
        id: 'conductedOn',
        header: t('integrity.fields.conductedOn'),
        className: 'cell-nowrap',
        cell: (w) => formatDate(w.conductedOn, lang),
        sortBy: (w) => w.conductedOn,
      },
      {
        id: 'population',
        header: t('integrity.fields.population'),
        cell: (w) => t(`integrity.populations.${w.population}`),
      },
      {
        id: 'respondents',
        header: t('integrity.fields.respondents'),
        className: 'ig-cell-number',
        cell: (w) => formatNumber(w.respondents, lang),
        sortBy: (w) => w.respondents,
      },
      {
        id: 'scored',
        header: t('integrity.waves.factorsScored'),
        className: 'ig-cell-number',
        cell: (w) => t('integrity.waves.scoredOf', { scored: w.scores.length, total }),
      },
      {
        id: 'sensitivity',
        header: t('integrity.fields.sensitivity'),
        cell: (w) => (
          <SensitivityBadge classifications={data.classifications} value={w.sensitivity} />
        ),
      },
      {
        id: 'actions',
        header: t('integrity.columns.actions'),
        hideHeader: true,
        actions: true,
        cell: (w) => (
          <EditDeleteButtons
            editLabel={t('integrity.waves.editAction', { title: w.title })}
            onEdit={() => onEdit(w)}
            deleteLabel={t('integrity.waves.deleteAction', { title: w.title })}
            onDelete={() => onDelete(w)}
          />
        ),
      },
    ],
    [t, lang, total, data.classifications, onEdit, onDelete],
  )
  return (
    <DataTable
      rows={waves}
      columns={columns}
      rowKey={(w) => w.id}
      rowData={(w) => ({ 'wave-id': w.id })}
      caption={t('integrity.waves.caption')}
      className="ig-waves-table"
    />
  )
}
