/**
 * rundown: the evening news of the TV channel with `items` items (stories linked to the newsroom's
 * stories, packages, ads, breaks, a live link and an interview); `POST /api/rundowns/:id/reorder`
 * moving one item as the admin's ↑/↓ and a drag do, and `GET /api/rundowns/:id/timing`.
 */
import type { Payload } from 'payload'

import { createPrng } from '../../src/lib/prng'
import { figure } from '../lib/report'
import { call, expectStatus, median, type BaseIds, type Planning } from './newsroom'

type Id = number | string

export type BenchRundown = { id: Id; version: number; items: Array<{ itemID: string }> }

type TimingAnswer = { rundown?: { version?: number }; items?: Array<{ itemID: string }> }

const OTHERS = [
  { type: 'ad', title: 'Quảng cáo', plannedSeconds: 90 },
  { type: 'break', title: 'Giới thiệu sau quảng cáo', plannedSeconds: 15 },
  { type: 'live', title: 'Cầu truyền hình: phóng viên tại hiện trường', plannedSeconds: 150 },
  { type: 'interview', title: 'Phỏng vấn khách mời tại trường quay', plannedSeconds: 240 },
]

export async function createRundown(
  payload: Payload,
  ids: BaseIds,
  stories: Id[],
  items: number,
  date: string,
) {
  const rows = Array.from({ length: items }, (_, i) => {
    // Two items in three are stories, the rest the programme's own elements.
    const story = stories[i % stories.length]
    if (i % 3 !== 2 && story !== undefined)
      return {
        type: i % 2 ? 'package' : 'story',
        story,
        plannedSeconds: 45 + ((i * 17) % 90),
        status: 'ready',
      }
    return OTHERS[i % OTHERS.length]
  })
  const planned = rows.reduce((sum, row) => sum + (row?.plannedSeconds ?? 0), 0)
  const doc = (await payload.create({
    collection: 'rundowns' as never,
    data: {
      channel: ids.tv,
      date,
      startTime: '19:00:00',
      plannedDurationSeconds: Math.ceil(planned / 600) * 600,
      items: rows,
    } as never,
    depth: 0,
  })) as unknown as BenchRundown
  if (doc.items.length !== items)
    throw new Error(`rundown saved with ${doc.items.length} items, expected ${items}`)
  return doc
}

export async function measureRundown(
  name: string,
  planning: Planning,
  rundown: BenchRundown,
  options: { reorders: number },
): Promise<boolean> {
  const base = `planning.${name}.rundown`
  const r = createPrng(60)
  let order = rundown.items.map((item) => item.itemID)
  let version = rundown.version
  const reorder = async () => {
    const from = Math.floor(r() * order.length)
    let to = Math.floor(r() * (order.length - 1))
    if (to >= from) to++
    const next = [...order]
    next.splice(to, 0, ...next.splice(from, 1))
    const answer = expectStatus(
      await call(planning, 'POST', `/api/rundowns/${rundown.id}/reorder`, { itemIDs: next, version }),
      200,
      'reorder',
    )
    const view = answer.json() as TimingAnswer
    const ids = (view.items ?? []).map((item) => item.itemID)
    if (ids.join() !== next.join()) throw new Error('reorder: the answer is not in the order sent')
    version = Number(view.rundown?.version)
    order = next
    return answer.ms
  }
  await reorder()
  const reorderMs: number[] = []
  for (let i = 0; i < options.reorders; i++) reorderMs.push(await reorder())
  figure(`${base}.items`, order.length, 'items')
  figure(`${base}.reorder.p50`, median(reorderMs), 'ms')
  figure(`${base}.reorder.max`, Math.max(...reorderMs), 'ms')

  const timingMs: number[] = []
  for (let i = 0; i <= options.reorders; i++) {
    const answer = expectStatus(
      await call(planning, 'GET', `/api/rundowns/${rundown.id}/timing`),
      200,
      'timing',
    )
    if (i > 0) timingMs.push(answer.ms)
  }
  figure(`${base}.timing.p50`, median(timingMs), 'ms')
  return true
}
