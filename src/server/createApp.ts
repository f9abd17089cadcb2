import express, { type Express, type NextFunction, type Request, type Response } from 'express'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type Payload, type SanitizedConfig } from 'payload'

import type { RouteMount } from '../../plugins/distribution'
import type { Settings } from '../config/settings'
import { sendFetchResponse, toFetchRequest } from './fetchBridge'
import { createHealthCheck } from './health'

export type AppOptions = {
  payload: Payload
  config: Promise<SanitizedConfig> | SanitizedConfig
  settings: Settings
  /** Next's request handler for the admin UI (absent in API-only mode: tests, benchmarks). */
  nextHandler?: (req: Request, res: Response) => Promise<void>
}

/**
 * The one HTTP server: Payload's REST and GraphQL APIs through handleEndpoints (no body parser
 * in front of /api), Payload's Next admin at /admin, and our own thin routes beside them.
 */
export function createApp({
  payload,
  config,
  settings,
  nextHandler,
}: AppOptions): Express & { close: () => void } {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', settings.trustProxy)
  const origin = settings.serverURL
  const health = createHealthCheck(payload, settings.redisURL)
  const graphqlPost = GRAPHQL_POST(config)

  app.get('/healthz', async (_req, res) => {
    const report = await health.check()
    res.status(report.database.ok ? 200 : 503).json(report)
  })

  // Plugins' own public routes (the delivery API, feeds): before /api and the admin's catch-all.
  for (const mount of (payload.config.custom as { routes?: RouteMount[] } | undefined)?.routes ?? []) {
    mount(app, payload)
  }

  app.post('/api/graphql', async (req, res, next) => {
    try {
      await sendFetchResponse(await graphqlPost(toFetchRequest(req, origin)), res)
    } catch (error) {
      next(error)
    }
  })

  app.use('/api', async (req, res, next) => {
    try {
      const response = await handleEndpoints({ config, request: toFetchRequest(req, origin) })
      await sendFetchResponse(response, res)
    } catch (error) {
      next(error)
    }
  })

  if (nextHandler) {
    // The admin defaults to Vietnamese: without a language cookie, Payload would follow the
    // browser's Accept-Language and most office browsers here are set to English.
    app.use('/admin', (req, _res, next) => {
      if (!/(?:^|;\s*)payload-lng=/.test(req.headers.cookie ?? '')) req.headers['accept-language'] = 'vi'
      next()
    })
    app.get('/', (_req, res) => res.redirect(302, '/admin'))
    app.all('/{*path}', (req, res) => nextHandler(req, res))
  } else {
    app.use((req, res) => {
      res.status(404).json({ errors: [{ message: `Không tìm thấy ${req.method} ${req.path}` }] })
    })
  }

  // Controlled messages only: never a stack trace to clients.
  app.use((error: Error, _req: Request, res: Response, _next: NextFunction) => {
    payload.logger.error({ err: error }, 'Unhandled HTTP error')
    if (!res.headersSent)
      res.status(500).json({ errors: [{ message: 'Lỗi máy chủ nội bộ (internal server error).' }] })
    else res.end()
  })

  return Object.assign(app, { close: () => health.close() })
}
