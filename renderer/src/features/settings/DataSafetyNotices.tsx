import { useTranslation } from 'react-i18next'
import type { AppError } from '../../../../shared/contract'
import { backupErrorText } from './DataSafetyFormat'

/** A failed backup, restore or save, in the backend's words (they name the file or folder). */
export function DataSafetyError({ error }: { error: AppError | null }) {
  const { t } = useTranslation()
  if (!error) return null
  return (
    <div className="notice notice-error" role="alert">
      <p>{backupErrorText(t, error)}</p>
    </div>
  )
}

/** Something to know that did not stop the work (e.g. the second folder was not reachable). */
export function DataSafetyWarning({ message }: { message: string | null | undefined }) {
  if (!message) return null
  return (
    <div className="notice notice-warning" role="alert">
      <p>{message}</p>
    </div>
  )
}
