import type { PayloadRequest } from 'payload'

import { holdAdvisoryLock } from '../../../src/lib/transactionLocks'

/**
 * Makes writes to one channel's schedule take turns until the request's transaction ends, so two
 * imports (or an import and a manual item) cannot both pass the overlap check and then both be
 * written.
 */
export const lockChannelSchedule = (req: PayloadRequest, channel: number | string) =>
  holdAdvisoryLock(req, 'airtime-schedule', String(channel))
