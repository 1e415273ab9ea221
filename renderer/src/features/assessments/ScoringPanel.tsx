import { useState } from 'react'
import { Header, ListBox, ListBoxItem, ListBoxSection } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AssessmentDetail, AssessmentItemView } from '../../../../shared/contract'
import { StatusNotice } from '../../components/Notice'
import { goTo } from './assessments-route'
import { useAssessmentsStore } from '../../stores/assessments-store'
import { draftOf, isDirty, ItemScoreForm } from './ItemScoreForm'
import { local } from './labels'
import { RecommendationsPanel } from './RecommendationsPanel'

/** The state of an item in words, for the list: not scored, 2 → 4, not applicable. */
function ItemState({ item, unsaved }: { item: AssessmentItemView; unsaved: boolean }) {
  const { t } = useTranslation()
  let state: string
  if (item.notApplicable) state = t('assessments.scoring.stateNa')
  else if (item.currentLevel === null || item.targetLevel === null)
    state = t('assessments.scoring.stateNotScored')
  else
    state = t('assessments.scoring.stateScored', {
      current: item.currentLevel,
      target: item.targetLevel,
    })
  return (
    <span className="na-item-state">
      <span>{state}</span>
      {item.carriedForward ? (
        <span className="na-badge na-badge-carried">{t('assessments.scoring.carried')}</span>
      ) : null}
      {unsaved ? (
        <span className="na-badge na-badge-unsaved">{t('assessments.scoring.unsaved')}</span>
      ) : null}
    </span>
  )
}

/** Item list grouped by area (arrow keys move, Enter opens) beside the selected item's form. */
export function ScoringPanel({ detail, itemId }: { detail: AssessmentDetail; itemId?: number }) {
  const { t } = useTranslation()
  const items = detail.areas.flatMap((a) => a.items)
  const drafts = useAssessmentsStore((s) => s.drafts)
  const setDraft = useAssessmentsStore((s) => s.setDraft)
  const [notice, setNotice] = useState<string | null>(null)
  const firstOpen = items.find(
    (i) => !i.notApplicable && (i.currentLevel === null || i.targetLevel === null),
  )
  const selected = items.find((i) => i.id === itemId) ?? firstOpen ?? items[0]
  if (!selected) return <p className="empty">{t('assessments.scoring.noItems')}</p>
  const index = items.indexOf(selected)
  const next = items[index + 1]
  const draft = drafts[selected.id] ?? draftOf(selected)
  const area = detail.areas.find((a) => a.id === selected.areaId)

  const select = (id: number) =>
    goTo(
      { tab: 'list', assessmentId: detail.assessment.id, section: 'scoring', itemId: id },
      { replace: true },
    )

  return (
    <div className="na-scoring">
      <div className="na-item-nav">
        <ListBox
          aria-label={t('assessments.scoring.itemsLabel')}
          className="na-item-list"
          selectionMode="single"
          disallowEmptySelection
          selectedKeys={[selected.id]}
          onSelectionChange={(keys) => {
            const [key] = [...(keys as Set<number>)]
            if (key === undefined) return
            setNotice(null)
            select(Number(key))
          }}
        >
          {detail.areas.map((a) => (
            <ListBoxSection key={a.id} id={`area-${a.id}`} className="na-item-section">
              <Header className="na-item-area">
                <span>{a.code}</span> {local(a.title)}
                <span className="na-item-area-count">
                  {t('assessments.scoring.areaProgress', {
                    scored: a.gap.scored,
                    applicable: a.gap.applicable,
                  })}
                </span>
              </Header>
              {a.items.map((i) => (
                <ListBoxItem
                  key={i.id}
                  id={i.id}
                  className="na-item-option"
                  textValue={`${i.code} ${local(i.title)}`}
                >
                  <span className="na-item-title">
                    <span className="na-item-code">{i.code}</span> {local(i.title)}
                  </span>
                  <ItemState item={i} unsaved={Boolean(drafts[i.id])} />
                </ListBoxItem>
              ))}
            </ListBoxSection>
          ))}
        </ListBox>
      </div>
      <section className="na-item-detail" aria-labelledby="item-heading">
        <p className="na-item-area-name">{area ? `${area.code} ${local(area.title)}` : null}</p>
        <h3 id="item-heading" tabIndex={-1}>
          <span className="na-item-code">{selected.code}</span> {local(selected.title)}
        </h3>
        {selected.guidance ? <p className="na-guidance">{local(selected.guidance)}</p> : null}
        {selected.carriedForward ? (
          <p className="notice na-notice-carried">
            {t('assessments.scoring.carriedNotice', {
              title: detail.assessment.previousTitle ?? '',
            })}
          </p>
        ) : null}
        <StatusNotice message={notice} />
        <ItemScoreForm
          key={selected.id}
          item={selected}
          scale={detail.scale}
          draft={draft}
          hasNext={next !== undefined}
          onDraft={(d) => setDraft(selected.id, isDirty(selected, d) ? d : null)}
          onSaved={(message, goNext) => {
            setDraft(selected.id, null)
            if (goNext && next) {
              select(next.id)
              window.setTimeout(() => document.getElementById('item-heading')?.focus(), 0)
            }
            setNotice(message)
          }}
        />
        <RecommendationsPanel item={selected} onNotice={setNotice} />
      </section>
    </div>
  )
}
