import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Objective } from '../../shared/contract'
import { seedDemo } from '../../electron/backend/demo/demo-seed'
import {
  foreignRequests,
  seriousA11yViolations,
  startApp,
  text,
  type AppSession,
} from '../helpers/e2e'
import { tempDir } from '../helpers/temp-backend'

/** Picks an option of a react-aria Select (its button is named "<value> <label>"). */
async function choose(page: Page, scope: Locator, label: RegExp, option: string | RegExp) {
  await scope.getByRole('button', { name: label }).click()
  await page.getByRole('option', { name: option }).first().click()
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')
const ONE_PIXEL_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
const SUBMISSION = 'Approval of the Customs Modernisation and Capacity-Building Plan 2026–2029'

// One session on the demo administration, in the order a head of unit works: preview, export,
// prepare for sign-off, record the decisions, verify a file, edit the submission, see changes.
describe('Documents view (real Chromium)', { timeout: 90_000 }, () => {
  let app: AppSession
  let downloaded = ''
  const files = tempDir('capstan-e2e-docs-')

  beforeAll(async () => {
    app = await startApp({ seed: (b) => seedDemo(b.ctx) })
  })
  afterAll(async () => {
    await app?.close()
  })

  const main = () => app.page.locator('main[data-view="documents"][data-state="ready"]')
  const tab = (name: string) => app.page.getByRole('tab', { name, exact: true }).click()

  it('previews the plan’s outline and what it leaves out, and passes axe', async () => {
    const { page } = app
    await page.getByRole('link', { name: 'Documents', exact: true }).click()
    await main().waitFor()
    await expect.poll(() => text(page.getByRole('heading', { level: 1 }))).toBe('Documents')
    await choose(page, main(), /Document$/, 'Strategic plan')
    await page.getByRole('button', { name: 'Preview outline' }).click()
    const outline = page.getByRole('list', { name: 'Headings of the document' })
    await expect.poll(() => text(outline)).toContain('Logical framework')
    // Level-2 headings are nested under their level-1 heading.
    await expect
      .poll(() => text(outline.locator(':scope > li', { hasText: 'Logical framework' })))
      .toContain('Indicators and targets')
    await expect
      .poll(() => text(page.getByTestId('excluded-records')))
      .toMatch(
        /^\d+ sensitive integrity records will be left out: they are more sensitive than the OFFICIAL marking/,
      )
    // A higher marking includes them.
    await choose(page, main(), /Classification$/, 'CONFIDENTIAL')
    await page.getByRole('button', { name: 'Preview outline' }).click()
    await expect
      .poll(() => text(page.getByTestId('excluded-records')))
      .toBe('No record is left out at this classification.')
    await choose(page, main(), /Classification$/, 'OFFICIAL')
    await page.getByRole('button', { name: 'Preview outline' }).click()
    await expect.poll(() => text(page.getByTestId('excluded-records'))).toContain('left out')
    expect(await seriousA11yViolations(page)).toEqual([])
    await app.screenshot('documents-01-chooser-outline')
  })

  it('exports the plan in French and downloads exactly the file whose SHA-256 it shows', async () => {
    const { page } = app
    await choose(page, main(), / Language$/, 'Français')
    await page.getByRole('button', { name: 'Export', exact: true }).click()
    const result = page.getByRole('region', { name: 'Document exported' })
    await expect.poll(() => text(result.getByTestId('result-version'))).toBe('1')
    await expect.poll(() => text(result)).toContain('-fr.docx')
    await expect
      .poll(() => text(result.getByTestId('result-snapshot')))
      .toBe('None: a working copy, not prepared for sign-off')
    await result.getByRole('button', { name: 'Show the full SHA-256' }).click()
    const shown = await text(result.getByTestId('result-sha256'))
    expect(shown).toMatch(/^[0-9a-f]{64}$/)
    expect(await text(result.locator('.doc-sha').first())).toBe(`${shown.slice(0, 12)}…`)

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      result.getByRole('button', { name: 'Download', exact: true }).click(),
    ])
    downloaded = path.join(files, download.suggestedFilename())
    await download.saveAs(downloaded)
    expect(download.suggestedFilename()).toMatch(/-v1-fr\.docx$/)
    expect(sha256(downloaded)).toBe(shown)
    await expect.poll(() => text(result.getByRole('status'))).toContain('has started')
    await app.screenshot('documents-02-export-result')
  })

  it('prepares the submission for sign-off, records the decisions and makes it the baseline', async () => {
    const { page } = app
    await choose(page, main(), /Document$/, 'Ministerial submission')
    await expect
      .poll(() => text(main().getByRole('button', { name: /Submission$/ })))
      .toContain(SUBMISSION)
    await choose(page, main(), / Language$/, 'English')
    await page.getByRole('button', { name: 'Prepare for sign-off' }).click()
    const result = page.getByRole('region', { name: 'Prepared for sign-off' })
    const snapshot = await (async () => {
      await expect
        .poll(() => text(result.getByTestId('result-snapshot')))
        .toMatch(/^SNAP-\d{4}-0001$/)
      return text(result.getByTestId('result-snapshot'))
    })()
    await expect.poll(() => text(result.getByTestId('result-reference'))).toBe('RNCS/MIN/2026/014')

    await tab('History and sign-off')
    const card = page.getByRole('article', { name: new RegExp(`^${snapshot} — `) })
    await expect.poll(() => text(card)).toContain('Not recorded yet')
    await card.getByRole('button', { name: `Record decision for ${snapshot}` }).click()
    const dialog = page.getByRole('dialog', { name: `Record decisions on ${snapshot}` })
    // Saving with nothing chosen says what is missing and records nothing.
    await dialog.getByRole('button', { name: 'Record decisions' }).click()
    await expect.poll(() => dialog.getByText('Choose the decision taken.').count()).toBe(3)
    for (const n of [1, 2, 3]) {
      const row = dialog.getByRole('group', { name: new RegExp(`^${n}\\. `) })
      await row.getByRole('radio', { name: 'Approved', exact: true }).check()
      await row.getByLabel('Decided by').fill('Hon. Teodoro Valcárcel')
      await row.getByLabel('Comments').fill(n === 1 ? 'Signed at the cabinet meeting.' : '')
    }
    expect(await seriousA11yViolations(page)).toEqual([])
    await app.screenshot('documents-03a-record-decisions')
    await dialog.getByRole('button', { name: 'Record decisions' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await expect
      .poll(() => text(page.getByRole('status').filter({ hasText: 'recorded' })))
      .toBe(
        `The decisions on ${snapshot} are recorded. The plan in ${snapshot} is now the approved baseline.`,
      )
    await expect.poll(() => text(card.locator('.doc-badge-baseline'))).toBe('Baseline')
    await expect
      .poll(() => card.getByRole('cell', { name: 'Approved', exact: true }).count())
      .toBe(3)
    await expect.poll(() => card.getByRole('button', { name: /^Record decision/ }).count()).toBe(0)
    // The export history lists both files, newest first, with the snapshot of the signed one.
    const rows = page.locator('table.doc-exports tbody tr')
    await expect.poll(() => rows.count()).toBe(2)
    await expect.poll(() => text(rows.first())).toContain(snapshot)
    await expect.poll(() => text(rows.nth(1))).toContain('Français')
    expect(await seriousA11yViolations(page)).toEqual([])
    await app.screenshot('documents-03-history-decisions')
  })

  it('verifies the downloaded file, and rejects a copy with one byte changed', async () => {
    const { page } = app
    await tab('Verify a file')
    const input = page.getByLabel('Word document (.docx)')
    await input.setInputFiles(downloaded)
    await page.getByRole('button', { name: 'Verify', exact: true }).click()
    const verdict = page.locator('.doc-verdict')
    await expect.poll(() => verdict.getAttribute('data-match')).toBe('true')
    await expect.poll(() => text(verdict)).toContain('Match: this is a document Capstan exported')
    await expect
      .poll(() => text(verdict))
      .toMatch(/This file is exactly \S+ version 1, exported by/)
    await expect.poll(() => text(verdict)).toContain('It was a working copy')
    await app.screenshot('documents-04a-verify-match')

    const bytes = fs.readFileSync(downloaded)
    bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0xff
    const altered = path.join(files, 'altered.docx')
    fs.writeFileSync(altered, bytes)
    await input.setInputFiles(altered)
    await page.getByRole('button', { name: 'Verify', exact: true }).click()
    await expect.poll(() => verdict.getAttribute('data-match')).toBe('false')
    await expect.poll(() => text(verdict)).toContain('No match')
    await expect
      .poll(() => text(verdict))
      .toContain('This file does not match any document Capstan exported.')
    expect(await seriousA11yViolations(page)).toEqual([])
    await app.screenshot('documents-04b-verify-no-match')
  })

  it('edits the submission, and creates and deletes a draft', async () => {
    const { page } = app
    await tab('Submissions')
    await page.getByRole('button', { name: `Edit ${SUBMISSION}` }).click()
    const form = page.getByRole('region', { name: `Edit “${SUBMISSION}”` })
    await expect.poll(() => form.getByLabel('Title').inputValue()).toBe(SUBMISSION)
    await expect
      .poll(() => form.getByLabel('Decision 3', { exact: true }).inputValue())
      .toContain('Authorise')
    await expect
      .poll(() => form.getByRole('checkbox', { name: 'Risk register report' }).isChecked())
      .toBe(true)
    expect(await seriousA11yViolations(page)).toEqual([])
    await app.screenshot('documents-06-submission-form')
    await form.getByLabel('Title').fill('Approval of the Customs Modernisation Plan 2026–2029')
    await form.getByRole('button', { name: 'Move decision 3 up' }).click()
    await form.getByRole('button', { name: 'Save submission' }).click()
    await expect
      .poll(() => text(page.getByRole('status').filter({ hasText: 'saved' })))
      .toBe('Submission “Approval of the Customs Modernisation Plan 2026–2029” saved.')
    const row = page.locator('tr', {
      hasText: 'Approval of the Customs Modernisation Plan 2026–2029',
    })
    await expect.poll(() => text(row)).toContain('Decided')
    const stored = await app.backend.call('documents:listSubmissions', {})
    expect(stored.ok && (stored.value as { decisions: string[] }[])[0]!.decisions[1]).toMatch(
      /^Authorise/,
    )

    // A new draft: nothing but a title is refused with a clear message, then saved and deleted.
    await page.getByRole('button', { name: 'New submission' }).click()
    const draft = page.getByRole('region', { name: 'New ministerial submission' })
    await draft.getByRole('button', { name: 'Save submission' }).click()
    await expect.poll(() => text(draft.getByRole('alert'))).toContain('Title is required.')
    await expect
      .poll(() => text(draft.getByRole('alert')))
      .toContain('Write at least one decision sought.')
    await draft.getByLabel('Title').fill('Customs brokers licensing reform')
    await draft.getByLabel('Decision 1', { exact: true }).fill('Note the consultation plan.')
    await draft.getByRole('button', { name: 'Save submission' }).click()
    await expect
      .poll(() => text(page.getByRole('status').filter({ hasText: 'created' })))
      .toBe('Submission “Customs brokers licensing reform” created.')
    await page.getByRole('button', { name: 'Delete Customs brokers licensing reform' }).click()
    const confirm = page.getByRole('alertdialog', { name: 'Delete this submission?' })
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click()
    await expect
      .poll(() => text(page.getByRole('status').filter({ hasText: 'deleted' })))
      .toBe('Submission “Customs brokers licensing reform” deleted.')
    await expect.poll(() => page.locator('tr', { hasText: 'licensing reform' }).count()).toBe(0)
  })

  it('lists the changes since signature after an objective is renamed, and exports them', async () => {
    const { page } = app
    await tab('Changes since signature')
    await expect
      .poll(() => text(main()))
      .toContain('Nothing has changed since the plan was approved.')
    const list = await app.backend.call('objectives:list', undefined)
    if (!list.ok) throw new Error(list.error.message)
    const o = (list.value as Objective[])[0]!
    const renamed = await app.backend.call('objectives:update', {
      id: o.id,
      version: o.version,
      code: o.code,
      title: `${o.title} and trade facilitation`,
      description: o.description,
      owner: o.owner,
      status: o.status,
      assumptions: o.assumptions,
    })
    expect(renamed.ok).toBe(true)
    // The backend's change event refreshes the list without a reload.
    const objectives = page.getByRole('region', { name: /^Objectives/ })
    await expect.poll(() => objectives.locator('li[data-change]').count()).toBeGreaterThanOrEqual(1)
    await expect.poll(() => text(objectives)).toContain('Changed')
    await expect.poll(() => text(objectives)).toContain('and trade facilitation')
    await expect.poll(() => text(page.getByTestId('changes-count'))).toMatch(/^\d+ changes?$/)
    await page.getByRole('button', { name: 'Export as Word' }).click()
    const result = page.getByRole('region', { name: 'Document exported' })
    await expect.poll(() => text(result.getByTestId('result-reference'))).toMatch(/\/CHG\//)
    expect(await seriousA11yViolations(page)).toEqual([])
    await app.screenshot('documents-05-changes')
    expect(foreignRequests(app.requests)).toEqual([])
  })

  it('sets the cover logo in Settings, and refuses a file that is not an image', async () => {
    const { page } = app
    await page.getByRole('link', { name: 'Settings', exact: true }).click()
    await page.locator('main[data-view="settings"][data-state="ready"]').waitFor()
    const logo = page.getByRole('region', { name: 'Logo on document covers' })
    const notImage = path.join(files, 'logo.txt')
    fs.writeFileSync(notImage, 'not a picture')
    await logo.getByLabel('Logo image').setInputFiles(notImage)
    await logo.getByRole('button', { name: 'Use this logo' }).click()
    await expect
      .poll(() => text(logo.getByRole('alert')))
      .toBe('The logo must be a PNG or JPEG image.')
    const png = path.join(files, 'logo.png')
    fs.writeFileSync(png, Buffer.from(ONE_PIXEL_PNG, 'base64'))
    await logo.getByLabel('Logo image').setInputFiles(png)
    await logo.getByRole('button', { name: 'Use this logo' }).click()
    await expect
      .poll(() => text(logo.getByRole('status')))
      .toBe('The logo will be printed on the covers of documents exported from now on.')
    const stored = await app.backend.ctx.db
      .selectFrom('settings_logo')
      .select('mime')
      .executeTakeFirst()
    expect(stored?.mime).toBe('image/png')
    expect(await seriousA11yViolations(page)).toEqual([])
    await app.screenshot('documents-07-settings-logo')
  })
})
