import type { CollectionBeforeChangeHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { overHttp } from './requireRevision'

/**
 * Optimistic concurrency, part two (part one is requireRevision): a stale revision means
 * someone saved in between; refusing it (409) keeps two editors from silently overwriting
 * each other. Every save bumps the revision, including
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
