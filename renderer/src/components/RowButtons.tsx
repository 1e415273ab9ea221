import type { ReactNode } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'

interface AddRowButtonProps {
  id: string
  /** The list is full (the contract's limit). */
  isFull: boolean
  onPress(): void
  children: ReactNode
}

/** The button under a repeatable list that adds a row; disabled once the list is full. */
export function AddRowButton({ id, isFull, onPress, children }: AddRowButtonProps) {
  return (
    <Button id={id} className="button button-secondary" isDisabled={isFull} onPress={onPress}>
      {children}
    </Button>
  )
}

interface RemoveRowButtonProps {
  /** Names the row, e.g. "Remove signatory 2". */
  label: string
  onPress(): void
  className?: string
  /** The visible text; "Remove" unless told. */
  children?: ReactNode
}

/** The small button of one row that removes it. */
export function RemoveRowButton({ label, onPress, className, children }: RemoveRowButtonProps) {
  const { t } = useTranslation()
  return (
    <Button
      className={`button button-secondary button-small ${className ?? ''}`.trim()}
      aria-label={label}
      onPress={onPress}
    >
      {children ?? t('common.remove')}
    </Button>
  )
}
