import type { Endpoint } from 'payload'

import { hasRole } from '../../../src/access'
import { errorResponse } from '../../../src/lib/httpErrors'
import { DELIVERIES_SLUG } from '../collections/Deliveries'
import { adapterFor } from '../lib/adapters'
import { contentProblems } from '../lib/contentProblems'
import { toPublicStory } from '../lib/publicStory'
import type { DistributionRuntime } from '../lib/runtime'
import { effectiveTargets, loadTargets, targetConfig } from '../lib/targets'

/**
 * `GET /api/stories/:id/distribution`: where the story goes, what each target would refuse in it
 * as it stands now (checked before anyone presses publish), and every delivery so far.
 */
export const storyDistributionEndpoint = (runtime: DistributionRuntime): Endpoint => ({
  path: '/:id/distribution',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return errorResponse(401, 'Cần đăng nhập.')
    // The same readers as the deliveries and targets themselves: staff, not API clients.
    if (!hasRole(req, 'reporter', 'editor', 'deskChief', 'manager', 'admin'))
      return errorResponse(403, 'Chỉ nhân sự toà soạn xem được tình trạng phát hành.')
    const id = req.routeParams?.id
    if (typeof id !== 'string' || !/^\d{1,9}$|^[0-9a-f-]{36}$/.test(id))
      return errorResponse(400, 'Mã tin bài không hợp lệ.')
    let story: Record<string, unknown>
    try {
      story = (await req.payload.findByID({
        collection: 'stories',
        id,
        depth: 1,
        user: req.user,
        overrideAccess: false,
      })) as unknown as Record<string, unknown>
    } catch {
      return errorResponse(404, `Không có tin bài "${id}" hoặc bạn không được xem.`)
    }
    const targets = effectiveTargets(story as never, await loadTargets(req.payload))
    const checks = await Promise.all(
      targets.map(async (target) => {
        const adapter = adapterFor(target.kind)
        const locale = target.locale || 'vi'
        const localized =
          locale === 'vi'
            ? story
            : ((await req.payload.findByID({
                collection: 'stories',
                id,
                depth: 1,
                locale: locale as never,
                fallbackLocale: false as never,
                overrideAccess: true,
              })) as unknown as Record<string, unknown>)
        const publicStory = toPublicStory(localized, { locale, siteURL: runtime.siteURL })
        let problems
        try {
          problems = contentProblems(adapter, publicStory, targetConfig(target, runtime, adapter.domestic))
        } catch (error) {
          problems = [{ field: 'target', message: (error as Error).message }]
        }
        return {
          id: target.id,
          name: target.name,
          kind: target.kind,
          label: adapter.label,
          domestic: target.domestic ?? adapter.domestic,
          canRemove: adapter.canRemove,
          problems,
        }
      }),
    )
    const { docs: deliveries } = await req.payload.find({
      collection: DELIVERIES_SLUG as never,
      where: { story: { equals: id } },
      sort: '-createdAt',
      limit: 200,
      depth: 0,
      overrideAccess: true,
    })
    return Response.json({
      targets: checks,
      deliveries: deliveries.map((d) => {
        const { remoteState: _state, ...rest } = d as unknown as Record<string, unknown>
        return rest
      }),
    })
  },
})
