import type { CollectionBeforeChangeHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import {
  checksRevision,
  invalidRevisionMessage,
  isMissingRevision,
  parseRevision,
  staleRevisionMessage,
  storedRevision,
} from '../lib/revision'

/**
 * Optimistic concurrency, part two (part one is requireAssessmentRevision): a revision other than
 * the stored one means someone saved since it was read — points, notes, a linked evidence file —
 * and writing back the answers read then would silently undo that (409). Runs before every other
 * hook, so a stale save is refused before anything is checked or computed.
 */
export const checkAssessmentRevision: CollectionBeforeChangeHook = ({
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !checksRevision(req.payloadAPI, context) || isMissingRevision(data.revision))
    return data
  const sent = parseRevision(data.revision)
  if (sent === undefined) throw httpError(400, invalidRevisionMessage(data.revision))
  const current = storedRevision(originalDoc?.revision)
  if (sent !== current)
    throw httpError(409, staleRevisionMessage(current, sent), {
      currentRevision: current,
      yourRevision: sent,
    })
  return data
}
