// Types of the packs domain; the schemas and channels live in ./packs.ts.

/** Kinds of item a template pack carries. */
export const LIBRARY_ITEM_KINDS = [
  'scale',
  'framework',
  'framework_item',
  'indicator',
  'risk_matrix',
  'risk_template',
  'document_text',
] as const
/** One kind of library item. */
export type LibraryItemKind = (typeof LIBRARY_ITEM_KINDS)[number]

/** Plain English text, or translations keyed by language code (always with "en"). */
export type LocalText = string | ({ en: string } & Record<string, string>)

/** The text in `language`, falling back to English. */
export function localise(t: LocalText | undefined | null, language: string): string {
  if (t === undefined || t === null) return ''
  if (typeof t === 'string') return t
  return t[language] ?? t.en
}

/** Who vouches for a pack's content: Capstan itself, a publisher's signature, or nobody. */
export interface PackSignatureCheck {
  /** builtin: the pack shipped inside Capstan; signed: a valid Ed25519 signature; unsigned: none. */
  status: 'builtin' | 'signed' | 'unsigned'
  /** Fingerprint of the signing key, e.g. "3F2A-9C1B-77D0-E4A5"; null unless signed. */
  keyId: string | null
  /** The name this key is trusted under here (shipped or added by the administrator), else null. */
  trustedPublisher: string | null
}

/** An installed pack as the Template packs view lists it. */
export interface PackSummary {
  id: number
  urn: string
  version: number
  title: LocalText
  publisher: LocalText
  description: LocalText | null
  issued: string
  languages: string[]
  builtin: boolean
  /** Who vouched for the installed version. */
  signature: PackSignatureCheck
  installedAt: string
  updatedAt: string
  itemCounts: Partial<Record<LibraryItemKind, number>>
  archivedCount: number
  unconfirmedCount: number
  openConflicts: number
}

/** One imported item, with where it came from and whether it was edited here. */
export interface LibraryItem {
  id: number
  packId: number
  kind: LibraryItemKind
  key: string
  code: string
  scope: string
  parentKey: string | null
  position: number
  data: Record<string, unknown>
  confirmed: boolean
  locallyEdited: boolean
  originVersion: number
  archivedAt: string | null
  archivedReason: string | null
  version: number
}

/** A pack with its items. */
export interface PackContents {
  pack: PackSummary
  items: LibraryItem[]
}

/** One line of an import preview. */
export interface PackDiffEntry {
  kind: LibraryItemKind
  key: string
  code: string
  label: LocalText
  /** Top-level fields whose content differs (changed and conflicting items). */
  fields?: string[]
  /** An item archived by an earlier upgrade that comes back. */
  restored?: boolean
}

/** What importing a file would do (dry run), or did. */
export interface PackPreview {
  pack: {
    urn: string
    version: number
    title: LocalText
    publisher: LocalText
    issued: string
    languages: string[]
  }
  installedVersion: number | null
  status: 'new' | 'upgrade' | 'same' | 'older'
  /** Who vouches for the file's content. */
  signature: PackSignatureCheck
  /**
   * Set when the upgrade would archive more than ARCHIVE_CONFIRM_SHARE of the installed items:
   * importing then needs `confirmArchive: true`.
   */
  archiveConfirmation: { archived: number; installed: number } | null
  /** One sentence for the user, e.g. "Version 2 is already installed; nothing changed." */
  message: string
  added: PackDiffEntry[]
  changed: PackDiffEntry[]
  unchanged: number
  removed: PackDiffEntry[]
  conflicts: PackDiffEntry[]
  itemCount: number
}

/** Result of `packs:import`. */
export interface PackImportResult extends PackPreview {
  applied: boolean
}

/** An upgrade that met a local edit: keep ours or take theirs. */
export interface PackConflict {
  id: number
  itemId: number
  packId: number
  kind: LibraryItemKind
  key: string
  code: string
  label: LocalText
  packVersion: number
  ours: Record<string, unknown>
  theirs: Record<string, unknown>
  createdAt: string
}

/** An exported pack file. */
export interface PackExport {
  fileName: string
  content: string
  itemCount: number
}

/** Share of a pack's installed items an upgrade may archive without an explicit confirmation. */
export const ARCHIVE_CONFIRM_SHARE = 0.25

/** A publisher key trusted here: packs signed with it are shown as from its publisher. */
export interface TrustedKey {
  /** Fingerprint, e.g. "3F2A-9C1B-77D0-E4A5". */
  keyId: string
  /** The raw Ed25519 key, base64. */
  publicKey: string
  name: string
  /** shipped: in Capstan's own list; added: by this administration. */
  source: 'shipped' | 'added'
  addedAt: string | null
}
