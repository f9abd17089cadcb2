import type { CollectionBeforeOperationHook } from 'payload'

import { lockRundownRow } from '../lib/rowLock'

/**
 * An update of one rundown first locks its row (in the operation's transaction, before Payload reads
 * the stored document), so the version check in checkRundownVersion compares against the latest save.
 */
export const lockRundownForUpdate: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
  context,
}) => {
  if (operation !== 'update' || context.skipRundownLock) return args
  const id = (args as { id?: number | string | null }).id
  if (id !== undefined && id !== null) await lockRundownRow(req, id)
  return args
}
