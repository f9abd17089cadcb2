import type { Config, Plugin } from 'payload'

import { AUDIT_LOG_SLUG, AuditLog } from './collections/AuditLog'
import { recordChange } from './hooks/recordChange'
import { recordDelete } from './hooks/recordDelete'
import { recordFailedLogin } from './hooks/recordFailedLogin'
import { recordLogin } from './hooks/recordLogin'
import { recordLogout } from './hooks/recordLogout'
import { DEFAULT_REDACTED_FIELDS } from './lib/writeAuditEntry'
import type { AuditPluginOptions } from './types'

export type { AuditPluginOptions } from './types'

/**
 * Audit log capability: every create, update, delete and publish of every collection, and
 * every login, logout and failed login, appended with user, time, IP and before/after.
 * Adds to existing hooks; never replaces them.
 */
export const auditPlugin =
  (options: AuditPluginOptions = {}): Plugin =>
  (config: Config): Config => {
    const excluded = new Set([
      AUDIT_LOG_SLUG,
      'payload-locked-documents',
      'payload-preferences',
      'payload-migrations',
      'payload-jobs',
      ...(options.excludeCollections ?? []),
    ])
    const redact = [...DEFAULT_REDACTED_FIELDS, ...(options.redactFields ?? [])]
    const collections = (config.collections ?? []).map((collection) => {
      if (excluded.has(collection.slug)) return collection
      const hooks = collection.hooks ?? {}
      const withAuth = Boolean(collection.auth)
      return {
        ...collection,
        hooks: {
          ...hooks,
          afterChange: [...(hooks.afterChange ?? []), recordChange(redact)],
          afterDelete: [...(hooks.afterDelete ?? []), recordDelete(redact)],
          ...(withAuth && {
            afterLogin: [...(hooks.afterLogin ?? []), recordLogin],
            afterLogout: [...(hooks.afterLogout ?? []), recordLogout],
            afterError: [...(hooks.afterError ?? []), recordFailedLogin],
          }),
        },
      }
    })
    return { ...config, collections: [...collections, AuditLog] }
  }
