import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemo } from '../../electron/backend/demo/demo-seed'
import { VIEW_IDS } from '../../renderer/src/app/views'
import { startApp, type AppSession } from '../helpers/e2e'

// Right-to-left proven before a right-to-left language ships: the direction preview turns the
// page around while the text stays Spanish (the longest of the shipped languages), and every
// view and tab of the demo administration must keep each control and text inside its box.

/** What the page shows that breaks a right-to-left layout, in words. */
async function layoutFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const faults: string[] = []
    const root = document.documentElement
    if (root.dir !== 'rtl') faults.push(`the page runs ${root.dir || 'ltr'}`)
    if (root.scrollWidth > root.clientWidth + 1)
      faults.push(`the page scrolls sideways by ${root.scrollWidth - root.clientWidth}px`)
    const main = document.querySelector('main')
    if (!main) return [...faults, 'no main region']
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${
        typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : ''
      } "${(el.textContent ?? '').trim().slice(0, 40)}"`
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect()
      if (r.width < 2 || r.height < 2) return false
      const style = getComputedStyle(el)
      return style.visibility !== 'hidden' && style.clipPath === 'none' && style.opacity !== '0'
    }
    // A box that may legitimately hold wider content: it scrolls or clips it.
    const clips = (el: Element) => /auto|scroll|hidden|clip/.test(getComputedStyle(el).overflowX)
    const insideClipping = (el: Element) => {
      for (let p = el.parentElement; p && p !== main; p = p.parentElement) if (clips(p)) return true
      return false
    }
    const controls = [
      ...main.querySelectorAll('button, a[href], input, select, textarea, [role="tab"], label'),
    ].filter((el) => shown(el) && !insideClipping(el))
    // Nothing sticks out of its container (sideways: where right-to-left goes wrong).
    const texts = [...main.querySelectorAll('h1, h2, h3, p, li, dt, dd, th, td, legend')]
    for (const el of [...controls, ...texts]) {
      if (!shown(el) || insideClipping(el)) continue
      const parent = el.parentElement
      if (!parent || !shown(parent)) continue
      const r = el.getBoundingClientRect()
      const box = parent.getBoundingClientRect()
      if (r.left < box.left - 1 || r.right > box.right + 1)
        faults.push(`${name(el)} sticks out of ${name(parent)}`)
    }
    // No two controls cover each other.
    for (let i = 0; i < controls.length; i++) {
      const a = controls[i]!.getBoundingClientRect()
      for (let j = i + 1; j < controls.length; j++) {
        const one = controls[i]!
        const other = controls[j]!
        if (one.contains(other) || other.contains(one)) continue
        if (one.tagName === 'LABEL' && (one as HTMLLabelElement).control === other) continue
        if (other.tagName === 'LABEL' && (other as HTMLLabelElement).control === one) continue
        const b = other.getBoundingClientRect()
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left)
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
        if (w > 2 && h > 2) faults.push(`${name(one)} overlaps ${name(other)}`)
      }
    }
    return faults
  })
}

describe('right-to-left layout of every view (real Chromium)', { timeout: 240_000 }, () => {
  let app: AppSession
  beforeAll(async () => {
    app = await startApp({
      lang: 'es-ES',
      seed: async (b) => {
        await seedDemo(b.ctx)
        const r = await b.call('settings:setLanguage', { language: 'es' })
        if (!r.ok) throw new Error(r.error.message)
      },
    })
    await app.page.evaluate(() => window.localStorage.setItem('capstan.direction', 'rtl'))
    await app.page.reload()
  })
  afterAll(async () => {
    await app?.close()
  })

  async function settle(view: string): Promise<void> {
    await app.page.locator(`main[data-view="${view}"][data-state="ready"]`).waitFor()
    await app.page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'))
  }

  it('turns the page around and keeps dates and counts in reading order', async () => {
    const { page } = app
    await page.evaluate(() => (window.location.hash = '#/dashboard'))
    await settle('dashboard')
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es')
    // Spanish, complete: the dashboard's lines are no longer English.
    await expect.poll(() => page.getByText(/actividades terminadas/).count()).toBeGreaterThan(0)
    // Every value put into a sentence is isolated, so "3 de 10" cannot turn into "de 10 3".
    const line = await page
      .getByText(/actividades terminadas/)
      .first()
      .textContent()
    expect(line).toMatch(/^\u2068\d+\u2069 de \u2068\d+\u2069 actividades terminadas/)
  })

  it('notices a control that sticks out of its box or covers another', async () => {
    const { page } = app
    await settle('dashboard')
    await page.evaluate(() => {
      const main = document.querySelector('main')!
      const box = document.createElement('div')
      box.style.inlineSize = '40px'
      // Styles set through the DOM: the page's CSP refuses style attributes in markup.
      for (const [label, css] of [
        ['wide', { display: 'block', inlineSize: '120px' }],
        ['over', { display: 'block', marginBlockStart: '-20px' }],
      ] as const) {
        const button = document.createElement('button')
        button.textContent = label
        Object.assign(button.style, css)
        box.append(button)
      }
      main.prepend(box)
    })
    const faults = await layoutFaults(page)
    await page.evaluate(() => document.querySelector('main > div:first-child')?.remove())
    expect(faults.join('\n')).toMatch(/button "wide" sticks out of div/)
    expect(faults.join('\n')).toMatch(/button "wide" overlaps button "over"/)
  })

  for (const view of VIEW_IDS) {
    it(`lays out ${view} and each of its tabs right-to-left`, async () => {
      const { page } = app
      await page.evaluate((v) => (window.location.hash = `#/${v}`), view)
      await settle(view)
      const tabs = page.locator('main [role="tab"]')
      const count = await tabs.count()
      const faults: string[] = []
      for (let i = 0; i < Math.max(count, 1); i++) {
        const label = count ? ((await tabs.nth(i).textContent()) ?? `${i}`) : 'view'
        if (count) {
          await tabs.nth(i).click()
          await settle(view)
        }
        await app.screenshot(`rtl-${view}-${i}`)
        faults.push(...(await layoutFaults(page)).map((f) => `${view} (${label}): ${f}`))
      }
      expect(faults).toEqual([])
    })
  }
})
