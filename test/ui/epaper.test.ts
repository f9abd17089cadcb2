import { existsSync, mkdirSync } from 'node:fs'
import { once } from 'node:events'
import type { Server } from 'node:http'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { type Browser, chromium, type Page } from 'playwright-core'

import { startWorker } from '../../plugins/jobs'
import { auth, createStoryIn, startNewsroom, type TestNewsroom, waitFor } from '../helpers/newsroom'
import { articleOf, newspaperPdf, SAMPLE_STORIES, sampleStoryData } from '../helpers/pdfs'
import { rootDir } from './server'

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const SHOTS = path.join(rootDir, 'test-results')

let newsroom: TestNewsroom
let worker: { close: (graceMs?: number) => Promise<void> }
let server: Server
let url: string
let browser: Browser
let page: Page
let edition: number | string
let bridge: number | string

/** An edition of two printed pages, processed by the real worker and published. */
async function publishedEdition() {
  const agency = (await newsroom.payload.find({ collection: 'agencies', limit: 1 })).docs[0]!.id
  const publication = await newsroom.payload.create({
    collection: 'publications',
    data: { name: 'Báo Hưng Yên', code: 'BHY', kind: 'print', agency } as never,
  })
  const ids: Record<string, number | string> = {}
  for (const [key, story] of Object.entries(SAMPLE_STORIES)) {
    ids[key] = (await createStoryIn(newsroom, 'published', sampleStoryData(story))).id
  }
  bridge = ids.bridge!
  const doc = await newsroom.payload.create({
    collection: 'editions',
    data: {
      publication: publication.id,
      number: 21,
      date: '2026-03-10',
      pages: [{ number: 1, colour: 'colour' }, { number: 2 }],
    } as never,
  })
  edition = doc.id
  for (const [key, pageNumber] of [
    ['bridge', 1],
    ['rice', 1],
    ['school', 2],
  ] as const) {
    await newsroom.payload.create({
      collection: 'placements',
      data: { edition, story: ids[key], page: pageNumber } as never,
    })
  }
  const { pdf } = await newspaperPdf([
    {
      masthead: 'BÁO HƯNG YÊN — Thứ Ba, 10/3/2026',
      articles: [
        articleOf(SAMPLE_STORIES.bridge, { x: 0.06, y: 0.08, w: 0.88, h: 0.3 }),
        articleOf(SAMPLE_STORIES.rice, { x: 0.06, y: 0.5, w: 0.42, h: 0.4 }),
      ],
    },
    { articles: [articleOf(SAMPLE_STORIES.school, { x: 0.5, y: 0.12, w: 0.44, h: 0.45 })] },
  ])
  const uploaded = await newsroom
    .http()
    .post(`/api/editions/${edition}/epaper`)
    .set(auth(newsroom.users.editor.token))
    .attach('file', pdf, { filename: 'so-21.pdf', contentType: 'application/pdf' })
  expect(uploaded.status).toBe(202)
  await waitFor(
    async () => {
      const current = await newsroom.payload.findByID({ collection: 'editions', id: edition, depth: 0 })
      return (current as { epaper?: { status?: string } }).epaper?.status === 'ready'
    },
    { timeoutMs: 120_000, intervalMs: 250, what: 'the e-paper to be rendered' },
  )
  const published = await newsroom
    .http()
    .post(`/api/editions/${edition}/epaper/publish`)
    .set(auth(newsroom.users.deskChief.token))
    .send({ published: true })
  expect(published.status).toBe(200)
}

const label = () => page.locator('[data-testid="page-label"]')
const imageSource = () => page.locator('#page-image').getAttribute('src')

describe('e-paper reader on a phone', () => {
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH.`)
    }
    mkdirSync(SHOTS, { recursive: true })
    newsroom = await startNewsroom()
    worker = startWorker(newsroom.payload, { queues: ['media'] })
    await publishedEdition()
    server = newsroom.app.listen(0, '127.0.0.1')
    await once(server, 'listening')
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--no-first-run',
      ],
    })
    const context = await browser.newContext({
      locale: 'vi-VN',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    })
    page = await context.newPage()
    page.setDefaultTimeout(15_000)
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    server?.closeAllConnections()
    server?.close()
    await worker?.close()
    await newsroom?.stop()
  })

  it('lists the edition, flips, zooms and opens an article from a zone', async () => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))

    await page.goto(`${url}/epaper`)
    const card = page.locator('[data-testid="epaper-edition"]')
    await expect(card.textContent()).resolves.toContain('Số 21 — 10/03/2026')
    await card.tap()

    await page.waitForURL(`${url}/epaper/${edition}#trang-1`)
    await expect(label().textContent()).resolves.toBe('Trang 1/2')
    await page.waitForFunction(
      () => (document.getElementById('page-image') as HTMLImageElement).naturalWidth === 1200,
    )

    await page.tap('#next')
    await page.waitForFunction(() => document.getElementById('page-label')?.textContent === 'Trang 2/2')
    expect(await imageSource()).toBe(`/epaper/${edition}/pages/2/screen.webp`)

    // A real swipe to the right (finger moving right) goes back a page.
    const cdp = await page.context().newCDPSession(page)
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y: 400, id: 7 }],
      })
    await touch('touchStart', 80)
    // Moves a few milliseconds apart and a rest before lifting: a swipe, not a fling (a tap during a
    // fling only stops it, so the next tap would be lost).
    for (const x of [140, 200, 260, 300]) {
      await touch('touchMove', x)
      await new Promise((resolve) => setTimeout(resolve, 30))
    }
    await new Promise((resolve) => setTimeout(resolve, 150))
    await touch('touchEnd', 300)
    await page.waitForFunction(() => document.getElementById('page-label')?.textContent === 'Trang 1/2')

    await page.tap('#zoom-in')
    await page.waitForFunction(() => document.getElementById('zoom-label')?.textContent === '150%')
    expect(await imageSource()).toBe(`/epaper/${edition}/pages/1/zoom.webp`)
    await page.waitForFunction(
      () => (document.getElementById('page-image') as HTMLImageElement).naturalWidth === 2400,
    )
    await page.tap('#zoom-out')
    expect(await imageSource()).toBe(`/epaper/${edition}/pages/1/screen.webp`)

    const zone = page.locator(`.zone[data-story="${bridge}"]`)
    await expect(zone.getAttribute('aria-label')).resolves.toBe(`Đọc bài: ${SAMPLE_STORIES.bridge.headline}`)
    await zone.tap()
    await page.waitForFunction(
      (headline) => document.getElementById('article-title')?.textContent === headline,
      SAMPLE_STORIES.bridge.headline,
    )
    await expect(page.locator('#article .standfirst').textContent()).resolves.toBe(
      SAMPLE_STORIES.bridge.standfirst,
    )
    await page.screenshot({ path: path.join(SHOTS, 'epaper-reader.png') })
    expect(errors).toEqual([])
  }, 90_000)
})
