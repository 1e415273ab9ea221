import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runtimeProblem } from '../../bin/runtime-check.js'
import { resolveDataDir } from '../../electron/backend/data-dir'

describe('runtime check', () => {
  it('explains instead of crashing on Node 20', () => {
    const msg = runtimeProblem({ node: '20.20.2', napi: '9' } as unknown as NodeJS.ProcessVersions)
    expect(msg).toMatch(/needs Node.js 22.12 or newer, but this is Node.js 20.20.2/)
    expect(msg).toMatch(/npm run capstan/)
  })
  it('accepts Node 22.12+ with Node-API 10', () => {
    expect(
      runtimeProblem({ node: '22.23.3', napi: '10' } as unknown as NodeJS.ProcessVersions),
    ).toBeNull()
    expect(
      runtimeProblem({ node: '22.11.0', napi: '10' } as unknown as NodeJS.ProcessVersions),
    ).not.toBeNull()
  })
})

describe('data folder', () => {
  const home = '/home/officer'
  it('prefers --data-dir, then CAPSTAN_DATA_DIR, then the user-data folder', () => {
    const env = { CAPSTAN_DATA_DIR: '/srv/capstan' }
    expect(resolveDataDir({ argv: ['serve', '--data-dir', 'x'], env, home })).toEqual({
      dir: path.resolve('x'),
      source: 'argument',
    })
    expect(resolveDataDir({ argv: ['--data-dir=/d'], env, home }).dir).toBe('/d')
    expect(resolveDataDir({ argv: [], env, home })).toEqual({
      dir: '/srv/capstan',
      source: 'environment',
    })
    expect(resolveDataDir({ argv: [], env: {}, home, platform: 'linux' }).dir).toBe(
      '/home/officer/.config/Capstan',
    )
    expect(
      resolveDataDir({
        argv: [],
        env: { APPDATA: 'C:\\Users\\o\\AppData\\Roaming' },
        home,
        platform: 'win32',
      }).dir,
    ).toBe('C:\\Users\\o\\AppData\\Roaming\\Capstan')
    expect(resolveDataDir({ argv: [], env: {}, home, platform: 'darwin' }).dir).toBe(
      '/home/officer/Library/Application Support/Capstan',
    )
  })
})
