import { useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AssessmentDetail } from '../../../../shared/contract'
import { ModalDialog } from '../../components/ModalDialog'
import { StatusNotice } from '../../components/Notice'
import { ViewTabs } from '../../components/ViewTabs'
import { useAssessmentsStore } from '../../stores/assessments-store'
import { AssessmentForm } from './AssessmentForm'
import { useDatesText } from './AssessmentList'
import { assessmentsHash, goTo } from './assessments-route'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { GapAnalysis } from './GapAnalysis'
import { local } from './labels'
import { ProgressText } from './ProgressText'
import { ScoringPanel } from './ScoringPanel'

type Dialog = 'none' | 'edit' | 'cycle' | 'delete'
const SECTIONS = ['scoring', 'gaps'] as const

interface AssessmentWorkspaceProps {
  detail: AssessmentDetail
  section: 'scoring' | 'gaps'
  itemId?: number
}

/** One assessment: its header and actions, then scoring and gap analysis as tabs. */
export function AssessmentWorkspace({ detail, section, itemId }: AssessmentWorkspaceProps) {
  const { t } = useTranslation()
  const remove = useAssessmentsStore((s) => s.remove)
  const dates = useDatesText()
  const [dialog, setDialog] = useState<Dialog>('none')
  const [notice, setNotice] = useState<string | null>(null)
  const a = detail.assessment
  const close = () => setDialog('none')

  return (
    <div className="na-workspace" data-assessment-id={a.id}>
      <p className="na-back">
        <a href={assessmentsHash({ tab: 'list' })}>{t('assessments.workspace.back')}</a>
      </p>
      <div className="na-workspace-header">
        <div>
          <h2 className="na-workspace-title">{a.title}</h2>
          <p className="na-workspace-meta">
            <span>
              <span className="na-item-code">{a.frameworkCode}</span> {local(a.frameworkName)}
            </span>
            <span>{t(`assessments.types.${a.type}`)}</span>
            <span>
              {t('assessments.workspace.ledBy', { lead: t(`assessments.leads.${a.lead}`) })}
            </span>
            <span>{dates(a)}</span>
            <span className={`badge na-status-${a.status}`}>
              {t(`assessments.statuses.${a.status}`)}
            </span>
          </p>
          {a.previousId ? (
            <p className="na-workspace-meta">
              {t('assessments.workspace.startedFrom')}{' '}
              <a
                href={assessmentsHash({
                  tab: 'list',
                  assessmentId: a.previousId,
                  section: 'scoring',
                })}
              >
                {a.previousTitle}
              </a>
            </p>
          ) : null}
          <ProgressText progress={a.progress} detailed />
        </div>
        <div className="na-workspace-actions">
          <Button className="button button-secondary" onPress={() => setDialog('edit')}>
            {t('assessments.workspace.edit')}
          </Button>
          <Button className="button button-secondary" onPress={() => setDialog('cycle')}>
            {t('assessments.workspace.newCycle')}
          </Button>
          {a.previousId ? (
            <Button
              className="button button-secondary"
              onPress={() => goTo({ tab: 'compare', baseId: a.previousId!, otherId: a.id })}
            >
              {t('assessments.workspace.compare')}
            </Button>
          ) : null}
          <Button className="button button-secondary" onPress={() => setDialog('delete')}>
            {t('common.delete')}
          </Button>
        </div>
      </div>
      <StatusNotice message={notice} />
      <ViewTabs
        tabs={SECTIONS}
        selected={section}
        onSelect={(key) => goTo({ tab: 'list', assessmentId: a.id, section: key })}
        label={t('assessments.workspace.sections')}
        tabLabel={(id) => t(`assessments.workspace.${id}`)}
        className="na-tabs na-inner-tabs"
        panels={{
          scoring: <ScoringPanel detail={detail} itemId={itemId} />,
          gaps: <GapAnalysis detail={detail} />,
        }}
      />
      <ModalDialog
        title={
          dialog === 'cycle'
            ? t('assessments.form.cycleTitle', { title: a.title })
            : t('assessments.form.editTitle')
        }
        isOpen={dialog === 'edit' || dialog === 'cycle'}
        onClose={close}
        size="large"
      >
        <AssessmentForm
          how={dialog === 'cycle' ? { mode: 'cycle', from: a } : { mode: 'edit', assessment: a }}
          onCancel={close}
          onSaved={(saved, message) => {
            close()
            if (dialog === 'cycle')
              goTo({ tab: 'list', assessmentId: saved.id, section: 'scoring' })
            else setNotice(message)
          }}
        />
      </ModalDialog>
      <ConfirmDialog
        title={t('assessments.workspace.deleteTitle')}
        isOpen={dialog === 'delete'}
        confirmLabel={t('common.delete')}
        onClose={close}
        onConfirm={() => remove({ id: a.id, version: a.version })}
        onDone={() => {
          close()
          goTo({ tab: 'list' })
        }}
      >
        <p className="dialog-question">
          {t('assessments.workspace.deleteQuestion', { title: a.title })}
        </p>
        <p>{t('assessments.workspace.deleteExplanation')}</p>
      </ConfirmDialog>
    </div>
  )
}
