import { createHash, timingSafeEqual } from 'node:crypto'

import type { Express, Request } from 'express'
import type { Payload } from 'payload'

import { slugifyVietnamese } from '../../../src/lib/vietnamese'
import { TARGETS_SLUG } from '../collections/DistributionTargets'
import { renderAtom } from '../lib/feeds/atom'
import { renderJsonFeed } from '../lib/feeds/jsonFeed'
import { renderNewsSitemap } from '../lib/feeds/newsSitemap'
import { renderPodcast } from '../lib/feeds/podcast'
import { renderRss } from '../lib/feeds/rss'
import type { FeedChannel } from '../lib/feeds/types'
import { openCredentials } from '../lib/credentials'
import type { PublicCache } from '../lib/publicCache'
import { findPublicStories } from '../lib/publicQuery'
import type { DistributionRuntime } from '../lib/runtime'
import type { TargetRecord } from '../lib/targets'
import { badRequest, firstProblem, json, send } from './deliveryApi'
import { choiceParam, textParam } from './publicParams'

export const FEEDS = '/feeds'

const FORMATS = {
  'rss.xml': 'application/rss+xml; charset=utf-8',
  'atom.xml': 'application/atom+xml; charset=utf-8',
  'feed.json': 'application/feed+json; charset=utf-8',
  'podcast.xml': 'application/rss+xml; charset=utf-8',
} as const
type Format = keyof typeof FORMATS

const sameSecret = (a: string, b: string) => {
  const x = createHash('sha256').update(a).digest()
  const y = createHash('sha256').update(b).digest()
  return timingSafeEqual(x, y)
}

/** The partner whose token this is (aggregators fetch `?partner=<token>`), undefined when none matches. */
async function partnerFor(payload: Payload, runtime: DistributionRuntime, token: string) {
  const { docs } = await payload.find({
    collection: TARGETS_SLUG as never,
    where: { and: [{ kind: { equals: 'feed' } }, { active: { not_equals: false } }] },
    depth: 0,
    limit: 200,
    overrideAccess: true,
  })
  return (docs as unknown as Array<TargetRecord & { updatedAt?: string }>).find((target) => {
    let secret: string | undefined
    try {
      secret = openCredentials(target.credentialsSealed, runtime.credentialsKey).token
    } catch {
      // One partner's unreadable credentials (a changed secret) must not break the others' feeds.
      return false
    }
    return secret ? sameSecret(secret, token) : false
  })
}

type Publication = { id: number | string; name: string; code: string; kind: string; url?: string | null }
type Section = { id: number | string; name: string }

/**
 * RSS 2.0, Atom, JSON Feed and podcast RSS per publication (and per section), and the news
 * sitemap: built from the same public stories as the delivery API and cached with it, so a kill
 * leaves every feed at once. Excerpts by default; a partner's token gives it full text when its
 * target says so.
 */
export function mountFeeds(app: Express, payload: Payload, runtime: DistributionRuntime, cache: PublicCache) {
  const feed = async (
    req: Request,
    res: import('express').Response,
    next: import('express').NextFunction,
  ) => {
    const arrivedAt = performance.now()
    try {
      const format = choiceParam(req.params.format, 'format', Object.keys(FORMATS), '')
      const locale = choiceParam(req.query.locale, 'locale', runtime.locales, 'vi')
      const partner = textParam(req.query.partner, 'partner')
      const problem = firstProblem(format, locale, partner)
      if (problem) return badRequest(res, problem)
      const token = (partner as { value?: string }).value
      // Checked on every request, not cached: a revoked or changed partner takes effect at once.
      const target = token ? await partnerFor(payload, runtime, token) : undefined
      if (token && !target)
        return void res
          .status(403)
          .json({ errors: [{ message: 'Mã đối tác không hợp lệ (unknown partner token).' }] })
      const key = `feed:${req.params.publication}:${req.params.section ?? ''}:${req.params.format}:${(locale as { value: string }).value}:${target ? `${target.id}@${target.updatedAt ?? ''}` : ''}`
      const response = await cache.get(
        key,
        async () => {
          const settings = (target?.settings ?? {}) as { fullText?: boolean }
          const { docs: publications } = await payload.find({
            collection: 'publications',
            where: { code: { equals: req.params.publication } },
            limit: 1,
            depth: 0,
            overrideAccess: true,
          })
          const publication = publications[0] as unknown as Publication | undefined
          if (!publication)
            return json(404, { errors: [{ message: `Không có ấn phẩm "${req.params.publication}".` }] })
          let section: Section | undefined
          if (req.params.section) {
            const { docs: sections } = await payload.find({
              collection: 'sections',
              depth: 0,
              limit: 500,
              overrideAccess: true,
            })
            section = (sections as unknown as Section[]).find(
              (s) => slugifyVietnamese(s.name) === req.params.section || String(s.id) === req.params.section,
            )
            if (!section)
              return json(404, { errors: [{ message: `Không có chuyên mục "${req.params.section}".` }] })
          }
          const lang = (locale as { value: string }).value
          const page = await findPublicStories(payload, runtime, {
            page: 1,
            limit: runtime.feedItems,
            locale: lang,
            publication: publication.code,
            section: section ? String(section.id) : undefined,
          })
          const stories = page?.docs ?? []
          const path = `${FEEDS}/${publication.code}${section ? `/${req.params.section}` : ''}/${req.params.format}`
          const channel: FeedChannel = {
            title: section ? `${publication.name} — ${section.name}` : publication.name,
            description: `${publication.name}: tin mới nhất${section ? ` mục ${section.name}` : ''}`,
            link: publication.url && /^https?:/.test(publication.url) ? publication.url : runtime.siteURL,
            feedURL: `${runtime.serverURL}${path}`,
            language: lang,
            updatedAt: stories[0]?.updatedAt ?? new Date(0).toISOString(),
            copyright: `© ${runtime.agencyName}`,
            generator: 'Tòa soạn hội tụ',
          }
          const options = { fullText: Boolean(settings.fullText) }
          const fmt = req.params.format as Format
          const body =
            fmt === 'rss.xml'
              ? renderRss(channel, stories, options)
              : fmt === 'atom.xml'
                ? renderAtom(channel, stories, options)
                : fmt === 'feed.json'
                  ? renderJsonFeed(channel, stories, options)
                  : renderPodcast(
                      {
                        ...channel,
                        author: runtime.agencyName,
                        ownerName: runtime.agencyName,
                        ownerEmail: String((settings as Record<string, unknown>).ownerEmail ?? ''),
                        category: 'News',
                        explicit: false,
                        imageURL: String(
                          (settings as Record<string, unknown>).imageURL ?? `${runtime.siteURL}/podcast.png`,
                        ),
                      },
                      stories,
                    )
          return { status: 200, contentType: FORMATS[fmt], body: Buffer.from(body) }
        },
        arrivedAt,
      )
      send(req, res, response)
    } catch (error) {
      next(error)
    }
  }
  app.get(`${FEEDS}/sitemap-news.xml`, async (req, res, next) => {
    const arrivedAt = performance.now()
    try {
      const response = await cache.get(
        `sitemap-news:${Math.floor(Date.now() / 3_600_000)}`,
        async () => {
          const page = await findPublicStories(payload, runtime, { page: 1, limit: 1000, locale: 'vi' })
          const xml = renderNewsSitemap(runtime.agencyName, 'vi', page?.docs ?? [], new Date())
          return { status: 200, contentType: 'application/xml; charset=utf-8', body: Buffer.from(xml) }
        },
        arrivedAt,
      )
      send(req, res, response)
    } catch (error) {
      next(error)
    }
  })
  app.get(`${FEEDS}/:publication/:format`, feed)
  app.get(`${FEEDS}/:publication/:section/:format`, feed)
}
