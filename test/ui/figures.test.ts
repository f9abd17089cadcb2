import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { DEMO_LOGINS } from '../../src/seed/logins'
import { desktopPage, launchChromium, logIn, SHOTS } from './browser'
import { assertAdminBuilt, type RunningServer, startServer } from './server'

const manager = DEMO_LOGINS.find((demo) => demo.key === 'manager')!
const deskChief = DEMO_LOGINS.find((demo) => demo.role === 'deskChief')!

const KPI_KEYS = [
  'aiShare',
  'broadcastCompliance',
  'domesticAudience',
  'domesticPlatforms',
  'foreignLanguage',
  'mobileAudience',
  'revenueGrowth',
  'security',
  'staffTrained',
]
const STATUS_TEXT: Record<string, string> = { met: 'Đạt', notMet: 'Chưa đạt', noData: 'Chưa có số liệu' }

let server: RunningServer
let browser: Browser
let page: Page

/** Every request the dashboard made has answered and been drawn. */
const settled = (target: Page) =>
  target.locator('[data-testid="figures-dashboard"][data-loading="false"]').waitFor()

async function openDashboard(target: Page, query = '', path = '/admin/figures'): Promise<void> {
  await target.goto(`${server.url}${path}${query}`)
  await target.getByRole('heading', { name: 'Số liệu chuyển đổi số' }).waitFor()
  await target.locator('[data-testid="kpi-card"]').first().waitFor()
  await settled(target)
}

const details = () =>
  page.locator('[data-testid="kpi-card"]').evaluateAll((cards) =>
    cards.map((card) => ({
      key: card.getAttribute('data-kpi'),
      value: card.querySelector('[data-testid="kpi-value"]')?.textContent ?? '',
      detail: card.querySelector('[data-testid="kpi-detail"]')?.textContent ?? '',
    })),
  )

/**
 * The managers' figures page against the built admin and the seeded demo newsroom: the KPI
 * cards, the charts with their targets, the filters kept in the URL, the drill-down and the
 * annual report, in headless Chromium as the demo manager (and a desk chief for revenue).
 */
describe('figures dashboard in the admin (headless Chromium against the built app)', () => {
  beforeAll(async () => {
    assertAdminBuilt()
    server = await startServer(90_000)
    browser = await launchChromium()
    // The first KPI computation of a fresh database also fills the compliance cache.
    page = await desktopPage(browser)
    await logIn(page, server.url, manager)
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows the nine KPIs, each with its value, target, last year, status and what it counted', async () => {
    // The manager finds the page in the nav (folded away on narrow layouts, so followed by its href).
    await page.goto(`${server.url}/admin`)
    const link = page.getByTestId('figures-nav-link')
    await link.waitFor({ state: 'attached' })
    await expect(link.textContent()).resolves.toContain('Số liệu chuyển đổi số')
    await openDashboard(page, '', (await link.getAttribute('href'))!)

    const cards = page.locator('[data-testid="kpi-card"]')
    const keys = await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-kpi')))
    expect([...keys].sort()).toEqual(KPI_KEYS)

    for (const key of KPI_KEYS) {
      const card = page.locator(`[data-testid="kpi-card"][data-kpi="${key}"]`)
      const status = (await card.getAttribute('data-status')) ?? ''
      expect(Object.keys(STATUS_TEXT)).toContain(status)
      // A figure measured against no official target is not judged rather than "without data".
      const untargeted = (await card.getAttribute('data-untargeted')) === 'true'
      await expect(card.getByTestId('kpi-status').innerText()).resolves.toBe(
        untargeted ? 'Không có mục tiêu' : STATUS_TEXT[status],
      )
      await expect(card.getByTestId('kpi-value').innerText()).resolves.toMatch(/\d|—/)
      await expect(card.getByTestId('kpi-target').innerText()).resolves.not.toBe('')
      await expect(card.getByTestId('kpi-previous').innerText()).resolves.not.toBe('')
      await expect(card.getByTestId('kpi-detail').innerText()).resolves.toMatch(/\S/)
      await expect(card.getByTestId('kpi-drill').innerText()).resolves.toBe('Xem chi tiết')
    }
    // Percentages in Vietnamese: a comma for decimals, a space before the sign.
    await expect(
      page.locator('[data-kpi="security"] [data-testid="kpi-value"]').innerText(),
    ).resolves.toMatch(/^\d{1,3}(,\d)? %$/)
    await expect(page.getByTestId('kpi-summary').innerText()).resolves.toContain('9 chỉ tiêu')
  })

  it('draws the charts as accessible SVG with the targets as lines', async () => {
    await openDashboard(page)
    const chart = (testId: string) => page.locator(`[data-testid="${testId}"]`)
    for (const testId of [
      'chart-ai-share',
      'chart-compliance',
      'chart-revenue',
      'chart-audience-platforms',
    ]) {
      const svg = chart(testId).locator('svg[role="img"]')
      await svg.waitFor()
      await expect(svg.getAttribute('aria-label')).resolves.toMatch(/\S/)
      await expect(svg.locator('title').first().textContent()).resolves.toMatch(/\S/)
      await expect(chart(testId).getByTestId('chart-legend').locator('li').count()).resolves.toBeGreaterThan(
        0,
      )
    }

    // The AI share against the province's 30 %; revenue against the baseline month grown by the target.
    const aiTarget = chart('chart-ai-share').getByTestId('target-line')
    await expect(aiTarget.count()).resolves.toBe(1)
    await expect(aiTarget.getAttribute('data-value')).resolves.toBe('30')
    await expect(aiTarget.textContent()).resolves.toContain('Mục tiêu')
    const revenueTarget = chart('chart-revenue').getByTestId('target-line')
    await expect(revenueTarget.count()).resolves.toBe(1)
    await expect(revenueTarget.textContent()).resolves.toMatch(/Mục tiêu \+\d+ % so với \d{4}/)
    // The line lies inside the plot: the axis was widened to the target where needed.
    const box = await revenueTarget.locator('line').boundingBox()
    const plot = await chart('chart-revenue').locator('svg[role="img"]').boundingBox()
    expect(box && plot && box.y >= plot.y && box.y <= plot.y + plot.height).toBe(true)
    // Revenue: actual, plan (dashed) and last year, with the axis in Vietnamese money words.
    for (const series of ['actual', 'plan', 'previous'])
      await expect(chart('chart-revenue').getByTestId(`series-${series}`).count()).resolves.toBe(1)
    await expect(chart('chart-revenue').getByTestId('y-axis').textContent()).resolves.toMatch(/tỷ|triệu/)

    // Audience by platform: domestic and foreign platforms in their own colours.
    const bars = chart('chart-audience-platforms').getByTestId('bar')
    await expect(bars.count()).resolves.toBeGreaterThan(1)
    const colours = await bars
      .locator('rect')
      .evaluateAll((rects) => rects.map((rect) => (rect as SVGElement).style.fill))
    expect(new Set(colours).size).toBe(2)
    await expect(page.locator('[data-testid="top-story"]').count()).resolves.toBeGreaterThan(0)

    await page.screenshot({ path: path.join(SHOTS, 'figures-dashboard.png'), fullPage: true })
  })

  it('ranks the top stories by the measure chosen, over every story', async () => {
    await openDashboard(page)
    const answered = page.waitForResponse(
      (response) =>
        response.url().includes('/api/audience/stories?') && response.url().includes('sort=shares'),
    )
    await page.getByTestId('audience-measure').selectOption('shares')
    const ranking = (await (await answered).json()) as { docs: { story: number; shares: number }[] }
    expect(ranking.docs.length).toBeGreaterThan(0)
    const ids = ranking.docs.map((doc) => String(doc.story))
    // Drawn once the ranking has replaced the one by views.
    await page.waitForFunction(
      (expected) =>
        [...document.querySelectorAll('[data-testid="top-story"] a')]
          .map((link) => link.getAttribute('href')?.split('/').pop())
          .join(',') === expected,
      ids.join(','),
    )
    const shown = await page
      .locator('[data-testid="top-story"] a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')?.split('/').pop()))
    expect(shown).toEqual(ids)
    const shares = ranking.docs.map((doc) => doc.shares)
    expect(shares).toEqual([...shares].sort((a, b) => b - a))
  })

  it('refetches when the desk changes, shows other numbers and keeps the filter in the URL', async () => {
    await openDashboard(page)
    const before = await details()
    const desk = page.getByTestId('figures-desk')
    const deskId = await desk.locator('option', { hasText: 'Ban Kinh tế' }).getAttribute('value')
    expect(deskId).toMatch(/^\d+$/)
    const answered = page.waitForResponse(
      (response) => response.url().includes('/api/kpis?') && response.url().includes(`desk=${deskId}`),
    )
    await desk.selectOption(deskId!)
    expect((await answered).status()).toBe(200)
    await settled(page)
    expect(new URL(page.url()).searchParams.get('desk')).toBe(deskId)

    const after = await details()
    expect(after.map((card) => card.key)).toEqual(before.map((card) => card.key))
    expect(after).not.toEqual(before)
    const aiBefore = before.find((card) => card.key === 'aiShare')!
    const aiAfter = after.find((card) => card.key === 'aiShare')!
    expect(aiAfter.detail).not.toBe(aiBefore.detail)
    // Revenue has no desks: the page says the desk filter does not apply to it.
    await page.getByTestId('revenue-desk-note').waitFor()

    // The link is the view: opened afresh, it shows the same filtered figures.
    await openDashboard(page, `?${new URL(page.url()).searchParams}`)
    await expect(page.getByTestId('figures-desk').inputValue()).resolves.toBe(deskId)
    expect(await details()).toEqual(after)

    await page.getByTestId('figures-clear').click()
    await settled(page)
    expect(new URL(page.url()).searchParams.get('desk')).toBeNull()
  })

  it('opens the records behind a KPI, page by page', async () => {
    await openDashboard(page)
    const card = page.locator('[data-testid="kpi-card"][data-kpi="security"]')
    await card.getByTestId('kpi-drill').click()
    const drill = page.locator('[data-testid="drill-down"][data-kpi="security"]')
    await drill.waitFor()
    await drill.locator('[data-testid="drill-row"]').first().waitFor()
    await expect(drill.locator('[data-testid="drill-row"]').count()).resolves.toBeGreaterThan(0)
    await expect(drill.getByTestId('drill-page').innerText()).resolves.toMatch(
      /^Trang 1\/\d+ · [\d.]+ bản ghi$/,
    )
    expect(new URL(page.url()).searchParams.get('kpi')).toBe('security')
    await page.screenshot({ path: path.join(SHOTS, 'figures-drill-down.png'), fullPage: true })

    // A KPI counted from stories lists them with their headlines, linked to the story.
    await page.locator('[data-testid="kpi-card"][data-kpi="aiShare"]').getByTestId('kpi-drill').click()
    const stories = page.locator('[data-testid="drill-down"][data-kpi="aiShare"]')
    await stories.waitFor()
    await stories.locator('[data-testid="drill-row"], [data-testid="drill-empty"]').first().waitFor()
    await expect(stories.getByTestId('drill-error').count()).resolves.toBe(0)

    await stories.getByTestId('drill-close').click()
    await page.locator('[data-testid="drill-down"]').waitFor({ state: 'detached' })
    expect(new URL(page.url()).searchParams.get('kpi')).toBeNull()
  })

  it('downloads the annual report as PDF and XLSX', async () => {
    await openDashboard(page)
    const pdf = await page.getByTestId('report-pdf').getAttribute('href')
    const xlsx = await page.getByTestId('report-xlsx').getAttribute('href')
    expect(pdf).toMatch(/\/api\/kpis\/report\?year=\d{4}&format=pdf$/)
    // From inside the page: Payload takes the session cookie from same-origin requests only.
    const fetched = (href: string) =>
      page.evaluate(async (url) => {
        const answer = await fetch(url, { credentials: 'include' })
        const bytes = new Uint8Array(await answer.arrayBuffer())
        return {
          status: answer.status,
          type: answer.headers.get('content-type') ?? '',
          disposition: answer.headers.get('content-disposition') ?? '',
          head: String.fromCharCode(...bytes.slice(0, 4)),
          size: bytes.length,
        }
      }, href)
    const pdfAnswer = await fetched(pdf!)
    expect(pdfAnswer).toMatchObject({ status: 200, head: '%PDF' })
    expect(pdfAnswer.type).toContain('application/pdf')
    expect(pdfAnswer.disposition).toMatch(/attachment.*bao-cao-chuyen-doi-so-\d{4}\.pdf/)
    expect(pdfAnswer.size).toBeGreaterThan(1000)
    const xlsxAnswer = await fetched(xlsx!)
    expect(xlsxAnswer).toMatchObject({ status: 200, head: 'PK\u0003\u0004' })
    expect(xlsxAnswer.type).toContain('spreadsheetml')
  }, 120_000)

  it('imports a platform export from the page: figures grow by exactly its rows, a repeat is refused', async () => {
    await openDashboard(page)
    const form = page.getByTestId('audience-import')
    await form.waitFor()
    // A story the demo has published, as the API lists it to the manager's session.
    const storyId = await page.evaluate(async () => {
      const answer = await fetch('/api/stories?where[workflowState][equals]=published&limit=1&depth=0', {
        credentials: 'include',
      })
      return ((await answer.json()) as { docs: { id: number }[] }).docs[0]!.id
    })
    const today = new Date().toLocaleDateString('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' })
    const csv = (views: number) =>
      Buffer.from(`ngày;bài;nền tảng;lượt xem;chia sẻ\n${today};${storyId};Zalo OA;${views};7\n`)
    const reported = () =>
      page.waitForResponse((response) => response.url().includes('/api/audience/report?'))
    const viewsOf = async (answer: ReturnType<typeof reported>) =>
      ((await (await answer).json()) as { views: number }).views

    // The totals the page shows now, asked afresh so the import below is the only change.
    const first = reported()
    await page.reload()
    const before = await viewsOf(first)
    await settled(page)

    const refreshed = reported()
    await form.getByTestId('audience-import-file').setInputFiles({
      name: 'zalo-hom-nay.csv',
      mimeType: 'text/csv',
      buffer: csv(4321),
    })
    await form.getByRole('button', { name: 'Nhập tệp' }).click()
    await expect(page.getByTestId('audience-import-done').innerText()).resolves.toMatch(/Đã nhập 1 dòng/)
    expect(await viewsOf(refreshed)).toBe(before + 4321)

    // The same file again: refused, nothing counted twice, no offer to replace.
    await form.getByRole('button', { name: 'Nhập tệp' }).click()
    const refused = page.getByTestId('audience-import-errors')
    await expect(refused.innerText()).resolves.toMatch(/đã được nhập/)
    await expect(refused.getByRole('button').count()).resolves.toBe(0)

    // Other figures for the same story, platform and day: listed, replaced only when confirmed.
    await form.getByTestId('audience-import-file').setInputFiles({
      name: 'zalo-hom-nay-sua.csv',
      mimeType: 'text/csv',
      buffer: csv(5000),
    })
    await form.getByRole('button', { name: 'Nhập tệp' }).click()
    await expect(refused.innerText()).resolves.toMatch(/Dòng 2.*replace=true/s)
    page.once('dialog', (dialog) => void dialog.accept())
    const replaced = reported()
    await refused.getByRole('button', { name: 'Thay số liệu trùng bằng số trong tệp' }).click()
    await expect(page.getByTestId('audience-import-done').innerText()).resolves.toMatch(/thay 1 dòng cũ/)
    expect(await viewsOf(replaced)).toBe(before + 5000)
  }, 120_000)

  it('hides revenue from a desk chief, with a note, and shows the rest', async () => {
    const chiefPage = await desktopPage(browser)
    try {
      await logIn(chiefPage, server.url, deskChief)
      await openDashboard(chiefPage)
      await chiefPage.getByTestId('revenue-forbidden').waitFor()
      await expect(chiefPage.locator('[data-testid="chart-revenue"]').count()).resolves.toBe(0)
      await expect(chiefPage.locator('[data-testid="kpi-card"]').count()).resolves.toBe(9)
      // The annual report and the revenue records hold the ledger's amounts: not offered to a desk chief.
      await expect(chiefPage.getByTestId('report-downloads').count()).resolves.toBe(0)
      await expect(chiefPage.locator('[data-testid="kpi-drill"]').count()).resolves.toBe(8)
      // Desk chiefs read the audience but do not import it.
      await chiefPage.getByTestId('audience-section').waitFor()
      await expect(chiefPage.getByTestId('audience-import').count()).resolves.toBe(0)
    } finally {
      await chiefPage.context().close()
    }
  }, 90_000)
})
