import { localise, type Frequency } from '../../../shared/contract'
import { parsePeriod } from '../../../shared/domain/periods'
import type { DemoLoader } from './demo-loader'

/**
 * Indicators, each attached to the objective, outcome or output its code names (the objective
 * when the plan part is not loaded), then their recorded values. A library indicator's name,
 * definition and direction win over the file's, as when a user picks it from the library.
 * Values for periods that have not ended yet (on a clock set before the demo's today) wait.
 */
export async function loadIndicators(l: DemoLoader): Promise<void> {
  const library = new Map(
    (await l.call('indicators:library', undefined, 'reading the indicator library')).map((x) => [
      x.code,
      x,
    ]),
  )
  const today = l.today()
  for (const d of l.file.indicators) {
    const { code, attachedTo, library: libraryCode, actuals, ...fields } = d
    const place = await l.find(attachedTo, ['objective', 'result'])
    if (!place) continue
    const from = libraryCode ? library.get(libraryCode) : undefined
    const made = await l.call(
      'indicators:create',
      {
        attachedTo: { kind: place.kind, id: place.id },
        libraryItemId: from?.id ?? null,
        code,
        ...fields,
        ...(from && {
          name: localise(from.name, 'en'),
          definition: localise(from.definition, 'en'),
          direction: from.direction,
        }),
      },
      `indicator ${code}`,
    )
    l.remember(code, { kind: 'indicator', id: made.id })
    for (const a of actuals) {
      const bounds = parsePeriod(a.period, made.frequency as Frequency)
      if (bounds && bounds.end > today) continue
      await l.call(
        'indicators:addActual',
        { indicatorId: made.id, explanation: '', ...a },
        `the ${a.period} value of indicator ${code}`,
      )
    }
  }
}
