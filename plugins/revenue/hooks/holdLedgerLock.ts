import type { CollectionBeforeChangeHook } from 'payload'

import { lockLedger } from '../lib/ledgerLock'

/** Ledger writes take turns (see lockLedger); first of the ledger collections' beforeChange hooks. */
export const holdLedgerLock: CollectionBeforeChangeHook = async ({ data, req }) => {
  await lockLedger(req)
  return data
}
