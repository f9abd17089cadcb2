import { expect } from '@jest/globals'

import { auth, createStoryIn, waitFor, type TestNewsroom } from './newsroom'

export type Delivery = {
  id: number | string
  key: string
  target: number | string
  targetKind: string
  action: 'publish' | 'update' | 'remove'
  status: string
  attempts: number
  lastError?: string | null
  platformMessage?: string | null
  problems?: Array<{ field: string; message: string }> | null
  remoteId?: string | null
  remoteUrl?: string | null
  note?: string | null
  storyRevision: number
}

export async function deliveriesOf(newsroom: TestNewsroom, storyId: number | string): Promise<Delivery[]> {
  const { docs } = await newsroom.payload.find({
    collection: 'deliveries' as never,
    where: { story: { equals: storyId } },
    sort: 'createdAt',
    depth: 0,
    limit: 500,
    overrideAccess: true,
  })
  return docs as unknown as Delivery[]
}

const SETTLED = new Set(['confirmed', 'failed', 'skipped', 'cancelled'])

/** Waits until the story has `count` deliveries for `action`, all settled, and returns them. */
export async function settledDeliveries(
  newsroom: TestNewsroom,
  storyId: number | string,
  action: Delivery['action'],
  count: number,
  timeoutMs = 30_000,
): Promise<Delivery[]> {
  return waitFor(
    async () => {
      const mine = (await deliveriesOf(newsroom, storyId)).filter((d) => d.action === action)
      return mine.length >= count && mine.every((d) => SETTLED.has(d.status)) ? mine : undefined
    },
    { timeoutMs, what: `${count} settled ${action} deliveries of story ${storyId}` },
  )
}

/** Creates a story ready to publish and publishes it over REST as the desk chief. */
export async function publishStory(newsroom: TestNewsroom, data: Record<string, unknown>) {
  const story = await createStoryIn(newsroom, 'approved', data)
  const response = await newsroom
    .http()
    .patch(`/api/stories/${story.id}`)
    .set(auth(newsroom.users.deskChief.token))
    .send({ workflowState: 'published', revision: story.revision })
  expect(response.status).toBe(200)
  return response.body.doc as { id: number | string; slug: string; revision: number }
}

export async function correctStory(
  newsroom: TestNewsroom,
  id: number | string,
  changes: Record<string, unknown>,
) {
  const current = await newsroom.payload.findByID({
    collection: 'stories',
    id,
    depth: 0,
    overrideAccess: true,
  })
  const response = await newsroom
    .http()
    .patch(`/api/stories/${id}`)
    .set(auth(newsroom.users.editor.token))
    .send({
      ...changes,
      workflowState: 'corrected',
      correctionNote: 'Sửa số liệu theo báo cáo mới.',
      revision: current.revision,
    })
  expect(response.status).toBe(200)
  return response.body.doc
}

export async function killStory(newsroom: TestNewsroom, id: number | string) {
  const current = await newsroom.payload.findByID({
    collection: 'stories',
    id,
    depth: 0,
    overrideAccess: true,
  })
  const response = await newsroom
    .http()
    .patch(`/api/stories/${id}`)
    .set(auth(newsroom.users.deskChief.token))
    .send({
      workflowState: 'killed',
      killReason: 'Sai sự thật, gỡ theo yêu cầu.',
      revision: current.revision,
    })
  expect(response.status).toBe(200)
  return response.body.doc
}
