// Must stay the first import: it configures libraries before they build anything.
import './lib/csp-compat'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { startRouting } from './app/route-store'
import { initTransport } from './lib/api'
import { initI18n, systemLanguage } from './lib/i18n'
import { startLiveUpdates } from './stores/live-updates'
import { startFailureNotices } from './stores/notifications-store'
import { useSettingsStore } from './stores/settings-store'
import './styles/base.css'
import './styles/buttons.css'
import './styles/layout.css'
import './styles/setup.css'
import './styles/forms.css'
import './styles/tables.css'
import './styles/overlays.css'
import './styles/tabs.css'

async function start(): Promise<void> {
  // First, before anything can read or copy the address: take the browser-mode token out of it.
  initTransport()
  startFailureNotices()
  // Load the profile first so the very first screen is already in the user's language.
  await useSettingsStore.getState().load()
  await initI18n(useSettingsStore.getState().settings?.interfaceLanguage ?? systemLanguage())
  startRouting()
  startLiveUpdates()
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root element')
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

void start()
