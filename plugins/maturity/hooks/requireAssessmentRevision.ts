import type { CollectionBeforeOperationHook } from 'payload'

import { mayKeepFigures } from '../../../src/access/figures'
import { httpError } from '../../../src/lib/httpErrors'
import {
  checksRevision,
  invalidRevisionMessage,
  isMissingRevision,
  MISSING_REVISION_MESSAGE,
  parseRevision,
} from '../lib/revision'

/**
 * Optimistic concurrency, part one: a client's save of one assessment must say which revision it
 * read (428), else it could write back answers someone changed since. Checked on the raw request,
 * before Payload fills anything in. Bulk edits (by query) are explicit and exempt, and those who
 * may not edit at all get access control's 401/403 rather than this.
 */
export const requireAssessmentRevision: CollectionBeforeOperationHook = ({
  args,
  context,
  operation,
  req,
}) => {
  if (operation !== 'update' || !checksRevision(req.payloadAPI, context) || !mayKeepFigures(req)) return args
  const { id, data } = args as { id?: unknown; data?: { revision?: unknown } }
  if (id === undefined || id === null) return args
  const sent = data?.revision
  if (isMissingRevision(sent)) throw httpError(428, MISSING_REVISION_MESSAGE)
  if (parseRevision(sent) === undefined) throw httpError(400, invalidRevisionMessage(sent))
  return args
}
