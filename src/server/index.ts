import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Request, Response } from 'express'
import { getPayload } from 'payload'

import { startScheduler } from '../../collections/Stories/publishDueStories'
import config from '../payload.config'
import { loadSettings, SettingsError } from '../config/settings'
import { seedIfEmpty } from '../seed'
import { closePayload } from './closePayload'
import { createApp } from './createApp'
import { startUploadTempSweeper } from '../lib/sweepIdle'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

async function createNextHandler(production: boolean) {
  if (production && !existsSync(path.join(rootDir, '.next', 'BUILD_ID'))) {
    throw new Error('The admin UI is not built: run `npm run build` first (scripts/run.sh does it for you).')
  }
  const { default: next } = await import('next')
  const nextApp = next({ dev: !production, dir: rootDir })
  await nextApp.prepare()
  const handle = nextApp.getRequestHandler()
  return (req: Request, res: Response) => handle(req, res)
}

async function main() {
  const settings = loadSettings()
  const apiOnly = process.argv.includes('--api-only')
  const payload = await getPayload({ config })
  if (settings.seedOnStart) await seedIfEmpty(payload)

  const nextHandler = apiOnly ? undefined : await createNextHandler(settings.production)
  const app = createApp({ payload, config, settings, nextHandler })
  const stopScheduler = startScheduler(payload, settings.schedulerIntervalSeconds)
  const stopSweeper = startUploadTempSweeper(settings.uploadTempDir)

  const server = app.listen(settings.port, settings.host, () => {
    payload.logger.info(
      `Tòa soạn hội tụ: ${settings.serverURL}${apiOnly ? ' (API only)' : '/admin'} — database ${payload.db.name}`,
    )
  })

  let stopping = false
  const shutdown = (signal: string) => {
    if (stopping) return
    stopping = true
    payload.logger.info(`${signal}: finishing open requests, then stopping`)
    stopScheduler()
    stopSweeper()
    app.close()
    server.close(async () => {
      await closePayload(payload)
      process.exit(0)
    })
    setTimeout(() => process.exit(0), 10_000).unref()
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
}

main().catch((error) => {
  if (error instanceof SettingsError) console.error(error.message)
  else console.error(error)
  process.exit(1)
})
