import type { Express, Request, Response } from 'express'
import type { Payload } from 'payload'

import { toNinjs } from '../lib/feeds/ninjs'
import { PublicCache, type CachedResponse } from '../lib/publicCache'
import { findPublicStories, findPublicStory, forPublic, forPublicList } from '../lib/publicQuery'
import type { DistributionRuntime } from '../lib/runtime'
import { choiceParam, intParam, textParam, type ParamResult } from './publicParams'

export const DELIVERY_API = '/delivery/v1'

/** Clients revalidate every time (cheap: 304 on a matching ETag); the server cache is always current. */
const CACHE_CONTROL = 'public, max-age=0, must-revalidate'

export function send(req: Request, res: Response, response: CachedResponse) {
  res.setHeader('ETag', response.etag)
  res.setHeader('Cache-Control', CACHE_CONTROL)
  res.setHeader('Vary', 'Accept-Encoding')
  if (response.status === 200 && req.headers['if-none-match'] === response.etag) {
    res.status(304).end()
    return
  }
  res.status(response.status).type(response.contentType).send(response.body)
}

export function badRequest(res: Response, message: string) {
  res.status(400).json({ errors: [{ message }] })
}

export const json = (status: number, value: unknown) => ({
  status,
  contentType: 'application/json; charset=utf-8',
  body: Buffer.from(JSON.stringify(value)),
})

export function firstProblem(...results: ParamResult<unknown>[]): string | undefined {
  for (const result of results) if (!result.ok) return result.message
  return undefined
}

/**
 * The headless delivery API for the website and apps: published and corrected stories only, in
 * the public shape, with ETag and pagination, served from a cache that every publish,
 * correction and kill invalidates (see PublicCache).
 */
export function mountDeliveryApi(
  app: Express,
  payload: Payload,
  runtime: DistributionRuntime,
  cache: PublicCache,
) {
  app.get(`${DELIVERY_API}/stories`, async (req, res, next) => {
    const arrivedAt = performance.now()
    try {
      const page = intParam(req.query.page, 'page', 1, 1, 10_000)
      const limit = intParam(req.query.limit, 'limit', 20, 1, 50)
      const locale = choiceParam(req.query.locale, 'locale', runtime.locales, 'vi')
      const publication = textParam(req.query.publication, 'publication')
      const section = textParam(req.query.section, 'section')
      const body = choiceParam(req.query.body, 'body', ['none', 'html'], 'none')
      const problem = firstProblem(page, limit, locale, publication, section, body)
      if (problem) return badRequest(res, problem)
      const query = {
        page: (page as { value: number }).value,
        limit: (limit as { value: number }).value,
        locale: (locale as { value: string }).value,
        publication: (publication as { value?: string }).value,
        section: (section as { value?: string }).value,
      }
      const withBody = (body as { value: string }).value === 'html'
      const key = `list:${JSON.stringify(query)}:${withBody}`
      const response = await cache.get(
        key,
        async () => {
          const result = await findPublicStories(payload, runtime, query)
          if (!result) return json(404, { errors: [{ message: 'Không có ấn phẩm hoặc chuyên mục này.' }] })
          return json(200, { ...result, docs: result.docs.map((story) => forPublicList(story, withBody)) })
        },
        arrivedAt,
      )
      send(req, res, response)
    } catch (error) {
      next(error)
    }
  })

  app.get(`${DELIVERY_API}/stories/:slug{/:format}`, async (req, res, next) => {
    const arrivedAt = performance.now()
    try {
      const locale = choiceParam(req.query.locale, 'locale', runtime.locales, 'vi')
      const format = choiceParam(req.params.format, 'format', ['ninjs'], '')
      const slug = textParam(req.params.slug, 'slug')
      const problem = firstProblem(locale, format, slug)
      if (problem) return badRequest(res, problem)
      const key = `story:${req.params.slug}:${(locale as { value: string }).value}:${req.params.format ?? ''}`
      const response = await cache.get(
        key,
        async () => {
          const story = await findPublicStory(
            payload,
            runtime,
            req.params.slug,
            (locale as { value: string }).value,
          )
          if (!story)
            return json(404, { errors: [{ message: `Không có tin bài công khai "${req.params.slug}".` }] })
          if (req.params.format === 'ninjs')
            return json(200, toNinjs(story, { agencyName: runtime.agencyName, uriBase: runtime.siteURL }))
          return json(200, forPublic(story))
        },
        arrivedAt,
      )
      send(req, res, response)
    } catch (error) {
      next(error)
    }
  })
}
