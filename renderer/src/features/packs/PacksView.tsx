import { useEffect, useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AppError, LibraryItem } from '../../../../shared/contract'
import { ErrorNotice, StatusNotice } from '../../components/Notice'
import { combineStatus, ViewMain } from '../../components/ViewMain'
import { downloadText } from '../../lib/packs-api'
import { selectSelectedPack, usePacksStore } from '../../stores/packs-store'
import { EditTextDialog } from './EditTextDialog'
import { ImportWizard } from './ImportWizard'
import { PackDetails } from './PackDetails'
import { PacksTable } from './PacksTable'
import './packs.css'
import './packs-library.css'
import './packs-wizard.css'

const IMPORT_BUTTON_ID = 'import-pack'

/** Once the wizard has closed and returned focus to its button, move it to the conflicts. */
function focusConflictsSoon(): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => document.getElementById('pack-conflicts')?.focus()),
  )
}

/** Installed template packs, their contents, the import wizard and the export of our own pack. */
export function PacksView() {
  const { t } = useTranslation()
  const status = usePacksStore((s) => s.status)
  const error = usePacksStore((s) => s.error)
  const packs = usePacksStore((s) => s.packs)
  const selectedId = usePacksStore((s) => s.selectedId)
  const selected = usePacksStore(selectSelectedPack)
  const [importing, setImporting] = useState(false)
  const [editing, setEditing] = useState<LibraryItem | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [exportError, setExportError] = useState<AppError | null>(null)
  const [exporting, setExporting] = useState(false)

  useEffect(() => {
    // Changes made elsewhere (another window, the CLI) reach the store through live-updates.
    void usePacksStore.getState().refresh()
  }, [])

  async function exportOurPack(): Promise<void> {
    if (exporting) return
    setExporting(true)
    setNotice(null)
    setExportError(null)
    const result = await usePacksStore.getState().exportPack()
    setExporting(false)
    if (!result.ok) {
      setExportError(result.error)
      return
    }
    downloadText(result.value.fileName, result.value.content)
    setNotice(
      t('packs.exported', { count: result.value.itemCount, fileName: result.value.fileName }),
    )
  }

  return (
    <ViewMain
      view="packs"
      state={combineStatus(status)}
      title={t('packs.title')}
      intro={t('packs.intro')}
      error={error}
      onRetry={() => void usePacksStore.getState().refresh()}
      actions={
        <>
          <Button
            className="button button-secondary"
            onPress={() => void exportOurPack()}
            isDisabled={exporting || packs.length === 0}
          >
            {exporting ? t('packs.exporting') : t('packs.exportButton')}
          </Button>
          <Button
            id={IMPORT_BUTTON_ID}
            className="button button-primary"
            onPress={() => {
              setNotice(null)
              setImporting(true)
            }}
          >
            {t('packs.importButton')}
          </Button>
        </>
      }
    >
      <StatusNotice message={notice} />
      {exportError ? <ErrorNotice error={exportError} /> : null}
      <PacksTable
        packs={packs}
        selectedId={selectedId}
        onSelect={(p) => void usePacksStore.getState().select(p.id)}
      />
      {selected ? (
        <PackDetails
          key={selected.id}
          pack={selected}
          onEdit={(item) => {
            setNotice(null)
            setEditing(item)
          }}
          onResolved={setNotice}
        />
      ) : null}
      <ImportWizard
        isOpen={importing}
        onClose={() => setImporting(false)}
        onReviewConflicts={() => {
          setImporting(false)
          focusConflictsSoon()
        }}
      />
      <EditTextDialog
        item={editing}
        onClose={() => setEditing(null)}
        onSaved={(message) => {
          setEditing(null)
          setNotice(message)
        }}
      />
    </ViewMain>
  )
}
