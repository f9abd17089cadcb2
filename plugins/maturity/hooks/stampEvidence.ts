import type { CollectionBeforeChangeHook } from 'payload'

/** Who uploaded an evidence file, and a title from its name when none was given. */
export const stampEvidence: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create') data.uploadedBy = req.user?.id ?? null
  const title = typeof data.title === 'string' ? data.title.trim() : data.title
  if ((title === undefined || title === null || title === '') && typeof data.filename === 'string')
    data.title = data.filename.replace(/\.[^.]+$/, '')
  return data
}
