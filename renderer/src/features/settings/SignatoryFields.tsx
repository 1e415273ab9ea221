import { useTranslation } from 'react-i18next'
import { FieldMessages } from '../../components/FieldMessages'
import { TextInput } from '../../components/TextInput'
import { fieldId } from '../../lib/problems'
import { useRowList } from '../../components/form/use-row-list'
import { AddRowButton, RemoveRowButton } from '../../components/RowButtons'
import { PROFILE_FORM, rowKey, type SignatoryRow } from './profile-draft'
import type { ProfileSectionProps } from './profile-section-props'
import { ProfileSection } from './ProfileSection'

/** The most signatories the contract accepts. */
const MAX_SIGNATORIES = 10

/** People who sign documents: name and title rows, added and removed freely. */
export function SignatoryFields(props: ProfileSectionProps) {
  const { t } = useTranslation()
  const rows = props.draft.signatories
  const list = useRowList(rows, (signatories) => props.onChange({ signatories }), {
    added: (index) => fieldId(PROFILE_FORM, `signatories.${index}.name`),
    addButton: 'signatory-add',
  })
  const field = (i: number, row: SignatoryRow, name: 'name' | 'title') => ({
    id: fieldId(PROFILE_FORM, `signatories.${i}.${name}`),
    value: row[name],
    onChange: (value: string) => list.edit(row.key, { [name]: value }),
    errors: props.errorsFor(`signatories.${i}.${name}`),
  })

  return (
    <ProfileSection name="signatories" section={props}>
      <div id={fieldId(PROFILE_FORM, 'signatories')}>
        <FieldMessages messages={props.errorsFor('signatories')} />
        {rows.length === 0 ? <p className="muted">{t('profile.noSignatories')}</p> : null}
        {rows.map((row, i) => (
          <fieldset key={row.key} className="signatory">
            <legend>{t('profile.signatory', { n: i + 1 })}</legend>
            <div className="signatory-fields">
              <TextInput
                {...field(i, row, 'name')}
                label={t('profile.signatoryName')}
                isRequired
                maxLength={120}
              />
              <TextInput
                {...field(i, row, 'title')}
                label={t('profile.signatoryTitle')}
                isRequired
                maxLength={160}
              />
              <RemoveRowButton
                className="signatory-remove"
                label={t('profile.removeSignatory', { n: i + 1 })}
                onPress={() => list.remove(i)}
              />
            </div>
          </fieldset>
        ))}
      </div>
      <AddRowButton
        id="signatory-add"
        isFull={rows.length >= MAX_SIGNATORIES}
        onPress={() => list.add({ key: rowKey(), name: '', title: '' })}
      >
        {t('profile.addSignatory')}
      </AddRowButton>
    </ProfileSection>
  )
}
