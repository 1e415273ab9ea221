import type { ChannelInput } from '../../../shared/contract'
import { call } from './api'

/** Typed calls for template packs and their library items. */
export const packsApi = {
  list: () => call('packs:list', undefined),
  contents: (packId: number) => call('packs:contents', { packId }),
  preview: (input: ChannelInput<'packs:preview'>) => call('packs:preview', input),
  importPack: (input: ChannelInput<'packs:import'>) => call('packs:import', input),
  conflicts: (packId: number) => call('packs:conflicts', { packId }),
  resolveConflict: (input: ChannelInput<'packs:resolveConflict'>) =>
    call('packs:resolveConflict', input),
  exportPack: () => call('packs:export', undefined),
  editText: (input: ChannelInput<'library:editText'>) => call('library:editText', input),
  /** Runs `callback` when packs or library items change (another window, the CLI); returns a stop function. */
}

// Pieces must be a multiple of 3 bytes long so their base64 texts join without padding inside.
const BASE64_CHUNK = 3 * 0x2000

/**
 * Base64 of raw file bytes, built in pieces so a 20 MB file never becomes one giant argument
 * list. The bytes are not decoded here: the backend checks UTF-8 itself and names the bad byte.
 */
export function base64OfBytes(bytes: Uint8Array): string {
  const parts: string[] = []
  for (let i = 0; i < bytes.length; i += BASE64_CHUNK) {
    const piece = bytes.subarray(i, i + BASE64_CHUNK)
    parts.push(btoa(String.fromCharCode.apply(null, piece as unknown as number[])))
  }
  return parts.join('')
}

/** The bytes of a chosen file, base64-encoded for `packs:preview` and `packs:import`. */
export async function fileAsBase64(file: File): Promise<string> {
  return base64OfBytes(new Uint8Array(await file.arrayBuffer()))
}

/** Saves text as a file through the browser's download (Blob + temporary link). */
export function downloadText(fileName: string, content: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([content], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // The click starts the download synchronously; free the blob once this task is over.
  window.setTimeout(() => URL.revokeObjectURL(url), 0)
}
