import type { CollectionBeforeChangeHook } from 'payload'

import { parseClock } from '../lib/time'

/**
 * Keeps `startSeconds` and `endSeconds` in step with `start` and `durationSeconds` (the end may pass
 * 86 400: the item runs past midnight). Runs before field validation, so it leaves bad values
 * alone for the validators to name.
 */
export const deriveScheduleTimes: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const start = data.start ?? originalDoc?.start
  const duration = data.durationSeconds ?? originalDoc?.durationSeconds
  const startSeconds = typeof start === 'string' ? parseClock(start) : undefined
  if (startSeconds === undefined) return data
  data.startSeconds = startSeconds
  if (typeof duration === 'number' && Number.isInteger(duration) && duration > 0)
    data.endSeconds = startSeconds + duration
  return data
}
