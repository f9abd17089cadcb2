import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'
import { buildNewsroomConfig } from '../../src/config/buildNewsroomConfig'
import { loadSettings } from '../../src/config/settings'
import { seedStories } from '../lib/seedStories'
import { body, rng } from '../lib/storyData'

process.env.DISABLE_PAYLOAD_HMR = 'true'
const dir = mkdtempSync(path.join(tmpdir(), 'bench-'))
const url = `file:${path.join(dir, 'bench.db')}`
const settings = loadSettings({ DATABASE_URL: url, DATA_DIR: dir, PAYLOAD_SECRET: 'x'.repeat(40), SCHEDULER_INTERVAL_SECONDS: '0' }, dir)
const payload = await getPayload({ config: buildNewsroomConfig(settings) })
const res = await seedStories(payload, Number(process.env.N ?? 300))
console.log(res.stories, res.seconds)
const seeded = (await payload.find({ collection: 'stories', limit: 1, depth: 1, where: { slug: { equals: res.publishedSlugs[0] } } })).docs[0]!
const ref = await payload.create({ collection: 'stories', depth: 1, context: { skipAudit: true }, data: { headline: 'Tin tham chiếu', workflowState: 'published', body: body(rng(2)), desk: seeded.desk && (seeded.desk as any).id, topics: (seeded.topics as any[]).map((t) => t.id), places: (seeded.places as any[]).map((t) => t.id), section: (seeded.section as any).id, bylines: [{ name: 'X' }], web: { seoDescription: 'a' }, print: { plannedLength: 3 }, social: { text: 'x', hashtags: '#a' } } as never })
const shape = (v: unknown): unknown => Array.isArray(v) ? v.slice(0, 1).map(shape) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'body').map(([k, x]) => [k, shape(x)])) : typeof v
console.log(JSON.stringify(shape(seeded)) === JSON.stringify(shape(ref)))
console.log(JSON.stringify(shape(seeded)))
console.log(JSON.stringify(shape(ref)))
console.log(JSON.stringify(seeded).length)
await payload.destroy()
process.exit(0)
