import { randomBytes, timingSafeEqual } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { fail, type Result } from '../../shared/contract'
import { CONTENT_SECURITY_POLICY, TOKEN_HEADER, TOKEN_QUERY } from '../../shared/security'
import type { Backend } from '../backend/backend'
import { exportFilePath } from '../backend/documents/signoff-service'
import { classifyFault } from '../backend/faults'

/** Largest JSON body the API accepts. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024
/** Template-pack files travel base64-encoded; the pack reader enforces the real 20 MB limit. */
const LARGE_BODY_CHANNELS = new Set([
  'packs:preview',
  'packs:import',
  'documents:verify',
  'documents:setLogo',
])
const MAX_LARGE_BODY_BYTES = 30 * 1024 * 1024
// Writing to a path of the caller's choosing is for the desktop's save dialog only.
const DESKTOP_ONLY = new Set(['documents:saveExport'])

/** A running browser-mode host. */
export interface RunningHost {
  url: string
  port: number
  token: string
  close(): Promise<void>
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

function sendJson(res: http.ServerResponse, status: number, body: Result<unknown>): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  })
  res.end(JSON.stringify(body))
}

function tokenMatches(given: string | null | undefined, token: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string | 'too_large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > limit) {
        resolve('too_large')
        req.destroy()
        return
      }
      chunks.push(c)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/**
 * Serves the built renderer and the JSON API on 127.0.0.1 only. Every API request must carry
 * the per-launch token; the Host header must name this loopback address (no DNS rebinding).
 */
export async function startHost(opts: {
  backend: Backend
  rendererDir: string
  port?: number
  token?: string
}): Promise<RunningHost> {
  const token = opts.token ?? randomBytes(24).toString('base64url')
  const rendererDir = path.resolve(opts.rendererDir)
  const sse = new Set<http.ServerResponse>()
  const unsubscribe = opts.backend.onEvent((event) => {
    for (const res of sse) res.write(`event: ${event}\ndata: {}\n\n`)
  })
  let port = 0

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e) => {
      // A storage fault outside a channel call (e.g. reading a download) is said in words too.
      const fault = classifyFault(e, opts.backend.ctx)
      if (!fault) console.error(e)
      if (res.headersSent) res.end()
      else if (fault) sendJson(res, statusFor(fault.code), fail(fault.code, fault.message))
      else sendJson(res, 500, fail('internal', 'Unexpected server error.'))
    })
  })

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const host = req.headers.host ?? ''
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      sendJson(res, 403, fail('forbidden', 'Capstan only answers on its own loopback address.'))
      return
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
    if (url.pathname === '/api/events') {
      if (!tokenMatches(url.searchParams.get(TOKEN_QUERY), token)) {
        sendJson(res, 401, fail('unauthorized', 'Missing or wrong access token.'))
        return
      }
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-store',
      })
      res.write(': connected\n\n')
      sse.add(res)
      req.on('close', () => sse.delete(res))
      return
    }
    const download = /^\/api\/exports\/(\d+)$/.exec(url.pathname)
    if (download) {
      if (!tokenMatches(url.searchParams.get(TOKEN_QUERY), token)) {
        sendJson(res, 401, fail('unauthorized', 'Missing or wrong access token.'))
        return
      }
      const file = await exportFilePath(opts.backend.ctx, Number(download[1]))
      if (!file || !fs.existsSync(file.path)) {
        sendJson(res, 404, fail('not_found', 'This exported document no longer exists.'))
        return
      }
      // Opened before the answer starts, so a refused or unreadable file gets a clear answer.
      const opened = await fs.promises.open(file.path, 'r')
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'Content-Disposition': `attachment; filename="${file.fileName}"`,
        'Cache-Control': 'no-store',
      })
      const stream = opened.createReadStream()
      stream.on('error', () => res.destroy())
      stream.pipe(res)
      return
    }
    if (url.pathname.startsWith('/api/')) {
      if (!tokenMatches(req.headers[TOKEN_HEADER] as string | undefined, token)) {
        sendJson(res, 401, fail('unauthorized', 'Missing or wrong access token.'))
        return
      }
      if (req.method !== 'POST') {
        sendJson(res, 405, fail('validation', 'API calls use POST.'))
        return
      }
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
        sendJson(res, 415, fail('validation', 'API calls send JSON.'))
        return
      }
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length))
      const limit = LARGE_BODY_CHANNELS.has(channel) ? MAX_LARGE_BODY_BYTES : MAX_BODY_BYTES
      const body = await readBody(req, limit)
      if (body === 'too_large') {
        sendJson(res, 413, fail('too_large', 'The request is larger than Capstan accepts.'))
        return
      }
      let input: unknown
      try {
        input = body.trim() === '' ? undefined : JSON.parse(body)
      } catch {
        sendJson(res, 400, fail('validation', 'The request body is not valid JSON.'))
        return
      }
      if (DESKTOP_ONLY.has(channel)) {
        sendJson(
          res,
          403,
          fail('forbidden', 'This operation is only available in the desktop app.'),
        )
        return
      }
      const result = await opts.backend.invoke(channel, input)
      sendJson(res, result.ok ? 200 : statusFor(result.error.code), result)
      return
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, SECURITY_HEADERS).end()
      return
    }
    serveStatic(url.pathname, res)
  }

  function serveStatic(pathname: string, res: http.ServerResponse): void {
    const rel = path.normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '')
    let file = path.join(rendererDir, rel)
    if (!file.startsWith(rendererDir)) {
      res.writeHead(404, SECURITY_HEADERS).end()
      return
    }
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory())
      file = path.join(rendererDir, 'index.html')
    if (!fs.existsSync(file)) {
      res.writeHead(503, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' })
      res.end('The Capstan interface has not been built. Run "npm run build:renderer".')
      return
    }
    const ext = path.extname(file)
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': MIME[ext] ?? 'application/octet-stream',
      'Cache-Control': ext === '.html' ? 'no-store' : 'max-age=3600',
    })
    fs.createReadStream(file).pipe(res)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/?${TOKEN_QUERY}=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe()
        for (const res of sse) res.end()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/**
 * The HTTP status of an error code. Storage faults never answer a bare 500: 507 for a full disk,
 * 423 for data open read-only, 403 for a refused file, 503 (try later) for a busy, damaged or
 * unreachable database. The body always carries the code and the sentence (docs/faults.md).
 */
export function statusFor(code: string): number {
  switch (code) {
    case 'validation':
      return 422
    case 'unauthorized':
      return 401
    case 'forbidden':
    case 'permission_denied':
      return 403
    case 'not_found':
    case 'unknown_channel':
      return 404
    case 'conflict':
      return 409
    case 'too_large':
      return 413
    case 'read_only':
      return 423
    case 'confirmation_required':
      return 428
    case 'locked':
    case 'corrupt':
    case 'unavailable':
      return 503
    case 'disk_full':
      return 507
    default:
      return 500
  }
}
