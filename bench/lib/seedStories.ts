import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { countPrintCharacters, estimateReadSeconds, lexicalToPlainText } from '../../src/lib/textMeasure'
import { slugifyVietnamese } from '../../src/lib/vietnamese'
import { toAdapterShape } from './adapterShape'
import {
  body,
  communes,
  DESKS,
  headline,
  pick,
  pickSome,
  PROVINCES,
  rng,
  SECTIONS,
  standfirst,
  TOPICS,
} from './storyData'

export type SeedResult = { stories: number; published: number; publishedSlugs: string[]; seconds: number }

type Id = number | string

const BYLINES = ['Minh Châu', 'Quốc Tuấn', 'Thu Hà', 'Văn Đức', 'Hồng Nhung']
const READ_RATE = 220

/** Trusted server writes: no user (the workflow lets local, user-less code set any state), no audit rows. */
const context = { skipAudit: true }

type SqlClient = { execute: (sql: string) => Promise<unknown> }

/**
 * One transaction per batch instead of one commit per row (on SQLite every autocommit is an
 * fsync: 25 ms per story). Payload's own transactions where the adapter has them; Payload's
 * SQLite adapter runs without unless `transactionOptions` is configured, and then we open one
 * on its single libsql connection ourselves.
 */
async function inBatches<T>(
  payload: Payload,
  items: T[],
  batch: number,
  write: (item: T, req: PayloadRequest) => Promise<unknown>,
) {
  for (let start = 0; start < items.length; start += batch) {
    const req = await createLocalReq({ context }, payload)
    const transactionID = await payload.db.beginTransaction()
    const manual =
      !transactionID && payload.db.name === 'sqlite'
        ? (payload.db as unknown as { client: SqlClient }).client
        : undefined
    if (transactionID) req.transactionID = transactionID
    await manual?.execute('BEGIN')
    try {
      // Sequential: a transaction holds one connection, so parallel writes would only queue.
      for (const item of items.slice(start, start + batch)) await write(item, req)
      await manual?.execute('COMMIT')
      if (transactionID) await payload.db.commitTransaction(transactionID)
    } catch (error) {
      await manual?.execute('ROLLBACK')
      if (transactionID) await payload.db.rollbackTransaction(transactionID)
      throw error
    }
  }
}

async function createAll(
  payload: Payload,
  collection: string,
  docs: Array<Record<string, unknown>>,
): Promise<Id[]> {
  const ids: Id[] = []
  await inBatches(payload, docs, 200, async (data, req) => {
    const doc = await payload.create({
      collection: collection as 'desks',
      data: data as never,
      req,
      overrideAccess: true,
      depth: 0,
    })
    ids.push(doc.id)
  })
  return ids
}

/**
 * `published` published stories plus ~12 % in other states (drafts, submitted, corrected,
 * killed) so the access rule and the published filter have rows to exclude. Taxonomy goes
 * through the local API (our hooks fill slugs and search keys). Stories go straight to the
 * adapter: payload.create took 80–110 ms per 15 KB rich-text story (Lexical validation,
 * a version row), which is 8–10 minutes for 5,600 stories; the adapter takes 5–10 ms.
 */
export async function seedStories(payload: Payload, published: number): Promise<SeedResult> {
  const started = performance.now()
  const r = rng(20260422)
  const [agency] = await createAll(payload, 'agencies', [
    { name: 'Báo và Phát thanh – Truyền hình Bench', kind: 'merged' },
  ])
  const desks = await createAll(
    payload,
    'desks',
    DESKS.map(([name, code]) => ({ name, code, agency })),
  )
  const sections = await createAll(
    payload,
    'sections',
    SECTIONS.map((name, i) => ({ name, desk: desks[i % desks.length] })),
  )
  const topics = await createAll(
    payload,
    'topics',
    TOPICS.map((name) => ({ name, description: `Các tin bài về ${name.toLowerCase()}.` })),
  )
  const provinces = await createAll(
    payload,
    'places',
    PROVINCES.map((name, i) => ({ name, level: 'province', code: `P${String(i + 1).padStart(2, '0')}` })),
  )
  const communeIds = await createAll(
    payload,
    'places',
    communes().map((c, i) => ({
      name: c.name,
      level: 'commune',
      code: `C${String(i + 1).padStart(5, '0')}`,
      parent: provinces[PROVINCES.indexOf(c.province)],
    })),
  )
  const places = [...provinces, ...communeIds]
  const placeNames = [...PROVINCES, ...communes().map((c) => c.name)]

  const others = ['idea', 'drafting', 'submitted', 'edited', 'approved', 'corrected', 'killed']
  const extra = Math.max(7, Math.round(published * 0.12))
  const states = [
    ...Array<string>(published).fill('published'),
    ...Array.from({ length: extra }, (_, i) => others[i % others.length] as string),
  ]
  // Shuffled so unpublished rows are interleaved with published ones, as in a live database.
  for (let i = states.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1))
    ;[states[i], states[j]] = [states[j] as string, states[i] as string]
  }

  const publishedSlugs: string[] = []
  const yearMs = 365 * 24 * 3600 * 1000
  const base = Date.parse('2026-04-01T00:00:00Z')
  const fields = payload.collections.stories.config.flattenedFields
  const rowId = () => Array.from({ length: 24 }, () => Math.floor(r() * 16).toString(16)).join('')
  await inBatches(
    payload,
    states.map((state, i) => ({ state, i })),
    250,
    async ({ state, i }, req) => {
      const placeIndex = Math.floor(r() * places.length)
      const title = headline(r, placeNames[placeIndex] as string)
      const slug = `${slugifyVietnamese(title, 100)}-${i + 1}`
      const isPublic = state === 'published' || state === 'corrected'
      const lead = standfirst(r)
      const content = body(r)
      const radioScript = i % 5 === 0 ? `${lead} ${lead}` : undefined
      const at = new Date(base - Math.floor(r() * yearMs)).toISOString()
      // What Payload's create operation plus our beforeChange hooks (slug, revision, workflow,
      // measures) would store, written at the adapter level (see adapterShape.ts). Read back
      // through the REST API it matched a payload.create'd story key for key.
      const story = {
        headline: title,
        standfirst: lead,
        body: content,
        slug,
        workflowState: state,
        revision: 1,
        publishedAt: isPublic ? at : null,
        createdAt: at,
        updatedAt: at,
        bylines: [{ name: pick(r, BYLINES), contribution: 'writer' }],
        corrections:
          state === 'corrected' ? [{ note: 'Sửa lại tên nhân vật trong bài', correctedAt: at }] : [],
        killReason: state === 'killed' ? 'Thông tin chưa được kiểm chứng' : null,
        desk: pick(r, desks),
        section: pick(r, sections),
        topics: pickSome(r, topics, 1, 3),
        places: [places[placeIndex], ...pickSome(r, places, 0, 1)].filter((v, k, a) => a.indexOf(v) === k),
        web: { seoDescription: lead.slice(0, 300) },
        print: {
          plannedLength: 4000 + Math.floor(r() * 4000),
          actualLength: countPrintCharacters(lexicalToPlainText(content)),
        },
        radio: { script: radioScript, estimatedSeconds: estimateReadSeconds(radioScript ?? '', READ_RATE) },
        tv: { estimatedSeconds: 0 },
        social: { text: title.slice(0, 280), hashtags: '#tintuc #diaphuong' },
      }
      await payload.db.create({
        collection: 'stories',
        req,
        returning: false,
        data: toAdapterShape(fields, story, 'vi', rowId),
      })
      if (state === 'published') publishedSlugs.push(slug)
    },
  )
  return { stories: states.length, published, publishedSlugs, seconds: (performance.now() - started) / 1000 }
}
