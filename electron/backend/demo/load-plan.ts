import type { DemoLoader } from './demo-loader'
import type { DemoActivity, DemoObjective } from './demo-types'

// File-only keys: codes and links, turned into ids here; everything else goes to the channel.
function activityInput(a: DemoActivity, outputId: number, projectId: number | null) {
  const { code: _code, dependsOn: _after, milestones = [], ...fields } = a
  return {
    ...fields,
    outputId,
    projectId,
    milestones: milestones.map((m) => ({ achievedDate: null, ...m })),
  }
}

/** Creates the objectives the folder lacks (one already there keeps its own wording). */
async function loadObjectives(l: DemoLoader, objectives: DemoObjective[]): Promise<void> {
  for (const o of objectives) {
    if (await l.find(o.code, ['objective'])) continue
    const { outcomes: _o, assumptions: _a, ...fields } = o
    const made = await l.call('objectives:create', fields, `objective ${o.code}`)
    l.remember(o.code, { kind: 'objective', id: made.id })
  }
}

/** Adds each objective's assumptions, as a planner fills them in on the logframe. */
async function addAssumptions(l: DemoLoader, objectives: DemoObjective[]): Promise<void> {
  const stored = await l.call('objectives:list', undefined, 'reading the objectives')
  for (const o of objectives) {
    const row = stored.find((s) => s.code === o.code)
    if (!row || o.assumptions === undefined) continue
    l.remember(o.code, { kind: 'objective', id: row.id })
    const { id, version, code, title, description, owner, status } = row
    await l.call(
      'objectives:update',
      { id, version, code, title, description, owner, status, assumptions: o.assumptions },
      `the assumptions of objective ${o.code}`,
    )
  }
}

/**
 * The strategic plan: objectives, header, projects, then outcomes, outputs and activities in
 * logframe order. A prerequisite later in the file is linked once it exists (second pass).
 */
export async function loadPlan(l: DemoLoader): Promise<void> {
  const { header, projects, objectives } = l.file.plan
  await loadObjectives(l, objectives)
  await l.call('plan:saveHeader', { ...header, version: 0 }, 'the plan header')
  await addAssumptions(l, objectives)
  for (const p of projects) {
    const made = await l.call('plan:createProject', p, `project ${p.code}`)
    l.remember(p.code, { kind: 'project', id: made.id })
  }

  const activities = new Map<string, number>()
  const later: { activity: DemoActivity; created: Awaited<ReturnType<typeof createdActivity>> }[] =
    []
  async function createdActivity(a: DemoActivity, outputId: number, projectId: number | null) {
    const after = a.dependsOn ?? []
    const known = after.filter((c) => activities.has(c)).map((c) => activities.get(c)!)
    const made = await l.call(
      'plan:createActivity',
      { ...activityInput(a, outputId, projectId), dependsOn: known },
      `activity ${a.code}`,
    )
    activities.set(a.code, made.id)
    l.remember(a.code, { kind: 'activity', id: made.id })
    return made
  }

  for (const o of objectives) {
    const objective = await l.find(o.code, ['objective'])
    if (!objective) continue
    for (const oc of o.outcomes) {
      const { outputs, code, ...fields } = oc
      const outcome = await l.call(
        'plan:createResult',
        { level: 'outcome', parentId: objective.id, projectId: null, ...fields },
        `outcome ${code}`,
      )
      l.remember(code, { kind: 'result', id: outcome.id })
      for (const op of outputs) {
        const { activities: list, code: opCode, project, ...opFields } = op
        const projectId = project ? ((await l.find(project, ['project']))?.id ?? null) : null
        const output = await l.call(
          'plan:createResult',
          { level: 'output', parentId: outcome.id, projectId, ...opFields },
          `output ${opCode}`,
        )
        l.remember(opCode, { kind: 'result', id: output.id })
        for (const a of list) {
          const created = await createdActivity(a, output.id, projectId)
          if (created.dependsOn.length < (a.dependsOn ?? []).length)
            later.push({ activity: a, created })
        }
      }
    }
  }
  for (const { activity: a, created } of later) {
    const {
      number: _n,
      createdAt: _c,
      updatedAt: _u,
      position: _p,
      outputId: _o,
      ...rest
    } = created
    await l.call(
      'plan:updateActivity',
      {
        ...rest,
        dependsOn: a.dependsOn!.map((c) => activities.get(c)!),
        milestones: created.milestones.map((m) => ({
          id: m.id,
          title: m.title,
          dueDate: m.dueDate,
          achievedDate: m.achievedDate,
        })),
      },
      `the prerequisites of activity ${a.code}`,
    )
  }
}
