import type { z } from 'zod'
import type { AppInfo } from './app'
import { auditLabels, auditListInput, type AuditPage, type AuditVerification } from './audit'
import { assessmentsChannels } from './assessments'
import { backupChannels } from './backup'
import type { ChannelName } from './channel-names'
import { documentsChannels } from './documents'
import { indicatorsChannels } from './indicators'
import { integrityChannels } from './integrity'
import { planChannels } from './plan'
import { risksChannels } from './risks'
import { noInput } from './fields'
import {
  objectiveCreateInput,
  objectiveDeleteInput,
  objectiveLabels,
  objectiveUpdateInput,
  type Objective,
} from './objectives'
import {
  conflictsInput,
  editTextInput,
  exportInput,
  packFileInput,
  packIdInput,
  packLabels,
  resolveConflictInput,
  type LibraryItem,
  type PackConflict,
  type PackContents,
  type PackExport,
  type PackImportResult,
  type PackPreview,
  type PackSummary,
} from './packs'
import { languageInput, settingsInput, settingsLabels, type Settings } from './settings'

// Domain files declare channels with ./channel-def (not this file), so there is no import cycle.
import { channel, type ChannelDef } from './channel-def'

export { channel, type ChannelDef } from './channel-def'

/** The one contract shared by every door. */
export const channels = {
  'app:info': channel<AppInfo>()(noInput),
  'settings:get': channel<Settings | null>()(noInput),
  'settings:save': channel<Settings>()(settingsInput, settingsLabels),
  'settings:setLanguage': channel<Settings>()(languageInput, settingsLabels),
  'objectives:list': channel<Objective[]>()(noInput),
  'objectives:create': channel<Objective>()(objectiveCreateInput, objectiveLabels),
  'objectives:update': channel<Objective>()(objectiveUpdateInput, objectiveLabels),
  'objectives:delete': channel<{ id: number }>()(objectiveDeleteInput, objectiveLabels),
  'audit:list': channel<AuditPage>()(auditListInput, auditLabels),
  'audit:verify': channel<AuditVerification>()(noInput),
  'packs:list': channel<PackSummary[]>()(noInput),
  'packs:contents': channel<PackContents>()(packIdInput, packLabels),
  'packs:preview': channel<PackPreview>()(packFileInput, packLabels),
  'packs:import': channel<PackImportResult>()(packFileInput, packLabels),
  'packs:conflicts': channel<PackConflict[]>()(conflictsInput, packLabels),
  'packs:resolveConflict': channel<LibraryItem>()(resolveConflictInput, packLabels),
  'packs:export': channel<PackExport>()(exportInput, packLabels),
  'library:editText': channel<LibraryItem>()(editTextInput, packLabels),
  ...planChannels,
  ...assessmentsChannels,
  ...indicatorsChannels,
  ...risksChannels,
  ...integrityChannels,
  ...documentsChannels,
  ...backupChannels,
} satisfies Record<ChannelName, ChannelDef<z.ZodType, unknown>>

type Channels = typeof channels
/** What a caller may send on channel K (defaults optional). */
export type ChannelInput<K extends ChannelName> = z.input<Channels[K]['input']>
/** What a handler receives on channel K after validation. */
export type ChannelParsed<K extends ChannelName> = z.output<Channels[K]['input']>
/** What channel K answers with inside the result envelope. */
export type ChannelOutput<K extends ChannelName> =
  Channels[K] extends ChannelDef<z.ZodType, infer O> ? O : never
