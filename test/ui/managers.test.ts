import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page, Response } from 'playwright-core'

import { vietnamMonth } from '../../src/lib/vietnamTime'
import { DEMO_LOGINS } from '../../src/seed/logins'
import { desktopPage, launchChromium, logIn, SHOTS } from './browser'
import { assertAdminBuilt, type RunningServer, startServer } from './server'

const manager = DEMO_LOGINS.find((demo) => demo.key === 'manager')!
const deskChief = DEMO_LOGINS.find((demo) => demo.role === 'deskChief')!

type Report = { year: number; actual: number; byLine: Array<{ line: string; actual: number }> }
type Score = {
  assessment: { id: number | string; year: number; status: string }
  total: number
  max: number
  level: { label: string }
  pillars: Array<{ key: string }>
  criteria: Array<{ id: number | string; code: string; points: number | null }>
}

let server: RunningServer
let browser: Browser
let page: Page

const bodyOf = async <T>(answer: Promise<Response>) => (await (await answer).json()) as T
/** As the page writes money: millions of đồng, one decimal, Vietnamese separators. */
const millions = (amount: number) =>
  `${(amount / 1_000_000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} tr đ`
const points = (value: number) => value.toLocaleString('vi-VN', { maximumFractionDigits: 2 })

/**
 * The managers' own pages against the built admin and the seeded demo newsroom, in headless
 * Chromium: the revenue ledger with its import (and a desk chief kept out of it), and the
 * maturity self-assessment, saved from the page, including a save that lost to a colleague's.
 */
describe("managers' revenue and maturity pages (headless Chromium against the built app)", () => {
  beforeAll(async () => {
    assertAdminBuilt()
    server = await startServer(90_000)
    browser = await launchChromium()
    page = await desktopPage(browser)
    await logIn(page, server.url, manager)
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows the seeded ledger, imports a new month line once and refuses the same file again', async () => {
    const reported = () => page.waitForResponse((response) => response.url().includes('/api/revenue/report?'))
    const actualCard = page.getByTestId('revenue-actual')
    const shownActual = () => actualCard.locator('div').nth(1).innerText()

    const first = reported()
    await page.goto(`${server.url}/admin/revenue`)
    const before = await bodyOf<Report>(first)
    await page.getByTestId('revenue-dashboard').waitFor()
    await actualCard.waitFor()
    // The seed's this year: actuals up to last month, plans for the whole year.
    const month = vietnamMonth(Date.now())
    expect(before.year).toBe(Number(month.slice(0, 4)))
    expect(before.actual).toBeGreaterThan(0)
    await expect(shownActual()).resolves.toBe(millions(before.actual))
    for (const card of ['revenue-growth-baseline', 'revenue-growth-previous', 'revenue-split'])
      await expect(page.getByTestId(card).innerText()).resolves.toMatch(/\d/)
    await expect(
      page.locator('[data-testid="revenue-ledger"] tr[data-line]').count(),
    ).resolves.toBeGreaterThan(3)
    // No "other income" in the seed: the file below is the only entry of its line.
    await expect(page.locator('[data-testid="revenue-ledger"] tr[data-line="other"]').count()).resolves.toBe(
      0,
    )

    // This month has begun and is not closed (the seed closes 2024 and 2025 only).
    const amount = 12_300_000
    const csv = Buffer.from(
      `tháng;kênh/ấn phẩm;nguồn thu;loại;số tiền;ghi chú\n${month};;Thu khác;thực hiện;12.300.000;Thanh lý thiết bị cũ\n`,
    )
    const form = page.getByTestId('revenue-import')
    await form.getByTestId('revenue-import-file').setInputFiles({
      name: 'thu-khac-thang-nay.csv',
      mimeType: 'text/csv',
      buffer: csv,
    })
    const refreshed = reported()
    await form.getByRole('button', { name: 'Nhập tệp' }).click()
    await expect(page.getByTestId('revenue-import-done').innerText()).resolves.toMatch(
      /^Đã nhập 1 mục doanh thu/,
    )
    const after = await bodyOf<Report>(refreshed)
    expect(after.actual).toBe(before.actual + amount)
    expect(after.byLine.find((line) => line.line === 'other')?.actual).toBe(amount)
    await page.waitForFunction(
      ([testId, text]) =>
        document.querySelector(`[data-testid="${testId}"] > div:nth-child(2)`)?.textContent === text,
      ['revenue-actual', millions(after.actual)],
    )
    await page.locator('[data-testid="revenue-ledger"] tr[data-line="other"]').waitFor()
    await page.screenshot({ path: path.join(SHOTS, 'revenue-dashboard.png'), fullPage: true })

    // The same file again: refused as already imported, nothing to replace, nothing counted twice.
    await form.getByRole('button', { name: 'Nhập tệp' }).click()
    const refused = page.getByTestId('revenue-import-errors')
    await expect(refused.innerText()).resolves.toMatch(/Không có gì được lưu.*đã được nhập/s)
    await expect(refused.getByRole('button').count()).resolves.toBe(0)
    const again = reported()
    await page.reload()
    expect((await bodyOf<Report>(again)).actual).toBe(after.actual)
    await actualCard.waitFor()
    await expect(shownActual()).resolves.toBe(millions(after.actual))
  }, 120_000)

  it('shows a desk chief no ledger, and the API refuses it too', async () => {
    const chiefPage = await desktopPage(browser)
    try {
      await logIn(chiefPage, server.url, deskChief)
      const asked: string[] = []
      chiefPage.on('request', (request) => {
        if (request.url().includes('/api/revenue')) asked.push(request.url())
      })
      await chiefPage.goto(`${server.url}/admin/revenue`)
      await expect(chiefPage.getByTestId('revenue-forbidden').innerText()).resolves.toBe(
        'Chỉ lãnh đạo và quản trị viên được xem số liệu doanh thu.',
      )
      await expect(chiefPage.getByRole('heading', { name: 'Doanh thu', exact: true }).count()).resolves.toBe(
        1,
      )
      await expect(chiefPage.getByTestId('revenue-dashboard').count()).resolves.toBe(0)
      await expect(chiefPage.getByTestId('revenue-import').count()).resolves.toBe(0)
      expect(asked).toEqual([])
      const status = await chiefPage.evaluate(
        async () => (await fetch('/api/revenue/report', { credentials: 'include' })).status,
      )
      expect(status).toBe(403)
    } finally {
      await chiefPage.context().close()
    }
  }, 90_000)

  it('saves points typed on the page, and survives a colleague saving first', async () => {
    const scored = () =>
      page.waitForResponse(
        (response) =>
          /\/api\/maturity-assessments\/[^/?]+\/score/.test(response.url()) &&
          response.request().method() === 'GET',
      )
    const saved = () =>
      page.waitForResponse(
        (response) =>
          /\/api\/maturity-assessments\/[^/?]+$/.test(new URL(response.url()).pathname) &&
          response.request().method() === 'PATCH',
      )
    const pointsBox = (code: string) =>
      page.getByTestId(`maturity-criterion-${code}`).getByLabel(`Điểm tiêu chí ${code}`)
    const shows = (code: string, value: string) =>
      page.waitForFunction(
        ([label, expected]) =>
          (document.querySelector(`input[aria-label="${label}"]`) as HTMLInputElement | null)?.value ===
          expected,
        [`Điểm tiêu chí ${code}`, value],
      )
    const open = async () => {
      const answer = scored()
      await page.goto(`${server.url}/admin/maturity`)
      const score = await bodyOf<Score>(answer)
      await page.getByTestId('maturity-criterion-1.1').waitFor()
      // Drawn from this very answer: the total as the page formats it.
      await expect(page.getByTestId('maturity-total').innerText()).resolves.toBe(
        `${points(score.total)}/${score.max}`,
      )
      return score
    }
    const saveButton = page.getByRole('button', { name: 'Lưu điểm' })

    // The seed's draft of this year, with its points.
    const seeded = await open()
    expect(seeded.assessment).toMatchObject({
      year: Number(vietnamMonth(Date.now()).slice(0, 4)),
      status: 'draft',
    })
    expect(seeded.total).toBe(29.5)
    await expect(page.getByTestId('maturity-level').innerText()).resolves.toBe(seeded.level.label)
    await expect(page.getByTestId('maturity-pillars').locator('[role="meter"]').count()).resolves.toBe(5)
    await expect(page.locator('[data-testid^="maturity-criterion-"]').count()).resolves.toBe(
      seeded.criteria.length,
    )
    await expect(pointsBox('1.1').inputValue()).resolves.toBe('4')
    await expect(pointsBox('1.4').inputValue()).resolves.toBe('')
    await page.screenshot({ path: path.join(SHOTS, 'maturity-dashboard.png'), fullPage: true })

    // 2 points for 1.4 (of 3; its pillar stays under its cap): the total grows by exactly 2.
    await pointsBox('1.4').fill('2')
    const first = saved()
    const rescored = scored()
    await saveButton.click()
    expect((await first).status()).toBe(200)
    await page.getByText('Đã lưu điểm và giải trình.').waitFor()
    // The page asks for the new score itself; awaited so the reload below cannot cut it off.
    expect((await bodyOf<Score>(rescored)).total).toBe(seeded.total + 2)
    const reloaded = await open()
    expect(reloaded.total).toBe(seeded.total + 2)
    expect(reloaded.criteria.find((row) => row.code === '1.4')?.points).toBe(2)
    await expect(pointsBox('1.4').inputValue()).resolves.toBe('2')

    // A colleague saves 5 points for 4.4 through the API while the page still holds the old revision.
    const id = reloaded.assessment.id
    const criterion44 = reloaded.criteria.find((row) => row.code === '4.4')!.id
    const colleague = await page.evaluate(
      async ({ id, criterion }) => {
        const read = await fetch(`/api/maturity-assessments/${id}?depth=0`, { credentials: 'include' })
        type Answer = { criterion: number | string; points?: number | null }
        const doc = (await read.json()) as { revision: number; answers: Answer[] }
        // Every criterion has its row already (the KPI evidence is filled in): change the one of 4.4.
        const answers = doc.answers.map((row) =>
          String(row.criterion) === String(criterion) ? { ...row, points: 5 } : row,
        )
        const write = await fetch(`/api/maturity-assessments/${id}`, {
          method: 'PATCH',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ revision: doc.revision, answers }),
        })
        return write.status
      },
      { id, criterion: criterion44 },
    )
    expect(colleague).toBe(200)

    // The page's save of 3 points for 5.2 is refused; what was typed stays, the latest is loaded.
    await pointsBox('5.2').fill('3')
    const stale = saved()
    const latest = scored()
    await saveButton.click()
    expect((await stale).status()).toBe(409)
    await expect(page.getByTestId('maturity-conflict').innerText()).resolves.toMatch(
      /đã được người khác lưu.*vẫn được giữ/s,
    )
    expect((await bodyOf<Score>(latest)).total).toBe(seeded.total + 2 + 5)
    await shows('4.4', '5')
    await expect(pointsBox('5.2').inputValue()).resolves.toBe('3')
    await page.screenshot({ path: path.join(SHOTS, 'maturity-conflict.png'), fullPage: true })

    // Saved again on the reloaded revision: both the colleague's points and the page's count.
    const retry = saved()
    const resaved = scored()
    await saveButton.click()
    expect((await retry).status()).toBe(200)
    await page.getByText('Đã lưu điểm và giải trình.').waitFor()
    expect((await bodyOf<Score>(resaved)).total).toBe(seeded.total + 2 + 5 + 3)
    await expect(page.getByTestId('maturity-conflict').count()).resolves.toBe(0)
    const final = await open()
    expect(final.total).toBe(seeded.total + 2 + 5 + 3)
    await expect(pointsBox('4.4').inputValue()).resolves.toBe('5')
    await expect(pointsBox('5.2').inputValue()).resolves.toBe('3')
    await expect(pointsBox('1.4').inputValue()).resolves.toBe('2')
  }, 120_000)
})
