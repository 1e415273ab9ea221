import type { ActivityStatus, ChannelInput, PlanActivity } from '../../../../../shared/contract'

/** A milestone as the form edits it ('' for an empty date). */
export interface MilestoneDraft {
  /** Kept so the service updates the milestone instead of replacing it. */
  id?: number
  /** Stable React key, also for milestones not saved yet. */
  key: string
  title: string
  dueDate: string
  achievedDate: string
}

/** The activity form's fields, as text where the user types. */
export interface ActivityDraft {
  title: string
  description: string
  owner: string
  responsibleUnit: string
  plannedStart: string
  plannedEnd: string
  actualStart: string
  actualEnd: string
  status: ActivityStatus
  percentComplete: string
  assumptions: string
  projectId: number | null
  dependsOn: number[]
  milestones: MilestoneDraft[]
}

let keys = 0
/** A fresh key for a milestone row. */
export const newMilestoneKey = () => `m${++keys}`

/** The form's starting values: the activity's, or sensible ones for a new activity. */
export function draftOf(a: PlanActivity | undefined, defaults: { start: string }): ActivityDraft {
  return {
    title: a?.title ?? '',
    description: a?.description ?? '',
    owner: a?.owner ?? '',
    responsibleUnit: a?.responsibleUnit ?? '',
    plannedStart: a?.plannedStart ?? defaults.start,
    plannedEnd: a?.plannedEnd ?? '',
    actualStart: a?.actualStart ?? '',
    actualEnd: a?.actualEnd ?? '',
    status: a?.status ?? 'not_started',
    percentComplete: String(a?.percentComplete ?? 0),
    assumptions: a?.assumptions ?? '',
    projectId: a?.projectId ?? null,
    dependsOn: a?.dependsOn ?? [],
    milestones: (a?.milestones ?? []).map((m) => ({
      id: m.id,
      key: `saved-${m.id}`,
      title: m.title,
      dueDate: m.dueDate,
      achievedDate: m.achievedDate ?? '',
    })),
  }
}

// A whole number is sent as a number; anything else as typed, so the contract names the problem.
const percent = (s: string): number | string => (/^\s*\d+\s*$/.test(s) ? Number(s) : s)

type Fields = Omit<ChannelInput<'plan:createActivity'>, 'outputId'>

/** The fields the create and update channels share, from the draft. */
export function fieldsOf(d: ActivityDraft): Fields {
  return {
    title: d.title,
    description: d.description,
    owner: d.owner,
    responsibleUnit: d.responsibleUnit,
    plannedStart: d.plannedStart,
    plannedEnd: d.plannedEnd,
    actualStart: d.actualStart || null,
    actualEnd: d.actualEnd || null,
    status: d.status,
    percentComplete: percent(d.percentComplete) as number,
    assumptions: d.assumptions,
    projectId: d.projectId,
    dependsOn: d.dependsOn,
    milestones: d.milestones.map((m) => ({
      ...(m.id === undefined ? {} : { id: m.id }),
      title: m.title,
      dueDate: m.dueDate,
      achievedDate: m.achievedDate || null,
    })),
  }
}

/**
 * The full update of an activity with some fields changed. The timeline sends exactly what the
 * form would, so a date changed in either place gives the same record.
 */
export function updateOf(
  a: PlanActivity,
  patch: Partial<Pick<PlanActivity, 'plannedStart' | 'plannedEnd'>> = {},
): ChannelInput<'plan:updateActivity'> {
  return {
    id: a.id,
    version: a.version,
    ...fieldsOf(draftOf({ ...a, ...patch }, { start: a.plannedStart })),
  }
}
