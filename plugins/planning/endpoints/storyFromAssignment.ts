import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type Endpoint,
  type PayloadRequest,
} from 'payload'

import { hasRole } from '../../../src/access'
import { mayPlanForDesk } from '../../../src/access/planning'
import { errorResponse } from '../../../src/lib/httpErrors'
import { relationId } from '../../../src/lib/relationId'
import {
  findPlan,
  isLookupId,
  refreshPlanStatus,
  systemUpdate,
  type AssignmentDoc,
  type PlanDoc,
} from '../lib/planState'
import { channelIdsFor, storyDraft } from '../lib/storyDraft'
import { ASSIGNMENTS_SLUG, PLAN_ITEMS_SLUG } from '../types'

type Body = { headline?: string }

async function readBody(req: PayloadRequest): Promise<Body | Response> {
  let body: unknown
  try {
    const text = req.text ? await req.text() : ''
    body = text.trim() ? JSON.parse(text) : {}
  } catch {
    return errorResponse(400, 'Nội dung yêu cầu phải là một đối tượng JSON hợp lệ (hoặc để trống).')
  }
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return errorResponse(400, 'Nội dung yêu cầu phải là một đối tượng JSON.')
  const unknown = Object.keys(body).filter((key) => key !== 'headline')
  if (unknown.length)
    return errorResponse(400, `Không nhận trường: ${unknown.join(', ')} (chỉ có "headline").`)
  const { headline } = body as { headline?: unknown }
  if (headline === undefined) return {}
  if (typeof headline !== 'string' || !headline.trim() || headline.trim().length > 250)
    return errorResponse(400, '"headline" phải là chuỗi từ 1 đến 250 ký tự.')
  return { headline: headline.trim() }
}

/** One story per assignment even when the button is pressed twice: calls for one id take turns. */
const queue = new Map<string, Promise<unknown>>()
async function oneAtATime<T>(key: string, run: () => Promise<T>): Promise<T> {
  const current = (queue.get(key) ?? Promise.resolve()).catch(() => undefined).then(run)
  queue.set(key, current)
  try {
    return await current
  } finally {
    if (queue.get(key) === current) queue.delete(key)
  }
}

/** Who may turn this assignment into a story: its own reporter, or a planner of the plan's desk. */
function refusal(req: PayloadRequest, assignment: AssignmentDoc, plan: PlanDoc): Response | undefined {
  if (hasRole(req, 'reporter')) {
    if (String(relationId(assignment.assignee)) !== String(req.user!.id))
      return errorResponse(403, 'Phóng viên chỉ tạo được tin bài từ nhiệm vụ được giao cho mình.')
    return undefined
  }
  if (!mayPlanForDesk(req, relationId(plan.desk)))
    return errorResponse(403, 'Bạn chỉ tạo được tin bài từ phân công của ban mình phụ trách.')
  return undefined
}

async function publicationsOf(req: PayloadRequest) {
  const { docs } = await req.payload.find({
    collection: 'publications',
    depth: 0,
    pagination: false,
    select: { kind: true, active: true },
    req,
    overrideAccess: true,
  })
  return docs
}

/** Creates (or links) the story, then links assignment and plan item; the caller's transaction. */
async function makeStory(req: PayloadRequest, id: string, body: Body): Promise<Response> {
  const found = await req.payload.find({
    collection: ASSIGNMENTS_SLUG,
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    req,
    overrideAccess: true,
  })
  const assignment = found.docs[0] as unknown as AssignmentDoc | undefined
  if (!assignment) return errorResponse(404, `Không có phân công "${id}".`)
  const plan = await findPlan(req, relationId(assignment.planItem)!)
  if (!plan) return errorResponse(404, `Phân công "${id}" không còn kế hoạch.`)
  const refused = refusal(req, assignment, plan)
  if (refused) return refused
  if (assignment.status === 'cancelled')
    return errorResponse(409, 'Phân công đã hủy; không tạo tin bài được.')
  if (relationId(assignment.story) !== undefined)
    return errorResponse(409, `Phân công đã có tin bài #${relationId(assignment.story)}.`)
  if (plan.status === 'dropped') return errorResponse(409, `Kế hoạch "${plan.title}" đã bị bỏ.`)

  const started = ['open', 'accepted'].includes(String(assignment.status)) ? { status: 'inProgress' } : {}
  const existing = relationId(plan.story)
  if (existing !== undefined) {
    // The plan already became a story (another assignment of it): this one joins that story.
    const linked = await systemUpdate(req, ASSIGNMENTS_SLUG, assignment.id, { story: existing, ...started })
    await refreshPlanStatus(req, plan.id)
    return Response.json({ created: false, story: { id: existing }, assignment: linked }, { status: 200 })
  }

  // Planners assign the story; a reporter taking up their own assignment starts writing it
  // (reporters cannot create stories in "assigned", see initialStatesFor).
  const workflowState = hasRole(req, 'reporter') ? 'drafting' : 'assigned'
  const data = storyDraft({
    plan,
    assignment,
    channels: channelIdsFor(plan, await publicationsOf(req)),
    workflowState,
    headline: body.headline,
  })
  const story = await req.payload.create({
    collection: 'stories',
    data: data as never,
    depth: 0,
    req,
    overrideAccess: false,
    user: req.user,
  })
  const linked = await systemUpdate(req, ASSIGNMENTS_SLUG, assignment.id, { story: story.id, ...started })
  await systemUpdate(req, PLAN_ITEMS_SLUG, plan.id, { story: story.id })
  await refreshPlanStatus(req, plan.id)
  const planItem = await findPlan(req, plan.id)
  return Response.json(
    {
      created: true,
      story: { id: story.id, headline: story.headline, workflowState: story.workflowState },
      assignment: linked,
      planItem,
    },
    { status: 201 },
  )
}

function failure(req: PayloadRequest, error: unknown): Response {
  const status = (error as { status?: number }).status
  if (status && status >= 400 && status < 500) {
    const data = (error as { data?: { errors?: Array<{ message?: string; path?: string }> } }).data
    const details = data?.errors?.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ')
    return errorResponse(status, `Không tạo được tin bài: ${details || (error as Error).message}`)
  }
  req.payload.logger.error({ err: error }, 'Creating a story from an assignment failed')
  return errorResponse(500, 'Lỗi máy chủ khi tạo tin bài từ phân công; không có gì được lưu, hãy thử lại.')
}

/**
 * `POST /api/assignments/:id/story`: the story of an assignment, made from its plan item (title,
 * desk, section, channels, lengths, assignee, a planning note), linked from the assignment and
 * the plan item, all in one transaction. Optional body `{ "headline": "…" }`.
 */
export const storyFromAssignmentEndpoint: Endpoint = {
  path: '/:id/story',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return errorResponse(401, 'Cần đăng nhập.')
    if (!hasRole(req, 'reporter', 'editor', 'deskChief', 'manager', 'admin'))
      return errorResponse(403, 'Chỉ nhân sự tòa soạn được tạo tin bài từ phân công.')
    const id = String(req.routeParams?.id ?? '')
    if (!/^\d+$/.test(id)) return errorResponse(400, `Mã phân công "${id}" không hợp lệ.`)
    if (!isLookupId(id)) return errorResponse(404, `Không có phân công "${id}".`)
    const body = await readBody(req)
    if (body instanceof Response) return body
    return oneAtATime(id, async () => {
      const shouldCommit = await initTransaction(req)
      try {
        const response = await makeStory(req, id, body)
        if (shouldCommit) await (response.ok ? commitTransaction(req) : killTransaction(req))
        return response
      } catch (error) {
        if (shouldCommit) await killTransaction(req)
        return failure(req, error)
      }
    })
  },
}
