// Entry of the Electron main process (bundled to out/main/index.js by electron-vite).
import { runShell } from './shell'

void runShell()
