import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { getPayload, type Payload, type Plugin } from 'payload'
import supertest from 'supertest'

import { buildNewsroomConfig } from '../../src/config/buildNewsroomConfig'
import { loadSettings, type Settings } from '../../src/config/settings'
import type { Role } from '../../src/lib/roles'
import { closePayload } from '../../src/server/closePayload'
import { createApp } from '../../src/server/createApp'

declare const TEST_DB: 'sqlite' | 'postgres' | undefined

export const PASSWORD = 'Kiem-Thu@2026!Ok'

export type TestNewsroom = {
  db: 'sqlite' | 'postgres'
  payload: Payload
  settings: Settings
  app: ReturnType<typeof createApp>
  http: () => supertest.Agent
  users: Record<Role, { id: number | string; email: string; token: string }>
  desks: { news: number | string; economy: number | string }
  stop: () => Promise<void>
}

function adminPostgresURL(): string {
  return process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres'
}

async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `newsroom_test_${process.pid}_${Date.now().toString(36)}_${Math.floor(performance.now())}`
  const admin = new pg.Client({ connectionString: adminPostgresURL() })
  try {
    await admin.connect()
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${adminPostgresURL()} (${(error as Error).message}). ` +
        'Run the suite through `npm test`, which starts or installs it, or set TEST_DATABASES=sqlite to run without it.',
    )
  }
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  const url = new URL(adminPostgresURL())
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminPostgresURL() })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await client.end()
    },
  }
}

export const ALL_TEST_ROLES: Role[] = ['reporter', 'editor', 'deskChief', 'manager', 'admin', 'apiClient']

/**
 * Boots one Payload (with our Express app in front) on the suite's database: a fresh
 * PostgreSQL database or an in-memory SQLite, plus one user per role, logged in.
 */
export async function startNewsroom(
  env: Record<string, string> = {},
  {
    production = false,
    withUsers = true,
    plugins = [],
  }: { production?: boolean; withUsers?: boolean; plugins?: Plugin[] } = {},
): Promise<TestNewsroom> {
  const db = typeof TEST_DB === 'string' ? TEST_DB : 'sqlite'
  const dataDir = mkdtempSync(path.join(tmpdir(), 'newsroom-test-'))
  const postgres = db === 'postgres' ? await createPostgresDatabase() : undefined
  const settings = loadSettings(
    {
      // A file, as in production: transactions and migrations open connections of their own,
      // which an in-memory SQLite would not share.
      DATABASE_URL: postgres?.url ?? `file:${path.join(dataDir, 'newsroom.db')}`,
      DATA_DIR: dataDir,
      PAYLOAD_SECRET: 'test-secret-test-secret-test-secret-42',
      REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
      SCHEDULER_INTERVAL_SECONDS: '0',
      // Each suite its own queues in the shared Redis, so parallel suites never take each other's jobs.
      QUEUE_PREFIX: `test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
      OUTBOX_POLL_MS: '50',
      QUEUE_BACKOFF_MS: '100',
      ...env,
    },
    dataDir,
  )
  const config = buildNewsroomConfig(settings, plugins)
  // Production mode applies the committed migrations instead of pushing the schema.
  const env_ = process.env as Record<string, string | undefined>
  const nodeEnv = env_.NODE_ENV
  if (production) env_.NODE_ENV = 'production'
  const payload = await getPayload({ config }).finally(() => {
    env_.NODE_ENV = nodeEnv
  })
  const app = createApp({ payload, config, settings })
  const http = () => supertest.agent(app)

  const users = {} as TestNewsroom['users']
  const desks = { news: 0, economy: 0 } as TestNewsroom['desks']
  const stop = async () => {
    app.close()
    await closePayload(payload)
    await postgres?.drop()
    rmSync(dataDir, { recursive: true, force: true })
  }
  if (!withUsers) return { db, payload, settings, app, http, users, desks, stop }

  const agency = await payload.create({
    collection: 'agencies',
    data: { name: 'Báo và PT-TH Thử nghiệm', kind: 'merged' },
  })
  const news = await payload.create({
    collection: 'desks',
    data: { name: 'Thời sự', code: 'TS', agency: agency.id },
  })
  const economy = await payload.create({
    collection: 'desks',
    data: { name: 'Kinh tế', code: 'KT', agency: agency.id },
  })

  desks.news = news.id
  desks.economy = economy.id
  for (const role of ALL_TEST_ROLES) {
    const email = `${role.toLowerCase()}@test.local`
    const user = await payload.create({
      collection: 'users',
      data: { email, password: PASSWORD, fullName: `Người dùng ${role}`, role, desks: [news.id] } as never,
    })
    const login = await http().post('/api/users/login').send({ email, password: PASSWORD })
    if (login.status !== 200)
      throw new Error(`login failed for ${role}: ${login.status} ${JSON.stringify(login.body)}`)
    users[role] = { id: user.id, email, token: login.body.token }
  }

  return { db, payload, settings, app, http, users, desks, stop }
}

export const auth = (token: string) => ({ Authorization: `JWT ${token}` })

/** Polls until `check` returns something truthy (or throws the last reason after `timeoutMs`). */
export async function waitFor<T>(
  check: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  { timeoutMs = 30_000, intervalMs = 100, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last: unknown
  while (Date.now() < deadline) {
    try {
      const value = await check()
      if (value) return value
    } catch (error) {
      last = error
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
  throw new Error(
    `Timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`,
  )
}

type MediaState = { id: number | string; processing?: { status?: string; error?: string } } & Record<
  string,
  unknown
>

/** Waits until the worker has finished with an asset (ready or failed) and returns it as read over REST. */
export async function waitForProcessing(newsroom: TestNewsroom, id: number | string, timeoutMs = 60_000) {
  return waitFor(
    async () => {
      const doc = (await newsroom.payload.findByID({
        collection: 'media',
        id,
        depth: 0,
      })) as unknown as MediaState
      const status = doc.processing?.status
      return status === 'ready' || status === 'failed' ? doc : undefined
    },
    { timeoutMs, what: `media ${id} to be processed` },
  )
}

/** A story straight into a state, as trusted server code would (bypassing the workflow). */
export async function createStoryIn(
  newsroom: TestNewsroom,
  workflowState: string,
  data: Record<string, unknown> = {},
) {
  return newsroom.payload.create({
    collection: 'stories',
    data: {
      headline: `Tin thử nghiệm ${workflowState} ${Math.random().toString(36).slice(2, 8)}`,
      workflowState,
      desk: newsroom.desks.news,
      ...data,
    } as never,
  })
}
