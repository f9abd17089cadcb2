import type { CollectionBeforeChangeHook } from 'payload'

/** The creator is whoever saved the story first; clients cannot claim someone else's story. */
export const recordCreator: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    if (req.user) data.createdBy = req.user.id
  } else {
    data.createdBy = originalDoc?.createdBy ?? null
  }
  return data
}
