import type { CollectionAfterErrorHook } from 'payload'

import { writeAuditEntry } from '../lib/writeAuditEntry'

/**
 * Failed logins surface only as errors: a 401 from the login endpoint (wrong password or a
 * locked account). Written outside the failed request's transaction, which has rolled back.
 */
export const recordFailedLogin: CollectionAfterErrorHook = async ({ collection, error, req }) => {
  const status = (error as { status?: number }).status
  const path = req.url ? new URL(req.url, 'http://local').pathname : ''
  if (status !== 401 || !path.endsWith('/login')) return
  const email = typeof req.data?.email === 'string' ? req.data.email.slice(0, 320) : null
  try {
    await writeAuditEntry(
      req,
      {
        action: 'loginFailed',
        collectionSlug: collection.slug,
        summary: `login failed for ${email ?? 'unknown'}: ${error.message}`,
        user: null,
        userEmail: email,
      },
      { detached: true },
    )
  } catch (auditError) {
    req.payload.logger.error({ err: auditError }, 'Could not record a failed login in the audit log')
  }
}
