import type { DemoLoader } from './demo-loader'

/**
 * The integrity programme: assessments rating the framework's factors, the action plan (linked to
 * indicators by code, when the register holds them) and the survey waves. Without the framework
 * (no built-in pack) there is nothing to rate; factors the framework lacks are left out.
 */
export async function loadIntegrity(l: DemoLoader): Promise<void> {
  const { framework: code, assessments, actions, surveys } = l.file.integrity
  const overview = await l.call('integrity:get', undefined, 'reading the integrity frameworks')
  const row = overview.frameworks.find((f) => f.code === code)
  if (!row) return
  const data = await l.call('integrity:get', { frameworkId: row.id }, `framework ${code}`)
  const factors = new Map((data.framework?.factors ?? []).map((f) => [f.code, f.id]))

  for (const { ratings, ...fields } of assessments) {
    const what = `integrity assessment "${String(fields.title)}"`
    const made = await l.call(
      'integrity:createAssessment',
      { frameworkId: row.id, ...fields },
      what,
    )
    for (const { factor, ...rating } of ratings) {
      const factorItemId = factors.get(factor)
      if (factorItemId === undefined) continue
      await l.call(
        'integrity:rateFactor',
        { assessmentId: made.id, factorItemId, version: null, ...rating },
        `the rating of ${factor} in ${what}`,
      )
    }
  }

  const indicators = new Map(
    (await l.call('integrity:indicatorOptions', undefined, 'reading the indicators')).map((i) => [
      i.code,
      i.id,
    ]),
  )
  for (const { factor, indicator, ...fields } of actions) {
    const factorItemId = factors.get(factor)
    if (factorItemId === undefined) continue
    await l.call(
      'integrity:createAction',
      {
        factorItemId,
        indicatorId: indicator === undefined ? null : (indicators.get(indicator) ?? null),
        ...fields,
      },
      `integrity action "${String(fields.action)}"`,
    )
  }

  for (const { scores, ...fields } of surveys) {
    await l.call(
      'integrity:createWave',
      {
        frameworkId: row.id,
        ...fields,
        scores: Object.entries(scores).flatMap(([factor, score]) => {
          const factorItemId = factors.get(factor)
          return factorItemId === undefined ? [] : [{ factorItemId, score }]
        }),
      },
      `survey "${String(fields.title)}"`,
    )
  }
}
