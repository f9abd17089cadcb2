import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'
import { buildNewsroomConfig } from '../../src/config/buildNewsroomConfig'
import { loadSettings } from '../../src/config/settings'

process.env.DISABLE_PAYLOAD_HMR = 'true'
const dir = mkdtempSync(path.join(tmpdir(), 'bench-'))
const url = process.argv[2] ?? `file:${path.join(dir, 'bench.db')}`
const settings = loadSettings({ DATABASE_URL: url, DATA_DIR: dir, PAYLOAD_SECRET: 'x'.repeat(40), SCHEDULER_INTERVAL_SECONDS: '0' }, dir)
const payload = await getPayload({ config: buildNewsroomConfig(settings) })
for (const coll of ['topics', 'places', 'agencies'] as const) {
  const t = performance.now()
  for (let i = 0; i < 20; i++) await payload.create({ collection: coll, data: { name: `Tên ${i}`, level: 'province', code: `x${i}` } as never, context: { skipAudit: true }, depth: 0 })
  console.log(coll, ((performance.now() - t) / 20).toFixed(1), 'ms')
}
const t = performance.now()
for (let i = 0; i < 20; i++) await payload.db.create({ collection: 'agencies', data: { name: `Tên ${i}`, kind: 'merged' } as never })
console.log('db agencies', ((performance.now() - t) / 20).toFixed(1), 'ms')
await payload.destroy()
process.exit(0)
