import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { overHttp } from '../../../collections/Stories/hooks/requireRevision'
import { httpError } from '../../../src/lib/httpErrors'
import { relationId, type RelationId } from '../../../src/lib/relationId'
import { editionTitle } from '../lib/editionDate'
import { badIdMessage } from '../../../src/lib/lookupId'

type EditionDoc = {
  id: RelationId
  number?: number
  date?: string
  status?: string
  pages?: Array<{ number?: number }>
}

async function load<T>(req: PayloadRequest, collection: 'editions' | 'stories', id: RelationId) {
  const doc = await req.payload
    .findByID({ collection, id, depth: 0, overrideAccess: true, req, disableErrors: true })
    .catch(() => null)
  return (doc as T | null) ?? undefined
}

/**
 * A placement must land on a page its edition has (400 naming the pages it does have), take
 * a story not already in that edition (409) and not killed (409), and not change a printed
 * edition over the API (409). An id no row can have is a 400 here, before any query (PostgreSQL
 * would fail the request on it); unknown ids and wrong types are left to the field validation,
 * which runs after this hook and answers 400 naming the field.
 */
export const checkPlacement: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  for (const [label, value] of [
    ['Số báo', data.edition],
    ['Tin bài', data.story],
  ] as const) {
    const problem = badIdMessage(label, value)
    if (problem) throw httpError(400, problem)
  }
  const editionId = relationId(data.edition ?? originalDoc?.edition)
  const storyId = relationId(data.story ?? originalDoc?.story)
  const page = data.page ?? originalDoc?.page
  const edition = editionId === undefined ? undefined : await load<EditionDoc>(req, 'editions', editionId)
  if (!edition) return data
  const title = editionTitle(edition.number, edition.date)

  if (edition.status === 'printed' && overHttp(req.payloadAPI)) {
    throw httpError(409, `${title} đã in: không thay đổi dàn trang được nữa.`)
  }
  // Moving a story out of a printed edition changes that edition's record just the same.
  const fromId = relationId(originalDoc?.edition)
  if (fromId !== undefined && String(fromId) !== String(editionId) && overHttp(req.payloadAPI)) {
    const from = await load<EditionDoc>(req, 'editions', fromId)
    if (from?.status === 'printed')
      throw httpError(
        409,
        `${editionTitle(from.number, from.date)} đã in: không chuyển tin khỏi số báo này được.`,
      )
  }
  const pages = (edition.pages ?? []).map((p) => p.number).filter((n): n is number => Number.isInteger(n))
  if (Number.isInteger(page) && !pages.includes(page)) {
    const have = pages.length
      ? `Các trang hiện có: ${[...pages].sort((a, b) => a - b).join(', ')}.`
      : 'Số báo chưa có trang nào.'
    throw httpError(400, `Số báo ${title} không có trang ${page}. ${have}`)
  }

  if (storyId !== undefined) {
    const story = await load<{ headline?: string; workflowState?: string }>(req, 'stories', storyId)
    if (story?.workflowState === 'killed') {
      throw httpError(409, `Tin "${story.headline}" đã bị gỡ, không đưa lên trang báo in được.`)
    }
    const { docs } = await req.payload.find({
      collection: 'placements',
      where: {
        and: [
          { edition: { equals: editionId } },
          { story: { equals: storyId } },
          ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : []),
        ],
      },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    const other = docs[0] as { page?: number } | undefined
    if (other) {
      throw httpError(
        409,
        `Tin "${story?.headline ?? storyId}" đã có trên trang ${other.page} của ${title}: mỗi tin chỉ lên một lần mỗi số báo.`,
      )
    }
  }

  // No order given: last on its page, so new stories queue up in the order the desk adds them.
  const movedPage = originalDoc && page !== originalDoc.page
  if (
    Number.isInteger(page) &&
    (data.order === undefined || data.order === null) &&
    (!originalDoc || movedPage)
  ) {
    const { docs } = await req.payload.find({
      collection: 'placements',
      where: { and: [{ edition: { equals: editionId } }, { page: { equals: page } }] },
      sort: '-order',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    const last = (docs[0] as { order?: number | null } | undefined)?.order
    data.order = typeof last === 'number' ? last + 1 : 1
  }
  const slotValue: unknown = data.slot !== undefined ? data.slot : originalDoc?.slot
  const slot = typeof slotValue === 'string' ? slotValue.trim() : ''
  data.label = [title, `trang ${page}`, slot].filter(Boolean).join(' · ')
  return data
}
