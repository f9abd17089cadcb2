import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'

import { type Browser, chromium, type Page } from 'playwright-core'

import type { DemoLogin } from '../../src/seed/logins'
import { rootDir } from './server'

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** Where the UI suites leave their screenshots. */
export const SHOTS = path.join(rootDir, 'test-results')

/** Debian's headless Chromium (CHROMIUM_PATH overrides); a missing one fails the suite with the fix. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH.`)
  }
  mkdirSync(SHOTS, { recursive: true })
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
  })
}

/** A Vietnamese desktop page of its own (cookies included), patient enough for a first KPI computation. */
export async function desktopPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1440, height: 1000 } })
  const page = await context.newPage()
  page.setDefaultTimeout(30_000)
  return page
}

/** Signs in through the admin's login form, as a person would. */
export async function logIn(page: Page, serverUrl: string, who: DemoLogin): Promise<void> {
  await page.goto(`${serverUrl}/admin/login`)
  await page.fill('#field-email', who.email)
  await page.fill('#field-password', who.password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL((url) => !url.pathname.includes('/login'))
}
