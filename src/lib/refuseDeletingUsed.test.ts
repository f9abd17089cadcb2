import { describe, expect, it } from '@jest/globals'
import type { PayloadRequest } from 'payload'

import { refuseDeletingUsed } from './refuseDeletingUsed'

/** A request whose payload counts from a table of (collection, field=id) → count. */
function requestCounting(counts: Record<string, number>) {
  const asked: string[] = []
  const req = {
    payload: {
      count: async ({
        collection,
        where,
      }: {
        collection: string
        where: Record<string, { equals: unknown }>
      }) => {
        const [field, condition] = Object.entries(where)[0]!
        const key = `${collection}.${field}=${String(condition.equals)}`
        asked.push(key)
        return { totalDocs: counts[key] ?? 0 }
      },
    },
  } as unknown as PayloadRequest
  return { req, asked }
}

const hook = refuseDeletingUsed(
  'Kênh',
  [
    { collection: 'schedule-items', field: 'channel', what: 'mục lịch phát sóng' },
    { collection: 'airtime-imports', field: 'channel', what: 'lượt nhập' },
  ],
  'Hãy ngừng kênh thay vì xoá.',
)
const run = (req: PayloadRequest, id: number) =>
  hook({ id, req, collection: {} as never, context: {} } as Parameters<typeof hook>[0])

describe('refuseDeletingUsed', () => {
  it('lets a record nothing names go', async () => {
    const { req, asked } = requestCounting({})
    await expect(run(req, 7)).resolves.toBeUndefined()
    expect(asked).toEqual(['schedule-items.channel=7', 'airtime-imports.channel=7'])
  })

  it('refuses with a 409 naming every holder and its count, and the advice', async () => {
    const { req } = requestCounting({ 'schedule-items.channel=7': 120, 'airtime-imports.channel=7': 2 })
    await expect(run(req, 7)).rejects.toMatchObject({
      status: 409,
      message:
        'Kênh #7 không xoá được vì còn 120 mục lịch phát sóng, 2 lượt nhập gắn với nó. Hãy ngừng kênh thay vì xoá.',
    })
    const { req: one } = requestCounting({ 'airtime-imports.channel=7': 1 })
    await expect(run(one, 7)).rejects.toMatchObject({
      message: expect.stringContaining('còn 1 lượt nhập gắn'),
    })
  })
})
