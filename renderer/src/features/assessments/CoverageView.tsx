import { useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { CoverageEntry, CoverageReport } from '../../../../shared/contract'
import { ModalDialog } from '../../components/ModalDialog'
import { StatusNotice } from '../../components/Notice'
import { SelectField } from '../../components/SelectField'
import { useAssessmentsStore, type CoverageScope } from '../../stores/assessments-store'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { CoverageEntryItem, type CoverageAction, type EntryFormProps } from './CoverageEntryItem'
import { DeferForm } from './DeferForm'
import { LinkForm } from './LinkForm'
import { ObjectiveFromGapForm } from './ObjectiveFromGapForm'

const STATUSES = ['not_covered', 'deferred', 'addressed'] as const

/** The form of each action on an entry that opens a dialog. */
const ENTRY_FORMS = { link: LinkForm, defer: DeferForm, objective: ObjectiveFromGapForm }
type EntryFormKind = keyof typeof ENTRY_FORMS

function EntryForm({ kind, ...props }: EntryFormProps & { kind: EntryFormKind }) {
  const Form = ENTRY_FORMS[kind]
  return <Form {...props} />
}

/** The counts at the top: what the head of unit reads first. */
function Counts({ report }: { report: CoverageReport }) {
  const { t } = useTranslation()
  return (
    <ul className="na-coverage-counts" aria-label={t('assessments.coverage.summary')}>
      {STATUSES.map((s) => (
        <li key={s} className={`na-count na-count-${s}`} data-status={s}>
          <span className="na-count-number">{report.counts[s]}</span>
          <span className="na-count-label">
            {t(`assessments.coverage.counts.${s}`, { count: report.counts[s] })}
          </span>
        </li>
      ))}
    </ul>
  )
}

/** Every accepted recommendation and high-priority gap: not covered first, then deferred, then addressed. */
export function CoverageView() {
  const { t } = useTranslation()
  const list = useAssessmentsStore((s) => s.list)
  const report = useAssessmentsStore((s) => s.coverage)
  const scope = useAssessmentsStore((s) => s.coverageScope)
  const unlink = useAssessmentsStore((s) => s.unlink)
  const clearDeferral = useAssessmentsStore((s) => s.clearDeferral)
  const [action, setAction] = useState<CoverageAction | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  // What is addressed needs no action: folded away so the open items stay in view.
  const [showAddressed, setShowAddressed] = useState(false)

  if (!report) return null
  const close = () => setAction(null)
  const done = (message: string) => {
    setAction(null)
    setNotice(message)
  }
  const scopeOptions = [
    { id: 'current' as const, label: t('assessments.coverage.currentScope') },
    ...list.map((a) => ({ id: a.id, label: a.title })),
  ]
  const formKind = action && action.kind in ENTRY_FORMS ? (action.kind as EntryFormKind) : null
  const formEntry: CoverageEntry | null = formKind ? action!.entry : null

  return (
    <section className="na-coverage" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">{t('assessments.coverage.heading')}</h2>
      <p className="section-help">{t('assessments.coverage.help')}</p>
      <Counts report={report} />
      <SelectField<CoverageScope>
        id="coverage-scope"
        label={t('assessments.coverage.scope')}
        description={t('assessments.coverage.scopeHelp', {
          titles: report.assessments.map((a) => a.title).join(', ') || '—',
        })}
        options={scopeOptions}
        value={scope ?? 'current'}
        onChange={(s) => void useAssessmentsStore.getState().showCoverage(s)}
      />
      <StatusNotice message={notice} />
      {report.entries.length === 0 ? (
        <p className="empty">{t('assessments.coverage.empty')}</p>
      ) : null}
      {STATUSES.map((s) => {
        const entries = report.entries.filter((e) => e.status === s)
        if (entries.length === 0) return null
        return (
          <section
            key={s}
            className={`na-coverage-group na-coverage-group-${s}`}
            aria-labelledby={`group-${s}`}
          >
            <h3 id={`group-${s}`} className="na-coverage-group-title">
              {t(`assessments.coverage.groups.${s}`, { count: entries.length })}
            </h3>
            {s === 'addressed' ? (
              <Button
                className="button button-secondary button-small na-show-more"
                aria-expanded={showAddressed}
                onPress={() => setShowAddressed((v) => !v)}
              >
                {showAddressed
                  ? t('assessments.coverage.hideAddressed')
                  : t('assessments.coverage.showAddressed', { count: entries.length })}
              </Button>
            ) : null}
            {s !== 'addressed' || showAddressed ? (
              <ul className="na-coverage-list">
                {entries.map((e) => (
                  <CoverageEntryItem
                    key={`${e.sourceType}-${e.sourceId}`}
                    entry={e}
                    onAction={setAction}
                  />
                ))}
              </ul>
            ) : null}
          </section>
        )
      })}
      <ModalDialog
        title={
          formEntry
            ? t(
                `assessments.trace.titles.${action!.kind === 'objective' && formEntry.sourceType === 'recommendation' ? 'objectiveRecommendation' : action!.kind}`,
              )
            : ''
        }
        isOpen={formEntry !== null}
        onClose={close}
        size="large"
      >
        {formKind && formEntry ? (
          <EntryForm kind={formKind} entry={formEntry} onDone={done} onCancel={close} />
        ) : null}
      </ModalDialog>
      <ConfirmDialog
        title={t(
          action?.kind === 'undefer'
            ? 'assessments.trace.titles.undefer'
            : 'assessments.trace.titles.unlink',
        )}
        isOpen={action?.kind === 'unlink' || action?.kind === 'undefer'}
        confirmLabel={t(
          action?.kind === 'undefer'
            ? 'assessments.trace.undeferAction'
            : 'assessments.trace.unlink',
        )}
        onClose={close}
        onConfirm={() => {
          const a = action!
          if (a.kind === 'unlink') return unlink(a.linkId)
          return clearDeferral({
            sourceType: a.entry.sourceType,
            sourceId: a.entry.sourceId,
            version: a.entry.version,
          })
        }}
        onDone={() =>
          done(
            t(
              action?.kind === 'undefer'
                ? 'assessments.trace.undeferred'
                : 'assessments.trace.unlinked',
            ),
          )
        }
      >
        <p className="dialog-question">{action?.entry.text || action?.entry.itemCode}</p>
        <p>
          {action?.kind === 'unlink'
            ? t('assessments.trace.unlinkQuestion', { target: action.text })
            : t('assessments.trace.undeferQuestion')}
        </p>
      </ConfirmDialog>
    </section>
  )
}
