import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startHost, type RunningHost } from '../../electron/host/http-host'
import { CONTENT_SECURITY_POLICY } from '../../shared/security'
import { count, tempBackend, tempDir } from '../helpers/temp-backend'

const hosts: RunningHost[] = []
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close()
})

async function host() {
  const backend = await tempBackend()
  const rendererDir = tempDir()
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Capstan</title>')
  const h = await startHost({ backend, rendererDir })
  hosts.push(h)
  return { backend, h }
}

/** A raw request, so the Host header can be set (fetch forbids it). */
function request(
  port: number,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: opts.method ?? 'GET',
        path: opts.path,
        headers: opts.headers,
      },
      (res) => {
        let body = ''
        res.on('data', (c) => (body += c))
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }))
      },
    )
    req.on('error', reject)
    req.end(opts.body)
  })
}

const create = JSON.stringify({ code: 'SO1', title: 'Faster clearance' })

describe('browser-mode host', () => {
  it('listens on 127.0.0.1 and prints a URL carrying the token', async () => {
    const { h } = await host()
    expect(h.url).toBe(`http://127.0.0.1:${h.port}/?token=${h.token}`)
    expect(h.token.length).toBeGreaterThanOrEqual(32)
  })

  it('answers 401 to an API call without the token, and runs nothing', async () => {
    const { backend, h } = await host()
    for (const headers of [{}, { 'x-capstan-token': 'wrong' }] as Record<string, string>[]) {
      const r = await request(h.port, {
        method: 'POST',
        path: '/api/objectives:create',
        headers: { 'content-type': 'application/json', ...headers },
        body: create,
      })
      expect(r.status).toBe(401)
      expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    }
    expect(await count(backend, 'objectives')).toBe(0)
    expect(await count(backend, 'audit_log')).toBe(0)
  })

  it('runs a call with the token through the same services', async () => {
    const { backend, h } = await host()
    const r = await fetch(`http://127.0.0.1:${h.port}/api/objectives:create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-capstan-token': h.token },
      body: create,
    })
    expect(r.status).toBe(200)
    expect(await r.json()).toMatchObject({ ok: true, value: { code: 'SO1' } })
    expect(await count(backend, 'audit_log')).toBe(1)
    const invalid = await fetch(`http://127.0.0.1:${h.port}/api/objectives:create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-capstan-token': h.token },
      body: '{"code":"SO2"}',
    })
    expect(invalid.status).toBe(422)
    expect((await invalid.json()).error.message).toBe('Title is required.')
  })

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const { h } = await host()
    const r = await request(h.port, { path: '/', headers: { host: `evil.example:${h.port}` } })
    expect(r.status).toBe(403)
  })

  it('serves the interface with the strict CSP and no directory escape', async () => {
    const { h } = await host()
    const page = await fetch(`http://127.0.0.1:${h.port}/`)
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await page.text()).toMatch(/<title>Capstan/)
    const escape = await request(h.port, { path: '/../../../../etc/passwd' })
    expect(escape.body).not.toMatch(/root:/)
  })

  it('refuses oversized and non-JSON bodies', async () => {
    const { h } = await host()
    const headers = { 'content-type': 'application/json', 'x-capstan-token': h.token }
    const big = await request(h.port, {
      method: 'POST',
      path: '/api/objectives:create',
      headers,
      body: 'x'.repeat(3 * 1024 * 1024),
    }).catch(() => ({ status: 413 }))
    expect(big.status).toBe(413)
    const notJson = await request(h.port, {
      method: 'POST',
      path: '/api/objectives:list',
      headers,
      body: '{',
    })
    expect(notJson.status).toBe(400)
  })
})
