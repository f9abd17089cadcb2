import type { CollectionBeforeOperationHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'

/**
 * The page plan is internal: a visitor without a login gets 401 (Payload's own access check
 * would answer 403, which reads as "you may not" rather than "log in first").
 */
export const requirePrintLogin: CollectionBeforeOperationHook = ({ args, req }) => {
  if (req.payloadAPI === 'local' || req.user) return args
  throw httpError(401, 'Cần đăng nhập để xem hoặc sửa dàn trang báo in.')
}
