import type { PayloadRequest } from 'payload'

import { holdAdvisoryLock } from '../../../src/lib/transactionLocks'

/**
 * Makes every write to the ledger (entries, imports, closing a month) take turns until its
 * transaction ends, so a month cannot be closed while an import into it is half-way, and two
 * imports or entries cannot both pass the duplicate check. Ledger writes are a few a day: one
 * lock for the whole ledger costs nothing.
 */
export const lockLedger = (req: PayloadRequest) => holdAdvisoryLock(req, 'revenue-ledger')
