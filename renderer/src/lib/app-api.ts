import { call } from './api'

/** Typed calls about the running backend (version, data folder, mode). */
export const appApi = {
  info: () => call('app:info', undefined),
}
