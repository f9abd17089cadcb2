import {
  buildConfig,
  type CollectionConfig,
  type Config,
  type Field,
  type Plugin,
  type SanitizedConfig,
} from 'payload'

import { AUDIT_LOG_SLUG } from '../../plugins/audit/collections/AuditLog'
import { buildNewsroomConfig } from '../../src/config/buildNewsroomConfig'
import type { Settings } from '../../src/config/settings'

/** getPayload caches instances by key: the bare server must never pick up ours (key 'default'). */
export const BARE_KEY = 'bench-bare'

type Plain = Record<string, unknown>

/**
 * A field without our hooks, field access and validators (the strict-input plugin wraps every
 * validator; Payload's defaults apply instead), its sub-fields (groups, rows, tabs, arrays,
 * blocks) likewise.
 */
function stripField(field: Field): Field {
  const { hooks: _hooks, access: _access, validate: _validate, ...rest } = field as Plain
  const copy: Plain = { ...rest }
  if (Array.isArray(copy.fields)) copy.fields = (copy.fields as Field[]).map(stripField)
  if (Array.isArray(copy.tabs))
    copy.tabs = (copy.tabs as Plain[]).map((tab) => ({
      ...tab,
      fields: (tab.fields as Field[]).map(stripField),
    }))
  if (Array.isArray(copy.blocks))
    copy.blocks = (copy.blocks as Plain[]).map((b) => ({
      ...b,
      fields: (b.fields as Field[]).map(stripField),
    }))
  return copy as Field
}

/**
 * What a stock Payload would have: no collection hooks (ours and the audit plugin's), no
 * custom endpoints, no access functions. Payload's default access is "logged-in users only",
 * so collections an anonymous client may read get public read; the people and the audit log
 * keep the default, as our rules also refuse them to anonymous clients (same depth-1 output).
 */
function stripCollection(collection: CollectionConfig): CollectionConfig {
  const { hooks: _hooks, access: _access, endpoints: _endpoints, ...rest } = collection
  const privateToStaff = Boolean(collection.auth) || collection.slug === AUDIT_LOG_SLUG
  return {
    ...rest,
    fields: collection.fields.map(stripField),
    ...(!privateToStaff && { access: { read: () => true } }),
  }
}

/**
 * Derived from our own unsanitized config rather than a hand-written copy: the bare schema then
 * follows every field anyone adds, and the two servers read exactly the same tables. Captured
 * by a plugin that runs after all of ours (Payload sorts plugins by `order`), so it holds every
 * collection and field our plugins add (the audit log, ...) before their hooks are stripped.
 */
async function captureOurConfig(settings: Settings): Promise<Config> {
  let captured: Config | undefined
  const capture: Plugin = (config) => {
    // Copied now: sanitizing our config afterwards mutates its collections in place.
    captured = { ...config, collections: (config.collections ?? []).map(stripCollection) }
    return config
  }
  await buildNewsroomConfig(settings, [Object.assign(capture, { order: Number.MAX_SAFE_INTEGER })])
  if (!captured) throw new Error('bench: could not capture the newsroom config')
  return captured
}

/**
 * The bare config: same collections, localization, editor and database adapter (ours, with
 * its pool size and transaction options), nothing else of ours. Its process runs with
 * PAYLOAD_MIGRATING=true (children.ts), so the adapter skips the development schema push:
 * ours already created the tables.
 */
export async function buildBareConfig(settings: Settings): Promise<SanitizedConfig> {
  const ours = await captureOurConfig(settings)
  return buildConfig({
    serverURL: ours.serverURL,
    secret: settings.payloadSecret,
    collections: ours.collections,
    globals: (ours.globals ?? []).map(({ hooks: _h, access: _a, ...global }) => ({
      ...global,
      fields: global.fields.map(stripField),
      access: { read: () => true },
    })),
    localization: ours.localization,
    i18n: ours.i18n,
    editor: ours.editor,
    sharp: ours.sharp,
    db: ours.db,
    telemetry: false,
  })
}
