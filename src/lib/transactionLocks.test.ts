import { describe, expect, it } from '@jest/globals'
import type { PayloadRequest } from 'payload'

import { holdAdvisoryLock, holdRowLock } from './transactionLocks'

/** A request on an adapter that records the statements it is given, in transaction `tx`. */
function requestOn(name: 'postgres' | 'sqlite', transactionID: string | undefined) {
  const statements: string[] = []
  const sessionDb = { session: 'tx' }
  const req = {
    transactionID,
    payload: {
      db: {
        name,
        drizzle: {},
        sessions: { tx: { db: sessionDb } },
        tableNameMap: new Map([['rundowns', 'rundowns']]),
        execute: async ({ db, raw }: { db?: unknown; raw: string }) => {
          expect(db).toBe(sessionDb)
          statements.push(raw)
        },
      },
    },
  } as unknown as PayloadRequest
  return { req, statements }
}

describe('transaction locks', () => {
  it('take a PostgreSQL advisory lock in the request’s transaction, keys quoted', async () => {
    const { req, statements } = requestOn('postgres', 'tx')
    await holdAdvisoryLock(req, 'revenue-ledger')
    await holdAdvisoryLock(req, 'rundowns', "12:2026-03-01'; DROP TABLE x; --")
    expect(statements).toEqual([
      "SELECT pg_advisory_xact_lock(hashtext('revenue-ledger'))",
      "SELECT pg_advisory_xact_lock(hashtext('rundowns'), hashtext('12:2026-03-01''; DROP TABLE x; --'))",
    ])
  })

  it('hold a row FOR UPDATE only for an id of digits', async () => {
    const { req, statements } = requestOn('postgres', 'tx')
    await holdRowLock(req, 'rundowns', 42)
    await holdRowLock(req, 'rundowns', '42 OR 1=1')
    expect(statements).toEqual(['SELECT "id" FROM "rundowns" WHERE "id" = 42 FOR UPDATE'])
  })

  it('do nothing on SQLite or outside a transaction', async () => {
    for (const { req, statements } of [requestOn('sqlite', 'tx'), requestOn('postgres', undefined)]) {
      await holdAdvisoryLock(req, 'revenue-ledger')
      await holdRowLock(req, 'rundowns', 1)
      expect(statements).toEqual([])
    }
  })
})
