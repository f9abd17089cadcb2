import type { CollectionBeforeOperationHook } from 'payload'

import { rememberDuplicateSource } from '../lib/duplicates'

export const noteDuplicateSource: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const source = (args as { duplicateFromID?: number | string | null }).duplicateFromID
  if (operation === 'create' && source !== undefined && source !== null) rememberDuplicateSource(req, source)
  return args
}
