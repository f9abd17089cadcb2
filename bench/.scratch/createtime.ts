import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createLocalReq, getPayload } from 'payload'
import { buildNewsroomConfig } from '../../src/config/buildNewsroomConfig'
import { loadSettings } from '../../src/config/settings'
import { body, rng } from '../lib/storyData'

process.env.DISABLE_PAYLOAD_HMR = 'true'
const dir = mkdtempSync(path.join(tmpdir(), 'bench-'))
const url = process.argv[2] ?? `file:${path.join(dir, 'bench.db')}`
const settings = loadSettings({ DATABASE_URL: url, DATA_DIR: dir, PAYLOAD_SECRET: 'x'.repeat(40), SCHEDULER_INTERVAL_SECONDS: '0' }, dir)
const payload = await getPayload({ config: buildNewsroomConfig(settings) })
const r = rng(1)
const data = (i: number) => ({ headline: `Tin số ${i}`, slug: `tin-${i}`, body: body(r), workflowState: 'published' })
async function timeit(label: string, n: number, fn: (i: number) => Promise<unknown>) {
  const t = performance.now()
  for (let i = 0; i < n; i++) await fn(i)
  console.log(label, ((performance.now() - t) / n).toFixed(2), 'ms/doc')
}
await timeit('create no tx', 30, (i) => payload.create({ collection: 'stories', data: data(i) as never, overrideAccess: true, depth: 0, context: { skipAudit: true } }))
const req = await createLocalReq({ context: { skipAudit: true } }, payload)
req.transactionID = (await payload.db.beginTransaction()) as string
await timeit('create tx', 30, (i) => payload.create({ collection: 'stories', data: data(100 + i) as never, req, overrideAccess: true, depth: 0 }))
await timeit('db.create tx', 30, (i) => {
  const d = data(200 + i)
  return payload.db.create({ collection: 'stories', data: { ...d, headline: { vi: d.headline }, body: { vi: d.body } }, req, returning: false } as never)
})
await payload.db.commitTransaction(req.transactionID)
const f = await payload.find({ collection: 'stories', where: { slug: { equals: 'tin-205' } }, depth: 0 })
console.log(f.docs[0]?.headline, typeof f.docs[0]?.body)
await payload.destroy()
process.exit(0)
