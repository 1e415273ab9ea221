import type { ChangeEntry, DocumentKind, Submission } from '../../../shared/contract'
import type { Db } from '../db/database'
import { AppFailure } from '../errors'
import { collectAssessment, type AssessmentData } from './collect-assessment'
import { collectIntegrity, type IntegrityData } from './collect-integrity'
import { collectPlan, type PlanData } from './collect-plan'
import { collectRisks, type RisksData } from './collect-risks'
import { collectStatus, type StatusData } from './collect-status'
import { assessmentBlocks } from './compose-assessment'
import { integrityBlocks } from './compose-integrity'
import { planBlocks } from './compose-plan'
import { risksBlocks } from './compose-risks'
import { statusBlocks } from './compose-status'
import { submissionBlocks } from './compose-submission'
import type { Block, ComposedDocument } from './doc-ir'
import type { Translator } from './doc-text'
import { findSubmission, latestSubmission } from './submission-service'

type Annex = 'plan' | 'status' | 'risks' | 'integrity' | 'assessment'

/** Everything one document shows, frozen as JSON for a sign-off snapshot. */
export interface DocumentData {
  kind: DocumentKind
  today: string
  administration: string
  excluded: number
  /** Rank of the document's classification: records more sensitive were left out. */
  maxSensitivity: number
  usesUnconfirmed: boolean
  status?: StatusData
  plan?: PlanData
  risks?: RisksData
  integrity?: IntegrityData
  assessment?: AssessmentData
  submission?: Submission | null
  changes?: { baseline: { reference: string; createdAt: string } | null; entries: ChangeEntry[] }
}

/** Reads the data of one document kind as of `today`, leaving out records above `maxSensitivity`. */
export async function collectDocument(
  db: Db,
  kind: DocumentKind,
  opts: { today: string; administration: string; maxSensitivity: number; subjectId?: number },
): Promise<DocumentData> {
  const base = {
    kind,
    today: opts.today,
    administration: opts.administration,
    excluded: 0,
    maxSensitivity: opts.maxSensitivity,
    usesUnconfirmed: false,
  }
  const parts = async (which: readonly (Annex | 'submission')[]): Promise<DocumentData> => {
    const d: DocumentData = { ...base }
    for (const w of which) {
      if (w === 'status') d.status = await collectStatus(db, opts.today, opts.maxSensitivity)
      if (w === 'plan') d.plan = await collectPlan(db)
      if (w === 'risks') d.risks = await collectRisks(db, opts.today, opts.maxSensitivity)
      if (w === 'integrity')
        d.integrity = await collectIntegrity(db, opts.today, opts.maxSensitivity)
      if (w === 'assessment')
        d.assessment = await collectAssessment(
          db,
          kind === 'assessment' ? opts.subjectId : undefined,
        )
      if (w === 'submission') {
        const s = opts.subjectId
          ? await findSubmission(db, opts.subjectId)
          : await latestSubmission(db)
        if (opts.subjectId && !s)
          throw new AppFailure('not_found', 'This submission no longer exists.')
        d.submission = s ?? null
      }
    }
    d.excluded = (d.status?.excluded ?? 0) + (d.risks?.excluded ?? 0) + (d.integrity?.excluded ?? 0)
    const factors = [...(d.integrity?.factors ?? []), ...(d.status?.integrity ?? [])]
    d.usesUnconfirmed = factors.some((f) => !f.confirmed)
    return d
  }
  if (kind === 'submission') {
    const d = await parts(['submission'])
    const annexes = d.submission?.annexes ?? []
    // A submission on the plan freezes the register too, so "changes since signature" covers risks.
    const extra: Annex[] = annexes.includes('plan') ? ['risks'] : []
    return { ...(await parts(['submission', ...annexes, ...extra])), submission: d.submission }
  }
  if (kind === 'plan') return parts(['plan', 'risks'])
  if (kind === 'changes') return { ...base }
  return parts([kind])
}

const demote = (blocks: Block[]): Block[] =>
  blocks.map((b) =>
    b.t === 'heading' ? { ...b, level: Math.min(3, b.level + 1) as 1 | 2 | 3 } : b,
  )

function changesBlocks(d: DocumentData, tr: Translator): Block[] {
  const c = d.changes
  if (!c?.baseline) return [{ t: 'paragraph', tone: 'note', text: tr.t('changes.noBaseline') }]
  return [
    {
      t: 'paragraph',
      tone: 'lead',
      text: tr.t('changes.intro', { reference: c.baseline.reference }),
    },
    {
      t: 'table',
      caption: tr.t('changes.title'),
      columns: [
        { title: tr.t('changes.area'), weight: 1.6 },
        { title: tr.t('changes.change'), weight: 1.4 },
        { title: tr.t('plan.statement'), weight: 4 },
        { title: tr.t('changes.details'), weight: 4 },
      ],
      rows: c.entries.map((e) => [
        tr.value(e.area),
        tr.value(e.change),
        e.label,
        e.details.join('\n'),
      ]),
      empty: tr.t('changes.none'),
    },
  ]
}

function kindBlocks(kind: Annex, d: DocumentData, tr: Translator): Block[] {
  if (kind === 'status' && d.status) return statusBlocks(d.status, d.administration, tr)
  if (kind === 'plan' && d.plan) return planBlocks(d.plan, tr)
  if (kind === 'risks' && d.risks) return risksBlocks(d.risks, tr)
  if (kind === 'integrity' && d.integrity) return integrityBlocks(d.integrity, tr)
  if (kind === 'assessment' && d.assessment) return assessmentBlocks(d.assessment, tr)
  return []
}

/** Builds the body of the document in one language. */
export function composeDocument(d: DocumentData, tr: Translator): ComposedDocument {
  if (d.kind === 'submission') {
    const s = d.submission ?? null
    const blocks = submissionBlocks(s, tr, d.administration)
    ;(s?.annexes ?? []).forEach((annex, i) => {
      blocks.push({ t: 'pageBreak' })
      blocks.push({
        t: 'heading',
        level: 1,
        text: `${tr.t('submission.annexPrefix', { n: i + 1 })}: ${tr.t(`doc.kind.${annex}`)}`,
      })
      blocks.push(...demote(kindBlocks(annex, d, tr)))
    })
    return {
      title: s?.title ?? tr.t('doc.kind.submission'),
      subtitle: tr.t('doc.kind.submission'),
      blocks,
      decisionsSought: s?.decisions ?? [],
    }
  }
  const title = tr.t(`doc.kind.${d.kind}`)
  if (d.kind === 'changes') {
    return {
      title,
      blocks: [{ t: 'heading', level: 1, text: title }, ...changesBlocks(d, tr)],
      decisionsSought: [tr.t('sign.defaultDecision', { document: title })],
    }
  }
  const subtitle =
    d.kind === 'assessment' && d.assessment?.assessment ? d.assessment.assessment.title : undefined
  return {
    title,
    subtitle,
    blocks: kindBlocks(d.kind as Annex, d, tr),
    decisionsSought: [tr.t('sign.defaultDecision', { document: title })],
  }
}
