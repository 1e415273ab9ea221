import fs from 'node:fs'
import path from 'node:path'
import type { Locator } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TemplatePack } from '../../electron/backend/packs/pack-types'
import {
  foreignRequests,
  SCREENSHOT_DIR,
  seriousA11yViolations,
  startApp,
  text,
  type AppSession,
} from '../helpers/e2e'
import { base64Of, bytesOf, generatedPack, smallPack } from '../helpers/pack-fixtures'
import { count, sampleSettings } from '../helpers/temp-backend'

const json = (name: string, pack: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(bytesOf(pack)),
})

/** Version 2 of the small pack: A.1 and A.2 reworded upstream, B.1 dropped, K3 new. */
function smallPackV2(): TemplatePack {
  const v1 = smallPack()
  const fw = v1.frameworks![0]!
  const items = fw.items
    .filter((i) => i.code !== 'B.1')
    .map((i) =>
      i.code === 'A.1'
        ? { ...i, title: { en: 'Item A.1 (revised)', fr: 'Élément A.1 (révisé)' } }
        : i.code === 'A.2'
          ? { ...i, title: 'Item A.2 (revised)' }
          : i,
    )
  const k3 = { ...v1.indicators![1]!, code: 'K3', name: 'Staff trained' }
  return smallPack({
    version: 2,
    frameworks: [{ ...fw, items }],
    indicators: [...v1.indicators!, k3],
  })
}

// One browser session walks the packs journey: browse, refuse, install, upgrade, resolve, export.
describe('template packs in browser mode (real Chromium)', { timeout: 90_000 }, () => {
  let app: AppSession
  const consoleErrors: string[] = []
  beforeAll(async () => {
    app = await startApp({
      seed: async (b) => {
        await b.call('settings:save', sampleSettings)
      },
    })
    app.page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text())
    })
  })
  afterAll(async () => {
    await app?.close()
  })

  // Dialogs are shot on their own: in a full-page shot they are lost over a long page.
  async function shotOf(name: string, part: Locator): Promise<void> {
    const size = app.page.viewportSize()!
    const box = await part.boundingBox()
    // A dialog taller than the window is shot whole by growing the window for a moment.
    const tall = box !== null && box.height + 120 > size.height
    if (tall) await app.page.setViewportSize({ ...size, height: Math.ceil(box.height + 160) })
    await part.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) })
    if (tall) await app.page.setViewportSize(size)
  }
  const ready = () => app.page.locator('main[data-view="packs"][data-state="ready"]').waitFor()
  const details = (title: string) =>
    app.page.locator('section.pack-details[data-state="ready"]', {
      has: app.page.getByRole('heading', { level: 2, name: title }),
    })
  const wizard = () => app.page.getByRole('dialog', { name: 'Import a template pack' })
  const step = (name: string) => wizard().locator(`.wizard[data-step="${name}"]`).waitFor()

  async function chooseFile(file: ReturnType<typeof json>): Promise<void> {
    await app.page.getByRole('button', { name: 'Import a pack…' }).click()
    await step('file')
    await wizard().getByLabel('Template pack file (.json)').setInputFiles(file)
    await expect.poll(() => text(wizard().getByTestId('chosen-file'))).toContain(file.name)
    await wizard().getByRole('button', { name: 'Check the file' }).click()
    await step('check')
  }

  it('lists the built-in pack and browses its frameworks', async () => {
    const { page } = app
    await page.getByRole('link', { name: 'Template packs' }).click()
    await ready()
    await expect.poll(() => text(page.getByRole('heading', { level: 1 }))).toBe('Template packs')
    const row = page.locator('tr[data-pack="urn:capstan:pack:wco-essentials"]')
    await expect.poll(() => text(row)).toContain('WCO capacity-building essentials')
    const rowText = await text(row)
    expect(rowText).toContain('Built-in')
    expect(rowText).toContain('Capstan project')
    expect(rowText).toContain('7 frameworks')
    expect(await text(row.locator('td').nth(1))).toBe('1') // version
    await app.screenshot('packs-01-list')

    // The built-in pack opens by itself; its frameworks are listed, each closed.
    const pack = details('WCO capacity-building essentials')
    await pack.waitFor()
    await pack
      .getByRole('button', { name: 'DF Customs Capacity Building Diagnostic Framework' })
      .click()
    const df = pack.getByRole('list', {
      name: 'Items of Customs Capacity Building Diagnostic Framework',
    })
    await expect.poll(() => df.locator(':scope > li').count()).toBe(7)
    // Areas are closed: none of the 33 sub-items is in the page until one is opened.
    expect(await df.locator('li[data-depth="1"]').count()).toBe(0)
    await df.getByRole('button', { name: 'DF.1 Strategic management' }).click()
    const area = df.locator('li[data-code="DF.1"]')
    await expect.poll(() => text(area)).toContain('Setting direction and steering')
    await expect.poll(() => area.locator('li[data-depth="1"]').count()).toBe(5)

    await pack.getByRole('button', { name: /^RAD Revised Arusha Declaration/ }).click()
    const rad3 = pack.locator('li[data-code="RAD.3"]')
    await expect.poll(() => text(rad3)).toContain('Unconfirmed')
    expect(await text(rad3)).toContain('not confirmed against the public text')
    expect(await text(pack.locator('li[data-code="RAD.1"]'))).not.toContain('Unconfirmed')
    await app.screenshot('packs-02-contents-tree')

    // Band colours come from the pack; the text on them is black or white, whichever reads.
    await pack.getByRole('button', { name: 'Risk matrix' }).click()
    const cells = pack.locator('td.matrix-cell')
    await expect.poll(() => cells.count()).toBe(25)
    const colours = await cells.evaluateAll((tds) =>
      tds.map((td) => [td.textContent, getComputedStyle(td).color]),
    )
    expect(colours).toContainEqual(['25Critical', 'rgb(255, 255, 255)'])
    expect(colours).toContainEqual(['9Medium', 'rgb(0, 0, 0)'])
    await shotOf('packs-02b-risk-matrix', pack.locator('.library-block[data-code="RM5X5"]'))
    expect(await seriousA11yViolations(page)).toEqual([])
  })

  it('lists every problem of an invalid file with its JSON path, and installs nothing', async () => {
    const { page } = app
    const wrongTypes = smallPack() as unknown as Record<string, unknown> & TemplatePack
    Object.assign(wrongTypes, { version: 'two' })
    Object.assign(wrongTypes.frameworks![0]!.items[1]!, { assessable: 'yes' })
    await chooseFile(json('wrong-types.json', wrongTypes))
    const problems = wizard().getByRole('list', { name: 'Problems in the file' })
    await expect.poll(() => text(wizard())).toContain('The file has 2 problems')
    expect(await text(problems)).toContain('$.version Must be a whole number.')
    expect(await text(problems)).toContain('$.frameworks[0].items[1].assessable')
    await shotOf('packs-03-validation-errors', wizard())

    // Back to step 1 with another bad file: a duplicate code and a missing parent.
    await wizard().getByRole('button', { name: 'Choose another file' }).click()
    await step('file')
    const rules = smallPack()
    rules.frameworks![0]!.items[2]!.code = 'A.1'
    rules.frameworks![0]!.items[4]!.parent = 'Z'
    await wizard()
      .getByLabel('Template pack file (.json)')
      .setInputFiles(json('duplicate-code.json', rules))
    await wizard().getByRole('button', { name: 'Check the file' }).click()
    await step('check')
    const listed = await text(problems)
    expect(listed).toContain('$.frameworks[0].items[2].code')
    expect(listed).toContain('"A.1" is used twice')
    expect(listed).toContain('$.frameworks[0].items[4].parent')
    expect(await wizard().getByRole('button', { name: 'Next' }).count()).toBe(0)

    // A file over the 20 MB limit is refused before anything is sent.
    await wizard().getByRole('button', { name: 'Choose another file' }).click()
    await step('file')
    // The 21 MB file is made inside the page: sending it through the DevTools protocol is slow.
    await wizard()
      .getByLabel('Template pack file (.json)')
      .evaluate((input: HTMLInputElement) => {
        const files = new DataTransfer()
        const bytes = new Uint8Array(21 * 1024 * 1024).fill(0x20)
        files.items.add(new File([bytes], 'huge.json', { type: 'application/json' }))
        input.files = files.files
        input.dispatchEvent(new Event('change', { bubbles: true }))
      })
    await expect
      .poll(() => text(wizard().getByRole('alert')))
      .toBe('This file is 21 MB. A template pack may be at most 20 MB; choose a smaller file.')
    expect(await wizard().getByRole('button', { name: 'Check the file' }).isDisabled()).toBe(true)
    await wizard().getByRole('button', { name: 'Cancel' }).click()
    await wizard().waitFor({ state: 'hidden' })
    expect(await page.locator('table.packs-table tbody tr').count()).toBe(1)
    expect(await count(app.backend, 'packs')).toBe(1)
  })

  it('previews the small pack, then installs it', async () => {
    const { page } = app
    await chooseFile(json('small.json', smallPack()))
    const facts = await text(wizard())
    expect(facts).toContain('The file is a valid template pack.')
    expect(facts).toContain('Small pack')
    expect(facts).toContain('Test publisher')
    expect(facts).toContain('Not installed')
    expect(await text(wizard().getByTestId('pack-signature'))).toBe('Unsigned')
    expect(facts).toContain('Capstan cannot confirm who published an unsigned pack.')
    await wizard().getByRole('button', { name: 'Next' }).click()
    await step('preview')
    await expect.poll(() => text(wizard().locator('[data-count="added"]'))).toBe('Added 12')
    await shotOf('packs-03b-new-pack-preview', wizard())
    expect(await text(wizard().locator('.preview-status'))).toContain('New pack')
    expect(await seriousA11yViolations(page)).toEqual([])
    await wizard().getByRole('button', { name: 'Next' }).click()
    await step('confirm')
    await expect.poll(() => text(wizard())).toContain('Install “Small pack” version 1?')
    await wizard().getByRole('button', { name: 'Import the pack' }).click()
    await step('result')
    await expect.poll(() => text(wizard())).toContain('“Small pack” version 1 is installed.')
    await wizard().getByRole('button', { name: 'Close' }).click()
    await wizard().waitFor({ state: 'hidden' })
    await expect.poll(() => page.locator('table.packs-table tbody tr').count()).toBe(2)
    const row = page.locator('tr[data-pack="urn:test:pack:small"]')
    expect(await text(row.locator('[data-signature]'))).toBe('Unsigned')
    // The imported pack is shown, with the unconfirmed item flagged.
    const pack = details('Small pack')
    await pack.waitFor()
    await pack.getByRole('button', { name: 'FW Framework' }).click()
    await pack.getByRole('button', { name: 'B Area B' }).click()
    await expect.poll(() => text(pack.locator('li[data-code="B.1"]'))).toContain('Not confirmed')
  })

  it('says nothing will change when the same version is imported again', async () => {
    await chooseFile(json('small-again.json', smallPack()))
    await wizard().getByRole('button', { name: 'Next' }).click()
    await step('preview')
    const said = await text(wizard())
    expect(said).toContain('This version is already installed: nothing will change.')
    expect(said).toContain('Version 1 of "Small pack" is already installed; nothing changed.')
    expect(await wizard().getByRole('button', { name: 'Next' }).count()).toBe(0)
    expect(await wizard().getByRole('button', { name: 'Import the pack' }).count()).toBe(0)
    await wizard().getByRole('button', { name: 'Cancel' }).click()
    await wizard().waitFor({ state: 'hidden' })
  })

  it('keeps local edits through an upgrade as conflicts, resolved by keep ours / take theirs', async () => {
    const { page } = app
    const pack = details('Small pack')
    await pack.getByRole('button', { name: 'A Area A' }).click()
    for (const [code, wording] of [
      ['A.1', 'Item A.1 as we say it'],
      ['A.2', 'Item A.2, our words'],
    ] as const) {
      await pack.getByRole('button', { name: `Edit texts of ${code}` }).click()
      const dialog = page.getByRole('dialog', { name: `Edit the text of ${code}` })
      await expect
        .poll(() => dialog.getByLabel('Text', { exact: true }).inputValue())
        .toMatch(/^Item/)
      await dialog.getByLabel('Text', { exact: true }).fill(wording)
      if (code === 'A.1') await shotOf('packs-06-edit-dialog', dialog)
      await dialog.getByRole('button', { name: 'Save' }).click()
      await dialog.waitFor({ state: 'hidden' })
      const item = pack.locator(`li[data-code="${code}"]`)
      await expect.poll(() => text(item)).toContain(wording)
      expect(await text(item)).toContain('Edited here')
    }

    await chooseFile(json('small-v2.json', smallPackV2()))
    expect(await text(wizard())).toContain('Installed version 1')
    await wizard().getByRole('button', { name: 'Next' }).click()
    await step('preview')
    const counts = async (name: string) => text(wizard().locator(`[data-count="${name}"] dd`))
    expect(await counts('conflicts')).toBe('2')
    expect(await counts('removed')).toBe('1')
    expect(await counts('added')).toBe('1')
    expect(await text(wizard().locator('.diff-conflicts'))).toContain('Changed: Title')
    await shotOf('packs-04-diff-preview', wizard())
    await wizard().getByRole('button', { name: 'Next' }).click()
    await wizard().getByRole('button', { name: 'Import the pack' }).click()
    await step('result')
    await expect.poll(() => text(wizard())).toContain('2 items are in conflict with your edits')
    await wizard().getByRole('button', { name: 'Review conflicts' }).click()
    await wizard().waitFor({ state: 'hidden' })

    const panel = page.getByRole('region', { name: 'Conflicts to resolve (2)' })
    await panel.waitFor()
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('pack-conflicts')
    const a1 = panel.locator('li[data-code="A.1"]')
    expect(await text(a1)).toContain('Item A.1 as we say it')
    expect(await text(a1)).toContain('Item A.1 (revised)')
    await app.screenshot('packs-05-conflicts')
    expect(await seriousA11yViolations(page)).toEqual([])

    await panel.getByRole('button', { name: 'Keep ours for A.1' }).click()
    await expect
      .poll(() => text(page.getByRole('status').first()))
      .toBe('Kept your version of A.1.')
    await page.getByRole('region', { name: 'Conflicts to resolve (1)' }).waitFor()
    await page.getByRole('button', { name: 'Take theirs for A.2' }).click()
    await expect.poll(() => page.locator('#pack-conflicts').count()).toBe(0)
    await pack.waitFor()
    await expect
      .poll(() => text(pack.locator('li[data-code="A.2"]')))
      .toContain('Item A.2 (revised)')
    expect(await text(pack.locator('li[data-code="A.2"]'))).not.toContain('Edited here')
    expect(await text(pack.locator('li[data-code="A.1"]'))).toContain('Item A.1 as we say it')

    // B.1 left the pack: archived, hidden until asked for, with the reason. Area B, opened
    // earlier, now has nothing to show; the archived item reappears under it on request.
    expect(await pack.locator('li[data-code="B.1"]').count()).toBe(0)
    await pack.getByRole('checkbox', { name: 'Show archived (1)' }).check()
    const b1 = pack.locator('li[data-code="B.1"]')
    await expect.poll(() => text(b1)).toContain('Removed from the pack in version 2.')
    expect(await text(b1)).toContain('Archived')
    expect(await b1.getByRole('button', { name: /^Edit/ }).count()).toBe(0)
  })

  it('exports our pack as a downloaded file', async () => {
    const { page } = app
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export our pack' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('numeria-customs-pack-v1.json')
    const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as TemplatePack
    expect(exported.id).toBe('urn:capstan:pack:local:numeria-customs')
    const a1 = exported.frameworks?.flatMap((f) => f.items).find((i) => i.code === 'A.1')
    expect(a1?.title).toEqual({ en: 'Item A.1 as we say it', fr: 'Élément A.1' })
    await expect.poll(() => text(page.getByRole('status').first())).toMatch(/^Exported \d+ items/)
    expect(foreignRequests(app.requests)).toEqual([])
    // Band colours are set through the DOM, which the strict CSP allows; nothing was blocked.
    expect(consoleErrors.filter((m) => /Content Security Policy/i.test(m))).toEqual([])
  })

  it('keeps the page light for a pack of 5,000 items', async () => {
    const { page } = app
    const big = await app.backend.call('packs:import', {
      fileName: 'big.json',
      dataBase64: base64Of(generatedPack(5000)),
    })
    expect(big.ok).toBe(true)
    await page.reload()
    await ready()
    await page
      .locator('tr[data-pack="urn:test:pack:generated"]')
      .getByRole('button', { name: 'Small pack' })
      .click()
    const pack = app.page.locator('section.pack-details[data-pack="urn:test:pack:generated"]')
    await pack.locator('xpath=self::*[@data-state="ready"]').waitFor()
    await pack.getByRole('button', { name: 'GEN Generated' }).click()
    const tree = pack.getByRole('list', { name: 'Items of Generated' })
    await expect.poll(() => tree.locator(':scope > li').count()).toBe(20)
    await tree.getByRole('button', { name: 'A1 Area 1' }).click()
    const area = tree.locator('li[data-code="A1"]')
    await expect.poll(() => area.locator('li[data-depth="1"]').count()).toBe(100)
    await area.getByRole('button', { name: 'Show 100 more (100 of 249 shown)' }).click()
    await expect.poll(() => area.locator('li[data-depth="1"]').count()).toBe(200)
    const elements = await page.evaluate(() => document.querySelectorAll('*').length)
    expect(elements).toBeLessThan(4000)
  })

  it("refuses another publisher's pack under an installed id, and asks before archiving many items", async () => {
    const { page } = app
    await chooseFile(json('impostor.json', smallPack({ version: 3, publisher: 'Someone else' })))
    await expect
      .poll(() => text(wizard().getByRole('alert')))
      .toBe(
        'The pack urn:test:pack:small installed here comes from "Test publisher" (unsigned); this file names another publisher, "Someone else" (unsigned), so it cannot replace it and nothing was imported.',
      )
    expect(await wizard().getByRole('button', { name: 'Next' }).count()).toBe(0)

    // Version 3 drops the framework and the indicators: 8 of the 12 items installed.
    await wizard().getByRole('button', { name: 'Choose another file' }).click()
    await step('file')
    const v3 = smallPack({ version: 3, frameworks: [], indicators: [] })
    await wizard().getByLabel('Template pack file (.json)').setInputFiles(json('small-v3.json', v3))
    await wizard().getByRole('button', { name: 'Check the file' }).click()
    await step('check')
    await wizard().getByRole('button', { name: 'Next' }).click()
    await step('preview')
    await wizard().getByRole('button', { name: 'Next' }).click()
    await step('confirm')
    await expect
      .poll(() => text(wizard().getByTestId('archive-warning')))
      .toBe(
        'This upgrade archives 8 of the 12 items installed from this pack: more than 25 %. Archived items are kept but hidden from new work. A backup of your data is taken first.',
      )
    await shotOf('packs-07-archive-confirmation', wizard())
    expect(await seriousA11yViolations(page)).toEqual([])
    expect(await wizard().getByRole('button', { name: 'Import the pack' }).count()).toBe(0)
    await wizard().getByRole('button', { name: 'Archive 8 items and upgrade' }).click()
    await step('result')
    await expect.poll(() => text(wizard())).toContain('“Small pack” is upgraded to version 3.')
    await wizard().getByRole('button', { name: 'Close' }).click()
    await wizard().waitFor({ state: 'hidden' })
  })
})
