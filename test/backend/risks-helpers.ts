import type { Backend } from '../../electron/backend/backend'
import type { ChannelInput, ChannelName, ChannelOutput, Result } from '../../shared/contract'
import { base64Of, smallPack } from '../helpers/pack-fixtures'
import { sampleSettings } from '../helpers/temp-backend'

/** Calls a channel through the full pipeline (validation, service, audit), typed. */
export async function call<K extends ChannelName>(
  b: Backend,
  channel: K,
  input: ChannelInput<K> | Record<string, unknown>,
): Promise<Result<ChannelOutput<K>>> {
  return (await b.call(channel, input)) as Result<ChannelOutput<K>>
}

/** The value of a successful call; fails the test with the message otherwise. */
export function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`Expected success, got ${r.error.code}: ${r.error.message}`)
  return r.value
}

/** Finishes setup so classification markings exist (OFFICIAL, RESTRICTED). */
export async function setUp(b: Backend): Promise<void> {
  value(await b.call('settings:save', sampleSettings))
}

/** A minimal valid new risk on the default matrix. */
export function newRisk(
  over: Partial<ChannelInput<'risks:create'>> = {},
): ChannelInput<'risks:create'> {
  return {
    title: 'Donor funding delayed',
    category: 'financial',
    owner: 'Head of Programme Office',
    raisedOn: '2026-10-01',
    inherentLikelihood: 4,
    inherentImpact: 4,
    residualLikelihood: 3,
    residualImpact: 2,
    ...over,
  }
}

/** The editable fields of a stored risk, as the form sends them back. */
export function asUpdate(
  r: ChannelOutput<'risks:list'>['risks'][number],
): ChannelInput<'risks:update'> {
  return {
    id: r.id,
    version: r.version,
    title: r.title,
    cause: r.cause,
    event: r.event,
    consequence: r.consequence,
    category: r.category,
    catalogueItemId: r.catalogueItemId,
    matrixItemId: r.matrixItemId,
    scopeType: r.scopeType,
    scopeId: r.scopeId,
    frameworkItemId: r.frameworkItemId,
    owner: r.owner,
    raisedOn: r.raisedOn,
    inherentLikelihood: r.inherentLikelihood,
    inherentImpact: r.inherentImpact,
    existingControls: r.existingControls,
    response: r.response,
    residualLikelihood: r.residualLikelihood,
    residualImpact: r.residualImpact,
    status: r.status,
    nextReview: r.reviewOverridden ? r.nextReview : null,
    integrity: r.integrity,
    integrityFactorId: r.integrityFactorId,
    acceptedBy: r.acceptedBy,
    acceptanceReason: r.acceptanceReason,
    acceptedUntil: r.acceptedUntil,
    sensitivity: r.sensitivity,
    actions: r.actions.map((a) => ({
      id: a.id,
      action: a.action,
      owner: a.owner,
      dueDate: a.dueDate,
      status: a.status,
    })),
  }
}

const levels = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => ({ level: i + 1, name: `${prefix} ${i + 1}` }))

/** Imports a pack whose only matrix is `likelihood` × `impact`, with three bands. */
export async function importMatrixPack(
  b: Backend,
  likelihood: number,
  impact: number,
  bands: { code: string; max: number; days: number; tolerable: boolean }[],
): Promise<void> {
  let min = 1
  const pack = smallPack({
    id: `urn:test:risk-matrix:${likelihood}x${impact}`,
    title: `Matrix ${likelihood}×${impact}`,
    riskMatrix: {
      code: `M${likelihood}X${impact}`,
      name: `${likelihood} × ${impact} matrix`,
      likelihood: levels(likelihood, 'Likelihood'),
      impact: levels(impact, 'Impact'),
      bands: bands.map((band) => {
        const out = {
          code: band.code,
          name: band.code,
          minScore: min,
          maxScore: band.max,
          colour: '#777777',
          reviewIntervalDays: band.days,
          tolerable: band.tolerable,
        }
        min = band.max + 1
        return out
      }),
    },
  })
  const r = await b.call('packs:import', { fileName: 'matrix.json', dataBase64: base64Of(pack) })
  value(r)
}
