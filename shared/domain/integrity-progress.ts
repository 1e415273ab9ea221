/** Lifecycle of an integrity action-plan item. */
export type IntegrityActionStatus = 'planned' | 'in_progress' | 'done' | 'cancelled'

/** What the progress rule needs to know about one action. */
export interface ProgressAction {
  status: IntegrityActionStatus
  /** YYYY-MM-DD. */
  dueDate: string
}

/** Progress of the actions of one factor (or of the whole plan). */
export interface FactorProgress {
  /** Actions that count: every action except cancelled ones. */
  total: number
  done: number
  inProgress: number
  planned: number
  /** Shown for information; left out of `total` and `percent`. */
  cancelled: number
  /** Open (planned or in progress) actions whose due date is before today. */
  overdue: number
  /** Whole percent of counted actions that are done; null when no action counts. */
  percent: number | null
}

/**
 * True when an action is still open (planned or in progress) and its due date is before `today`
 * (both YYYY-MM-DD). An action due today is not yet overdue; done and cancelled ones never are.
 */
export function isOverdue(action: ProgressAction, today: string): boolean {
  return (action.status === 'planned' || action.status === 'in_progress') && action.dueDate < today
}

/**
 * The progress rule of the integrity action plan, per factor:
 * - cancelled actions are left out entirely (a plan is not "behind" for dropping an action);
 * - progress = done ÷ (planned + in progress + done), as a whole percent rounded down, so 100 %
 *   only shows when every counted action is done;
 * - with no counted action the percent is null ("no actions"), never 0 % or 100 %;
 * - overdue counts the open actions past their due date (see `isOverdue`).
 * In-progress actions count as not done: the plan records no partial completion per action.
 */
export function factorProgress(actions: readonly ProgressAction[], today: string): FactorProgress {
  let done = 0
  let inProgress = 0
  let planned = 0
  let cancelled = 0
  let overdue = 0
  for (const a of actions) {
    if (a.status === 'done') done++
    else if (a.status === 'in_progress') inProgress++
    else if (a.status === 'planned') planned++
    else cancelled++
    if (isOverdue(a, today)) overdue++
  }
  const total = done + inProgress + planned
  return {
    total,
    done,
    inProgress,
    planned,
    cancelled,
    overdue,
    percent: total === 0 ? null : Math.floor((done * 100) / total),
  }
}

/** `factorProgress` for every factor in `factorIds` (in that order), actions grouped by factor. */
export function progressByFactor<A extends ProgressAction & { factorItemId: number }>(
  actions: readonly A[],
  factorIds: readonly number[],
  today: string,
): Map<number, FactorProgress> {
  const out = new Map<number, FactorProgress>()
  for (const id of factorIds) {
    out.set(
      id,
      factorProgress(
        actions.filter((a) => a.factorItemId === id),
        today,
      ),
    )
  }
  return out
}

/** The calendar date (YYYY-MM-DD, UTC) of an ISO timestamp such as the context clock's. */
export function isoDay(timestamp: string): string {
  return timestamp.slice(0, 10)
}
