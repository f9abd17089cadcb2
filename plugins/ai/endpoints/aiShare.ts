import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '../../../src/access'
import { errorResponse } from '../../../src/lib/httpErrors'
import type { AiRuntime } from '../lib/runtime'
import { loadProvenance } from '../lib/provenance/loadProvenance'
import { classOf, computeShare, groupKeysOf, type GroupBy } from '../lib/share/computeShare'
import { loadShareStories, type ShareFilter } from '../lib/share/loadShareStories'

const DAY = /^\d{4}-\d{2}-\d{2}$/
const GROUPS: GroupBy[] = ['desk', 'channel', 'month']
const CLASSES = ['human', 'assisted', 'generated']

type Query = ShareFilter & { groupBy: GroupBy }

/** Period [from, to] in whole days (UTC); default: this month so far. */
function parseQuery(req: PayloadRequest): Query | Response {
  const q = (req.query ?? {}) as Record<string, unknown>
  const now = new Date()
  const fromRaw = q.from ?? `${now.toISOString().slice(0, 7)}-01`
  const toRaw = q.to ?? now.toISOString().slice(0, 10)
  if (typeof fromRaw !== 'string' || !DAY.test(fromRaw) || Number.isNaN(Date.parse(fromRaw))) {
    return errorResponse(400, `"from" phải là ngày dạng YYYY-MM-DD (nhận được "${String(fromRaw)}").`)
  }
  if (typeof toRaw !== 'string' || !DAY.test(toRaw) || Number.isNaN(Date.parse(toRaw))) {
    return errorResponse(400, `"to" phải là ngày dạng YYYY-MM-DD (nhận được "${String(toRaw)}").`)
  }
  const from = new Date(`${fromRaw}T00:00:00.000Z`)
  const to = new Date(Date.parse(`${toRaw}T00:00:00.000Z`) + 86_400_000)
  if (to <= from) return errorResponse(400, '"to" phải sau hoặc bằng "from".')
  const groupBy = (q.groupBy ?? 'desk') as GroupBy
  if (!GROUPS.includes(groupBy))
    return errorResponse(400, `"groupBy" phải là một trong ${GROUPS.join(', ')}.`)
  const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined)
  return { from, to, groupBy, desk: text(q.desk), channel: text(q.channel) }
}

function guard(req: PayloadRequest): Response | undefined {
  if (!req.user) return errorResponse(401, 'Cần đăng nhập.')
  if (!hasRole(req, 'deskChief', 'manager', 'admin')) {
    return errorResponse(403, 'Chỉ lãnh đạo, trưởng ban và quản trị xem được tỷ lệ tin bài có AI.')
  }
}

/** Who may see the figures, then the period and grouping they ask for; or the answer refusing it. */
function readShareQuery(req: PayloadRequest): Query | Response {
  return guard(req) ?? parseQuery(req)
}

const thresholdsOf = (runtime: AiRuntime) => ({
  assistedMinShare: runtime.settings.assistedMinShare,
  generatedMinShare: runtime.settings.generatedMinShare,
  taggingCountsAsAssisted: runtime.settings.taggingCountsAsAssisted,
})

/** `GET /api/ai/share`: AI share of published stories per period, desk, channel or month. */
export const aiShareEndpoint = (runtime: AiRuntime): Endpoint => ({
  path: '/ai/share',
  method: 'get',
  handler: async (req) => {
    const query = readShareQuery(req)
    if (query instanceof Response) return query
    const { rows, publicationById, deskNames } = await loadShareStories(req, query)
    const thresholds = thresholdsOf(runtime)
    const { total, groups } = computeShare(rows, query.groupBy, thresholds)
    const labelOf = (key: string) =>
      query.groupBy === 'desk'
        ? (deskNames.get(key) ?? 'Chưa có ban')
        : query.groupBy === 'channel'
          ? (publicationById.get(key)?.name ?? key)
          : key
    return Response.json({
      from: query.from.toISOString().slice(0, 10),
      to: new Date(query.to.getTime() - 86_400_000).toISOString().slice(0, 10),
      groupBy: query.groupBy,
      thresholds,
      total,
      groups: [...groups.entries()]
        .map(([key, bucket]) => ({ key, label: labelOf(key), ...bucket }))
        .sort((a, b) => (query.groupBy === 'month' ? a.key.localeCompare(b.key) : b.stories - a.stories)),
    })
  },
})

/** `GET /api/ai/share/stories`: the stories behind a figure, with their provenance. */
export const aiShareStoriesEndpoint = (runtime: AiRuntime): Endpoint => ({
  path: '/ai/share/stories',
  method: 'get',
  handler: async (req) => {
    const query = readShareQuery(req)
    if (query instanceof Response) return query
    const q = (req.query ?? {}) as Record<string, unknown>
    if (q.class !== undefined && !CLASSES.includes(String(q.class))) {
      return errorResponse(400, `"class" phải là một trong ${CLASSES.join(', ')}.`)
    }
    const page = Number(q.page ?? 1)
    const limit = Number(q.limit ?? 50)
    if (!Number.isInteger(page) || page < 1 || !Number.isInteger(limit) || limit < 1 || limit > 200) {
      return errorResponse(400, '"page" phải là số nguyên ≥ 1 và "limit" từ 1 đến 200.')
    }
    const thresholds = thresholdsOf(runtime)
    const { rows, deskNames } = await loadShareStories(req, query)
    const groupKey = typeof q.groupKey === 'string' ? q.groupKey : undefined
    const selected = rows.flatMap((row) => {
      const inGroup = groupKey
        ? groupKeysOf(row, query.groupBy).find((g) => g.key === groupKey)
        : { key: '', channel: 'website' as const }
      if (!inGroup) return []
      const { cls, share } = classOf(row, inGroup.channel, thresholds)
      if (q.class && cls !== q.class) return []
      return [{ row, cls, share }]
    })
    const pageRows = selected.slice((page - 1) * limit, page * limit)
    const provenance = await loadProvenance(
      req,
      pageRows.map((s) => s.row.id),
    )
    const userIds = [
      ...new Set(provenance.map((p) => (p as { acceptedBy?: unknown }).acceptedBy).filter(Boolean)),
    ]
    const users = userIds.length
      ? await req.payload.find({
          collection: 'users',
          where: { id: { in: userIds as never } },
          pagination: false,
          depth: 0,
          overrideAccess: true,
        })
      : { docs: [] }
    const userNames = new Map(
      users.docs.map((u) => [String(u.id), (u as { fullName?: string }).fullName ?? u.email]),
    )
    return Response.json({
      docs: pageRows.map(({ row, cls, share }) => ({
        id: row.id,
        headline: row.headline,
        publishedAt: row.publishedAt,
        desk: row.desk === null ? null : { id: row.desk, name: deskNames.get(String(row.desk)) ?? '' },
        channels: row.channels.map((c) => ({ ...c, name: row.channelNames.get(String(c.id)) ?? '' })),
        class: cls,
        share: Math.round(share * 10_000) / 10_000,
        provenance: provenance
          .filter((p) => String(p.story) === String(row.id))
          .map((p) => {
            const r = p as typeof p & Record<string, unknown>
            const by = r.acceptedBy ? String(r.acceptedBy) : null
            return {
              field: r.field,
              locale: r.locale,
              task: r.task,
              kind: r.kind,
              model: r.model,
              providerLabel: r.providerLabel,
              promptVersion: r.promptVersion,
              acceptedBy: by ? { id: by, fullName: userNames.get(by) ?? '' } : null,
              acceptedAt: r.acceptedAt,
              aiChars: r.aiChars,
              survivingChars: r.survivingChars,
              tagsSurviving: r.tagsSurviving,
            }
          }),
      })),
      totalDocs: selected.length,
      page,
      totalPages: Math.max(1, Math.ceil(selected.length / limit)),
    })
  },
})
