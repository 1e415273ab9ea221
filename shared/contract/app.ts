/** Where the renderer is running. */
export type AppMode = 'desktop' | 'browser'

/** Facts about the running backend, shown in the shell and Settings. */
export interface AppInfo {
  version: string
  schemaVersion: number
  dataDir: string
  actor: string
  mode: AppMode
}
