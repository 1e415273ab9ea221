import fs from 'node:fs/promises'
import path from 'node:path'
import type { Protocol } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../../shared/security'
import { APP_HOST, APP_SCHEME } from './app-origin'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
}

/** The MIME type for a file name; unknown types are served as opaque bytes (never sniffed). */
export function contentTypeFor(fileName: string): string {
  return CONTENT_TYPES[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream'
}

/** Headers every response from the app scheme carries, errors included. */
export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  }
}

/** What a request for `url` resolves to inside the renderer folder. */
export type AssetLookup =
  | { kind: 'file'; filePath: string }
  | { kind: 'refused'; reason: 'wrong-origin' | 'traversal' | 'bad-path' }

/**
 * Maps an app:// URL to a file under `rootDir`. Refuses other hosts, encoded separators, NUL
 * bytes and anything that resolves outside the folder. `/` and extension-less paths (client-side
 * routes) resolve to index.html.
 */
export function resolveAsset(rootDir: string, url: string): AssetLookup {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { kind: 'refused', reason: 'bad-path' }
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.port !== '') {
    return { kind: 'refused', reason: 'wrong-origin' }
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return { kind: 'refused', reason: 'wrong-origin' }
  }
  let decoded: string
  try {
    decoded = decodeURIComponent(parsed.pathname)
  } catch {
    return { kind: 'refused', reason: 'bad-path' }
  }
  if (decoded.includes('\0')) return { kind: 'refused', reason: 'bad-path' }
  // A backslash is a separator on Windows; no asset name contains one, so refuse it everywhere.
  if (decoded.includes('\\')) return { kind: 'refused', reason: 'traversal' }
  if (decoded.split('/').some((segment) => segment === '..')) {
    return { kind: 'refused', reason: 'traversal' }
  }
  const root = path.resolve(rootDir)
  const relative = decoded.replace(/^\/+/, '')
  const wantsPage = relative === '' || path.posix.extname(relative) === ''
  const filePath = path.resolve(root, wantsPage ? 'index.html' : relative)
  if (filePath !== root && !filePath.startsWith(root + path.sep)) {
    return { kind: 'refused', reason: 'traversal' }
  }
  return { kind: 'file', filePath }
}

type ReadFile = (filePath: string) => Promise<Uint8Array>

const plain = (status: number, text: string): Response =>
  new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') })

/** The request handler for the app scheme, serving `rootDir` read-only. */
export function createAssetHandler(
  rootDir: string,
  readFile: ReadFile = (p) => fs.readFile(p),
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plain(405, 'Method not allowed')
    }
    const lookup = resolveAsset(rootDir, request.url)
    if (lookup.kind === 'refused') return plain(lookup.reason === 'bad-path' ? 400 : 403, 'Refused')
    let body: Uint8Array
    try {
      body = await readFile(lookup.filePath)
    } catch {
      return plain(404, 'Not found')
    }
    const headers = securityHeaders(contentTypeFor(lookup.filePath))
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers,
    })
  }
}

/** Serves the built renderer on the app scheme (call once the app is ready). */
export function serveRenderer(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, createAssetHandler(rootDir))
}
