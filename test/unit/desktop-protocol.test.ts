import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))

import { CONTENT_SECURITY_POLICY } from '../../shared/security'
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  APP_SCHEME_PRIVILEGES,
  isAppUrl,
} from '../../electron/main/app-origin'
import {
  contentTypeFor,
  createAssetHandler,
  resolveAsset,
  serveRenderer,
} from '../../electron/main/app-protocol'

let root: string
let outside: string

beforeAll(() => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'capstan-protocol-'))
  root = path.join(base, 'renderer')
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true })
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Capstan</title>')
  fs.writeFileSync(path.join(root, 'assets', 'app-1.js'), 'console.log(1)')
  fs.writeFileSync(path.join(root, 'assets', 'app-1.css'), 'body{}')
  outside = path.join(base, 'secret.txt')
  fs.writeFileSync(outside, 'secret')
})

afterAll(() => fs.rmSync(path.dirname(root), { recursive: true, force: true }))

const get = (url: string, method = 'GET') => createAssetHandler(root)(new Request(url, { method }))

describe('app origin', () => {
  it('is app://capstan, registered as a standard, secure scheme without CSP bypass', () => {
    expect(APP_ORIGIN).toBe('app://capstan')
    expect(APP_ENTRY_URL).toBe('app://capstan/index.html')
    expect(APP_SCHEME_PRIVILEGES).toStrictEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    })
  })

  it('recognises only its own scheme and host', () => {
    expect(isAppUrl('app://capstan/index.html')).toBe(true)
    expect(isAppUrl('app://capstan/')).toBe(true)
    for (const url of [
      'app://other/index.html',
      'app://capstan.evil/',
      'app://evil@capstan/',
      'app://capstan:8080/',
      'file:///app/dist/renderer/index.html',
      'http://capstan/',
      'https://evil.example/',
      'about:blank',
      'capstan/index.html',
      '',
    ]) {
      expect(isAppUrl(url), url).toBe(false)
    }
  })
})

describe('serving the renderer', () => {
  it('serves index.html for the root and for client-side routes', async () => {
    for (const url of [
      'app://capstan/',
      'app://capstan/index.html',
      'app://capstan/objectives/12',
    ]) {
      const res = await get(url)
      expect(res.status, url).toBe(200)
      expect(await res.text()).toContain('<title>Capstan</title>')
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    }
  })

  it('serves scripts and styles with their real type', async () => {
    const js = await get('app://capstan/assets/app-1.js')
    expect(js.status).toBe(200)
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await js.text()).toBe('console.log(1)')
    expect((await get('app://capstan/assets/app-1.css')).headers.get('content-type')).toMatch(
      /^text\/css/,
    )
  })

  it('puts the CSP and nosniff on every response, errors included', async () => {
    for (const url of [
      'app://capstan/',
      'app://capstan/assets/app-1.js',
      'app://capstan/assets/missing.js',
      'app://other/index.html',
    ]) {
      const res = await get(url)
      expect(res.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY)
      expect(res.headers.get('x-content-type-options'), url).toBe('nosniff')
    }
  })

  it('answers 404 for a missing asset instead of falling back to the page', async () => {
    expect((await get('app://capstan/assets/missing.js')).status).toBe(404)
  })

  it('refuses to leave the renderer folder', async () => {
    const attempts = [
      'app://capstan/..%2Fsecret.txt',
      'app://capstan/assets%2F..%2F..%2Fsecret.txt',
      'app://capstan/..%5Csecret.txt',
      'app://capstan/%2e%2e%2fsecret.txt',
      'app://capstan/index.html%00.js',
    ]
    for (const url of attempts) {
      const res = await get(url)
      expect(res.status, url).toBeGreaterThanOrEqual(400)
      expect(await res.text(), url).not.toContain('secret')
    }
    expect(resolveAsset(root, 'app://capstan/..%2Fsecret.txt')).toEqual({
      kind: 'refused',
      reason: 'traversal',
    })
  })

  it('refuses any ".." segment, even one that would stay inside the folder', () => {
    expect(resolveAsset(root, 'app://capstan/assets%2F..%2Findex.html')).toEqual({
      kind: 'refused',
      reason: 'traversal',
    })
  })

  it('serves nothing for another host and nothing but GET/HEAD', async () => {
    expect((await get('app://other/index.html')).status).toBe(403)
    expect((await get('app://capstan/index.html', 'POST')).status).toBe(405)
    const head = await get('app://capstan/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })

  it('never lets the browser guess a type', () => {
    expect(contentTypeFor('x.woff2')).toBe('font/woff2')
    expect(contentTypeFor('x.svg')).toBe('image/svg+xml')
    expect(contentTypeFor('x.unknown')).toBe('application/octet-stream')
  })

  it('registers the handler on the app scheme', () => {
    const protocol = { handle: vi.fn() }
    serveRenderer(protocol, root)
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
  })
})
