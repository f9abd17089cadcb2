import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The very first account (created from the admin's first-run screen) must be able to
 * administer the newsroom; everyone after it gets the role an admin gives them.
 */
export const assignFirstUserRole: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || data.role) return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  data.role = totalDocs === 0 ? 'admin' : 'reporter'
  return data
}
