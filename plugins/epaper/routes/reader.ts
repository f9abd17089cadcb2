import { randomBytes } from 'node:crypto'

import type { Express, NextFunction, Request, Response } from 'express'
import { executeAuthStrategies, type Payload } from 'payload'

import { storageOf } from '../lib/editions'
import { decideAccess, viewerOf, type AccessDecision, type Viewer } from '../lib/readerAccess'
import {
  editionPages,
  findReaderEdition,
  listPublishedEditions,
  readerArticle,
  readerPages,
  type ReaderEdition,
} from '../lib/readerData'
import type { EpaperAccess, PageImage } from '../types'
import { articlePage, listPage, messagePage, readerPage, type LoginState } from './templates'

const LIST_SIZE = 24
const IMAGE_FILE = /^(thumb|screen|zoom)\.(webp|jpg)$/

type Handler = (req: Request, res: Response) => Promise<void>
type Context = { payload: Payload; mode: EpaperAccess }

function csp(nonce: string): string {
  return [
    "default-src 'none'",
    "img-src 'self' data: https:",
    `style-src 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

function sendHtml(res: Response, status: number, render: (nonce: string) => string) {
  const nonce = randomBytes(16).toString('base64')
  res
    .status(status)
    .set({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': csp(nonce),
      'cache-control': 'private, no-cache',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
    })
    .send(render(nonce))
}

const jsonError = (res: Response, status: number, message: string) =>
  void res
    .status(status)
    .set('cache-control', 'no-store')
    .json({ errors: [{ message }] })

/**
 * Who asks: Payload's own strategies read the `payload-token` cookie or an Authorization header.
 * Payload takes the cookie only from requests it can tell are same-site (its CSRF guard for
 * writes). These routes only read, and the SameSite=Lax cookie already stays off cross-site
 * subresources, so a subscriber following a link from Zalo or Facebook is still recognised.
 */
async function viewerFor(payload: Payload, req: Request): Promise<Viewer> {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value)
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item)
  }
  headers.delete('origin')
  headers.set('sec-fetch-site', 'same-origin')
  const { user } = await executeAuthStrategies({ headers, payload, canSetHeaders: false })
  return viewerOf(user as Record<string, unknown> | null)
}

const loginState = (mode: EpaperAccess, viewer: Viewer): LoginState =>
  mode === 'free' ? { mode } : { mode, signedIn: viewer.kind === 'subscriber' }

/** The edition if this viewer may know it exists: published ones for everyone, all for staff. */
async function visibleEdition(ctx: Context, id: string, viewer: Viewer): Promise<ReaderEdition | undefined> {
  const edition = await findReaderEdition(ctx.payload, id)
  if (!edition) return undefined
  if (viewer.kind === 'staff') return edition
  return edition.published && edition.pageCount > 0 ? edition : undefined
}

const wrap =
  (handler: Handler) =>
  (req: Request, res: Response, next: NextFunction): void => {
    handler(req, res).catch(next)
  }

const wantsJson = (req: Request) =>
  req.query.format === 'json' || req.accepts(['text/html', 'application/json']) === 'application/json'

function refuse(
  res: Response,
  decision: Exclude<AccessDecision, { ok: true }>,
  json: boolean,
  login: LoginState,
) {
  if (json) return jsonError(res, decision.status, decision.message)
  sendHtml(res, decision.status, (nonce) => messagePage(nonce, 'Báo in điện tử', decision.message, login))
}

/**
 * The public e-paper reader, beside /api: `/epaper` (published editions), `/epaper/:id` (the
 * reader), `/epaper/:id/pages/:n/:size.(webp|jpg)` (page images) and `/epaper/:id/articles/:story`
 * (JSON with `?format=json` or Accept, else HTML). With EPAPER_ACCESS=subscribers, pages and
 * articles need a subscriber in force (or staff); covers on the list stay public.
 */
export function mountReader(app: Express, payload: Payload, mode: EpaperAccess) {
  const ctx: Context = { payload, mode }

  app.get(
    '/epaper',
    wrap(async (req, res) => {
      const page = Math.max(1, Math.min(1000, Number.parseInt(String(req.query.page ?? '1'), 10) || 1))
      const [viewer, list] = await Promise.all([
        viewerFor(payload, req),
        listPublishedEditions(payload, page, LIST_SIZE),
      ])
      sendHtml(res, 200, (nonce) => listPage(nonce, list.editions, list, loginState(mode, viewer)))
    }),
  )

  app.get(
    '/epaper/:editionId',
    wrap(async (req, res) => {
      const viewer = await viewerFor(payload, req)
      const login = loginState(mode, viewer)
      const edition = await visibleEdition(ctx, String(req.params.editionId), viewer)
      if (!edition) {
        return sendHtml(res, 404, (n) =>
          messagePage(n, 'Không tìm thấy', 'Không có số báo này trên trang đọc báo.'),
        )
      }
      const decision = decideAccess(mode, viewer, new Date())
      if (!decision.ok) return refuse(res, decision, false, login)
      const pages = await readerPages(await editionPages(payload, edition.id), payload)
      if (!pages.length) {
        return sendHtml(res, 404, (n) => messagePage(n, edition.title, 'Số báo này chưa có trang nào.'))
      }
      sendHtml(res, 200, (nonce) => readerPage(nonce, edition, pages))
    }),
  )

  app.get(
    '/epaper/:editionId/pages/:number/:file',
    wrap(async (req, res) => {
      const number = Number(req.params.number)
      const file = IMAGE_FILE.exec(String(req.params.file))
      if (!Number.isInteger(number) || number < 1 || !file)
        return jsonError(res, 404, 'Không có ảnh trang này.')
      const [, size, format] = file
      const viewer = await viewerFor(payload, req)
      const edition = await visibleEdition(ctx, String(req.params.editionId), viewer)
      if (!edition) return jsonError(res, 404, 'Không tìm thấy số báo này.')
      // The front-page thumbnail is the edition's cover on the list, shown to everyone.
      const cover = number === 1 && size === 'thumb' && edition.published
      const decision = cover ? ({ ok: true } as const) : decideAccess(mode, viewer, new Date())
      if (!decision.ok) return jsonError(res, decision.status, decision.message)
      const [page] = await editionPages(payload, edition.id, number)
      const image = (page?.images ?? []).find((i: PageImage) => i.size === size && i.format === format)
      if (!page || !image) return jsonError(res, 404, `Số báo chưa có ảnh ${size} của trang ${number}.`)
      const etag = `"g${page.generation ?? 0}-${size}-${format}-${image.filesize}"`
      const cache = !edition.published
        ? 'private, no-cache'
        : mode === 'free' || cover
          ? 'public, max-age=3600'
          : 'private, max-age=3600'
      res.set({ etag, 'cache-control': cache, 'x-content-type-options': 'nosniff' })
      if (req.headers['if-none-match'] === etag) return void res.status(304).end()
      let object
      try {
        object = await storageOf(payload).read(image.key)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
        return jsonError(res, 404, `Ảnh trang ${number} không còn trong kho lưu trữ.`)
      }
      res.status(200).set({
        'content-type': format === 'webp' ? 'image/webp' : 'image/jpeg',
        'content-length': String(object.size),
      })
      object.body.on('error', (error) => res.destroy(error))
      object.body.pipe(res)
    }),
  )

  app.get(
    '/epaper/:editionId/articles/:storyId',
    wrap(async (req, res) => {
      const json = wantsJson(req)
      const viewer = await viewerFor(payload, req)
      const edition = await visibleEdition(ctx, String(req.params.editionId), viewer)
      const notFound = (message: string) =>
        json
          ? jsonError(res, 404, message)
          : sendHtml(res, 404, (n) => messagePage(n, 'Không tìm thấy', message))
      if (!edition) return notFound('Không tìm thấy số báo này.')
      const decision = decideAccess(mode, viewer, new Date())
      if (!decision.ok) return refuse(res, decision, json, loginState(mode, viewer))
      const storyId = String(req.params.storyId)
      const article = /^[\w-]{1,64}$/.test(storyId)
        ? await readerArticle(payload, await editionPages(payload, edition.id), storyId)
        : undefined
      if (!article) return notFound('Bài này không có trong số báo.')
      if (json) return void res.set('cache-control', 'private, no-cache').json(article)
      sendHtml(res, 200, (nonce) => articlePage(nonce, edition, article))
    }),
  )
}
