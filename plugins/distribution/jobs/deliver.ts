import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { DelayedError, type Job } from 'bullmq'
import type { Payload } from 'payload'

import { jobsRegistry, queuesFor, type JobDefinition } from '../../jobs'
import { adapterFor, KEEPS_REMOTE_COPY } from '../lib/adapters'
import { createContext } from '../lib/adapterContext'
import {
  loadDelivery,
  previousCopy,
  TERMINAL,
  updateDelivery,
  type DeliveryRecord,
} from '../lib/deliveryRecords'
import { loadPublicStory } from '../lib/loadPublicStory'
import { takeRateSlot } from '../lib/rateLimit'
import type { DistributionRuntime } from '../lib/runtime'
import { loadTarget, targetConfig } from '../lib/targets'
import { DeliveryError, type TargetConfig } from '../types'

export type DeliverData = { deliveryId: number | string }

const finish = (payload: Payload, id: DeliveryRecord['id'], status: 'skipped' | 'failed', message: string) =>
  updateDelivery(payload, id, {
    status,
    ...(status === 'failed' ? { lastError: message, failedAt: new Date().toISOString() } : { note: message }),
    nextAttemptAt: null,
  })

/** Hands the job back to the queue for later without spending one of BullMQ's attempts. */
async function later(job: Job, token: string | undefined, delayMs: number): Promise<never> {
  if (!token) throw new Error('Cannot delay a job without its lock token.')
  await job.moveToDelayed(Date.now() + delayMs, token)
  throw new DelayedError()
}

function asDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error
  const message = (error as Error)?.message ?? String(error)
  // Our own bugs and unexpected answers are retried like a platform hiccup, and shown as they are.
  return new DeliveryError(message, { retryable: true, cause: error })
}

/**
 * Sends one delivery with its target's adapter. The record is the truth: a replay (a retry, a
 * restarted or killed worker) finds what was done and carries on from there, so the platform
 * gets one copy. Platform errors are retried here with exponential backoff or the platform's
 * Retry-After; when attempts run out, or the platform refuses the content, the record fails
 * with the platform's own words.
 */
export const deliverJob = (runtime: DistributionRuntime): JobDefinition<DeliverData> => ({
  queue: 'distribution',
  name: 'deliver',
  handler: async ({ deliveryId }, { payload, job, token, signal }) => {
    const record = await loadDelivery(payload, deliveryId)
    if (!record || TERMINAL.has(record.status)) return { skipped: record?.status ?? 'missing' }
    const target = record.target ? await loadTarget(payload, record.target) : undefined
    if (!target)
      return finish(payload, record.id, 'failed', 'Đích phát hành không còn tồn tại (target deleted).')
    if (target.active === false)
      return finish(payload, record.id, 'skipped', 'Đích phát hành đang tắt (target inactive).')
    const adapter = adapterFor(target.kind)
    let config: TargetConfig
    try {
      config = targetConfig(target, runtime, adapter.domestic)
    } catch (error) {
      return finish(payload, record.id, 'failed', (error as Error).message)
    }
    const story = record.story
      ? await loadPublicStory(payload, runtime, record.story, target.locale || 'vi')
      : undefined
    if (!story) return finish(payload, record.id, 'skipped', 'Tin bài đã bị xoá (story deleted).')
    if (record.action !== 'remove' && story.state === 'killed')
      return finish(payload, record.id, 'skipped', 'Tin đã bị gỡ trước khi gửi (killed before delivery).')

    let action = record.action
    const previous = action === 'publish' ? undefined : await previousCopy(payload, record.story!, target.id)
    if (KEEPS_REMOTE_COPY.has(target.kind) && !previous) {
      if (action === 'remove')
        return finish(payload, record.id, 'skipped', 'Chưa có bản nào trên đích này để gỡ.')
      action = 'publish'
    }

    const { options } = jobsRegistry(payload.config)
    // Emergency bulletins never wait behind a rate limit.
    if ((record.priority ?? 10) > 1) {
      const wait = await takeRateSlot(
        queuesFor(payload).connection,
        options.prefix,
        String(target.id),
        config.ratePerMinute,
      )
      if (wait > 0) {
        await updateDelivery(payload, record.id, { nextAttemptAt: new Date(Date.now() + wait).toISOString() })
        return later(job, token, wait)
      }
    }

    const attempt = (record.attempts ?? 0) + 1
    await updateDelivery(payload, record.id, {
      status: 'sent',
      attempts: attempt,
      sentAt: new Date().toISOString(),
      nextAttemptAt: null,
    })
    const workDir = await mkdtemp(path.join(tmpdir(), 'delivery-'))
    try {
      const context = createContext(payload, runtime, {
        record,
        target,
        config,
        story,
        previous,
        signal,
        workDir,
      })
      const result = await adapter[action](context)
      await updateDelivery(payload, record.id, {
        status: result.confirmed ? 'confirmed' : 'sent',
        confirmedAt: result.confirmed ? new Date().toISOString() : null,
        ...(result.remoteId !== undefined ? { remoteId: result.remoteId } : {}),
        ...(result.remoteUrl !== undefined ? { remoteUrl: result.remoteUrl } : {}),
        note: result.note ?? null,
        lastError: null,
        platformMessage: null,
      })
      return { action, confirmed: result.confirmed }
    } catch (raw) {
      if (raw instanceof DelayedError) throw raw
      const error = asDeliveryError(raw)
      const lastError = error.message.slice(0, 1000)
      const platformMessage = error.platformMessage?.slice(0, 1000) ?? null
      if (!error.retryable || attempt >= runtime.attempts) {
        await updateDelivery(payload, record.id, {
          status: 'failed',
          lastError: error.retryable ? `${lastError} (đã thử ${attempt} lần)` : lastError,
          platformMessage,
          failedAt: new Date().toISOString(),
        })
        return { failed: lastError }
      }
      const delay = error.retryAfterMs ?? runtime.backoffMs * 2 ** (attempt - 1)
      await updateDelivery(payload, record.id, {
        status: 'queued',
        lastError,
        platformMessage,
        nextAttemptAt: new Date(Date.now() + delay).toISOString(),
      })
      return later(job, token, delay)
    } finally {
      await rm(workDir, { recursive: true, force: true })
    }
  },
  onFailed: async ({ deliveryId }, error, { payload }) => {
    const record = await loadDelivery(payload, deliveryId)
    if (record && !TERMINAL.has(record.status))
      await finish(payload, record.id, 'failed', `Lỗi khi phát hành: ${error.message}`.slice(0, 1000))
  },
})
