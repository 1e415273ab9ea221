import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  electronMissingMessage,
  electronZipName,
  findElectron,
  lacksDisplay,
  parseStartArgs,
  platformExecutable,
  wrapParagraph,
} from '../../scripts/electron-presence.js'

const electronDir = path.join('/proj', 'node_modules', 'electron')

/** A fake file system holding exactly `files` (path → content). */
const io = (files: Record<string, string>) => ({
  exists: (p: string) => p in files,
  readText: (p: string) => files[p],
})

describe('findElectron', () => {
  it('finds the binary recorded in path.txt under dist', () => {
    const exe = path.join(electronDir, 'dist', 'electron')
    const finding = findElectron({
      electronDir,
      env: {},
      platform: 'linux',
      io: io({ [path.join(electronDir, 'path.txt')]: 'electron', [exe]: '' }),
    })
    expect(finding).toEqual({ present: true, executable: exe, source: 'node_modules' })
  })

  it('reports absence when the download never happened (no path.txt)', () => {
    const finding = findElectron({ electronDir, env: {}, platform: 'linux', io: io({}) })
    expect(finding).toMatchObject({ present: false, reason: 'not-downloaded' })
  })

  it('reports absence when path.txt points at a missing executable', () => {
    const finding = findElectron({
      electronDir,
      env: {},
      platform: 'win32',
      io: io({ [path.join(electronDir, 'path.txt')]: 'electron.exe' }),
    })
    expect(finding).toEqual({
      present: false,
      reason: 'dist-missing',
      expected: path.join(electronDir, 'dist', 'electron.exe'),
    })
  })

  it('uses ELECTRON_OVERRIDE_DIST_PATH with the platform executable', () => {
    const exe = path.join('/opt/electron-45', 'Electron.app/Contents/MacOS/Electron')
    const finding = findElectron({
      electronDir,
      env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron-45' },
      platform: 'darwin',
      io: io({ [exe]: '' }),
    })
    expect(finding).toEqual({ present: true, executable: exe, source: 'override' })
  })

  it('does not fall back to node_modules when the override points nowhere', () => {
    const finding = findElectron({
      electronDir,
      env: { ELECTRON_OVERRIDE_DIST_PATH: '/nowhere' },
      platform: 'linux',
      io: io({
        [path.join(electronDir, 'path.txt')]: 'electron',
        [path.join(electronDir, 'dist', 'electron')]: '',
      }),
    })
    expect(finding).toEqual({
      present: false,
      reason: 'override-missing',
      expected: path.join('/nowhere', 'electron'),
    })
  })
})

describe('messages', () => {
  it('names the executable and archive the way electron/install.js does', () => {
    expect(platformExecutable('linux')).toBe('electron')
    expect(platformExecutable('win32')).toBe('electron.exe')
    expect(platformExecutable('darwin')).toBe('Electron.app/Contents/MacOS/Electron')
    expect(electronZipName('45.5.0', 'linux', 'x64')).toBe('electron-v45.5.0-linux-x64.zip')
    expect(electronZipName('45.5.0', 'linux', 'arm')).toBe('electron-v45.5.0-linux-armv7l.zip')
  })

  it('explains the missing binary, the offline install and browser mode in one paragraph', () => {
    const message = electronMissingMessage({
      finding: { present: false, reason: 'not-downloaded' },
      version: '45.5.0',
      platform: 'win32',
      arch: 'x64',
      electronDir: 'node_modules/electron',
    })
    expect(message).not.toContain('\n')
    expect(message).toContain('not installed')
    expect(message).toContain('electron-v45.5.0-win32-x64.zip')
    expect(message).toContain('https://github.com/electron/electron/releases/tag/v45.5.0')
    expect(message).toContain(path.join('node_modules/electron', 'dist'))
    expect(message).toContain(path.join('node_modules/electron', 'path.txt'))
    expect(message).toContain('"electron.exe"')
    expect(message).toContain('ELECTRON_OVERRIDE_DIST_PATH')
    expect(message).toContain('browser mode')
  })

  it('says when the override folder is wrong', () => {
    const message = electronMissingMessage({
      finding: { present: false, reason: 'override-missing', expected: '/nowhere/electron' },
      version: '45.5.0',
      platform: 'linux',
      arch: 'x64',
    })
    expect(message).toContain('/nowhere/electron')
    expect(message).toContain('browser mode')
  })

  it('wraps a paragraph without losing words', () => {
    const text = 'word '.repeat(60).trim()
    const wrapped = wrapParagraph(text, 40)
    expect(wrapped.split('\n').every((l) => l.length <= 40)).toBe(true)
    expect(wrapped.replace(/\n/g, ' ')).toBe(text)
  })

  it('notices a Linux machine without a display', () => {
    expect(lacksDisplay('linux', {})).toBe(true)
    expect(lacksDisplay('linux', { DISPLAY: ':0' })).toBe(false)
    expect(lacksDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(false)
    expect(lacksDisplay('win32', {})).toBe(false)
  })
})

describe('parseStartArgs', () => {
  it('passes the data folder on and flags anything unknown', () => {
    expect(parseStartArgs(['--data-dir', 'x'])).toEqual({
      dataDir: 'x',
      skipBuild: false,
      unknown: [],
    })
    expect(parseStartArgs(['--data-dir=/d', '--skip-build'])).toEqual({
      dataDir: '/d',
      skipBuild: true,
      unknown: [],
    })
    expect(parseStartArgs(['--demo'])).toEqual({
      dataDir: undefined,
      skipBuild: false,
      unknown: ['--demo'],
    })
    expect(parseStartArgs(['--data-dir', '--skip-build'])).toMatchObject({
      dataDir: undefined,
      skipBuild: true,
      unknown: ['--data-dir'],
    })
  })
})
