import type { CollectionBeforeChangeHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { TARGETS_SLUG } from '../collections/DistributionTargets'
import { mergeCredentials, openCredentials, sealCredentials } from '../lib/credentials'
import { distributionRuntime } from '../lib/runtime'

/**
 * Turns the write-only `credentials` object into the sealed blob, merged with what is stored,
 * and records only the names that are set. The plaintext never reaches the database, the audit
 * log or a response.
 */
export const sealTargetCredentials: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const changes = data.credentials
  delete data.credentials
  // Read now, not when the edit began: the worker may have stored a refreshed single-use token
  // since, and writing back the older blob would lose the account.
  const stored =
    operation === 'update' && originalDoc?.id !== undefined
      ? ((await req.payload.db.findOne({
          collection: TARGETS_SLUG,
          where: { id: { equals: originalDoc.id } },
          req,
        })) as Record<string, unknown> | null)
      : undefined
  const sealed = (stored?.credentialsSealed ?? originalDoc?.credentialsSealed) as string | undefined
  const version = Number(stored?.credentialsVersion ?? originalDoc?.credentialsVersion) || 0
  if (changes === undefined || changes === null) {
    if (stored) {
      data.credentialsSealed = sealed ?? null
      data.credentialNames = stored.credentialNames ?? null
      data.credentialsVersion = version
    }
    return data
  }
  if (typeof changes !== 'object' || Array.isArray(changes)) {
    throw httpError(
      400,
      'Thông tin xác thực phải là một đối tượng {"tên": "giá trị"} (credentials must be an object).',
    )
  }
  const key = distributionRuntime(req.payload).credentialsKey
  let current: Record<string, string>
  try {
    current = openCredentials(sealed, key)
  } catch {
    // Sealed under a key that has since changed: what is entered now replaces it all.
    current = {}
  }
  let next: Record<string, string>
  try {
    next = mergeCredentials(current, changes as Record<string, unknown>)
  } catch (error) {
    throw httpError(400, (error as Error).message)
  }
  data.credentialsSealed = sealCredentials(next, key)
  data.credentialNames = Object.keys(next).sort()
  data.credentialsVersion = version + 1
  return data
}
