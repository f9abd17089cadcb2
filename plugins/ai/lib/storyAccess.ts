import type { PayloadRequest, Where } from 'payload'

import { canUpdateStories } from '../../../src/access'

/** Whether the request's user may edit this story, by the stories collection's own rule. */
export async function canEditStory(req: PayloadRequest, storyId: number | string): Promise<boolean> {
  const access = await canUpdateStories({ req } as never)
  if (access === true) return true
  if (access === false) return false
  const where: Where = { and: [{ id: { equals: storyId } }, access as Where] }
  return (await req.payload.count({ collection: 'stories', where, req, overrideAccess: true })).totalDocs > 0
}
