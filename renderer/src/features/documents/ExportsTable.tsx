import { useTranslation } from 'react-i18next'
import type { ExportRecord } from '../../../../shared/contract'
import { formatDateTime } from '../../lib/format'
import { SaveExportButton } from './SaveExportButton'
import { TableHead } from '../../components/TableHead'

/** Every file Capstan wrote, newest first, each with the button that saves it again. */
export function ExportsTable({ exports }: { exports: ExportRecord[] }) {
  const { t, i18n } = useTranslation()
  if (exports.length === 0) return <p className="empty">{t('documents.history.noExports')}</p>
  return (
    <div className="table-wrap">
      <table className="data-table doc-exports">
        <caption className="visually-hidden">{t('documents.history.exportsCaption')}</caption>
        <TableHead
          columns={[
            t('documents.history.date'),
            t('documents.history.by'),
            t('documents.history.document'),
            t('documents.history.version'),
            t('documents.history.language'),
            t('documents.history.classification'),
            t('documents.history.snapshot'),
            t('documents.history.file'),
          ]}
        />
        <tbody>
          {exports.map((e) => (
            <tr key={e.id} data-export-id={e.id}>
              <td>{formatDateTime(e.exportedAt, i18n.language)}</td>
              <td>{e.exportedBy}</td>
              <th scope="row">
                {t(`documents.kinds.${e.kind}`)}
                <span className="doc-cell-sub">{e.reference}</span>
              </th>
              <td>{e.docVersion}</td>
              <td>{t(`languageNames.${e.language}`, { defaultValue: e.language })}</td>
              <td className="cell-nowrap">{e.classification}</td>
              <td className="cell-nowrap">{e.snapshotReference ?? t('documents.history.none')}</td>
              <td className="cell-actions">
                <SaveExportButton record={e} compact />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
