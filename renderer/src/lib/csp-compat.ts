import { config } from 'zod'

// Imported first by main.tsx, for its side effects only.
//
// The page runs under a strict Content-Security-Policy (no inline styles, no eval). Two
// libraries probe for those at run time; the probes would be blocked and reported as
// violations, so they are switched off before any other module loads.

// zod compiles fast parsers with `new Function` when a schema is built, unless told not to.
config({ jitless: true })

// react-aria injects a one-rule <style> unless an element with this id exists. The rule itself
// ships in styles/base.css; this marker tells react-aria it is already there.
const MARKER_ID = 'react-aria-pressable-style'
if (!document.getElementById(MARKER_ID)) {
  const marker = document.createElement('meta')
  marker.id = MARKER_ID
  marker.name = 'capstan-pressable-style'
  marker.content = 'provided by the bundled stylesheet'
  document.head.append(marker)
}
