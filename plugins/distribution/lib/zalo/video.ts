/**
 * The story's video on Zalo: uploaded once (preparevideo → token), then polled until Zalo has
 * converted it (verify → video_id). Both the token and the id are saved as soon as they exist.
 */
import { openAsBlob } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import { type AdapterContext, DeliveryError, type PublicMedia } from '../../types'
import { formatBytes, VIDEO_MAX_BYTES } from './limits'
import type { ZaloProgress } from './progress'
import type { ZaloSession } from './tokens'

const DEFAULT_POLL_ATTEMPTS = 5
const DEFAULT_POLL_MS = 3000
/** How long to wait before the queue tries a video still converting again. */
const STILL_PROCESSING_RETRY_MS = 60_000

type VerifyAnswer = {
  video_id?: string
  status?: number | string
  status_message?: string
  convert_percent?: number
  convert_error_code?: number
}

function numberSetting(context: AdapterContext, name: string, fallback: number): number {
  const value = Number(context.target.settings[name])
  return Number.isFinite(value) && value >= 0 ? value : fallback
}

async function upload(session: ZaloSession, context: AdapterContext, video: PublicMedia): Promise<string> {
  const file = await context.fetchFile(video)
  const { size } = await stat(file)
  if (size > VIDEO_MAX_BYTES) {
    throw new DeliveryError(
      `Video nặng ${formatBytes(size)}, Zalo chỉ nhận tối đa ${formatBytes(VIDEO_MAX_BYTES)} (video too large).`,
      { retryable: false },
    )
  }
  const form = new FormData()
  form.set('file', await openAsBlob(file, { type: video.mimeType || 'video/mp4' }), path.basename(file))
  const data = (await session.call({
    method: 'POST',
    path: '/v2.0/article/upload_video/preparevideo',
    form,
    what: 'tải video lên',
  })) as { token?: string } | undefined
  if (!data?.token) {
    throw new DeliveryError('Zalo nhận video nhưng không trả mã xử lý (no upload token); sẽ thử lại.', {
      retryable: true,
    })
  }
  return data.token
}

/** The video's Zalo id, uploading and waiting for conversion as needed. */
export async function ensureVideo(
  session: ZaloSession,
  context: AdapterContext,
  progress: ZaloProgress,
  video: PublicMedia,
): Promise<string> {
  const key = video.key ?? video.url
  if (progress.state.videoId && progress.state.videoKey === key) return progress.state.videoId
  if (!progress.state.videoToken || progress.state.videoKey !== key) {
    const token = await upload(session, context, video)
    await progress.save({ videoToken: token, videoKey: key, videoId: undefined })
  }

  const attempts = Math.max(1, numberSetting(context, 'videoPollAttempts', DEFAULT_POLL_ATTEMPTS))
  const waitMs = numberSetting(context, 'videoPollMs', DEFAULT_POLL_MS)
  let last: VerifyAnswer | undefined
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) await sleep(waitMs, undefined, { signal: context.signal })
    last = (await session.call({
      method: 'GET',
      path: '/v2.0/article/upload_video/verify',
      headers: { token: progress.state.videoToken! },
      what: 'kiểm tra video đã tải lên',
    })) as VerifyAnswer | undefined
    if (last?.convert_error_code) {
      // The upload is dead; forget it so the next try uploads the file again.
      await progress.save({ videoToken: undefined })
      throw new DeliveryError(
        `Zalo không chuyển đổi được video (mã ${last.convert_error_code})` +
          `${last.status_message ? `: ${last.status_message}` : ''} (video conversion failed).`,
        { retryable: false, platformMessage: last.status_message },
      )
    }
    if (last?.video_id) {
      await progress.save({ videoId: last.video_id, videoToken: undefined })
      return last.video_id
    }
  }
  const percent = last?.convert_percent !== undefined ? ` (${last.convert_percent}%)` : ''
  throw new DeliveryError(`Zalo vẫn đang xử lý video${percent}; sẽ thử lại sau (video still processing).`, {
    retryable: true,
    retryAfterMs: STILL_PROCESSING_RETRY_MS,
    platformMessage: last?.status_message,
  })
}
