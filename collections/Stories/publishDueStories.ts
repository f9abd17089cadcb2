import type { Payload } from 'payload'

/**
 * Publishes scheduled stories whose time has come. Runs as the system (no user), so the
 * workflow hook records it as a scheduled publish rather than a person's action.
 * Returns the ids it published.
 */
export async function publishDueStories(payload: Payload, now = new Date()): Promise<Array<number | string>> {
  const due = await payload.find({
    collection: 'stories',
    where: {
      and: [
        { workflowState: { equals: 'scheduled' } },
        { scheduledAt: { less_than_equal: now.toISOString() } },
      ],
    },
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true,
  })
  const published: Array<number | string> = []
  for (const story of due.docs) {
    try {
      await payload.update({
        collection: 'stories',
        id: story.id,
        data: { workflowState: 'published', publishedAt: story.scheduledAt ?? now.toISOString() },
        overrideAccess: true,
        context: { systemTransition: true, auditAction: 'publish' },
      })
      published.push(story.id)
    } catch (error) {
      payload.logger.error({ err: error, storyId: story.id }, 'Scheduled publish failed')
    }
  }
  return published
}

/** Starts the scheduler loop; returns a stop function. One process only (the web server). */
export function startScheduler(payload: Payload, intervalSeconds: number): () => void {
  if (intervalSeconds <= 0) return () => undefined
  let running = false
  const tick = async () => {
    if (running) return
    running = true
    try {
      const ids = await publishDueStories(payload)
      if (ids.length) payload.logger.info(`Scheduled publish: ${ids.length} story(ies) published`)
    } finally {
      running = false
    }
  }
  const timer = setInterval(() => void tick(), intervalSeconds * 1000)
  timer.unref()
  void tick()
  return () => clearInterval(timer)
}
