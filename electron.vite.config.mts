// Builds the Electron main process and the preload. The renderer is built by vite on its own
// (renderer/vite.config.mts → dist/renderer) because browser mode serves the very same files.
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'

const root = import.meta.dirname

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // Bundle our code and pure-JS dependencies; only the native module stays outside.
      externalizeDeps: false,
      lib: { entry: resolve(root, 'electron/main/index.ts') },
      rolldownOptions: { external: ['better-sqlite3'] },
      sourcemap: true,
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload cannot load modules: one self-contained CommonJS file.
      externalizeDeps: false,
      lib: { entry: resolve(root, 'electron/preload/index.ts'), formats: ['cjs'] },
      rolldownOptions: {
        output: { format: 'cjs', entryFileNames: 'index.cjs', codeSplitting: false },
      },
      sourcemap: false,
    },
  },
})
