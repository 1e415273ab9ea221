import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { FieldMessages } from '../../components/FieldMessages'
import { TextInput } from '../../components/TextInput'
import { fieldId } from '../../lib/problems'
import { useFocusAfterRender } from '../../lib/use-focus-after-render'
import { PROFILE_FORM, rowKey, type SignatoryRow } from './profile-draft'
import type { ProfileSectionProps } from './profile-section-props'
import { SectionHeading } from './SectionHeading'

/** The most signatories the contract accepts. */
const MAX_SIGNATORIES = 10

/** People who sign documents: name and title rows, added and removed freely. */
export function SignatoryFields(props: ProfileSectionProps) {
  const { t } = useTranslation()
  const focusLater = useFocusAfterRender()
  const rows = props.draft.signatories
  const set = (signatories: SignatoryRow[]) => props.onChange({ signatories })
  const edit = (key: string, patch: Partial<SignatoryRow>) =>
    set(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)))

  function add(): void {
    set([...rows, { key: rowKey(), name: '', title: '' }])
    focusLater(fieldId(PROFILE_FORM, `signatories.${rows.length}.name`))
  }

  function remove(index: number): void {
    set(rows.filter((_, i) => i !== index))
    focusLater('signatory-add')
  }

  return (
    <section className="form-section" aria-labelledby="profile-signatories-heading">
      <SectionHeading
        level={props.headingLevel}
        id="profile-signatories-heading"
        headingRef={props.headingRef}
      >
        {t('profile.signatoriesHeading')}
      </SectionHeading>
      <p className="section-help">{t('profile.signatoriesHelp')}</p>
      <div id={fieldId(PROFILE_FORM, 'signatories')}>
        <FieldMessages messages={props.errorsFor('signatories')} />
        {rows.length === 0 ? <p className="muted">{t('profile.noSignatories')}</p> : null}
        {rows.map((row, i) => (
          <fieldset key={row.key} className="signatory">
            <legend>{t('profile.signatory', { n: i + 1 })}</legend>
            <div className="signatory-fields">
              <TextInput
                id={fieldId(PROFILE_FORM, `signatories.${i}.name`)}
                label={t('profile.signatoryName')}
                value={row.name}
                onChange={(name) => edit(row.key, { name })}
                errors={props.errorsFor(`signatories.${i}.name`)}
                isRequired
                maxLength={120}
              />
              <TextInput
                id={fieldId(PROFILE_FORM, `signatories.${i}.title`)}
                label={t('profile.signatoryTitle')}
                value={row.title}
                onChange={(title) => edit(row.key, { title })}
                errors={props.errorsFor(`signatories.${i}.title`)}
                isRequired
                maxLength={160}
              />
              <Button
                className="button button-secondary button-small signatory-remove"
                aria-label={t('profile.removeSignatory', { n: i + 1 })}
                onPress={() => remove(i)}
              >
                {t('common.remove')}
              </Button>
            </div>
          </fieldset>
        ))}
      </div>
      <Button
        id="signatory-add"
        className="button button-secondary"
        isDisabled={rows.length >= MAX_SIGNATORIES}
        onPress={add}
      >
        {t('profile.addSignatory')}
      </Button>
    </section>
  )
}
