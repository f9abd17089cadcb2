/**
 * Zalo Official Account articles. One target per OA, each with its own credentials
 * ({ appId, secretKey, accessToken, refreshToken, accessTokenExpiresAt }).
 *
 * Settings: `baseURL` the OpenAPI (default https://openapi.zalo.me); `settings.oauthURL` (default
 * https://oauth.zaloapp.com); `settings.author` (default: first byline, else the target's name);
 * `settings.videoPollAttempts` / `settings.videoPollMs` how long to wait for a video's conversion.
 *
 * Publishing is create (→ token) then verify (→ article id). The token is saved before verify,
 * and a retry whose earlier attempt died before saving it looks for the orphan article first, so
 * a story never appears twice on the OA.
 */
import {
  type AdapterContext,
  type AdapterResult,
  DeliveryError,
  type DistributionAdapter,
  type PublicStory,
} from '../types'
import { buildZaloArticle, findOrphanArticle, type ZaloListedArticle } from '../lib/zalo/article'
import { isArticleGone } from '../lib/zalo/errors'
import { validateZaloStory } from '../lib/zalo/limits'
import { ZaloProgress } from '../lib/zalo/progress'
import { ZaloSession } from '../lib/zalo/tokens'
import { ensureVideo } from '../lib/zalo/video'

/** Zalo's clock and ours may differ; an orphan created this long before the revision still counts. */
const ORPHAN_CLOCK_SLACK_MS = 10 * 60_000
const ORPHAN_FALLBACK_WINDOW_MS = 24 * 60 * 60_000
const ORPHAN_SEARCH_LIMIT = 20

function assertValid(context: AdapterContext): void {
  const problems = validateZaloStory(context.story, context.target)
  if (problems.length) {
    throw new DeliveryError(problems.map((problem) => problem.message).join(' '), { retryable: false })
  }
}

function remoteIdOf(context: AdapterContext): string | undefined {
  return context.previous?.remoteId ?? context.delivery.remoteId
}

/** The video id to put in the article: reuse the publish's upload when the video is the same. */
async function videoIdFor(session: ZaloSession, context: AdapterContext, progress: ZaloProgress) {
  const video = context.story.video
  if (!video) return undefined
  const previous = progress.previousState()
  if (previous.videoId && previous.videoKey === (video.key ?? video.url) && !progress.state.videoId) {
    return previous.videoId
  }
  return ensureVideo(session, context, progress, video)
}

async function verifyCreated(
  session: ZaloSession,
  progress: ZaloProgress,
  token: string,
): Promise<AdapterResult> {
  let data: { id?: string | number; url?: string } | undefined
  try {
    data = (await session.call({
      method: 'POST',
      path: '/v2.0/article/verify',
      json: { token },
      what: 'xác nhận bài viết',
    })) as typeof data
  } catch (error) {
    // A token Zalo refuses for good will never verify: forget it, so a retry searches and creates.
    if (error instanceof DeliveryError && !error.retryable && !error.credentialsRejected) {
      await progress.save({ createToken: undefined })
    }
    throw error
  }
  if (data?.id === undefined || data.id === '') {
    throw new DeliveryError('Zalo chưa trả mã bài viết khi xác nhận (no article id yet); sẽ thử lại.', {
      retryable: true,
    })
  }
  const remoteId = String(data.id)
  const remoteUrl = typeof data.url === 'string' && data.url ? data.url : undefined
  await progress.save({ remoteId, remoteUrl })
  return { remoteId, remoteUrl, confirmed: true, note: 'Đã đăng lên Zalo OA' }
}

function orphanNotBefore(story: PublicStory): number {
  const revisionAt = Date.parse(story.updatedAt)
  return Number.isFinite(revisionAt)
    ? revisionAt - ORPHAN_CLOCK_SLACK_MS
    : Date.now() - ORPHAN_FALLBACK_WINDOW_MS
}

async function findOrphan(
  session: ZaloSession,
  context: AdapterContext,
  createStartedAt: number,
): Promise<ZaloListedArticle | undefined> {
  const data = (await session.call({
    method: 'GET',
    path: '/v2.0/article/getslice',
    query: { offset: 0, limit: ORPHAN_SEARCH_LIMIT, type: 'normal' },
    what: 'tìm bài đã tạo ở lần gửi trước',
  })) as { medias?: ZaloListedArticle[] } | undefined
  return findOrphanArticle(data?.medias ?? [], {
    title: context.story.headline,
    notBefore: Number.isFinite(createStartedAt)
      ? createStartedAt - ORPHAN_CLOCK_SLACK_MS
      : orphanNotBefore(context.story),
    excludeIds: context.previous?.remoteId ? [context.previous.remoteId] : [],
  })
}

async function publish(context: AdapterContext): Promise<AdapterResult> {
  const { delivery } = context
  if (delivery.remoteId) {
    return {
      remoteId: delivery.remoteId,
      remoteUrl: delivery.remoteUrl,
      confirmed: true,
      note: 'Đã có trên Zalo OA',
    }
  }
  assertValid(context)
  const session = new ZaloSession(context)
  const progress = new ZaloProgress(context)
  if (progress.state.createToken) return verifyCreated(session, progress, progress.state.createToken)

  // A create was sent before but its token never saved (the worker died, or the answer was lost):
  // the article may exist. Searched only then, so a plain retry never adopts a stranger's article.
  if (progress.state.createStartedAt) {
    const orphan = await findOrphan(session, context, Date.parse(progress.state.createStartedAt))
    if (orphan) {
      const remoteId = String(orphan.id)
      await progress.save({ remoteId })
      return { remoteId, confirmed: true, note: 'Nhận lại bài đã tạo trên Zalo ở lần gửi trước' }
    }
  }

  const videoId = await videoIdFor(session, context, progress)
  const article = buildZaloArticle(context.story, context.target, { videoId })
  await progress.save({ createStartedAt: new Date().toISOString() })
  const created = (await session.call({
    method: 'POST',
    path: '/v2.0/article/create',
    json: article,
    what: 'tạo bài viết',
  })) as { token?: string } | undefined
  if (!created?.token) {
    // Retryable: the next attempt looks for the article before creating another.
    throw new DeliveryError('Zalo nhận bài nhưng không trả mã xác nhận (no create token); sẽ thử lại.', {
      retryable: true,
    })
  }
  await progress.save({ createToken: created.token })
  return verifyCreated(session, progress, created.token)
}

async function update(context: AdapterContext): Promise<AdapterResult> {
  const remoteId = remoteIdOf(context)
  if (!remoteId) {
    throw new DeliveryError('Chưa có bài trên Zalo OA để cập nhật (no Zalo article id to update).', {
      retryable: false,
    })
  }
  assertValid(context)
  const session = new ZaloSession(context)
  const progress = new ZaloProgress(context)
  const videoId = await videoIdFor(session, context, progress)
  const article = buildZaloArticle(context.story, context.target, { videoId })
  const answer = (await session.call({
    method: 'POST',
    path: '/v2.0/article/update',
    json: { id: remoteId, ...article },
    what: 'cập nhật bài viết',
  })) as { token?: string } | undefined
  const result: AdapterResult = {
    remoteId,
    remoteUrl: context.previous?.remoteUrl,
    confirmed: true,
    note: 'Đã cập nhật trên Zalo OA',
  }
  // Zalo may answer an update with a token to verify, as it does a creation. The update itself
  // was accepted (error 0), so a verify refused for good leaves it accepted but unconfirmed;
  // a transient failure retries the whole (idempotent) update.
  if (answer?.token) {
    try {
      await session.call({
        method: 'POST',
        path: '/v2.0/article/verify',
        json: { token: answer.token },
        what: 'xác nhận bài đã cập nhật',
      })
    } catch (error) {
      if (!(error instanceof DeliveryError) || error.retryable) throw error
      return {
        ...result,
        confirmed: false,
        note: `Zalo đã nhận bản cập nhật nhưng chưa xác nhận: ${error.message}`,
      }
    }
  }
  return result
}

async function remove(context: AdapterContext): Promise<AdapterResult> {
  const remoteId = remoteIdOf(context)
  if (!remoteId) return { confirmed: true, note: 'Không có bài trên Zalo OA để gỡ' }
  const session = new ZaloSession(context)
  try {
    await session.call({
      method: 'POST',
      path: '/v2.0/article/remove',
      json: { id: remoteId },
      what: 'gỡ bài viết',
    })
  } catch (error) {
    if (!isArticleGone(error)) throw error
    return { remoteId, confirmed: true, note: 'Bài đã không còn trên Zalo OA (đã bị gỡ trước đó)' }
  }
  return { remoteId, confirmed: true, note: 'Đã gỡ bài khỏi Zalo OA' }
}

export const zaloAdapter: DistributionAdapter = {
  kind: 'zalo',
  label: { vi: 'Zalo OA', en: 'Zalo Official Account' },
  domestic: true,
  canRemove: true,
  validate: validateZaloStory,
  publish,
  update,
  remove,
}
