import { seedIfEmpty } from '../../src/seed'
import { DEMO_LOGINS } from '../../src/seed/logins'
import { ROLES } from '../../src/lib/roles'
import { WORKFLOW_STATES } from '../../src/lib/workflow'
import { auth, startNewsroom, type TestNewsroom } from '../helpers/newsroom'

let newsroom: TestNewsroom

beforeAll(async () => {
  newsroom = await startNewsroom({}, { production: true, withUsers: false })
}, 120_000)
afterAll(async () => {
  await newsroom?.stop()
})

describe('production mode on a fresh database', () => {
  it('applies the committed migrations', async () => {
    const applied = await newsroom.payload.find({ collection: 'payload-migrations', limit: 100 })
    expect(applied.docs.map((m) => m.name)).toEqual(
      expect.arrayContaining([expect.stringMatching(/_initial$/)]),
    )
  })

  it('matches the collections: a schema push would change nothing (no migration forgotten)', async () => {
    type Push = (...args: unknown[]) => Promise<{ statementsToExecute: string[] }>
    const db = newsroom.payload.db as unknown as {
      requireDrizzleKit: () => { pushSchema: Push }
      schema: unknown
      drizzle: unknown
      schemaName?: string
      tablesFilter?: string[]
    }
    const { pushSchema } = db.requireDrizzleKit()
    const { statementsToExecute } = await pushSchema(
      db.schema,
      db.drizzle,
      db.schemaName ? [db.schemaName] : undefined,
      db.tablesFilter,
      undefined,
    )
    // drizzle-kit reads PostgreSQL's numeric defaults back as e.g. '15'::numeric and always
    // proposes to set them again; those statements change nothing, every other one is real drift.
    const drift = statementsToExecute.filter((sql) => !/ALTER COLUMN "[a-z_]+" SET DEFAULT \d+;$/.test(sql))
    expect(drift).toEqual([])
  })

  it('seeds the demo newsroom on first start only, onto the migrated schema', async () => {
    expect(await seedIfEmpty(newsroom.payload)).toBe(true)
    expect(await seedIfEmpty(newsroom.payload)).toBe(false)

    const count = async (collection: string, where?: object) =>
      (await newsroom.payload.count({ collection: collection as never, where: where as never })).totalDocs
    expect(await count('stories')).toBeGreaterThanOrEqual(40)
    expect(await count('desks')).toBeGreaterThanOrEqual(5)
    expect(await count('places', { level: { equals: 'province' } })).toBe(34)
    expect(await count('media')).toBeGreaterThan(0)
    for (const state of WORKFLOW_STATES) {
      expect({ state, n: (await count('stories', { workflowState: { equals: state } })) > 0 }).toEqual({
        state,
        n: true,
      })
    }
    for (const role of ROLES) {
      expect({ role, n: (await count('users', { role: { equals: role } })) > 0 }).toEqual({ role, n: true })
    }
    const kinds = await newsroom.payload.find({ collection: 'publications', limit: 50 })
    expect(new Set(kinds.docs.map((p) => p.kind))).toEqual(
      new Set(['print', 'epaper', 'website', 'radio', 'tv', 'social']),
    )
  }, 180_000)

  it('lets every documented demo login sign in with its role', async () => {
    for (const login of DEMO_LOGINS) {
      const response = await newsroom
        .http()
        .post('/api/users/login')
        .send({ email: login.email, password: login.password })
      expect({ email: login.email, status: response.status }).toEqual({ email: login.email, status: 200 })
      expect(response.body.user.role).toBe(login.role)
      const me = await newsroom.http().get('/api/users/me').set(auth(response.body.token))
      expect(me.body.user.email).toBe(login.email)
    }
  })

  it('serves the seeded published stories to the public, with corrections shown', async () => {
    const response = await newsroom
      .http()
      .get('/api/stories?limit=100&depth=1&where[workflowState][equals]=corrected')
    expect(response.status).toBe(200)
    expect(response.body.docs.length).toBeGreaterThan(0)
    expect(response.body.docs.every((s: { corrections: unknown[] }) => s.corrections.length > 0)).toBe(true)
  })
})
