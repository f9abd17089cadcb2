import type { Payload } from 'payload'

type LibsqlClient = {
  execute: (sql: string) => Promise<unknown>
  transaction: (mode?: string) => Promise<unknown>
  __busyTimeoutPatched?: boolean
}

/**
 * The libsql client opens a fresh connection after every transaction, and only the first one got
 * Payload's `PRAGMA busy_timeout`: later transactions failed at once with SQLITE_BUSY whenever the
 * worker and the web process (or two requests) wrote together. Setting the pragma on the
 * connection a transaction is about to take makes every BEGIN IMMEDIATE wait its turn instead.
 */
export function applyBusyTimeoutToEveryTransaction(payload: Payload, timeoutMs: number): void {
  const client = (payload.db as unknown as { client?: LibsqlClient }).client
  if (!client || typeof client.transaction !== 'function' || client.__busyTimeoutPatched) return
  const begin = client.transaction.bind(client)
  client.transaction = async (mode?: string) => {
    await client.execute(`PRAGMA busy_timeout = ${Math.floor(timeoutMs)}`)
    return begin(mode)
  }
  client.__busyTimeoutPatched = true
}
