import { useTranslation } from 'react-i18next'
import type { ExportRecord } from '../../../../shared/contract'
import { formatDateTime } from '../../lib/format'
import { SaveExportButton } from './SaveExportButton'
import { DataTable, type Column } from '../../components/DataTable'

/** Every file Capstan wrote, newest first, each with the button that saves it again. */
export function ExportsTable({ exports }: { exports: ExportRecord[] }) {
  const { t, i18n } = useTranslation()
  const column = (id: string, cell: Column<ExportRecord>['cell'], className?: string) => ({
    id,
    header: t(`documents.history.${id}`),
    cell,
    className,
  })
  const columns: Column<ExportRecord>[] = [
    column('date', (e) => formatDateTime(e.exportedAt, i18n.language)),
    column('by', (e) => e.exportedBy),
    {
      ...column('document', (e) => (
        <>
          {t(`documents.kinds.${e.kind}`)}
          <span className="doc-cell-sub">{e.reference}</span>
        </>
      )),
      rowHeader: true,
    },
    column('version', (e) => e.docVersion),
    column('language', (e) => t(`languageNames.${e.language}`, { defaultValue: e.language })),
    column('classification', (e) => e.classification, 'cell-nowrap'),
    column('snapshot', (e) => e.snapshotReference ?? t('documents.history.none'), 'cell-nowrap'),
    { ...column('file', (e) => <SaveExportButton record={e} compact />), actions: true },
  ]
  return (
    <DataTable
      rows={exports}
      columns={columns}
      rowKey={(e) => e.id}
      rowData={(e) => ({ 'export-id': e.id })}
      caption={t('documents.history.exportsCaption')}
      className="doc-exports"
      empty={<p className="empty">{t('documents.history.noExports')}</p>}
    />
  )
}
