/**
 * The AI pipeline around the providers, on a real newsroom (SQLite in a scratch folder, the
 * real Redis queue, the worker in this process):
 *
 *   measure   what every save of a story with AI provenance costs: measureStory on a long
 *             story (≈ 6,000 characters, body, headline and radio script from AI, then edited).
 *   job       request → suggestion ready, through the outbox, Redis and the worker, for local
 *             headline suggestions on corpus texts; OUTBOX_POLL_MS (here 50 ms) bounds how soon
 *             the worker sees a request, as in production (500 ms by default).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { getPayload } from 'payload'

import { startWorker } from '../../plugins/jobs'
import { percentile } from '../../plugins/ai/lib/eval/percentile'
import { measureStory } from '../../plugins/ai/lib/provenance/measure'
import { plainTextToLexical } from '../../plugins/ai/lib/storyText'
import { buildNewsroomConfig } from '../../src/config/buildNewsroomConfig'
import { loadSettings } from '../../src/config/settings'
import { closePayload } from '../../src/server/closePayload'
import { figure, note } from '../lib/report'
import { CORPUS } from './corpus'

const elapsed = (started: number) => performance.now() - started

export function measureProvenanceCost(rounds: number): void {
  const body = CORPUS.slice(0, 8)
    .map((text) => text.body)
    .join('\n\n')
  const aiBody = body
  const editedBody = body.replace(/\. /g, '. Biên tập viên bổ sung một ý. ').slice(0, 6_000)
  const texts = {
    headline: 'Tít do biên tập viên sửa lại từ gợi ý của AI',
    body: editedBody,
    'radio.script': `Thưa quý thính giả, ${editedBody.slice(0, 1_500)}`,
  }
  const provenance = [
    { field: 'headline' as const, aiText: 'Tít do AI gợi ý cho bài viết' },
    { field: 'body' as const, aiText: aiBody },
    { field: 'radio.script' as const, aiText: `Thưa quý thính giả, ${aiBody.slice(0, 1_500)}` },
  ]
  const times: number[] = []
  for (let i = 0; i < Math.max(20, rounds * 20); i++) {
    const started = performance.now()
    measureStory(texts, provenance)
    times.push(elapsed(started))
  }
  note(`measure: ${editedBody.length} characters of body, 3 provenance records`)
  figure('ai.provenance.measure.p50', percentile(times, 50), 'ms')
  figure('ai.provenance.measure.p95', percentile(times, 95), 'ms')
}

/** Request → ready through the real queue; resolves false when a suggestion failed. */
export async function measureJobLatency(count: number): Promise<boolean> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'newsroom-bench-ai-'))
  const settings = loadSettings(
    {
      DATABASE_URL: `file:${path.join(dataDir, 'bench.db')}`,
      DATA_DIR: dataDir,
      PAYLOAD_SECRET: 'bench-secret-bench-secret-bench-secret',
      REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: `bench-ai-${process.pid}`,
      OUTBOX_POLL_MS: '50',
      SCHEDULER_INTERVAL_SECONDS: '0',
    },
    dataDir,
  )
  const payload = await getPayload({ config: buildNewsroomConfig(settings), key: 'bench-ai' } as never)
  const worker = startWorker(payload, { queues: ['ai'] })
  let ok = true
  try {
    const times: number[] = []
    for (const text of CORPUS.slice(0, count)) {
      const story = await payload.create({
        collection: 'stories',
        data: {
          headline: text.headline,
          body: plainTextToLexical(text.body),
          workflowState: 'drafting',
        } as never,
        depth: 0,
      })
      const started = performance.now()
      const suggestion = await payload.create({
        collection: 'ai-suggestions',
        data: { story: story.id, task: 'headlines' } as never,
        depth: 0,
      })
      let status = 'queued'
      while (status === 'queued' || status === 'running') {
        await new Promise((resolve) => setTimeout(resolve, 5))
        const doc = await payload.findByID({ collection: 'ai-suggestions', id: suggestion.id, depth: 0 })
        status = String(doc.status)
        if (elapsed(started) > 30_000) throw new Error(`suggestion ${suggestion.id} not ready after 30 s`)
      }
      if (status !== 'ready') ok = false
      times.push(elapsed(started))
    }
    note(`job: ${times.length} local headline requests, one after another, SQLite, outbox poll 50 ms`)
    figure('ai.job.request_to_ready.p50', percentile(times, 50), 'ms')
    figure('ai.job.request_to_ready.p95', percentile(times, 95), 'ms')
  } finally {
    await worker.close()
    await closePayload(payload)
    rmSync(dataDir, { recursive: true, force: true })
  }
  return ok
}
