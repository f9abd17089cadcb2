import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { type Browser, chromium, type Page } from 'playwright-core'

import { DEMO_LOGINS } from '../../src/seed/logins'
import { assertAdminBuilt, rootDir, type RunningServer, startServer } from './server'

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const SHOTS = path.join(rootDir, 'test-results')
const chief = DEMO_LOGINS.find((demo) => demo.key === 'manager')!

let server: RunningServer
let browser: Browser
let page: Page

const shot = (name: string) =>
  page.screenshot({ path: path.join(SHOTS, `desks-${name}.png`), fullPage: true })

/**
 * The desk chiefs' planning pages (story budget, print make-up, rundowns, airtime, e-paper zones)
 * against the built admin and the seeded demo newsroom, as a manager would open them.
 */
describe('planning desks in the admin (headless Chromium against the built app)', () => {
  beforeAll(async () => {
    assertAdminBuilt()
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH.`)
    }
    mkdirSync(SHOTS, { recursive: true })
    server = await startServer(90_000)
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
    })
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1440, height: 1000 } })
    page = await context.newPage()
    page.setDefaultTimeout(15_000)
    await page.goto(`${server.url}/admin/login`)
    await page.fill('#field-email', chief.email)
    await page.fill('#field-password', chief.password)
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await page.waitForURL((url) => !url.pathname.includes('/login'))
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows the week of the story budget with overdue and unassigned items standing out', async () => {
    await page.goto(`${server.url}/admin/planning`)
    await page.getByText('Lịch kế hoạch').first().waitFor()
    await page.locator('[data-testid="plan-card"]').first().waitFor()
    const cards = (flag: string) => page.locator(`[data-testid="plan-card"][data-${flag}="true"]`)
    await expect(cards('unassigned').count()).resolves.toBeGreaterThan(0)
    await expect(page.getByText('Khai mạc kỳ họp HĐND tỉnh cuối năm').count()).resolves.toBeGreaterThan(0)
    await shot('planning')
    // The overdue item is dated yesterday, which on a Monday (Vietnam time) is last week.
    if ((await cards('overdue').count()) === 0) {
      await page.getByText('‹ Tuần trước').click()
      await cards('overdue').first().waitFor()
    }
    await expect(cards('overdue').first().innerText()).resolves.toContain('Kết quả thu ngân sách 10 tháng')
  })

  it("shows today's rundown with its timing, and a move down keeps the running order timed", async () => {
    await page.goto(`${server.url}/admin/rundowns`)
    await page.getByText('Kịch bản chương trình').first().waitFor()
    const rows = page.locator('[data-testid="rundown-item"]')
    await rows.first().waitFor()
    const before = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-item-id')))
    expect(before.length).toBeGreaterThan(2)
    await rows.first().locator('[data-testid="move-down"]').click()
    const order = () => rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-item-id')))
    const deadline = Date.now() + 10_000
    while ((await order())[0] !== before[1] && Date.now() < deadline) await page.waitForTimeout(100)
    expect((await order()).slice(0, 2)).toEqual([before[1], before[0]])
    await shot('rundown')
  })

  it("shows tomorrow's printed edition page by page with the fit of each story", async () => {
    await page.goto(`${server.url}/admin/print`)
    await page.getByText('Dàn trang báo in').first().waitFor()
    await page.locator('[data-testid="print-dashboard"]').waitFor()
    for (const n of [1, 2, 3, 4]) await page.locator(`[data-testid="print-page-${n}"]`).waitFor()
    await expect(page.locator('[data-testid^="print-fit-"]').count()).resolves.toBe(7)
    await page.locator('[data-testid="print-package-link"]').waitFor()
    await shot('print')
  })

  it("reports yesterday's TV airtime against the quotas, with the items causing each violation", async () => {
    await page.goto(`${server.url}/admin/airtime`)
    await page.getByText('Tuân thủ thời lượng phát sóng').first().waitFor()
    const channel = page.locator('[data-testid="airtime-channel"]')
    await channel.locator('option', { hasText: 'Truyền hình' }).first().waitFor({ state: 'attached' })
    const tv = await channel.locator('option', { hasText: 'Truyền hình' }).first().getAttribute('value')
    await channel.selectOption(tv!)
    const yesterday = new Date(Date.now() + 7 * 3600_000 - 86_400_000).toISOString().slice(0, 10)
    await page.locator('[data-testid="airtime-date"]').fill(yesterday)
    await page.locator('[data-testid="airtime-timeline"]').waitFor()
    // The seeded day is the documented example: 67.27 % domestic and 32.73 % foreign with ads left out.
    await page.locator('[data-testid="airtime-rules"]').getByText('67,3').first().waitFor()
    await page.locator('[data-testid="airtime-violations"]').waitFor()
    await shot('airtime')
  })

  it("turns the seeded edition's PDF into e-paper pages with zones the admin can see and correct", async () => {
    await server.startWorker(['media'])
    const deadline = Date.now() + 150_000
    let pages = 0
    let last = ''
    while (pages < 4 && Date.now() < deadline) {
      // From inside the page: Payload takes the session cookie from same-origin requests only.
      ;({ pages, last } = await page.evaluate(async () => {
        const answer = await fetch('/api/epaper-pages?limit=1&depth=0', { credentials: 'include' })
        const text = await answer.text()
        return {
          pages: answer.ok ? ((JSON.parse(text) as { totalDocs?: number }).totalDocs ?? 0) : 0,
          last: `${answer.status} ${text.slice(0, 300)}`,
        }
      }))
      if (pages < 4) await page.waitForTimeout(1000)
    }
    expect({ pages, last: pages === 4 ? '' : `${last}\n${server.output().slice(-3000)}` }).toEqual({
      pages: 4,
      last: '',
    })
    await page.goto(`${server.url}/admin/epaper`)
    await page.getByText('Báo in điện tử').first().waitFor()
    await page.locator('[data-testid="epaper-page-thumb"]').first().click()
    await page.locator('[data-testid="zone-editor"]').waitFor()
    await expect(page.locator('[data-testid="zone-rect"]').count()).resolves.toBeGreaterThan(0)
    await shot('epaper-zones')
  }, 180_000)
})
