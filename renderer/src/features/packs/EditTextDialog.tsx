import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  LANGUAGES,
  type EDITABLE_TEXT_FIELDS,
  validateInput,
  type AppError,
  type FieldProblem,
  type Language,
  type LibraryItem,
} from '../../../../shared/contract'
import { ModalDialog } from '../../components/ModalDialog'
import { SelectField } from '../../components/SelectField'
import { TextInput } from '../../components/TextInput'
import { errorsAt, summaryItems } from '../../lib/field-errors'
import { errorText, fieldId, type LabelFor } from '../../lib/problems'
import { usePacksStore } from '../../stores/packs-store'
import { editableFields, isLocalText, useLocalText } from './pack-format'
import { FormFrame } from '../../components/form/FormFrame'

const FORM = 'pack-item-text'
type EditableField = (typeof EDITABLE_TEXT_FIELDS)[number]

/** The text of `field` in `language` as stored now ('' when not translated yet). */
function currentText(item: LibraryItem, field: string, language: string): string {
  const value = item.data[field]
  if (!isLocalText(value)) return ''
  if (typeof value === 'string') return language === 'en' ? value : ''
  return value[language] ?? ''
}

function EditTextForm(props: {
  item: LibraryItem
  onCancel(): void
  onSaved(message: string): void
}) {
  const { t } = useTranslation()
  const { language: uiLanguage } = useLocalText()
  const { item } = props
  const editText = usePacksStore((s) => s.editText)
  const fields = editableFields(item) as EditableField[]
  const [field, setField] = useState<EditableField>(fields[0] ?? 'title')
  const [language, setLanguage] = useState<Language>(
    (LANGUAGES as readonly string[]).includes(uiLanguage) ? (uiLanguage as Language) : 'en',
  )
  const [text, setText] = useState(() => currentText(item, field, language))
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const [failure, setFailure] = useState<AppError | null>(null)
  const [saving, setSaving] = useState(false)
  const labelFor: LabelFor = (path) =>
    ({
      field: t('packs.edit.field'),
      language: t('packs.edit.language'),
      text: t('packs.edit.text'),
    })[path]

  // Choosing another field or language shows what is stored there now, ready to reword.
  const choose = (nextField: EditableField, nextLanguage: Language) => {
    setField(nextField)
    setLanguage(nextLanguage)
    setText(currentText(item, nextField, nextLanguage))
    setProblems([])
  }

  async function onSubmit(event: FormEvent): Promise<void> {
    event.preventDefault()
    if (saving) return
    setFailure(null)
    const input = { itemId: item.id, version: item.version, field, language, text }
    const checked = validateInput('library:editText', input)
    if (!checked.ok) {
      setProblems(checked.error.details ?? [])
      return
    }
    setProblems([])
    setSaving(true)
    const result = await editText(input)
    setSaving(false)
    if (result.ok) props.onSaved(t('packs.edit.saved', { code: item.code }))
    else if (result.error.details?.length) setProblems(result.error.details)
    else setFailure(result.error)
  }

  const english = language === 'en' ? '' : currentText(item, field, 'en')
  // A rule refusing the edit explains itself better than the generic sentence for its code.
  const failureText = failure
    ? failure.code === 'validation'
      ? failure.message
      : errorText(t, failure)
    : undefined
  return (
    <FormFrame
      summary={{ message: failureText, items: summaryItems(t, problems, labelFor, FORM) }}
      saving={saving}
      onSubmit={onSubmit}
      onCancel={props.onCancel}
    >
      <p>{t('packs.edit.intro')}</p>
      <SelectField
        id={fieldId(FORM, 'field')}
        label={t('packs.edit.field')}
        options={fields.map((f) => ({ id: f, label: t(`packs.fields.${f}`) }))}
        value={field}
        onChange={(f) => choose(f, language)}
        errors={errorsAt(t, problems, labelFor, 'field')}
        isRequired
      />
      <SelectField
        id={fieldId(FORM, 'language')}
        label={t('packs.edit.language')}
        options={LANGUAGES.map((l) => ({ id: l, label: t(`profile.workingLanguageNames.${l}`) }))}
        value={language}
        onChange={(l) => choose(field, l)}
        errors={errorsAt(t, problems, labelFor, 'language')}
        isRequired
      />
      {english ? <p className="field-help">{t('packs.edit.english', { text: english })}</p> : null}
      <TextInput
        id={fieldId(FORM, 'text')}
        label={t('packs.edit.text')}
        value={text}
        onChange={setText}
        errors={errorsAt(t, problems, labelFor, 'text')}
        isRequired
        maxLength={20000}
        multiline
      />
    </FormFrame>
  )
}

/** Rewords one text of an imported item, in one language (`library:editText`). */
export function EditTextDialog(props: {
  item: LibraryItem | null
  onClose(): void
  onSaved(message: string): void
}) {
  const { t } = useTranslation()
  return (
    <ModalDialog
      title={props.item ? t('packs.edit.title', { code: props.item.code }) : ''}
      isOpen={props.item !== null}
      onClose={props.onClose}
      size="large"
    >
      {props.item ? (
        <EditTextForm
          key={props.item.id}
          item={props.item}
          onCancel={props.onClose}
          onSaved={props.onSaved}
        />
      ) : null}
    </ModalDialog>
  )
}
