export type AuditAction = 'create' | 'update' | 'delete' | 'publish' | 'login' | 'logout' | 'loginFailed'

export type AuditPluginOptions = {
  /** Collections not to audit (the audit log itself is never audited). */
  excludeCollections?: string[]
  /** Field names whose values are never copied into before/after snapshots. */
  redactFields?: string[]
}
