import type { PACKS_CHANNELS } from '../../../shared/contract/packs-names'
import type { HandlersFor } from '../handler-types'
import * as library from './library-service'
import { exportOwnPack } from './pack-export'
import { importPack, previewPack } from './pack-service'
import { readPublicKey } from './pack-signature'
import { distrustKey, listTrustedKeys, trustKey } from './pack-trust'

const fromBase64 = (b64: string): Uint8Array => Buffer.from(b64, 'base64')

/** Thin handlers for template packs and the library items they install. */
export const packsHandlers: HandlersFor<(typeof PACKS_CHANNELS)[number]> = {
  'packs:list': (ctx) => library.listPacks(ctx),
  'packs:contents': (ctx, input) => library.packContents(ctx, input.packId),
  'packs:preview': (ctx, input) => previewPack(ctx, fromBase64(input.dataBase64)),
  'packs:import': (ctx, input) =>
    importPack(ctx, fromBase64(input.dataBase64), { confirmArchive: input.confirmArchive }),
  'packs:conflicts': (ctx, input) => library.listConflicts(ctx, input?.packId),
  'packs:resolveConflict': (ctx, input) =>
    library.resolveConflict(ctx, input.conflictId, input.choice),
  'packs:export': (ctx, input) => exportOwnPack(ctx, input?.title),
  'library:editText': (ctx, input) => library.editItemText(ctx, input),
  'packs:trustedKeys': (ctx) => listTrustedKeys(ctx.db),
  'packs:trustKey': (ctx, input) =>
    trustKey(ctx, readPublicKey(input.keyText, input.fileName ?? 'The key'), input.publisher),
  'packs:distrustKey': (ctx, input) => distrustKey(ctx, input.keyId),
}
