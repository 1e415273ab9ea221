import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { useFieldValues } from '../../components/form/use-field-values'
import { useFormSubmit, type FormWording } from '../../components/form/use-form-submit'
import type { LabelFor } from '../../lib/problems'

/** How integrity forms name their fields in messages: the form's own labels, else the shared ones. */
export function integrityWording(t: TFunction, own?: LabelFor): FormWording {
  return {
    labelFor: (path) => {
      const label = own?.(path)
      if (label) return label
      const key = `integrity.fields.${path.split('.')[0]}`
      const shared = t(key)
      return shared === key ? undefined : shared
    },
  }
}

/** The save cycle of an integrity form and its values, each field labelled `integrity.fields.*`. */
export function useIntegrityFields<V extends object>(name: string, initial: V, own?: LabelFor) {
  const { t } = useTranslation()
  const form = useFormSubmit(name, integrityWording(t, own))
  const fields = useFieldValues(form, initial, (field) => t(`integrity.fields.${field}`))
  return { form, ...fields }
}
