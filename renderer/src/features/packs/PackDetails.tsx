import { useMemo, useState } from 'react'
import { CheckboxField } from '../../components/CheckboxField'
import { useTranslation } from 'react-i18next'
import type { LibraryItem, LibraryItemKind, PackSummary } from '../../../../shared/contract'
import { ErrorNotice } from '../../components/Notice'
import { usePacksStore } from '../../stores/packs-store'
import { ConflictsPanel } from './ConflictsPanel'
import { KindSection } from './Disclosure'
import { FrameworkList } from './FrameworkTree'
import { DocumentTextTable, IndicatorTable, ScaleList } from './LibraryTables'
import { useLocalText } from './pack-format'
import { SignatureFact } from './PackSignature'
import { RiskCatalogueTable, RiskMatrixView } from './RiskTables'
import { formatDate } from '../../lib/format'

type OnEdit = (item: LibraryItem) => void
type ByKind = Record<LibraryItemKind, LibraryItem[]>

function groupByKind(items: LibraryItem[]): ByKind {
  const out: ByKind = {
    scale: [],
    framework: [],
    framework_item: [],
    indicator: [],
    risk_matrix: [],
    risk_template: [],
    document_text: [],
  }
  for (const item of items) out[item.kind].push(item)
  for (const list of Object.values(out)) list.sort((a, b) => a.position - b.position)
  return out
}

/** The contents of one pack by section; each section opens on demand. */
function PackSections({ items, onEdit }: { items: LibraryItem[]; onEdit: OnEdit }) {
  const { t } = useTranslation()
  const k = useMemo(() => groupByKind(items), [items])
  return (
    <div className="pack-sections">
      <KindSection
        items={k.framework}
        title={t('packs.sections.frameworks', { count: k.framework.length })}
        defaultOpen
      >
        <FrameworkList
          frameworks={k.framework}
          frameworkItems={k.framework_item}
          scales={k.scale}
          onEdit={onEdit}
        />
      </KindSection>
      <KindSection items={k.scale} title={t('packs.sections.scales', { count: k.scale.length })}>
        <ScaleList scales={k.scale} onEdit={onEdit} />
      </KindSection>
      <KindSection
        items={k.indicator}
        title={t('packs.sections.indicators', { count: k.indicator.length })}
      >
        <IndicatorTable items={k.indicator} onEdit={onEdit} />
      </KindSection>
      <KindSection items={k.risk_matrix} title={t('packs.sections.riskMatrix')}>
        {k.risk_matrix.map((m) => (
          <RiskMatrixView key={m.id} matrix={m} onEdit={onEdit} />
        ))}
      </KindSection>
      <KindSection
        items={k.risk_template}
        title={t('packs.sections.riskCatalogue', { count: k.risk_template.length })}
      >
        <RiskCatalogueTable items={k.risk_template} onEdit={onEdit} />
      </KindSection>
      <KindSection
        items={k.document_text}
        title={t('packs.sections.documentTexts', { count: k.document_text.length })}
      >
        <DocumentTextTable items={k.document_text} onEdit={onEdit} />
      </KindSection>
    </div>
  )
}

function PackMeta({ pack }: { pack: PackSummary }) {
  const { t } = useTranslation()
  const { language, tx } = useLocalText()
  const languages = pack.languages
    .map((l) => t(`profile.workingLanguageNames.${l}`, { defaultValue: l }))
    .join(', ')
  return (
    <dl className="pack-meta">
      <div>
        <dt>{t('packs.details.publisher')}</dt>
        <dd>{tx(pack.publisher)}</dd>
      </div>
      <div>
        <dt>{t('packs.signature.label')}</dt>
        <dd>
          <SignatureFact signature={pack.signature} advice={false} />
        </dd>
      </div>
      <div>
        <dt>{t('packs.details.issued')}</dt>
        <dd>{formatDate(pack.issued, language)}</dd>
      </div>
      <div>
        <dt>{t('packs.details.languages')}</dt>
        <dd>{languages}</dd>
      </div>
      <div>
        <dt>{t('packs.details.identifier')}</dt>
        <dd>
          <code className="path">{pack.urn}</code>
        </dd>
      </div>
    </dl>
  )
}

/** The selected pack: what it is, its open conflicts, and everything it holds. */
export function PackDetails({
  pack,
  onEdit,
  onResolved,
}: {
  pack: PackSummary
  onEdit: OnEdit
  onResolved(message: string): void
}) {
  const { t } = useTranslation()
  const { tx } = useLocalText()
  const status = usePacksStore((s) => s.contentsStatus)
  const contents = usePacksStore((s) => s.contents)
  const error = usePacksStore((s) => s.contentsError)
  const conflicts = usePacksStore((s) => s.conflicts)
  const [showArchived, setShowArchived] = useState(false)
  const items = useMemo(() => {
    const all = contents?.pack.id === pack.id ? contents.items : []
    return showArchived ? all : all.filter((i) => i.archivedAt === null)
  }, [contents, pack.id, showArchived])
  const description = tx(pack.description)
  const ready = status === 'ready' && contents?.pack.id === pack.id

  return (
    <section
      className="pack-details"
      aria-labelledby="pack-details-title"
      data-pack={pack.urn}
      data-state={ready ? 'ready' : status === 'error' ? 'error' : 'loading'}
    >
      <div className="pack-details-head">
        <h2 id="pack-details-title">{tx(pack.title)}</h2>
        <span className="badge badge-version">
          {t('packs.details.version', { version: pack.version })}
        </span>
        {pack.builtin ? <span className="badge badge-builtin">{t('packs.builtin')}</span> : null}
      </div>
      {description ? <p>{description}</p> : null}
      <PackMeta pack={pack} />
      {status === 'error' ? (
        <ErrorNotice error={error} onRetry={() => void usePacksStore.getState().refresh()} />
      ) : null}
      {!ready && status !== 'error' ? (
        <p className="muted" role="status">
          {t('packs.details.loading')}
        </p>
      ) : null}
      {ready ? (
        <>
          {conflicts.length > 0 ? (
            <ConflictsPanel conflicts={conflicts} onResolved={onResolved} />
          ) : null}
          {pack.archivedCount > 0 ? (
            <div className="archived-toggle">
              <CheckboxField isSelected={showArchived} onChange={setShowArchived}>
                {t('packs.details.showArchived', { count: pack.archivedCount })}
              </CheckboxField>
              <p className="field-help">{t('packs.details.archivedHelp')}</p>
            </div>
          ) : null}
          <PackSections items={items} onEdit={onEdit} />
        </>
      ) : null}
    </section>
  )
}
