import type { PayloadRequest } from 'payload'

import { AUDIT_LOG_SLUG } from '../collections/AuditLog'
import type { AuditAction } from '../types'
import { keepContext } from '../../../src/lib/keepContext'

export const DEFAULT_REDACTED_FIELDS = [
  'password',
  'hash',
  'salt',
  'apiKey',
  'apiKeyIndex',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'sessions',
  'loginAttempts',
  'lockUntil',
]

/** A JSON-safe copy of a document with secrets removed, for the before/after snapshots. */
export function snapshot(doc: unknown, redact: readonly string[]): unknown {
  if (doc === null || doc === undefined) return null
  const redactSet = new Set(redact)
  return JSON.parse(JSON.stringify(doc, (key, value) => (redactSet.has(key) ? undefined : value)))
}

/** The client's address as the HTTP bridge saw it (it sets x-forwarded-for from Express). */
export function clientInfo(req: Pick<PayloadRequest, 'headers'>): {
  ip: string | null
  userAgent: string | null
} {
  const forwarded = req.headers?.get('x-forwarded-for')
  return {
    ip: forwarded ? (forwarded.split(',')[0]?.trim() ?? null) : null,
    userAgent: req.headers?.get('user-agent') ?? null,
  }
}

export type AuditEntry = {
  action: AuditAction
  collectionSlug?: string
  documentId?: number | string | null
  summary?: string
  user?: { id: number | string; email?: string | null } | null
  userEmail?: string | null
  /** The auth collection the acting user belongs to, when `user` does not say (`users` if neither does). */
  userCollection?: string
  before?: unknown
  after?: unknown
}

/**
 * Written through the local API in the request's own transaction: if the change rolls back,
 * so does its audit entry, and an audit failure fails the change instead of going unrecorded.
 */
export async function writeAuditEntry(
  req: PayloadRequest,
  entry: AuditEntry,
  { detached = false }: { detached?: boolean } = {},
): Promise<void> {
  const { ip, userAgent } = clientInfo(req)
  const user = entry.user === undefined ? req.user : entry.user
  // The log links staff accounts only: a subscriber's id would point at some unrelated staff member.
  const collection = entry.userCollection ?? (user as { collection?: string } | null)?.collection ?? 'users'
  const staffId = collection === 'users' ? (user?.id as number | undefined) : undefined
  await keepContext(req, () =>
    req.payload.create({
      collection: AUDIT_LOG_SLUG as 'audit-log',
      data: {
        action: entry.action,
        collectionSlug: entry.collectionSlug,
        documentId:
          entry.documentId === null || entry.documentId === undefined ? undefined : String(entry.documentId),
        summary: entry.summary?.slice(0, 500),
        user: staffId,
        userEmail: entry.userEmail ?? (user as { email?: string } | null)?.email ?? undefined,
        ip: ip ?? undefined,
        userAgent: userAgent?.slice(0, 500) ?? undefined,
        before: entry.before as never,
        after: entry.after as never,
      },
      overrideAccess: true,
      // Detached entries (failed logins) are written after their request's transaction rolled back.
      ...(detached ? {} : { req }),
      context: { skipAudit: true },
    }),
  )
}
