import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'

const h = vi.hoisted(() => ({
  showSaveDialog: vi.fn(),
  fromWebContents: vi.fn(),
  getPath: vi.fn(() => '/home/officer/Documents'),
}))

vi.mock('electron', () => ({
  app: { getPath: h.getPath },
  BrowserWindow: { fromWebContents: h.fromWebContents },
  dialog: { showSaveDialog: h.showSaveDialog },
}))

import { fail, ok, type ExportRecord, type Result } from '../../shared/contract'
import { bindIpc, type IpcBindingDeps } from '../../electron/main/ipc-bind'
import type { GuardedEvent } from '../../electron/main/ipc-guard'
import { sampleSettings, tempBackend, tempDir } from '../helpers/temp-backend'

type Handler = (event: GuardedEvent, input: unknown) => Promise<unknown>

const mainContents = { id: 1, send: vi.fn(), isDestroyed: () => false }
const trusted = {
  sender: mainContents,
  senderFrame: { url: 'app://capstan/index.html', parent: null },
} as unknown as GuardedEvent
const untrusted = {
  sender: mainContents,
  senderFrame: { url: 'https://evil.example/', parent: null },
} as unknown as GuardedEvent

const record = { id: 7, fileName: 'NC-PLAN-2026-v1-fr.docx' } as ExportRecord

/** Binds IPC on a fake backend that knows one export; returns the saveExport handler. */
function bindFake(language = 'fr') {
  const handlers = new Map<string, Handler>()
  const invoke = vi.fn(async (channel: unknown, input: unknown): Promise<Result<unknown>> => {
    if (channel === 'documents:history') return ok({ exports: [record], snapshots: [] })
    if (channel === 'settings:get') return ok({ interfaceLanguage: language })
    if (channel === 'documents:saveExport')
      return ok({ path: (input as { targetPath: string }).targetPath })
    return fail('unknown_channel', String(channel))
  })
  const deps: IpcBindingDeps = {
    ipcMain: {
      handle: (channel: string, handler: Handler) => void handlers.set(channel, handler),
      removeHandler: (channel: string) => void handlers.delete(channel),
    } as unknown as IpcBindingDeps['ipcMain'],
    backend: { invoke, onEvent: () => () => undefined },
    getMainContents: () => mainContents as unknown as ReturnType<IpcBindingDeps['getMainContents']>,
    log: vi.fn(),
  }
  bindIpc(deps)
  return { save: handlers.get('documents:saveExport')!, invoke }
}

const saveCalls = (invoke: ReturnType<typeof bindFake>['invoke']) =>
  invoke.mock.calls.filter(([channel]) => channel === 'documents:saveExport')

beforeEach(() => {
  h.showSaveDialog.mockReset()
  h.fromWebContents.mockReset().mockReturnValue({ id: 'main-window' })
})

describe('documents:saveExport in the desktop app', () => {
  it('shows the save dialog with the export’s file name and writes where the user chose', async () => {
    const { save, invoke } = bindFake()
    h.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/media/usb/plan-signed.docx' })
    const result = await save(trusted, { exportId: 7 })
    expect(result).toEqual({ ok: true, value: { path: '/media/usb/plan-signed.docx' } })
    const [owner, options] = h.showSaveDialog.mock.calls[0]!
    expect(owner).toEqual({ id: 'main-window' })
    expect(options).toMatchObject({
      defaultPath: path.join('/home/officer/Documents', 'NC-PLAN-2026-v1-fr.docx'),
      filters: [{ name: 'Document Word', extensions: ['docx'] }],
      title: 'Enregistrer le document Word',
    })
    expect(saveCalls(invoke)).toEqual([
      ['documents:saveExport', { exportId: 7, targetPath: '/media/usb/plan-signed.docx' }],
    ])
  })

  it('ignores a target path sent by the page: only the dialog decides', async () => {
    const { save, invoke } = bindFake('en')
    h.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/officer/plan.docx' })
    await save(trusted, { exportId: 7, targetPath: '/etc/cron.d/evil.docx', extra: 1 })
    expect(saveCalls(invoke)).toEqual([
      ['documents:saveExport', { exportId: 7, targetPath: '/home/officer/plan.docx' }],
    ])
    expect(JSON.stringify(invoke.mock.calls)).not.toContain('/etc/cron.d')
  })

  it('adds .docx when the dialog returns a name without it', async () => {
    const { save, invoke } = bindFake('en')
    h.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/officer/plan' })
    await save(trusted, { exportId: 7 })
    expect(saveCalls(invoke)[0]![1]).toEqual({ exportId: 7, targetPath: '/home/officer/plan.docx' })
  })

  it('answers a cancelled dialog with { cancelled: true } and writes nothing', async () => {
    const { save, invoke } = bindFake('en')
    h.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    expect(await save(trusted, { exportId: 7 })).toEqual({ ok: true, value: { cancelled: true } })
    expect(saveCalls(invoke)).toEqual([])
  })

  it('refuses an unknown or malformed export id without showing a dialog', async () => {
    const { save, invoke } = bindFake('en')
    expect(await save(trusted, { exportId: 99 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    })
    for (const input of [undefined, {}, { exportId: '7' }, { exportId: -1 }, { exportId: 1.5 }]) {
      expect(await save(trusted, input)).toMatchObject({
        ok: false,
        error: { code: 'validation', details: [{ path: 'exportId' }] },
      })
    }
    expect(h.showSaveDialog).not.toHaveBeenCalled()
    expect(saveCalls(invoke)).toEqual([])
  })

  it('refuses an untrusted sender before any dialog', async () => {
    const { save, invoke } = bindFake('en')
    expect(await save(untrusted, { exportId: 7 })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    expect(h.showSaveDialog).not.toHaveBeenCalled()
    expect(invoke).not.toHaveBeenCalled()
  })

  it('copies the exact exported bytes on a real backend', async () => {
    const b = await tempBackend()
    expect((await b.call('settings:save', sampleSettings)).ok).toBe(true)
    const exported = await b.invoke('documents:export', { kind: 'changes', language: 'en' })
    if (!exported.ok) throw new Error(exported.error.message)
    const exportRecord = exported.value as ExportRecord
    const handlers = new Map<string, Handler>()
    bindIpc({
      ipcMain: {
        handle: (channel: string, handler: Handler) => void handlers.set(channel, handler),
        removeHandler: () => undefined,
      } as unknown as IpcBindingDeps['ipcMain'],
      backend: b,
      getMainContents: () =>
        mainContents as unknown as ReturnType<IpcBindingDeps['getMainContents']>,
    })
    const target = path.join(tempDir(), 'chosen.docx')
    h.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })
    const result = await handlers.get('documents:saveExport')!(trusted, {
      exportId: exportRecord.id,
      targetPath: '/tmp/not-here.docx',
    })
    expect(result).toEqual({ ok: true, value: { path: target } })
    const sha = createHash('sha256').update(fs.readFileSync(target)).digest('hex')
    expect(sha).toBe(exportRecord.sha256)
    expect(fs.existsSync('/tmp/not-here.docx')).toBe(false)
  })
})
