import type {
  AppError,
  ChannelInput,
  ChannelOutput,
  LibraryItem,
  PackConflict,
  PackContents,
  PackImportResult,
  PackSummary,
  Result,
} from '../../../shared/contract'
import { packsApi } from '../lib/packs-api'
import { latestOnly, type LoadStatus } from './load-status'
import { createDomainStore, type DomainState } from './store-factory'

interface PacksState extends DomainState {
  packs: PackSummary[]
  /** The pack whose contents are shown. */
  selectedId: number | null
  contentsStatus: LoadStatus
  contents: PackContents | null
  contentsError: AppError | null
  /** Open conflicts of the selected pack. */
  conflicts: PackConflict[]
  /** A pack to select as soon as a refreshed list holds it (the one just imported). */
  preferUrn: string | null
  select(packId: number): Promise<void>
  /** What importing a file would do (a read: nothing is written). */
  preview(input: ChannelInput<'packs:preview'>): Promise<Result<ChannelOutput<'packs:preview'>>>
  /** Our own items as a pack file's text. */
  exportPack(): Promise<Result<ChannelOutput<'packs:export'>>>
  importPack(input: ChannelInput<'packs:import'>): Promise<Result<PackImportResult>>
  editText(input: ChannelInput<'library:editText'>): Promise<Result<LibraryItem>>
  resolveConflict(input: ChannelInput<'packs:resolveConflict'>): Promise<Result<LibraryItem>>
}

const contentRequests = latestOnly()

/** Installed template packs, and the contents and conflicts of the one selected. */
export const usePacksStore = createDomainStore<PacksState>({
  key: 'packs',
  event: 'packs:changed',
  fetch: async (get) => {
    const result = await packsApi.list()
    if (!result.ok) return result
    const packs = result.value
    const current = get().selectedId
    const preferred = packs.find((p) => p.urn === get().preferUrn)
    // The pack just imported first; else keep the selection while its pack exists; else the
    // first pack (the built-in one).
    const selectedId =
      preferred?.id ?? (packs.some((p) => p.id === current) ? current : (packs[0]?.id ?? null))
    if (selectedId === null) {
      usePacksStore.setState({ contents: null, conflicts: [], contentsStatus: 'idle' })
    } else await loadSelected(selectedId)
    return {
      ok: true,
      value: { packs, selectedId, preferUrn: preferred ? null : get().preferUrn },
    }
  },
  init: ({ set, get, mutate }) => ({
    packs: [],
    selectedId: null,
    contentsStatus: 'idle',
    contents: null,
    contentsError: null,
    conflicts: [],
    preferUrn: null,
    async select(packId) {
      if (get().selectedId === packId && get().contentsStatus === 'ready') return
      set({ selectedId: packId, conflicts: [] })
      await loadSelected(packId)
    },
    preview: (input) => packsApi.preview(input),
    exportPack: () => packsApi.exportPack(),
    async importPack(input) {
      const result = await mutate(async () => {
        const answer = await packsApi.importPack(input)
        // Show the pack just imported, so its contents and any conflicts are in view.
        if (answer.ok && answer.value.applied) set({ preferUrn: answer.value.pack.urn })
        return answer
      })
      // A refresh that began before the import could not select it: read the list once more.
      if (get().preferUrn !== null) await get().refresh()
      return result
    },
    editText: (input) => mutate(() => packsApi.editText(input), 'library:changed'),
    resolveConflict: (input) => mutate(() => packsApi.resolveConflict(input)),
  }),
})

// The contents and open conflicts of one pack.
async function loadSelected(packId: number): Promise<void> {
  const ticket = contentRequests.next()
  if (usePacksStore.getState().contents?.pack.id !== packId) {
    usePacksStore.setState({ contentsStatus: 'loading', contents: null })
  }
  const [contents, conflicts] = await Promise.all([
    packsApi.contents(packId),
    packsApi.conflicts(packId),
  ])
  if (!contentRequests.isLatest(ticket)) return
  if (!contents.ok || !conflicts.ok) {
    const error = !contents.ok ? contents.error : !conflicts.ok ? conflicts.error : null
    usePacksStore.setState({ contentsStatus: 'error', contentsError: error })
    return
  }
  usePacksStore.setState({
    contentsStatus: 'ready',
    contents: contents.value,
    conflicts: conflicts.value,
    contentsError: null,
  })
}

/** The selected pack's summary, if any. */
export const selectSelectedPack = (s: PacksState): PackSummary | undefined =>
  s.packs.find((p) => p.id === s.selectedId)
