import type {
  CoverageReport,
  IndicatorSummary,
  IntegrityData,
  PlanActivity,
  PlanData,
  Risk,
} from '../../../../shared/contract'
import { offTrack } from '../../../../shared/domain/indicator-status'

/** How many items each short list on the dashboard shows; the full view has the rest. */
export const LIST_LENGTH = 5

/** Activity counts of the whole plan or of one objective. */
export interface ActivityProgress {
  /** Activities that count: every one except cancelled ones. */
  total: number
  completed: number
  late: number
  /** Mean percent complete of the counted activities, whole number; null when none count. */
  averagePercent: number | null
}

/** An objective's line in the plan panel. */
export interface ObjectiveProgress extends ActivityProgress {
  id: number
  code: string
  title: string
}

/**
 * Late = not completed (nor cancelled) and planned to end before `today`. A cancelled activity is
 * left out of every count: dropping work does not make the plan "behind".
 */
export function isLate(a: PlanActivity, today: string): boolean {
  return a.status !== 'completed' && a.status !== 'cancelled' && a.plannedEnd < today
}

function progressOf(activities: readonly PlanActivity[], today: string): ActivityProgress {
  const counted = activities.filter((a) => a.status !== 'cancelled')
  // A completed activity is 100 % whatever percentage was last typed in.
  const percents = counted.map((a) => (a.status === 'completed' ? 100 : a.percentComplete))
  return {
    total: counted.length,
    completed: counted.filter((a) => a.status === 'completed').length,
    late: counted.filter((a) => isLate(a, today)).length,
    averagePercent:
      percents.length === 0
        ? null
        : Math.round(percents.reduce((sum, p) => sum + p, 0) / percents.length),
  }
}

/** Plan totals and one line per objective, in logframe order. */
export function planProgress(plan: PlanData): {
  overall: ActivityProgress
  objectives: ObjectiveProgress[]
} {
  const objectiveOfOutput = new Map(plan.results.map((r) => [r.id, r.objectiveId]))
  return {
    overall: progressOf(plan.activities, plan.today),
    objectives: plan.objectives.map((o) => ({
      id: o.id,
      code: o.code,
      title: o.title,
      ...progressOf(
        plan.activities.filter((a) => objectiveOfOutput.get(a.outputId) === o.id),
        plan.today,
      ),
    })),
  }
}

/** Off-track indicators (red first) with the red and amber counts. */
export function indicatorFigures(indicators: readonly IndicatorSummary[]) {
  const late = offTrack(indicators)
  return {
    red: late.filter((i) => i.status === 'red').length,
    amber: late.filter((i) => i.status === 'amber').length,
    first: late.slice(0, LIST_LENGTH),
  }
}

/** The highest residual scores (ties by code), with the overdue reviews and actions. */
export function riskFigures(risks: readonly Risk[]) {
  const collator = new Intl.Collator('en', { numeric: true })
  return {
    top: [...risks]
      .sort((a, b) => b.residualScore - a.residualScore || collator.compare(a.code, b.code))
      .slice(0, LIST_LENGTH),
    reviewsOverdue: risks.filter((r) => r.reviewOverdue).length,
    actionsOverdue: risks.reduce((sum, r) => sum + r.overdueActionCount, 0),
  }
}

/** One overdue action, from a risk's treatment or from the integrity action plan. */
export interface OverdueAction {
  key: string
  source: 'risk' | 'integrity'
  /** The risk's code or the factor's code. */
  code: string
  action: string
  owner: string
  dueDate: string
}

/** Every overdue action of both registers, the oldest due date first. */
export function overdueActions(
  risks: readonly Risk[] | null,
  integrity: IntegrityData | null,
): OverdueAction[] {
  const factorCode = new Map((integrity?.framework?.factors ?? []).map((f) => [f.id, f.code]))
  const fromRisks: OverdueAction[] = (risks ?? []).flatMap((r) =>
    r.actions
      .filter((a) => a.overdue)
      .map((a) => ({
        key: `risk-${a.id}`,
        source: 'risk' as const,
        code: r.code,
        action: a.action,
        owner: a.owner,
        dueDate: a.dueDate,
      })),
  )
  const fromIntegrity: OverdueAction[] = (integrity?.actions ?? [])
    .filter((a) => a.overdue)
    .map((a) => ({
      key: `integrity-${a.id}`,
      source: 'integrity' as const,
      code: factorCode.get(a.factorItemId) ?? '',
      action: a.action,
      owner: a.owner,
      dueDate: a.dueDate,
    }))
  return [...fromRisks, ...fromIntegrity].sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || a.code.localeCompare(b.code),
  )
}

/** What the plan does not yet answer: not-covered entries, split by why they are listed. */
export function coverageFigures(report: CoverageReport) {
  const open = report.entries.filter((e) => e.status === 'not_covered')
  return {
    notCovered: report.counts.not_covered,
    recommendations: open.filter((e) => e.reason === 'accepted_recommendation').length,
    gaps: open.filter((e) => e.reason === 'high_priority_gap').length,
    total: report.counts.total,
  }
}
