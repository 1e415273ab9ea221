import type {
  ActualsImportResult,
  ChannelParsed,
  FieldProblem,
  IndicatorActual,
} from '../../../shared/contract'
import { assessActual, needsExplanation } from '../../../shared/domain/indicator-status'
import { parsePeriod, PERIOD_EXAMPLES, type Frequency } from '../../../shared/domain/periods'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { inTransaction } from '../db/transaction'
import { AppFailure } from '../errors'
import {
  actualRowsOf,
  deleteActualRow,
  findActualByPeriod,
  findActualRow,
  insertActual,
  insertActuals,
  toActual,
  updateActualRow,
  type ActualColumns,
  type ActualRow,
} from './actuals-repo'
import { findIndicatorOfActuals, type IndicatorOfActuals } from './indicators-repo'
import { INDICATOR_ENTITY } from './indicators-service'

/** Entity name of actual values in the audit trail. */
export const ACTUAL_ENTITY = 'indicator_actual'

const FREQUENCY_WORD: Record<Frequency, string> = {
  monthly: 'a month written as YYYY-MM',
  quarterly: 'a quarter written as YYYY-Qn',
  yearly: 'a year written as YYYY',
}

interface ActualEntry {
  period: string
  value: number
  explanation: string
}

/** A number for a message: at most two decimals (67.4794… → 67.48), small values kept readable. */
const show = (n: number) =>
  String(Math.abs(n) >= 1 || n === 0 ? Number(n.toFixed(2)) : Number(n.toPrecision(3)))

/**
 * Checks one entry against its indicator: the period matches the frequency and has ended, and a
 * red value carries an explanation. Returns the columns to store, or the problems (paths under
 * `prefix`, e.g. "actuals.3." for an import).
 */
function judge(
  indicator: IndicatorOfActuals,
  entry: ActualEntry,
  today: string,
  prefix = '',
): { columns: ActualColumns } | { problems: FieldProblem[] } {
  const bounds = parsePeriod(entry.period, indicator.frequency)
  if (!bounds) {
    const message =
      `Period ${entry.period} is not ${FREQUENCY_WORD[indicator.frequency]} (for example ` +
      `${PERIOD_EXAMPLES[indicator.frequency]}): indicator ${indicator.code} is measured ${indicator.frequency}.`
    return {
      problems: [
        {
          path: `${prefix}period`,
          code: 'invalid',
          message,
          params: { field: 'Period', rule: 'period_frequency', frequency: indicator.frequency },
        },
      ],
    }
  }
  if (bounds.end > today) {
    const message = `Period ${entry.period} has not ended yet (it ends on ${bounds.end}). Record its value once the period is over.`
    return {
      problems: [
        {
          path: `${prefix}period`,
          code: 'invalid',
          message,
          params: { field: 'Period', rule: 'period_not_ended', periodEnd: bounds.end },
        },
      ],
    }
  }
  const { planned, rag } = assessActual(indicator, entry.period, entry.value)!
  if (needsExplanation(rag) && entry.explanation === '') {
    const unit = indicator.unit ? ` ${indicator.unit}` : ''
    const message =
      `Explanation is required: ${show(entry.value)}${unit} for ${entry.period} is red, well off the ` +
      `${show(planned)}${unit} planned for the period. Say why, and what is being done about it.`
    return {
      problems: [
        {
          path: `${prefix}explanation`,
          code: 'required',
          message,
          params: {
            field: 'Explanation',
            rule: 'red_needs_explanation',
            value: entry.value,
            planned,
            period: entry.period,
          },
        },
      ],
    }
  }
  return {
    columns: {
      period: bounds.period,
      periodStart: bounds.start,
      periodEnd: bounds.end,
      value: entry.value,
      explanation: entry.explanation,
      rag,
    },
  }
}

function columnsOrFail(
  indicator: IndicatorOfActuals,
  entry: ActualEntry,
  today: string,
): ActualColumns {
  const verdict = judge(indicator, entry, today)
  if ('problems' in verdict) {
    throw new AppFailure('validation', verdict.problems[0]!.message, verdict.problems)
  }
  return verdict.columns
}

async function assertPeriodFree(
  ctx: ServiceContext,
  indicator: IndicatorOfActuals,
  period: string,
  exceptId?: number,
): Promise<void> {
  const holder = await findActualByPeriod(ctx.db, indicator.id, period)
  if (holder && holder.id !== exceptId) {
    const message = `A value for ${period} is already recorded for ${indicator.code}. Edit that value instead.`
    throw new AppFailure('conflict', message, [
      {
        path: 'period',
        code: 'duplicate',
        message,
        params: { field: 'Period', rule: 'period_taken' },
      },
    ])
  }
}

const today = (ctx: ServiceContext) => ctx.now().slice(0, 10)

// The indicator of a value, refused as `mustFindIndicator` refuses it (read without its target).
async function mustFindIndicatorOfActuals(
  ctx: ServiceContext,
  id: number,
): Promise<IndicatorOfActuals> {
  const found = await findIndicatorOfActuals(ctx.db, id)
  if (!found) throw new AppFailure('not_found', 'This indicator no longer exists.')
  return found
}

async function mustFindActual(ctx: ServiceContext, id: number): Promise<ActualRow> {
  const row = await findActualRow(ctx.db, id)
  if (!row) throw new AppFailure('not_found', 'This value no longer exists.')
  return row
}

// What the trail shows: readable on its own, without looking the indicator up.
const snapshot = (indicator: IndicatorOfActuals, a: IndicatorActual) => ({
  indicatorId: indicator.id,
  indicatorCode: indicator.code,
  period: a.period,
  value: a.value,
  planned: a.planned,
  rag: a.rag,
  explanation: a.explanation,
})

/** Records the value of one period; a red value is refused without an explanation. */
export function addActual(
  ctx: ServiceContext,
  input: ChannelParsed<'indicators:addActual'>,
): Promise<IndicatorActual> {
  return inTransaction(ctx, async (tx) => {
    const indicator = await mustFindIndicatorOfActuals(tx, input.indicatorId)
    // "Already recorded" comes first: it is the more useful thing to hear.
    await assertPeriodFree(tx, indicator, input.period)
    const columns = columnsOrFail(indicator, input, today(tx))
    const id = await insertActual(tx.db, indicator.id, columns, tx.now())
    const after = toActual((await findActualRow(tx.db, id))!, indicator)
    await appendAudit(tx, {
      entityType: ACTUAL_ENTITY,
      entityId: id,
      action: 'create',
      after: snapshot(indicator, after),
    })
    return after
  })
}

/** Corrects a recorded value (or its period or explanation), judged again on save. */
export function updateActual(
  ctx: ServiceContext,
  input: ChannelParsed<'indicators:updateActual'>,
): Promise<IndicatorActual> {
  return inTransaction(ctx, async (tx) => {
    const row = await mustFindActual(tx, input.id)
    const indicator = await mustFindIndicatorOfActuals(tx, row.indicator_id)
    const stale = new AppFailure(
      'conflict',
      'Someone changed this value after you opened it. Reload to see their version, then edit again.',
    )
    if (row.version !== input.version) throw stale
    await assertPeriodFree(tx, indicator, input.period, row.id)
    const columns = columnsOrFail(indicator, input, today(tx))
    const before = toActual(row, indicator)
    const saved = await updateActualRow(tx.db, row.id, input.version, columns, tx.now())
    if (!saved) throw stale
    const after = toActual(saved, indicator)
    await appendAudit(tx, {
      entityType: ACTUAL_ENTITY,
      entityId: row.id,
      action: 'update',
      before: snapshot(indicator, before),
      after: snapshot(indicator, after),
    })
    return after
  })
}

/** Removes a recorded value; it stays in the audit trail. */
export function deleteActual(
  ctx: ServiceContext,
  input: ChannelParsed<'indicators:deleteActual'>,
): Promise<{ id: number }> {
  return inTransaction(ctx, async (tx) => {
    const row = await mustFindActual(tx, input.id)
    if (row.version !== input.version) {
      throw new AppFailure(
        'conflict',
        'Someone changed this value after you opened it. Reload, check it, then delete again.',
      )
    }
    const indicator = await mustFindIndicatorOfActuals(tx, row.indicator_id)
    await deleteActualRow(tx.db, row.id)
    await appendAudit(tx, {
      entityType: ACTUAL_ENTITY,
      entityId: row.id,
      action: 'delete',
      before: snapshot(indicator, toActual(row, indicator)),
    })
    return { id: row.id }
  })
}

/**
 * Records many periods at once (a series pasted from a spreadsheet): every entry is checked
 * first and nothing is saved unless all pass. One audit entry lists every value.
 */
export function importActuals(
  ctx: ServiceContext,
  input: ChannelParsed<'indicators:importActuals'>,
): Promise<ActualsImportResult> {
  return inTransaction(ctx, async (tx) => {
    const indicator = await mustFindIndicatorOfActuals(tx, input.indicatorId)
    const day = today(tx)
    const problems: FieldProblem[] = []
    const accepted: ActualColumns[] = []
    const seen = new Set<string>()
    const recorded = new Set((await actualRowsOf(tx.db, indicator.id)).map((r) => r.period))
    input.actuals.forEach((entry, i) => {
      const verdict = judge(indicator, entry, day, `actuals.${i}.`)
      if ('problems' in verdict) {
        const numbered = verdict.problems.map((p) => ({
          ...p,
          message: `Entry ${i + 1}: ${p.message}`,
        }))
        return problems.push(...numbered)
      }
      const { period } = verdict.columns
      if (seen.has(period) || recorded.has(period)) {
        const message = `Entry ${i + 1}: a value for ${period} is already recorded or listed twice.`
        return problems.push({
          path: `actuals.${i}.period`,
          code: 'duplicate',
          message,
          params: { field: 'Period', rule: 'period_taken' },
        })
      }
      seen.add(period)
      accepted.push(verdict.columns)
    })
    if (problems.length) {
      const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''
      throw new AppFailure(
        'validation',
        `${problems[0]!.message}${more} Nothing was saved.`,
        problems,
      )
    }
    await insertActuals(tx.db, indicator.id, accepted, tx.now())
    await appendAudit(tx, {
      entityType: INDICATOR_ENTITY,
      entityId: indicator.id,
      action: 'import_actuals',
      after: {
        indicatorCode: indicator.code,
        values: accepted.map((c) => ({
          period: c.period,
          value: c.value,
          rag: c.rag,
          explanation: c.explanation,
        })),
      },
    })
    return { indicatorId: indicator.id, added: accepted.length }
  })
}
