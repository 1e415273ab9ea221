/** Where a form's fields are: their ids and their problems, by path (`useFormSubmit` gives both). */
interface FieldPlaces {
  id(path: string): string
  errors(path: string): string[]
}

/**
 * For forms whose values live in a draft kept elsewhere (a parent, a wizard): `bind('title')`
 * gives a kit field its id, label, value, change handler and problems, ready to spread.
 */
export function draftBinder<V extends object>(
  draft: V,
  onChange: (patch: Partial<V>) => void,
  places: FieldPlaces,
  labelFor: (name: keyof V & string) => string,
) {
  return <K extends keyof V & string>(name: K) => ({
    id: places.id(name),
    label: labelFor(name),
    value: draft[name],
    onChange: (value: V[K]) => {
      const patch: Partial<V> = {}
      patch[name] = value
      onChange(patch)
    },
    errors: places.errors(name),
  })
}

/** The places of the fields of one row of a list, e.g. `actions.2.owner` for `owner`. */
export function rowPlaces(places: FieldPlaces, prefix: string): FieldPlaces {
  return {
    id: (path) => places.id(`${prefix}.${path}`),
    errors: (path) => places.errors(`${prefix}.${path}`),
  }
}
