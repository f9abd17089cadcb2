import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type Endpoint,
  type PayloadRequest,
} from 'payload'

import { errorResponse } from '../../../src/lib/httpErrors'
import { relationId } from '../../../src/lib/relationId'
import { AI_SUGGESTIONS_SLUG } from '../collections/AiSuggestions'
import { applyAcceptance, type DecidableSuggestion } from '../lib/decide/applyAcceptance'
import { AcceptError, type AcceptBody } from '../lib/decide/buildAcceptance'
import { canEditStory } from '../lib/storyAccess'

type Decision = { suggestion: DecidableSuggestion; body: AcceptBody }

/**
 * Decisions on one suggestion take turns in this process (a double click, an accept racing a
 * reject), and each re-reads the suggestion once it has its turn, so a suggestion is decided once.
 */
const decisionQueue = new Map<string, Promise<unknown>>()

async function oneAtATime<T>(key: string, run: () => Promise<T>): Promise<T> {
  const previous = decisionQueue.get(key) ?? Promise.resolve()
  const current = previous.catch(() => undefined).then(run)
  decisionQueue.set(key, current)
  try {
    return await current
  } finally {
    if (decisionQueue.get(key) === current) decisionQueue.delete(key)
  }
}

async function readBody(req: PayloadRequest): Promise<AcceptBody | Response> {
  try {
    const text = req.text ? await req.text() : ''
    const body = text ? JSON.parse(text) : {}
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new Error('not an object')
    return body as AcceptBody
  } catch {
    return errorResponse(400, 'Nội dung yêu cầu phải là một đối tượng JSON hợp lệ.')
  }
}

/** The suggestion, if it is ready and the user may edit its story; else the answer refusing it. */
async function loadDecidable(req: PayloadRequest, id: string): Promise<DecidableSuggestion | Response> {
  const suggestion = (await req.payload
    .findByID({ collection: AI_SUGGESTIONS_SLUG, id, depth: 0, req, overrideAccess: false })
    .catch(() => null)) as DecidableSuggestion | null
  if (!suggestion) return errorResponse(404, `Không tìm thấy gợi ý AI "${id}".`)
  if (suggestion.status !== 'ready') {
    return errorResponse(
      409,
      ['queued', 'running'].includes(suggestion.status)
        ? 'Gợi ý chưa có kết quả; hãy chờ xử lý xong.'
        : `Gợi ý này đã ở trạng thái "${suggestion.status}", không thể quyết định lại.`,
    )
  }
  if (!(await canEditStory(req, relationId(suggestion.story)!))) {
    return errorResponse(403, 'Bạn không có quyền sửa tin này nên không thể nhận hay bỏ gợi ý của nó.')
  }
  return suggestion
}

/** Payload errors carry their status; anything else is logged and reported without internals. */
function failure(req: PayloadRequest, error: unknown): Response {
  if (error instanceof AcceptError) return errorResponse(400, error.message)
  const status = (error as { status?: number }).status
  if (status === 403) return errorResponse(403, 'Bạn không có quyền sửa tin này nên không thể áp dụng gợi ý.')
  if (status && status >= 400 && status < 500) return errorResponse(status, (error as Error).message)
  req.payload.logger.error({ err: error }, 'Applying an AI suggestion failed')
  return errorResponse(500, 'Lỗi máy chủ khi áp dụng gợi ý; mọi thay đổi đã được hoàn tác, hãy thử lại.')
}

/** Runs a decision on one suggestion in its turn, inside one transaction: all of it or none. */
const decide =
  (run: (req: PayloadRequest, decision: Decision) => Promise<Response>): Endpoint['handler'] =>
  async (req) => {
    if (!req.user) return errorResponse(401, 'Cần đăng nhập.')
    const body = await readBody(req)
    if (body instanceof Response) return body
    const id = String(req.routeParams?.id ?? '')
    return oneAtATime(id, async () => {
      const shouldCommit = await initTransaction(req)
      try {
        const suggestion = await loadDecidable(req, id)
        const response = suggestion instanceof Response ? suggestion : await run(req, { suggestion, body })
        if (shouldCommit) await (response.ok ? commitTransaction(req) : killTransaction(req))
        return response
      } catch (error) {
        if (shouldCommit) await killTransaction(req)
        return failure(req, error)
      }
    })
  }

/** Accepting: see applyAcceptance. */
export const acceptSuggestion: Endpoint = {
  path: '/:id/accept',
  method: 'post',
  handler: decide(async (req, { suggestion, body }) =>
    Response.json(await applyAcceptance(req, suggestion, body)),
  ),
}

export const rejectSuggestion: Endpoint = {
  path: '/:id/reject',
  method: 'post',
  handler: decide(async (req, { suggestion, body }) => {
    const reason = (body as { reason?: unknown }).reason
    if (reason !== undefined && typeof reason !== 'string')
      return errorResponse(400, '"reason" phải là chuỗi.')
    const decided = await req.payload.update({
      collection: AI_SUGGESTIONS_SLUG,
      id: suggestion.id,
      data: {
        status: 'rejected',
        decidedBy: req.user!.id,
        decidedAt: new Date().toISOString(),
        decision: reason ? { reason } : null,
      } as never,
      req,
      overrideAccess: true,
      depth: 0,
    })
    return Response.json({ suggestion: decided })
  }),
}
