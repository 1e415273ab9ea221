import type { EventName } from '../../../shared/contract'

/**
 * The one table of which backend announcements refresh which stores. A store shows data of its
 * own domain and of the domains it points to; an announcement of any of them makes it stale.
 * Only stores somebody has loaded are refreshed; the rest load when their view opens.
 */
export const REFRESHED_BY = {
  /** The data's health (the read-only banner): a restore or a new backup may change it. */
  health: ['system:changed', 'backup:changed'],
  settings: ['settings:changed'],
  /** Every write is audited, so every announcement adds to the trail. */
  audit: 'every',
  /** Objectives are the top of the plan's logframe: one store for both. */
  plan: ['plan:changed', 'objectives:changed'],
  assessments: ['assessments:changed', 'objectives:changed', 'plan:changed'],
  /** Attach targets come from the plan, library indicators from the packs. */
  indicators: ['indicators:changed', 'objectives:changed', 'plan:changed', 'packs:changed'],
  /** Risks point to plan items, packs' categories and the settings' appetite. */
  risks: [
    'risks:changed',
    'objectives:changed',
    'plan:changed',
    'packs:changed',
    'settings:changed',
  ],
  /** The programme shows risks, indicators and classification markings too. */
  integrity: ['integrity:changed', 'risks:changed', 'indicators:changed', 'settings:changed'],
  packs: ['packs:changed', 'library:changed'],
  /** "Changes since signature" compares the plan, indicators and risks with the signed copy. */
  documents: [
    'documents:changed',
    'objectives:changed',
    'plan:changed',
    'indicators:changed',
    'risks:changed',
    'assessments:changed',
  ],
  backup: ['backup:changed', 'system:changed'],
  'dashboard.plan': ['plan:changed', 'objectives:changed'],
  'dashboard.indicators': ['indicators:changed', 'plan:changed', 'objectives:changed'],
  'dashboard.risks': ['risks:changed', 'settings:changed', 'packs:changed'],
  'dashboard.integrity': ['integrity:changed', 'packs:changed', 'risks:changed'],
  'dashboard.coverage': ['assessments:changed', 'plan:changed', 'objectives:changed'],
} as const satisfies Record<string, readonly EventName[] | 'every'>

/** One store the table can refresh. */
export type StoreKey = keyof typeof REFRESHED_BY
