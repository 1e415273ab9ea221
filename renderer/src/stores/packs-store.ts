import { create } from 'zustand'
import type {
  AppError,
  ChannelInput,
  LibraryItem,
  PackConflict,
  PackContents,
  PackImportResult,
  PackSummary,
  Result,
} from '../../../shared/contract'
import { packsApi } from '../lib/packs-api'
import { latestOnly, type LoadStatus } from './load-status'

interface PacksState {
  status: LoadStatus
  packs: PackSummary[]
  error: AppError | null
  /** The pack whose contents are shown. */
  selectedId: number | null
  contentsStatus: LoadStatus
  contents: PackContents | null
  contentsError: AppError | null
  /** Open conflicts of the selected pack. */
  conflicts: PackConflict[]
  /** A pack to select as soon as a refreshed list holds it (the one just imported). */
  preferUrn: string | null
  load(): Promise<void>
  refresh(): Promise<void>
  select(packId: number): Promise<void>
  importPack(input: ChannelInput<'packs:import'>): Promise<Result<PackImportResult>>
  editText(input: ChannelInput<'library:editText'>): Promise<Result<LibraryItem>>
  resolveConflict(input: ChannelInput<'packs:resolveConflict'>): Promise<Result<LibraryItem>>
}

const listRequests = latestOnly()
const contentRequests = latestOnly()

/** Installed template packs, and the contents and conflicts of the one selected. */
export const usePacksStore = create<PacksState>()((set, get) => {
  async function loadSelected(packId: number): Promise<void> {
    const ticket = contentRequests.next()
    if (get().contents?.pack.id !== packId) set({ contentsStatus: 'loading', contents: null })
    const [contents, conflicts] = await Promise.all([
      packsApi.contents(packId),
      packsApi.conflicts(packId),
    ])
    if (!contentRequests.isLatest(ticket)) return
    if (!contents.ok || !conflicts.ok) {
      const error = !contents.ok ? contents.error : !conflicts.ok ? conflicts.error : null
      set({ contentsStatus: 'error', contentsError: error })
      return
    }
    set({
      contentsStatus: 'ready',
      contents: contents.value,
      conflicts: conflicts.value,
      contentsError: null,
    })
  }

  // Any answer to a change, good or bad, may mean what is on screen is stale: reload it.
  async function thenRefresh<T>(result: Result<T>): Promise<Result<T>> {
    await get().refresh()
    return result
  }

  return {
    status: 'idle',
    packs: [],
    error: null,
    selectedId: null,
    contentsStatus: 'idle',
    contents: null,
    contentsError: null,
    conflicts: [],
    preferUrn: null,
    async load() {
      if (get().status === 'idle') await get().refresh()
    },
    async refresh() {
      const ticket = listRequests.next()
      if (get().status !== 'ready') set({ status: 'loading' })
      const result = await packsApi.list()
      if (!listRequests.isLatest(ticket)) return
      if (!result.ok) {
        set({ status: 'error', error: result.error })
        return
      }
      const packs = result.value
      const current = get().selectedId
      const preferred = packs.find((p) => p.urn === get().preferUrn)
      // The pack just imported first; else keep the selection while its pack exists; else the
      // first pack (the built-in one).
      const selectedId =
        preferred?.id ?? (packs.some((p) => p.id === current) ? current : (packs[0]?.id ?? null))
      set({
        status: 'ready',
        packs,
        error: null,
        selectedId,
        preferUrn: preferred ? null : get().preferUrn,
      })
      if (selectedId === null) set({ contents: null, conflicts: [], contentsStatus: 'idle' })
      else await loadSelected(selectedId)
    },
    async select(packId) {
      if (get().selectedId === packId && get().contentsStatus === 'ready') return
      set({ selectedId: packId, conflicts: [] })
      await loadSelected(packId)
    },
    async importPack(input) {
      const result = await packsApi.importPack(input)
      if (result.ok && result.value.applied) {
        // Show the pack just imported, so its contents and any conflicts are in view. Whichever
        // refresh lands last (this one, or one set off by the change event) selects it.
        set({ preferUrn: result.value.pack.urn })
        await get().refresh()
      }
      return result
    },
    editText: async (input) => thenRefresh(await packsApi.editText(input)),
    resolveConflict: async (input) => thenRefresh(await packsApi.resolveConflict(input)),
  }
})

/** The selected pack's summary, if any. */
export const selectSelectedPack = (s: PacksState): PackSummary | undefined =>
  s.packs.find((p) => p.id === s.selectedId)
