import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY } from '../shared/security'

// Paths without node:path, which the renderer folder's lint rules keep out.
const rendererRoot = import.meta.dirname

// The host and the Electron shell send the CSP as a header; the meta copy also protects the page
// when it is opened some other way. frame-ancestors is only honoured in a header, so it is left out.
const metaPolicy = CONTENT_SECURITY_POLICY.split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .join('; ')

function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'capstan-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: metaPolicy },
        injectTo: 'head-prepend',
      },
    ],
  }
}

const apiPort = process.env.CAPSTAN_API_PORT

export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  build: {
    // Relative to the root above: dist/renderer at the repository root.
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Every asset is a file of its own: no data: URLs, so the CSP never has to allow them.
    assetsInlineLimit: 0,
    // Chromium supports modulepreload natively; the polyfill would only add code.
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'chrome120',
    // One bundle for an offline app that loads from disk; size is not a download concern here.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    host: '127.0.0.1',
    // In development, forward API calls to a running `capstan serve` (CAPSTAN_API_PORT=port).
    proxy: apiPort
      ? { '/api': { target: `http://127.0.0.1:${apiPort}`, changeOrigin: true } }
      : undefined,
  },
})
