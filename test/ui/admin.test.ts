import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { type Browser, chromium, type Page } from 'playwright-core'

import { DEMO_LOGINS } from '../../src/seed/logins'
import { assertAdminBuilt, rootDir, type RunningServer, startServer } from './server'

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const SHOTS = path.join(rootDir, 'test-results')
const login = DEMO_LOGINS.find((demo) => demo.role === 'admin')!

let server: RunningServer
let browser: Browser
let page: Page
let token = ''

async function rest<T>(method: string, route: string, body?: unknown): Promise<{ status: number; json: T }> {
  const res = await fetch(`${server.url}/api${route}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, json: (await res.json()) as T }
}

/**
 * The seed normally provides the demo users and stories. Until it does (or if it ever stops
 * creating them), build the minimum here so this suite still checks the admin rather than the seed.
 */
async function ensureDemoData(): Promise<void> {
  let auth = await rest<{ token?: string }>('POST', '/users/login', {
    email: login.email,
    password: login.password,
  })
  if (auth.status !== 200) {
    await rest('POST', '/users/first-register', {
      email: login.email,
      password: login.password,
      fullName: login.fullName,
    })
    auth = await rest<{ token?: string }>('POST', '/users/login', {
      email: login.email,
      password: login.password,
    })
  }
  if (auth.status !== 200) {
    throw new Error(
      `Demo login ${login.email} refused (HTTP ${auth.status}): are src/seed/logins.ts and the seed in step?`,
    )
  }
  token = auth.json.token ?? ''
  const stories = await rest<{ totalDocs: number }>('GET', '/stories?limit=1&depth=0')
  if (stories.json.totalDocs === 0) {
    const created = await rest('POST', '/stories', {
      headline: 'Khởi công cầu mới qua sông Hàn',
      print: { plannedLength: 2500, text: 'Sáng nay, thành phố khởi công cây cầu mới bắc qua sông Hàn.' },
    })
    expect(created.status).toBe(201)
  }
}

const shot = (name: string) =>
  page.screenshot({ path: path.join(SHOTS, `admin-${name}.png`), fullPage: false })

type DeliveryDoc = { id: number; status: string; target: number }

/** Polls the story's deliveries until `done` holds for them; the server's log on a timeout. */
async function deliveriesOf(storyId: number, done: (docs: DeliveryDoc[]) => boolean): Promise<DeliveryDoc[]> {
  const deadline = Date.now() + 30_000
  let docs: DeliveryDoc[] = []
  while (Date.now() < deadline) {
    const found = await rest<{ docs: DeliveryDoc[] }>(
      'GET',
      `/deliveries?where[story][equals]=${storyId}&depth=0&limit=50`,
    )
    docs = found.json.docs ?? []
    if (done(docs)) return docs
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`Deliveries of story ${storyId} still ${JSON.stringify(docs)}\n${server.output()}`)
}

/**
 * Waits (up to 30 s, then goes on) until nothing is queued or sent: starting the worker delivers
 * the seeded stories too, and the pages should be read once that burst of writes is over.
 */
async function deliveriesSettle(): Promise<void> {
  const inFlight = 'where[status][in][0]=queued&where[status][in][1]=sent'
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    const count = await rest<{ totalDocs: number }>('GET', `/deliveries/count?${inFlight}`)
    if (count.json.totalDocs === 0) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

/**
 * A partner feed the story meets and a full-text one it does not (it has no body), then the story
 * through the workflow to published as the demo admin: the worker confirms the first delivery,
 * the fan-out fails the second with its content problems.
 */
async function publishToFeeds(): Promise<{ storyId: number; headline: string; ok: number; refused: number }> {
  const target = async (data: Record<string, unknown>) => {
    const created = await rest<{ doc: { id: number } }>('POST', '/distribution-targets', data)
    expect(created.status).toBe(201)
    return created.json.doc.id
  }
  const ok = await target({
    name: 'Báo Mới (RSS)',
    kind: 'feed',
    domestic: true,
    settings: { feedURL: `${server.url}/feeds/web/rss.xml` },
  })
  const refused = await target({ name: 'Đối tác toàn văn', kind: 'feed', settings: { fullText: true } })
  const headline = 'Hưng Yên khai trương tuyến xe buýt điện đầu tiên'
  const created = await rest<{ doc: { id: number; revision: number } }>('POST', '/stories', {
    headline,
    standfirst: 'Sáng nay, tuyến xe buýt điện đầu tiên của tỉnh chính thức đón khách.',
    workflowState: 'drafting',
    distribution: { targets: [ok, refused] },
  })
  expect(created.status).toBe(201)
  const storyId = created.json.doc.id
  let revision = created.json.doc.revision
  for (const workflowState of ['submitted', 'edited', 'approved', 'published']) {
    const moved = await rest<{ doc: { revision: number }; errors?: unknown }>(
      'PATCH',
      `/stories/${storyId}`,
      {
        workflowState,
        revision,
      },
    )
    expect({ workflowState, status: moved.status, errors: moved.json.errors }).toEqual({
      workflowState,
      status: 200,
      errors: undefined,
    })
    revision = moved.json.doc.revision
  }
  return { storyId, headline, ok, refused }
}

/** The print meter's number once it shows `expected` (it re-renders on the next frame), or what it shows after 5 s. */
async function printMeter(expected: number): Promise<number> {
  const value = page.locator('.length-meter[data-kind="print"] .length-meter__value')
  const read = async () => Number((await value.innerText()).replace(/\D/g, ''))
  const deadline = Date.now() + 5000
  while ((await read()) !== expected && Date.now() < deadline) await page.waitForTimeout(50)
  return read()
}

describe('admin UI (headless Chromium against the built app)', () => {
  beforeAll(async () => {
    assertAdminBuilt()
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH.`)
    }
    mkdirSync(SHOTS, { recursive: true })
    // Generous: the first-start seed (sharp renditions of the demo images) takes ~25 s of it on 2 busy cores.
    server = await startServer(90_000)
    await ensureDemoData()
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    })
    // An English browser on purpose: the admin must still open in Vietnamese.
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } })
    page = await context.newPage()
    page.setDefaultTimeout(15_000)
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('opens in Vietnamese and logs a demo user in', async () => {
    await page.goto(`${server.url}/`)
    await page.waitForURL(/\/admin\/login/)
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('vi')
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor()
    await expect(page.locator('label[for="field-password"]').innerText()).resolves.toContain('Mật khẩu')
    await shot('login')

    await page.fill('#field-email', login.email)
    await page.fill('#field-password', login.password)
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await page.waitForURL((url) => !url.pathname.includes('/login'))
  })

  it('lists the stories and measures the print text live, before saving', async () => {
    await page.goto(`${server.url}/admin/collections/stories`)
    await page.locator('h1', { hasText: 'Tin bài' }).waitFor()
    await shot('stories')

    await page.locator('.table tbody a').first().click()
    await page.waitForURL(/\/admin\/collections\/stories\/[^/]+$/)
    const id = page.url().split('/').pop()!
    const stored = await rest<{ print?: { actualLength?: number } }>('GET', `/stories/${id}?depth=0`)
    expect(stored.status).toBe(200)

    await page.getByRole('button', { name: 'Phiên bản kênh' }).click()
    const printText = page.locator('#field-print__text')
    await printText.fill('Đà Nẵng khởi công cầu mới')
    // Grapheme count, diacritics included: 20 letters and 5 spaces.
    expect(await printMeter(25)).toBe(25)

    await printText.press('End')
    await page.keyboard.type(' qua sông Hàn')
    expect(await printMeter(38)).toBe(38)
    await page.locator('.length-meter[data-kind="print"]').scrollIntoViewIfNeeded()
    await shot('meter')

    // Live means client-side: nothing was saved, the stored measure is untouched.
    const after = await rest<{ print?: { actualLength?: number } }>('GET', `/stories/${id}?depth=0`)
    expect(after.json.print?.actualLength).toBe(stored.json.print?.actualLength)
  })

  it('saves from the editor with the optimistic-concurrency revision, and the stored measure follows', async () => {
    const id = page.url().split('/').pop()!
    const before = await rest<{ revision: number }>('GET', `/stories/${id}?depth=0`)
    await page.getByRole('button', { name: 'Lưu', exact: true }).click()
    const deadline = Date.now() + 15_000
    let after = before
    while (after.json.revision === before.json.revision && Date.now() < deadline) {
      await page.waitForTimeout(250)
      after = await rest<{ revision: number }>('GET', `/stories/${id}?depth=0`)
    }
    expect(after.json.revision).toBe(before.json.revision + 1)
    const stored = await rest<{ print?: { actualLength?: number; text?: string } }>(
      'GET',
      `/stories/${id}?depth=0`,
    )
    expect(stored.json.print).toMatchObject({
      text: 'Đà Nẵng khởi công cầu mới qua sông Hàn',
      actualLength: 38,
    })
    await shot('saved')
  })

  it('shows admins the job queues, with counts per queue and the failed jobs', async () => {
    await page.goto(`${server.url}/admin/jobs`)
    const dashboard = page.getByTestId('jobs-dashboard')
    await dashboard.waitFor({ timeout: 30_000 })
    const counts = page.getByTestId('queue-counts')
    await counts.getByText('Phân phối').waitFor({ timeout: 15_000 })
    expect(await counts.textContent()).toMatch(/Tư liệu.*Trợ lý AI.*Phân phối/s)
    await shot('jobs')
  })

  it('shows an asset with its processing status and where it is used', async () => {
    const media = await rest<{ docs: Array<{ id: number }> }>('GET', '/media?limit=1&depth=0')
    expect(media.json.docs.length).toBeGreaterThan(0)
    await page.goto(`${server.url}/admin/collections/media/${media.json.docs[0]!.id}`)
    const panel = page.getByTestId('media-processing-panel')
    await panel.waitFor({ timeout: 30_000 })
    // The panel reads the asset after it mounts ("loading"), then shows its processing status.
    await page.waitForFunction(
      () => {
        const status = document
          .querySelector('[data-testid="media-processing-panel"]')
          ?.getAttribute('data-status')
        return status !== undefined && status !== null && status !== 'loading'
      },
      undefined,
      { timeout: 15_000 },
    )
    expect(['pending', 'processing', 'ready', 'failed']).toContain(await panel.getAttribute('data-status'))
    await shot('media')
  })

  it('offers the AI assistant on a story, with the seeded suggestions waiting for a decision', async () => {
    const found = await rest<{ docs: Array<{ id: number }> }>(
      'GET',
      `/stories?where[slug][like]=ngao&limit=1&depth=0`,
    )
    const id =
      found.json.docs[0]?.id ??
      (await rest<{ docs: Array<{ id: number }> }>('GET', '/stories?limit=1&depth=0')).json.docs[0]!.id
    await page.goto(`${server.url}/admin/collections/stories/${id}`)
    await page.getByRole('main').getByRole('button', { name: 'Trợ lý AI' }).click()
    const panel = page.getByTestId('ai-panel')
    await panel.waitFor({ timeout: 30_000 })
    await page.getByTestId('ai-status').getByText('Cục bộ', { exact: false }).waitFor({ timeout: 15_000 })
    if (found.json.docs.length) await page.getByTestId('ai-suggestion').first().waitFor({ timeout: 15_000 })
    await shot('ai-panel')
  })

  it('shows managers the AI share of published stories with its thresholds and drill-down', async () => {
    await page.goto(`${server.url}/admin/ai`)
    const summary = page.getByTestId('ai-share-summary')
    await summary.waitFor({ timeout: 30_000 })
    await page.getByTestId('ai-share-period-year').click()
    await expect(page.getByTestId('ai-share-thresholds').innerText()).resolves.toContain('%')
    await page.waitForFunction(
      () => /\d/.test(document.querySelector('[data-testid="ai-share-total"]')?.textContent ?? ''),
      undefined,
      { timeout: 15_000 },
    )
    await shot('ai-share')
  })

  describe('distribution', () => {
    let published: Awaited<ReturnType<typeof publishToFeeds>>

    beforeAll(async () => {
      // Only now: the worker's writes beside the server's would otherwise race the tests above.
      await server.startWorker(['distribution'])
      published = await publishToFeeds()
      await deliveriesOf(
        published.storyId,
        (docs) =>
          docs.some((d) => d.target === published.ok && d.status === 'confirmed') &&
          docs.some((d) => d.target === published.refused && d.status === 'failed'),
      )
      await deliveriesSettle()
    }, 120_000)

    it('lists the deliveries at /admin/distribution, failures first, with retry and cancel for admins', async () => {
      await page.goto(`${server.url}/admin/distribution`)
      // Custom views have no <main>: the dashboard is the scope that keeps the nav's names out.
      await page.locator('h1', { hasText: 'Phát hành đa nền tảng' }).waitFor({ timeout: 30_000 })
      await page.getByTestId('distribution-nav-link').waitFor()
      const main = page.getByTestId('distribution-dashboard')
      const rows = main.getByTestId('delivery-row')
      await rows.first().waitFor({ timeout: 15_000 })

      const confirmed = main.locator('[data-testid="delivery-row"][data-status="confirmed"]', {
        hasText: 'Báo Mới (RSS)',
      })
      await expect(confirmed.innerText()).resolves.toMatch(
        new RegExp(
          `${published.headline}[\\s\\S]*Báo Mới \\(RSS\\)[\\s\\S]*Trong nước[\\s\\S]*Đăng[\\s\\S]*Đã xác nhận`,
        ),
      )
      await expect(confirmed.getByTestId('remote-link').getAttribute('href')).resolves.toBe(
        `${server.url}/feeds/web/rss.xml`,
      )
      const failed = main.locator('[data-testid="delivery-row"][data-status="failed"]', {
        hasText: 'Đối tác toàn văn',
      })
      await expect(failed.getByTestId('delivery-error').innerText()).resolves.toContain('toàn văn')
      // The default view lists what needs someone before what is settled.
      const statuses = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-status')))
      expect(statuses.indexOf('failed')).toBeLessThan(statuses.indexOf('confirmed'))
      await expect(failed.getByTestId('retry-delivery').isVisible()).resolves.toBe(true)
      await expect(confirmed.getByTestId('retry-delivery').count()).resolves.toBe(0)
      await expect(main.getByTestId('domestic-share').innerText()).resolves.toMatch(/\d.*%/)
      await page.screenshot({ path: path.join(SHOTS, 'distribution-view.png'), fullPage: false })

      // Cancelling asks first, then the row follows the record.
      page.once('dialog', (dialog) => void dialog.accept())
      await failed.getByTestId('cancel-delivery').click()
      await main
        .locator('[data-testid="delivery-row"][data-status="cancelled"]', { hasText: 'Đối tác toàn văn' })
        .waitFor({ timeout: 15_000 })
      await expect(main.getByTestId('delivery-action-error').count()).resolves.toBe(0)
    })

    it("shows the story's targets, their problems and latest deliveries in its sidebar", async () => {
      await page.goto(`${server.url}/admin/collections/stories/${published.storyId}`)
      const panel = page.getByRole('main').getByTestId('distribution-panel')
      await panel.waitFor({ timeout: 30_000 })
      await page
        .locator('[data-testid="distribution-panel"][data-state="loaded"]')
        .waitFor({ timeout: 15_000 })
      const ok = panel.locator(`[data-testid="distribution-target"][data-target-id="${published.ok}"]`)
      await expect(ok.innerText()).resolves.toMatch(
        /Báo Mới \(RSS\)[\s\S]*Trong nước[\s\S]*Đăng:[\s\S]*Đã xác nhận/,
      )
      const refused = panel.locator(
        `[data-testid="distribution-target"][data-target-id="${published.refused}"]`,
      )
      await expect(refused.getByTestId('target-problems').innerText()).resolves.toMatch(
        /^Chưa đạt yêu cầu: .*toàn văn/,
      )
      await panel.scrollIntoViewIfNeeded()
      await page.screenshot({ path: path.join(SHOTS, 'distribution-panel.png'), fullPage: false })
    })
  })
})
