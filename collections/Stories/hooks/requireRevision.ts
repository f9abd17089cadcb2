import type { CollectionBeforeOperationHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'

export const overHttp = (api: string | undefined) => api === 'REST' || api === 'GraphQL'

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
