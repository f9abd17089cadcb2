/**
 * A Payload in the bench process on the section's seeded database, beside the server and worker
 * children: it prepares what the measurements need (users, a cover image, approved stories,
 * targets) and reads the delivery records. Never the code being timed, except the Local API
 * publishes of the throughput run.
 */
import { createLocalReq, getPayload, type Payload } from 'payload'
import sharp from 'sharp'

import { buildNewsroomConfig } from '../../src/config/buildNewsroomConfig'
import { closePayload } from '../../src/server/closePayload'
import { slugifyVietnamese } from '../../src/lib/vietnamese'
import { toAdapterShape } from '../lib/adapterShape'
import { benchEnv, benchSettings, type BenchEnv } from '../lib/benchSettings'
import type { BenchDatabase } from '../lib/databases'
import { body, headline, pick, PROVINCES, rng, standfirst } from '../lib/storyData'

export const PASSWORD = 'Ban-Bien-Tap@2026!Ok'
export const PUBLISHER_EMAIL = 'thu-ky-toa-soan@bench.local'

export type Newsroom = { payload: Payload; env: BenchEnv; close: () => Promise<void> }

let instances = 0

/** Boots without the development schema push (the seeding server made the tables) and without HMR polling. */
export async function openNewsroom(db: BenchDatabase, extraEnv: BenchEnv = {}): Promise<Newsroom> {
  const env = benchEnv(db.url, db.dataDir, extraEnv)
  const saved = { migrating: process.env.PAYLOAD_MIGRATING, hmr: process.env.DISABLE_PAYLOAD_HMR }
  process.env.PAYLOAD_MIGRATING = 'true'
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  try {
    const config = buildNewsroomConfig(benchSettings(env))
    const payload = await getPayload({ config, key: `bench-distribution-${++instances}` } as never)
    return { payload, env, close: () => closePayload(payload) }
  } finally {
    restore('PAYLOAD_MIGRATING', saved.migrating)
    restore('DISABLE_PAYLOAD_HMR', saved.hmr)
  }
}

function restore(name: string, value: string | undefined) {
  if (value === undefined) delete process.env[name]
  else process.env[name] = value
}

type Id = number | string

/** A desk chief of every seeded desk: the role that publishes over REST. */
export async function createPublisher(payload: Payload): Promise<void> {
  const { docs: desks } = await payload.find({ collection: 'desks', limit: 100, depth: 0, pagination: false })
  await payload.create({
    collection: 'users',
    data: {
      email: PUBLISHER_EMAIL,
      password: PASSWORD,
      fullName: 'Thư ký tòa soạn (bench)',
      role: 'deskChief',
      desks: desks.map((desk) => desk.id),
    } as never,
    depth: 0,
  })
}

/** Logs in over REST on a server child and returns the JWT. */
export async function login(port: number): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: PUBLISHER_EMAIL, password: PASSWORD }),
  })
  const answer = (await response.json()) as { token?: string }
  if (!response.ok || !answer.token)
    throw new Error(`login: HTTP ${response.status} ${JSON.stringify(answer)}`)
  return answer.token
}

/** A JPEG of 800×600 (~20 KB): Zalo needs a cover photo, JPG or PNG under 1 MB. */
export async function createCover(payload: Payload): Promise<Id> {
  const data = await sharp({
    create: { width: 800, height: 600, channels: 3, background: { r: 30, g: 110, b: 160 } },
  })
    .jpeg({ quality: 85 })
    .toBuffer()
  const doc = await payload.create({
    collection: 'media',
    data: { alt: 'Ảnh minh họa (bench)' } as never,
    file: { data, mimetype: 'image/jpeg', name: 'bench-cover.jpg', size: data.length },
    depth: 0,
  })
  return doc.id
}

export type ApprovedStory = { id: Id; slug: string; revision: number }

/**
 * `count` approved stories with a cover image, ready to publish: realistic ones (a ~15 KB
 * Lexical body, a byline, desk and section), written at the adapter level in one transaction per
 * 100 as seedStories does (payload.create takes ~100 ms per story of this size; this is setup,
 * not what is measured). Publishing them then runs every hook.
 */
export async function createApprovedStories(
  payload: Payload,
  count: number,
  options: { cover: Id; label: string; seed: number },
): Promise<ApprovedStory[]> {
  const r = rng(options.seed)
  const [desks, sections] = await Promise.all(
    (['desks', 'sections'] as const).map(async (collection) => {
      const { docs } = await payload.find({ collection, limit: 100, depth: 0, pagination: false })
      return docs.map((doc) => doc.id)
    }),
  )
  const fields = payload.collections.stories.config.flattenedFields
  const rowId = () => Array.from({ length: 24 }, () => Math.floor(r() * 16).toString(16)).join('')
  const stories: ApprovedStory[] = []
  for (let start = 0; start < count; start += 100) {
    const req = await createLocalReq({ context: { skipAudit: true } }, payload)
    const transactionID = await payload.db.beginTransaction()
    if (transactionID) req.transactionID = transactionID
    try {
      for (let i = start; i < Math.min(count, start + 100); i++) {
        const title = headline(r, pick(r, PROVINCES))
        const slug = `${slugifyVietnamese(title, 80)}-${options.label}-${i + 1}`
        const now = new Date().toISOString()
        const story = {
          headline: title,
          standfirst: standfirst(r).slice(0, 280),
          body: body(r),
          slug,
          workflowState: 'approved',
          revision: 1,
          createdAt: now,
          updatedAt: now,
          featuredImage: options.cover,
          bylines: [{ name: 'Minh Châu', contribution: 'writer' }],
          corrections: [],
          desk: pick(r, desks),
          section: pick(r, sections),
        }
        const doc = (await payload.db.create({
          collection: 'stories',
          req,
          data: toAdapterShape(fields, story, 'vi', rowId),
        })) as { id: Id }
        stories.push({ id: doc.id, slug, revision: 1 })
      }
      if (transactionID) await payload.db.commitTransaction(transactionID)
    } catch (error) {
      if (transactionID) await payload.db.rollbackTransaction(transactionID)
      throw error
    }
  }
  return stories
}
