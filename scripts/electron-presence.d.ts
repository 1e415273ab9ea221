// Types for electron-presence.js (plain JavaScript so `npm start` runs before any build).

export type ElectronFinding =
  | { present: true; executable: string; source: 'override' | 'node_modules' }
  | {
      present: false
      reason: 'override-missing' | 'not-downloaded' | 'dist-missing'
      expected?: string
    }

export interface PresenceIo {
  exists(path: string): boolean
  readText(path: string): string | undefined
}

export declare function releasesPage(version: string): string
export declare function platformExecutable(platform: string): string
export declare function electronZipName(version: string, platform: string, arch: string): string
export declare function findElectron(opts: {
  electronDir: string
  env?: Record<string, string | undefined>
  platform: string
  io?: PresenceIo
}): ElectronFinding
export declare function lacksDisplay(
  platform: string,
  env?: Record<string, string | undefined>,
): boolean
export declare function noDisplayMessage(): string
export declare function electronMissingMessage(opts: {
  finding: ElectronFinding
  version: string
  platform: string
  arch: string
  electronDir?: string
}): string
export declare function wrapParagraph(text: string, width?: number): string
export declare function parseStartArgs(argv: readonly string[]): {
  dataDir: string | undefined
  skipBuild: boolean
  unknown: string[]
}
