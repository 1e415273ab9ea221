import { useState } from 'react'

/** What a field needs from `useFormSubmit`: its id and its problems, by path. */
interface FieldPlaces {
  id(path: string): string
  errors(path: string): string[]
}

/**
 * Binds values held elsewhere (e.g. a draft a parent keeps) to their fields: `bind('title')`
 * gives the field's id, label, value, change handler and problems, ready to spread on a kit field.
 */
export function fieldBinder<V extends object>(
  form: FieldPlaces,
  values: V,
  set: <K extends keyof V>(name: K, value: V[K]) => void,
  labelFor: (name: keyof V & string) => string,
) {
  return function bind<K extends keyof V & string>(name: K) {
    return {
      id: form.id(name),
      label: labelFor(name),
      value: values[name],
      onChange: (value: V[K]) => set(name, value),
      errors: form.errors(name),
    }
  }
}

/**
 * The values of a form kept in one place, each bound to its field by `bind` (see `fieldBinder`).
 */
export function useFieldValues<V extends object>(
  form: FieldPlaces,
  initial: V | (() => V),
  labelFor: (name: keyof V & string) => string,
) {
  const [values, setValues] = useState<V>(initial)

  function set<K extends keyof V>(name: K, value: V[K]): void {
    setValues((current) => ({ ...current, [name]: value }))
  }

  const bind = fieldBinder(form, values, set, labelFor)
  // `update` changes several values at once from the current ones (stable, for effects).
  return { values, set, update: setValues, bind }
}
