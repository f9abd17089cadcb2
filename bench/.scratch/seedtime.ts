import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'
import { buildNewsroomConfig } from '../../src/config/buildNewsroomConfig'
import { loadSettings } from '../../src/config/settings'
import { seedStories } from '../lib/seedStories'

process.env.DISABLE_PAYLOAD_HMR = 'true'
const dir = mkdtempSync(path.join(tmpdir(), 'bench-'))
const url = process.argv[2] ?? `file:${path.join(dir, 'bench.db')}`
const settings = loadSettings({ DATABASE_URL: url, DATA_DIR: dir, PAYLOAD_SECRET: 'x'.repeat(40), SCHEDULER_INTERVAL_SECONDS: '0' }, dir)
const t0 = performance.now()
const payload = await getPayload({ config: buildNewsroomConfig(settings) })
console.log('boot', (performance.now() - t0) / 1000)
const res = await seedStories(payload, Number(process.env.N ?? 500))
console.log(res.stories, res.seconds, res.publishedSlugs.slice(0, 2))
const f = await payload.find({ collection: 'stories', limit: 1, depth: 1, where: { workflowState: { equals: 'published' } } })
console.log(JSON.stringify(f.docs[0]).length, JSON.stringify(f.docs[0]).slice(0, 1500))
await payload.destroy()
process.exit(0)
