import type { CollectionBeforeChangeHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'

/**
 * Optimistic concurrency: every update over HTTP must say which revision it was based on.
 * A stale revision means someone saved in between; refusing it (409) is what keeps two
 * editors from silently overwriting each other. Trusted server code (local API) is exempt
 * but still bumps the revision so open editors notice.
 */
export const checkRevision: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context }) => {
  if (operation === 'create') {
    data.revision = 1
    return data
  }
  const current = Number(originalDoc?.revision ?? 0)
  const overHttp = req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL'
  if (overHttp && !context.skipRevisionCheck) {
    if (data.revision === undefined || data.revision === null || data.revision === '') {
      throw httpError(
        428,
        `Thiếu số phiên bản (revision). Hãy gửi kèm "revision": ${current} — số phiên bản bạn đã đọc — để tránh ghi đè thay đổi của người khác.`,
        { currentRevision: current },
      )
    }
    if (Number(data.revision) !== current) {
      throw httpError(
        409,
        `Tin đã được người khác lưu (phiên bản ${current}, bạn đang sửa phiên bản ${data.revision}). Hãy tải lại tin và áp dụng lại thay đổi của bạn.`,
        { currentRevision: current, yourRevision: Number(data.revision) },
      )
    }
  }
  data.revision = current + 1
  return data
}
