import type { TFunction } from 'i18next'
import type { FormWording } from '../../components/form/use-form-submit'
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
