import type { PayloadRequest } from 'payload'

import { holdAdvisoryLock, holdRowLock } from '../../../src/lib/transactionLocks'

/**
 * Holds a rundown's row until the request's transaction ends, so two saves of one rundown take
 * turns: the second reads the version the first wrote and is refused (409) instead of overwriting
 * it.
 */
export const lockRundownRow = (req: PayloadRequest, id: number | string) => holdRowLock(req, 'rundowns', id)

/**
 * Makes creations of one programme's rundown for one day take turns until the transaction ends, so
 * of two requests at once the second sees the first's rundown and gets a 409 (PostgreSQL would
 * otherwise let both pass the check and refuse the second at the unique index with a bare 400).
 */
export const lockProgrammeDay = (req: PayloadRequest, programme: number, date: string) =>
  holdAdvisoryLock(req, 'rundowns', `${programme}:${date}`)
