import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { FieldMessages } from '../../components/FieldMessages'
import { TextInput } from '../../components/TextInput'
import { fieldId } from '../../lib/problems'
import { useFocusAfterRender } from '../../lib/use-focus-after-render'
import { PROFILE_FORM, rowKey, type MarkingRow } from './profile-draft'
import type { ProfileSectionProps } from './profile-section-props'
import { SectionHeading } from './SectionHeading'

/** The most markings the contract accepts. */
const MAX_MARKINGS = 10

const buttonId = (action: string, key: string) => `marking-${action}-${key}`

/** The ordered list of classification markings: add, remove, move up and down. */
export function ClassificationFields(props: ProfileSectionProps) {
  const { t } = useTranslation()
  const focusLater = useFocusAfterRender()
  const rows = props.draft.classifications
  const set = (classifications: MarkingRow[]) => props.onChange({ classifications })

  function move(index: number, by: -1 | 1): void {
    const target = index + by
    const row = rows[index]
    if (!row || target < 0 || target >= rows.length) return
    const next = rows.filter((_, i) => i !== index)
    next.splice(target, 0, row)
    set(next)
    if (target === 0) focusLater(buttonId('down', row.key))
    else if (target === rows.length - 1) focusLater(buttonId('up', row.key))
  }

  function remove(index: number): void {
    set(rows.filter((_, i) => i !== index))
    focusLater('marking-add')
  }

  function add(): void {
    const row = { key: rowKey(), text: '' }
    set([...rows, row])
    focusLater(fieldId(PROFILE_FORM, `classifications.${rows.length}`))
  }

  return (
    <section className="form-section" aria-labelledby="profile-classifications-heading">
      <SectionHeading
        level={props.headingLevel}
        id="profile-classifications-heading"
        headingRef={props.headingRef}
      >
        {t('profile.classificationsHeading')}
      </SectionHeading>
      <p className="section-help">{t('profile.classificationsHelp')}</p>
      <div id={fieldId(PROFILE_FORM, 'classifications')}>
        <FieldMessages messages={props.errorsFor('classifications')} />
        <ol className="edit-list">
          {rows.map((row, i) => (
            <li key={row.key} className="edit-row">
              <TextInput
                id={fieldId(PROFILE_FORM, `classifications.${i}`)}
                label={t('profile.marking', { n: i + 1 })}
                value={row.text}
                onChange={(text) => set(rows.map((r) => (r.key === row.key ? { ...r, text } : r)))}
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
                <Button
                  className="button button-secondary button-small"
                  aria-label={t('profile.removeMarking', { n: i + 1 })}
                  onPress={() => remove(i)}
                >
                  {t('common.remove')}
                </Button>
              </div>
            </li>
          ))}
        </ol>
      </div>
      <Button
        id="marking-add"
        className="button button-secondary"
        isDisabled={rows.length >= MAX_MARKINGS}
        onPress={add}
      >
        {t('profile.addMarking')}
      </Button>
    </section>
  )
}
