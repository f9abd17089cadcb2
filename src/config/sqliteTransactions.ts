import type { Payload } from 'payload'

import { settlesWithin } from '../lib/deadline'

type Transaction = {
  commit: () => Promise<void>
  rollback: () => Promise<void>
  close: () => void
}

type LibsqlClient = {
  execute: (sql: string) => Promise<unknown>
  transaction: (mode?: string) => Promise<Transaction>
  __transactionsSerialised?: boolean
}

/**
 * SQLite allows one writer, and the libsql client runs each statement synchronously. Two write
 * transactions of one process on two connections therefore end badly either way: without a busy
 * timeout the second fails at once (SQLITE_BUSY); with one, its BEGIN blocks the event loop, so the
 * first can never commit and both stall until the timeout. So this process's transactions take
 * turns (an async queue, nothing blocks), and only a writer in another process (the worker and the
 * web process share the file) is waited for by SQLite's busy timeout, set on every connection a
 * transaction takes: libsql opens a fresh one after each transaction, without Payload's pragma.
 */
export function serialiseSqliteTransactions(
  payload: Payload,
  busyTimeoutMs: number,
  waitLimitMs = 60_000,
): void {
  const client = (payload.db as unknown as { client?: LibsqlClient }).client
  if (!client || typeof client.transaction !== 'function' || client.__transactionsSerialised) return
  const begin = client.transaction.bind(client)
  let queue: Promise<void> = Promise.resolve()

  client.transaction = async (mode?: string) => {
    let release!: () => void
    const turn = new Promise<void>((resolve) => {
      release = resolve
    })
    const previous = queue
    queue = queue.then(() => turn)
    if (!(await settlesWithin(previous, waitLimitMs))) {
      // Our turn never came (a transaction left open): fail this one rather than hang forever.
      void previous.then(release)
      throw new Error(`Cơ sở dữ liệu bận: đã chờ ${waitLimitMs / 1000} s mà giao dịch trước chưa xong.`)
    }
    try {
      await client.execute(`PRAGMA busy_timeout = ${Math.floor(busyTimeoutMs)}`)
      const transaction = await begin(mode)
      let done = false
      const finish = () => {
        if (done) return
        done = true
        release()
      }
      const { commit, rollback, close } = transaction
      transaction.commit = async () => {
        try {
          await commit.call(transaction)
        } finally {
          finish()
        }
      }
      transaction.rollback = async () => {
        try {
          await rollback.call(transaction)
        } finally {
          finish()
        }
      }
      transaction.close = () => {
        try {
          close.call(transaction)
        } finally {
          finish()
        }
      }
      return transaction
    } catch (error) {
      release()
      throw error
    }
  }
  client.__transactionsSerialised = true
}
