import type {
  AppInfo,
  ChannelName,
  ChannelOutput,
  ChannelParsed,
  ObjectiveStatus,
} from '../../shared/contract'
import { listAudit, verifyAudit } from './audit/audit-repo'
import type { ServiceContext } from './context'
import * as objectives from './objectives/objectives-service'
import * as settings from './settings/settings-service'

type Handler<K extends ChannelName> = (
  ctx: ServiceContext,
  input: ChannelParsed<K>,
) => ChannelOutput<K>
/** One thin handler per channel: parse already happened, so call the service and return. */
export type Handlers = { [K in ChannelName]: Handler<K> }

/** Binds every channel to its service. `info` describes the running backend. */
export function createHandlers(info: () => AppInfo): Handlers {
  return {
    'app:info': () => info(),
    'settings:get': (ctx) => settings.getSettings(ctx),
    'settings:save': (ctx, input) => settings.saveSettings(ctx, input),
    'settings:setLanguage': (ctx, input) => settings.setInterfaceLanguage(ctx, input.language),
    'objectives:list': (ctx) => objectives.listObjectives(ctx),
    'objectives:create': (ctx, input) =>
      objectives.createObjective(ctx, { ...input, status: input.status as ObjectiveStatus }),
    'objectives:update': (ctx, input) => objectives.updateObjective(ctx, input),
    'objectives:delete': (ctx, input) => objectives.deleteObjective(ctx, input.id),
    'audit:list': (ctx, input) => listAudit(ctx.db, input),
    'audit:verify': (ctx) => verifyAudit(ctx.db),
  }
}
