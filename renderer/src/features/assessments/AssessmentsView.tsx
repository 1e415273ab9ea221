import { useEffect, useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { ModalDialog } from '../../components/ModalDialog'
import { combineStatus, ViewMain } from '../../components/ViewMain'
import { ViewTabs } from '../../components/ViewTabs'
import { useAssessmentsStore } from '../../stores/assessments-store'
import type { LoadStatus } from '../../stores/load-status'
import { AssessmentForm } from './AssessmentForm'
import { AssessmentList } from './AssessmentList'
import { goTo, useAssessmentsRoute } from './assessments-route'
import { AssessmentWorkspace } from './AssessmentWorkspace'
import { CompareView } from './CompareView'
import { CoverageView } from './CoverageView'
import './assessments.css'
import './assessments-scoring.css'
import './assessments-analysis.css'
import './assessments-coverage.css'

const TABS = ['list', 'coverage', 'compare'] as const

/** Needs assessments: the list and one assessment's workspace, coverage, and cycle comparison. */
export function AssessmentsView() {
  const { t } = useTranslation()
  const route = useAssessmentsRoute()
  const status = useAssessmentsStore((s) => s.status)
  const error = useAssessmentsStore((s) => s.error)
  const list = useAssessmentsStore((s) => s.list)
  const frameworks = useAssessmentsStore((s) => s.frameworks)
  const detail = useAssessmentsStore((s) => s.detail)
  const detailStatus = useAssessmentsStore((s) => s.detailStatus)
  const detailError = useAssessmentsStore((s) => s.detailError)
  const coverageStatus = useAssessmentsStore((s) => s.coverageStatus)
  const coverageError = useAssessmentsStore((s) => s.coverageError)
  const [creating, setCreating] = useState(false)
  const openId = route.tab === 'list' && 'assessmentId' in route ? route.assessmentId : null

  useEffect(() => {
    void useAssessmentsStore.getState().load()
  }, [])
  useEffect(() => {
    void useAssessmentsStore.getState().open(openId)
  }, [openId])
  useEffect(() => {
    const store = useAssessmentsStore.getState()
    void store.showCoverage(route.tab === 'coverage' ? store.lastCoverageScope : null)
  }, [route.tab])

  const needed: LoadStatus[] = [status]
  if (openId !== null) needed.push(detailStatus)
  if (route.tab === 'coverage') needed.push(coverageStatus === 'idle' ? 'loading' : coverageStatus)
  const state = combineStatus(...needed)

  return (
    <ViewMain
      view="assessments"
      state={state}
      title={t('assessments.title')}
      intro={t('assessments.intro')}
      error={error ?? detailError ?? coverageError}
      onRetry={() => void useAssessmentsStore.getState().refresh()}
      actions={
        <Button
          className="button button-primary"
          onPress={() => setCreating(true)}
          isDisabled={frameworks.length === 0}
        >
          {t('assessments.new')}
        </Button>
      }
    >
      <ViewTabs
        tabs={TABS}
        selected={route.tab}
        onSelect={(key) => goTo(key === 'list' ? { tab: 'list' } : { tab: key })}
        label={t('assessments.sections')}
        tabLabel={(id) => t(`assessments.tabs.${id}`)}
        className="na-tabs"
        panels={{
          list:
            openId !== null && detail && 'section' in route ? (
              <AssessmentWorkspace detail={detail} section={route.section} itemId={route.itemId} />
            ) : (
              <>
                {frameworks.length === 0 ? (
                  <p className="notice">{t('assessments.noFrameworks')}</p>
                ) : null}
                <AssessmentList assessments={list} />
              </>
            ),
          coverage: <CoverageView />,
          compare:
            route.tab === 'compare' ? (
              <CompareView assessments={list} baseId={route.baseId} otherId={route.otherId} />
            ) : null,
        }}
      />
      <ModalDialog
        title={t('assessments.form.newTitle')}
        isOpen={creating}
        onClose={() => setCreating(false)}
        size="large"
      >
        <AssessmentForm
          how={{ mode: 'create' }}
          onCancel={() => setCreating(false)}
          onSaved={(saved) => {
            setCreating(false)
            goTo({ tab: 'list', assessmentId: saved.id, section: 'scoring' })
          }}
        />
      </ModalDialog>
    </ViewMain>
  )
}
