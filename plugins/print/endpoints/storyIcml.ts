import type { Endpoint } from 'payload'

import { errorResponse } from '../../../src/lib/httpErrors'
import { buildIcml } from '../lib/icml'
import { storyFileBase, toIcmlStory, type StoryLike } from '../lib/storyIcml'
import { attachment, ICML_CONTENT_TYPE, refuseNonStaff, routeId } from './guards'

/**
 * `GET /api/stories/:id/icml`: one story for InDesign (print headline and text when the desk
 * wrote them). Its picture is linked as Links/<file>, beside the ICML.
 */
export const storyIcmlEndpoint: Endpoint = {
  path: '/:id/icml',
  method: 'get',
  handler: async (req) => {
    const refused = refuseNonStaff(req)
    if (refused) return refused
    const id = routeId(req, 'tin bài')
    if (id instanceof Response) return id
    const story = (await req.payload
      .findByID({
        collection: 'stories',
        id,
        depth: 2,
        user: req.user,
        overrideAccess: false,
        disableErrors: true,
        locale: req.locale as never,
        req,
      })
      .catch(() => null)) as StoryLike | null
    if (!story) return errorResponse(404, `Không có tin bài "${id}".`)
    const icml = toIcmlStory(story)
    return new Response(buildIcml([icml], { title: icml.headline }), {
      headers: {
        'content-type': ICML_CONTENT_TYPE,
        'content-disposition': attachment(`${storyFileBase(story)}.icml`),
      },
    })
  },
}
