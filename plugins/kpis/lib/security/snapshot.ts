/**
 * The security facts of the running installation, read from its sanitized Payload config and
 * environment (never typed in): auth settings of the users collection, the audit log and its
 * access rules, the input-hardening hooks, CSRF/CORS, upload limits, the workflow table.
 */
import type { CollectionConfig, PayloadRequest, SanitizedConfig } from 'payload'

import { recordFailedLogin } from '../../../audit/hooks/recordFailedLogin'
import { recordLogin } from '../../../audit/hooks/recordLogin'
import { recordLogout } from '../../../audit/hooks/recordLogout'
import { answerNotFound } from '../../../strict-input/hooks/answerNotFound'
import { checkTransition, initialStatesFor, WORKFLOW_STATES } from '../../../../src/lib/workflow'
import type { SecuritySnapshot } from './controls'

/** Payload 3.90's local strategy (generatePasswordSaltHash.js): PBKDF2-HMAC-SHA256, 600,000 rounds. */
const PAYLOAD_PASSWORD_HASH = { algorithm: 'PBKDF2-SHA256', iterations: 600_000 }

type AccessFn = (args: { req: PayloadRequest }) => unknown

function fakeReq(role: string): PayloadRequest {
  return { user: { id: 0, role, collection: 'users' } } as unknown as PayloadRequest
}

/** Whether an access rule refuses an admin (a function answering false, or a missing rule's default). */
async function refusesAdmin(rule: unknown): Promise<boolean> {
  if (typeof rule !== 'function') return false
  try {
    return (await (rule as AccessFn)({ req: fakeReq('admin') })) === false
  } catch {
    return false
  }
}

async function allowsAdmin(rule: unknown): Promise<boolean> {
  if (typeof rule !== 'function') return false
  try {
    return Boolean(await (rule as AccessFn)({ req: fakeReq('admin') }))
  } catch {
    return false
  }
}

const fieldNames = (fields: CollectionConfig['fields']): string[] =>
  fields.flatMap((field) => {
    const named = 'name' in field && typeof field.name === 'string' ? [field.name] : []
    const nested = 'fields' in field && Array.isArray(field.fields) ? fieldNames(field.fields) : []
    return [...named, ...nested]
  })

const hookNamesOf = (collection: CollectionConfig): string[] =>
  [
    ...(collection.hooks?.beforeValidate ?? []),
    ...(collection.hooks?.beforeChange ?? []),
    ...(collection.hooks?.beforeOperation ?? []),
  ].map((hook) => hook.name)

/** Whether any move of the workflow table (or a new story's first state) lets a reporter publish. */
function reporterCanPublish(): boolean {
  const out = ['published', 'scheduled'] as const
  if (initialStatesFor('reporter').some((state) => (out as readonly string[]).includes(state))) return true
  return WORKFLOW_STATES.some((from) =>
    out.some((to) => from !== to && checkTransition('reporter', from, to).ok),
  )
}

function corsOf(config: SanitizedConfig): SecuritySnapshot['cors'] {
  const cors = config.cors as unknown
  if (cors === '*') return '*'
  if (Array.isArray(cors)) return cors.map(String)
  if (cors && typeof cors === 'object' && Array.isArray((cors as { origins?: unknown }).origins))
    return (cors as { origins: unknown[] }).origins.map(String)
  return 'none'
}

export async function securitySnapshot(
  config: SanitizedConfig,
  env: Record<string, string | undefined> = process.env,
): Promise<SecuritySnapshot> {
  const users =
    config.collections.find((c) => c.slug === config.admin?.user) ?? config.collections.find((c) => c.auth)
  const audit = config.collections.find((c) => c.slug === 'audit-log')
  const auth = users?.auth && typeof users.auth === 'object' ? users.auth : undefined
  const roleField = users?.fields.find((f) => 'name' in f && f.name === 'role') as
    | { access?: { update?: unknown } }
    | undefined
  const roleUpdate = roleField?.access?.update
  const roleFieldProtected =
    typeof roleUpdate === 'function' &&
    !(await (roleUpdate as AccessFn)({ req: fakeReq('reporter') })) &&
    Boolean(await (roleUpdate as AccessFn)({ req: fakeReq('admin') }))
  const withHooks = config.collections.filter((c) => !c.slug.startsWith('payload-'))
  const covered = withHooks.filter((c) => (c.hooks?.beforeOperation ?? []).includes(answerNotFound)).length
  const limits = (config.upload as { limits?: { fileSize?: number } } | undefined)?.limits
  const secret = env.PAYLOAD_SECRET ?? ''
  return {
    serverURL: config.serverURL ?? '',
    csrf: (config.csrf ?? []).filter(Boolean),
    cors: corsOf(config),
    debug: config.debug === true,
    uploadFileSizeLimit: typeof limits?.fileSize === 'number' ? limits.fileSize : null,
    auth:
      users && auth
        ? {
            slug: users.slug,
            maxLoginAttempts: auth.maxLoginAttempts ?? 0,
            lockTimeMs: auth.lockTime ?? 0,
            tokenExpirationSeconds: auth.tokenExpiration ?? 7200,
            secureCookies: Boolean(auth.cookies?.secure),
            adminsCanUnlock: await allowsAdmin(users.access?.unlock),
            fieldNames: fieldNames(users.fields),
            hookNames: hookNamesOf(users),
            roleFieldProtected,
          }
        : null,
    audit: {
      present: Boolean(audit),
      appendOnly: Boolean(
        audit &&
          (await refusesAdmin(audit.access?.create)) &&
          (await refusesAdmin(audit.access?.update)) &&
          (await refusesAdmin(audit.access?.delete)),
      ),
      fields: audit ? fieldNames(audit.fields) : [],
      loginHooks: Boolean(
        users?.hooks?.afterLogin?.includes(recordLogin) &&
          users.hooks.afterLogout?.includes(recordLogout) &&
          users.hooks.afterError?.includes(recordFailedLogin),
      ),
    },
    reporterCanPublish: reporterCanPublish(),
    strictInput: { covered, total: withHooks.length },
    secretFromEnv: secret.length >= 32,
    passwordHash: PAYLOAD_PASSWORD_HASH,
    beaconRateLimited: (config.endpoints ?? []).some((e) => e.path === '/audience/beacon'),
  }
}
