import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'

const overHttp = (api: string | undefined) => api === 'REST' || api === 'GraphQL'

/**
 * Optimistic concurrency, part one: a save of one story over HTTP must say which revision it
 * was based on. Checked on the raw request data, because by beforeChange Payload has filled
 * missing fields from the stored document. Bulk edits (by query) are explicit and exempt.
 */
export const requireRevision: CollectionBeforeOperationHook = ({ args, operation, req, context }) => {
  if (operation !== 'update' || !overHttp(req.payloadAPI) || context.skipRevisionCheck) return args
  const { id, data } = args as { id?: unknown; data?: { revision?: unknown } }
  const byId = id !== undefined && id !== null
  const revision = data?.revision
  if (byId && (revision === undefined || revision === null || revision === '')) {
    throw httpError(
      428,
      'Thiếu số phiên bản (revision) của tin bạn đã đọc. Hãy gửi kèm "revision" để tránh ghi đè thay đổi của người khác.',
    )
  }
  return args
}

/**
 * Part two: a stale revision means someone saved in between; refusing it (409) is what keeps
 * two editors from silently overwriting each other. Every save bumps the revision, including
 * trusted server code, so open editors notice.
 */
export const checkRevision: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context }) => {
  if (operation === 'create') {
    data.revision = 1
    return data
  }
  const current = Number(originalDoc?.revision ?? 0)
  const sent = data.revision
  if (
    overHttp(req.payloadAPI) &&
    !context.skipRevisionCheck &&
    sent !== undefined &&
    Number(sent) !== current
  ) {
    throw httpError(
      409,
      `Tin đã được người khác lưu (phiên bản ${current}, bạn đang sửa phiên bản ${sent}). Hãy tải lại tin và áp dụng lại thay đổi của bạn.`,
      { currentRevision: current, yourRevision: Number(sent) },
    )
  }
  data.revision = current + 1
  return data
}
