import type { CollectionBeforeChangeHook } from 'payload'

/** Who closed the month and when: set by the server on creation, never by the client. */
export const stampPeriodClosure: CollectionBeforeChangeHook = ({ data, operation, req, originalDoc }) => {
  if (operation === 'create') {
    data.closedAt = new Date().toISOString()
    data.closedBy = req.user?.collection === 'users' ? req.user.id : null
  } else {
    data.closedAt = originalDoc?.closedAt
    data.closedBy = originalDoc?.closedBy
    data.month = originalDoc?.month
  }
  return data
}
