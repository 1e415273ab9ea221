/** Every view in the navigation, in menu order. The id is also the address: `#/<id>`. */
export const VIEW_IDS = [
  'dashboard',
  'assessments',
  'plan',
  'indicators',
  'risks',
  'integrity',
  'partners',
  'documents',
  'packs',
  'audit',
  'settings',
] as const

/** One view. */
export type ViewId = (typeof VIEW_IDS)[number]

/** The view shown when the address names none. */
export const DEFAULT_VIEW: ViewId = 'dashboard'

/** Views that are planned but not built in this version. */
export const PLANNED_VIEWS = [
  'assessments',
  'indicators',
  'risks',
  'integrity',
  'partners',
  'documents',
  'packs',
] as const satisfies readonly ViewId[]

/** One planned view. */
export type PlannedViewId = (typeof PLANNED_VIEWS)[number]

/** True when `id` names a view. */
export const isViewId = (id: string): id is ViewId => (VIEW_IDS as readonly string[]).includes(id)

/** True when `id` names a view that is not built yet. */
export const isPlannedView = (id: ViewId): id is PlannedViewId =>
  (PLANNED_VIEWS as readonly string[]).includes(id)
