import { create } from 'zustand'
import type {
  AppError,
  CoverageReport,
  IndicatorSummary,
  IntegrityData,
  PlanData,
  Result,
  RiskReference,
  RiskRegister,
} from '../../../shared/contract'
import { assessmentsApi } from '../lib/assessments-api'
import { indicatorsApi } from '../lib/indicators-api'
import { integrityApi } from '../lib/integrity-api'
import { planApi } from '../lib/plan-api'
import { risksApi } from '../lib/risks-api'
import { registerStore } from './live-updates'
import { latestOnly } from './load-status'

/** One panel's data: each panel loads on its own, so a slow or failing domain hides nothing else. */
export type PanelData<T> =
  { status: 'loading' } | { status: 'error'; error: AppError } | { status: 'ready'; value: T }

/** The risk panel's data: the register (closed risks left out) and the rating scales. */
export interface RiskData {
  register: RiskRegister
  reference: RiskReference
}

// The register's default filter (every risk but closed ones): what the head of unit still faces.
async function loadRisks(): Promise<Result<RiskData>> {
  const [register, reference] = await Promise.all([risksApi.list(), risksApi.reference()])
  if (!register.ok) return register
  if (!reference.ok) return reference
  return { ok: true, value: { register: register.value, reference: reference.value } }
}

const LOADERS = {
  plan: (): Promise<Result<PlanData>> => planApi.get(),
  indicators: (): Promise<Result<IndicatorSummary[]>> => indicatorsApi.list(),
  risks: loadRisks,
  integrity: (): Promise<Result<IntegrityData>> => integrityApi.get(undefined),
  coverage: (): Promise<Result<CoverageReport>> => assessmentsApi.coverage(),
}

/** The dashboard's panels. */
export type PanelName = keyof typeof LOADERS

type Panels = {
  [K in PanelName]: PanelData<
    Awaited<ReturnType<(typeof LOADERS)[K]>> extends Result<infer T> ? T : never
  >
}

/** Every panel's data, kept while the user is elsewhere so the dashboard shows at once. */
export const useDashboardStore = create<Panels>()(() => ({
  plan: { status: 'loading' },
  indicators: { status: 'loading' },
  risks: { status: 'loading' },
  integrity: { status: 'loading' },
  coverage: { status: 'loading' },
}))

const requests = new Map<PanelName, ReturnType<typeof latestOnly>>()
// Panels on screen: only those follow changes; the others reload when the dashboard opens again.
const shown = new Map<PanelName, number>()

/** Reads a panel now and keeps it in step with changes while it is shown; returns the stop. */
export function showPanel(name: PanelName): () => void {
  shown.set(name, (shown.get(name) ?? 0) + 1)
  void loadPanel(name)
  return () => shown.set(name, (shown.get(name) ?? 1) - 1)
}

/** Reads one panel's data; the data shown stays until the answer replaces it. */
export async function loadPanel(name: PanelName): Promise<void> {
  const tickets = requests.get(name) ?? latestOnly()
  requests.set(name, tickets)
  const ticket = tickets.next()
  const result: Result<unknown> = await LOADERS[name]()
  if (!tickets.isLatest(ticket)) return
  useDashboardStore.setState({
    [name]: result.ok
      ? { status: 'ready', value: result.value }
      : { status: 'error', error: result.error },
  })
}

for (const name of Object.keys(LOADERS) as PanelName[]) {
  let running: Promise<void> | null = null
  registerStore(`dashboard.${name}`, {
    isLoaded: () => (shown.get(name) ?? 0) > 0,
    refresh: () => (running = loadPanel(name)),
    settled: async () => {
      await running
    },
  })
}
