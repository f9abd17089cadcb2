import type { CollectionBeforeChangeHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'

const overHttp = (api: string | undefined) => api === 'REST' || api === 'GraphQL'

/**
 * Optimistic concurrency: a save over HTTP that says which version it was based on is refused
 * (409) when someone saved since, so a producer's reorder never silently undoes a colleague's edit.
 * Every save bumps the version, trusted server code included.
 */
export const checkRundownVersion: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  if (operation === 'create') {
    data.version = 1
    return data
  }
  const current = Number(originalDoc?.version ?? 0)
  const sent = data.version
  if (sent !== undefined && sent !== null && !(typeof sent === 'number' && Number.isInteger(sent)))
    throw httpError(
      400,
      `"version" phải là số nguyên (phiên bản kịch bản bạn đã đọc), nhận được ${JSON.stringify(sent)}.`,
    )
  if (
    overHttp(req.payloadAPI) &&
    !context.skipVersionCheck &&
    sent !== undefined &&
    Number(sent) !== current
  ) {
    throw httpError(
      409,
      `Kịch bản đã được người khác sửa (phiên bản ${current}, bạn đang sửa phiên bản ${String(sent)}). Hãy tải lại rồi làm lại thao tác.`,
      { currentVersion: current, yourVersion: Number(sent) },
    )
  }
  data.version = current + 1
  return data
}
