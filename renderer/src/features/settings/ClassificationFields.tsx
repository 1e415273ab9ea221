import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { FieldMessages } from '../../components/FieldMessages'
import { TextInput } from '../../components/TextInput'
import { fieldId } from '../../lib/problems'
import { useRowList } from '../../components/form/use-row-list'
import { AddRowButton, RemoveRowButton } from '../../components/RowButtons'
import { PROFILE_FORM, rowKey, type MarkingRow } from './profile-draft'
import type { ProfileSectionProps } from './profile-section-props'
import { ProfileSection } from './ProfileSection'

/** The most markings the contract accepts. */
const MAX_MARKINGS = 10

const buttonId = (action: string, key: string) => `marking-${action}-${key}`

/** The ordered list of classification markings: add, remove, move up and down. */
export function ClassificationFields(props: ProfileSectionProps) {
  const { t } = useTranslation()
  const rows = props.draft.classifications
  const set = (classifications: MarkingRow[]) => props.onChange({ classifications })
  const list = useRowList(rows, set, {
    added: (index) => fieldId(PROFILE_FORM, `classifications.${index}`),
    addButton: 'marking-add',
  })

  function move(index: number, by: -1 | 1): void {
    const target = index + by
    const row = rows[index]
    if (!row || target < 0 || target >= rows.length) return
    const next = rows.filter((_, i) => i !== index)
    next.splice(target, 0, row)
    set(next)
    if (target === 0) list.focusLater(buttonId('down', row.key))
    else if (target === rows.length - 1) list.focusLater(buttonId('up', row.key))
  }

  return (
    <ProfileSection name="classifications" section={props}>
      <div id={fieldId(PROFILE_FORM, 'classifications')}>
        <FieldMessages messages={props.errorsFor('classifications')} />
        <ol className="edit-list">
          {rows.map((row, i) => (
            <li key={row.key} className="edit-row">
              <TextInput
                id={fieldId(PROFILE_FORM, `classifications.${i}`)}
                label={t('profile.marking', { n: i + 1 })}
                value={row.text}
                onChange={(text) => list.edit(row.key, { text })}
                errors={props.errorsFor(`classifications.${i}`)}
                maxLength={40}
                size="medium"
              />
              <div className="row-actions">
                <Button
                  id={buttonId('up', row.key)}
                  className="button button-secondary button-small"
                  aria-label={t('profile.moveMarkingUp', { n: i + 1 })}
                  isDisabled={i === 0}
                  onPress={() => move(i, -1)}
                >
                  {t('common.up')}
                </Button>
                <Button
                  id={buttonId('down', row.key)}
                  className="button button-secondary button-small"
                  aria-label={t('profile.moveMarkingDown', { n: i + 1 })}
                  isDisabled={i === rows.length - 1}
                  onPress={() => move(i, 1)}
                >
                  {t('common.down')}
                </Button>
                <RemoveRowButton
                  label={t('profile.removeMarking', { n: i + 1 })}
                  onPress={() => list.remove(i)}
                />
              </div>
            </li>
          ))}
        </ol>
      </div>
      <AddRowButton
        id="marking-add"
        isFull={rows.length >= MAX_MARKINGS}
        onPress={() => list.add({ key: rowKey(), text: '' })}
      >
        {t('profile.addMarking')}
      </AddRowButton>
    </ProfileSection>
  )
}
