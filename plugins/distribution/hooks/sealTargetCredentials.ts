import type { CollectionBeforeChangeHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { mergeCredentials, openCredentials, sealCredentials } from '../lib/credentials'
import { distributionRuntime } from '../lib/runtime'

/**
 * Turns the write-only `credentials` object into the sealed blob, merged with what is stored,
 * and records only the names that are set. The plaintext never reaches the database, the audit
 * log or a response.
 */
export const sealTargetCredentials: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const changes = data.credentials
  delete data.credentials
  if (changes === undefined || changes === null) return data
  if (typeof changes !== 'object' || Array.isArray(changes)) {
    throw httpError(
      400,
      'Thông tin xác thực phải là một đối tượng {"tên": "giá trị"} (credentials must be an object).',
    )
  }
  const key = distributionRuntime(req.payload).credentialsKey
  let next: Record<string, string>
  try {
    next = mergeCredentials(
      openCredentials(originalDoc?.credentialsSealed, key),
      changes as Record<string, unknown>,
    )
  } catch (error) {
    throw httpError(400, (error as Error).message)
  }
  data.credentialsSealed = sealCredentials(next, key)
  data.credentialNames = Object.keys(next).sort()
  data.credentialsVersion = (Number(originalDoc?.credentialsVersion) || 0) + 1
  return data
}
