import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { DelayedError, type Job } from 'bullmq'
import type { Payload } from 'payload'

import { jobsRegistry, queuesFor, type JobDefinition } from '../../jobs'
import { adapterFor, KEEPS_REMOTE_COPY } from '../lib/adapters'
import { createContext } from '../lib/adapterContext'
import { contentProblems, refusedDelivery } from '../lib/contentProblems'
import {
  earlierUnfinished,
  loadDelivery,
  previousCopy,
  settleDelivery,
  TERMINAL,
  type DeliveryRecord,
} from '../lib/deliveryRecords'
import { loadPublicStory } from '../lib/loadPublicStory'
import { takeRateSlot } from '../lib/rateLimit'
import type { DistributionRuntime } from '../lib/runtime'
import { loadTarget, targetConfig } from '../lib/targets'
import { DeliveryError, type DeliveryAction, type TargetConfig } from '../types'

export type DeliverData = { deliveryId: number | string; round?: number }

/** No platform makes us wait longer than this for one attempt, whatever its Retry-After says. */
const MAX_WAIT_MS = 3600_000
/** How often a delivery checks whether the one before it (same story and target) has finished. */
const ORDER_POLL_MS = 500

const finish = (payload: Payload, record: DeliveryRecord, status: 'skipped' | 'failed', message: string) =>
  settleDelivery(payload, record.id, {
    status,
    ...(status === 'failed' ? { lastError: message, failedAt: new Date().toISOString() } : { note: message }),
    nextAttemptAt: null,
  })

/**
 * Hands the job back to the queue for later without spending one of BullMQ's attempts. When Redis
 * lost the job meanwhile (a restart), there is nothing to delay: the job ends quietly, the record
 * still says what is left to do, and the reconciler gives it a new job.
 */
async function later(job: Job, token: string | undefined, delayMs: number): Promise<{ requeued: false }> {
  if (!token) throw new Error('Cannot delay a job without its lock token.')
  try {
    await job.moveToDelayed(Date.now() + Math.min(delayMs, MAX_WAIT_MS), token)
  } catch {
    return { requeued: false }
  }
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
 * gets one copy. Deliveries of one story to one target run in the order they were made (publish,
 * then update, then remove), so a correction never races its publish and a kill never misses a
 * copy still being made. Platform errors are retried here with exponential backoff or the
 * platform's Retry-After; when attempts run out, or the platform refuses the content, the record
 * fails with the platform's own words. A cancel by an administrator is never overwritten.
 */
export const deliverJob = (runtime: DistributionRuntime): JobDefinition<DeliverData> => ({
  queue: 'distribution',
  name: 'deliver',
  handler: async ({ deliveryId, round }, { payload, job, token, signal }) => {
    const record = await loadDelivery(payload, deliveryId)
    if (!record || TERMINAL.has(record.status)) return { skipped: record?.status ?? 'missing' }
    // A job of an earlier round (before an admin's cancel and retry) must not run beside the new one.
    if ((round ?? 0) !== (record.round ?? 0)) return { skipped: `round ${round} superseded` }
    const target = record.target ? await loadTarget(payload, record.target) : undefined
    if (!target)
      return finish(payload, record, 'failed', 'Đích phát hành không còn tồn tại (target deleted).')
    if (target.active === false)
      return finish(payload, record, 'skipped', 'Đích phát hành đang tắt (target inactive).')
    if (record.story && (await earlierUnfinished(payload, record, runtime.staleSeconds * 1000)))
      return later(job, token, ORDER_POLL_MS)

    const adapter = adapterFor(target.kind)
    // Another run may still be sending this delivery (its job was lost with Redis and given back
    // meanwhile): it holds the delivery until its attempt could possibly have ended.
    const leaseMs = (target.timeoutSeconds ?? 15) * 3_000 + 10_000
    const inFlightFor =
      record.status === 'sent' && record.sentAt ? Date.now() - Date.parse(record.sentAt) : Infinity
    if (inFlightFor < leaseMs) return later(job, token, leaseMs - inFlightFor)
    let config: TargetConfig
    try {
      config = targetConfig(target, runtime, adapter.domestic)
    } catch (error) {
      return finish(payload, record, 'failed', (error as Error).message)
    }
    const story = record.story
      ? await loadPublicStory(payload, runtime, record.story, target.locale || 'vi')
      : undefined
    if (!story) return finish(payload, record, 'skipped', 'Tin bài đã bị xoá (story deleted).')
    if (record.action !== 'remove' && story.state === 'killed')
      return finish(payload, record, 'skipped', 'Tin đã bị gỡ trước khi gửi (killed before delivery).')

    let action: DeliveryAction = record.action
    const previous = await previousCopy(payload, record.story!, target.id, record.id)
    if (KEEPS_REMOTE_COPY.has(target.kind)) {
      if (!previous && action === 'remove')
        return finish(payload, record, 'skipped', 'Chưa có bản nào trên đích này để gỡ.')
      if (!previous && action === 'update') action = 'publish'
      // An old publish retried after a correction made the copy: update that copy, never a second one.
      if (previous && action === 'publish') action = 'update'
    }
    if (action !== 'remove') {
      // Checked again: the story may have changed since the fan-out, or an admin retried a refusal.
      const problems = contentProblems(adapter, story, config)
      if (problems.length) return settleDelivery(payload, record.id, refusedDelivery(adapter, problems))
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
        await settleDelivery(payload, record.id, { nextAttemptAt: new Date(Date.now() + wait).toISOString() })
        return later(job, token, wait)
      }
    }

    const attempt = (record.attempts ?? 0) + 1
    const started = await settleDelivery(payload, record.id, {
      status: 'sent',
      attempts: attempt,
      sentAt: new Date().toISOString(),
      nextAttemptAt: null,
    })
    if (!started) return { skipped: 'cancelled' }
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
      const notRemovable =
        action === 'remove' && !adapter.canRemove
          ? `Đã báo gỡ cho "${target.name}", nhưng đối tác có thể vẫn giữ bản đã nhận: cần liên hệ gỡ thủ công.`
          : undefined
      await settleDelivery(
        payload,
        record.id,
        {
          status: result.confirmed ? 'confirmed' : 'sent',
          confirmedAt: result.confirmed ? new Date().toISOString() : null,
          ...(result.remoteId !== undefined ? { remoteId: result.remoteId } : {}),
          ...(result.remoteUrl !== undefined ? { remoteUrl: result.remoteUrl } : {}),
          note: [notRemovable, result.note].filter(Boolean).join(' ') || null,
          lastError: null,
          platformMessage: null,
        },
        // Cancelled meanwhile: the platform has the copy all the same, so the record says where.
        {
          remoteId: result.remoteId,
          remoteUrl: result.remoteUrl,
          note: 'Đã gửi xong trước khi lệnh huỷ có hiệu lực.',
        },
      )
      return { action, confirmed: result.confirmed }
    } catch (raw) {
      if (raw instanceof DelayedError) throw raw
      // Shutting down: the worker hands the job back untouched; this attempt does not count.
      if (signal.aborted) throw raw
      const error = asDeliveryError(raw)
      const lastError = error.message.slice(0, 1000)
      const platformMessage = error.platformMessage?.slice(0, 1000) ?? null
      if (!error.retryable || attempt >= runtime.attempts) {
        await settleDelivery(payload, record.id, {
          status: 'failed',
          lastError: error.retryable ? `${lastError} (đã thử ${attempt} lần)` : lastError,
          platformMessage,
          failedAt: new Date().toISOString(),
        })
        return { failed: lastError }
      }
      const delay = Math.min(error.retryAfterMs ?? runtime.backoffMs * 2 ** (attempt - 1), MAX_WAIT_MS)
      const requeued = await settleDelivery(payload, record.id, {
        status: 'queued',
        lastError,
        platformMessage,
        nextAttemptAt: new Date(Date.now() + delay).toISOString(),
      })
      if (!requeued) return { skipped: 'cancelled' }
      return await later(job, token, delay)
    } finally {
      await rm(workDir, { recursive: true, force: true })
    }
  },
  onFailed: async ({ deliveryId }, error, { payload }) => {
    const record = await loadDelivery(payload, deliveryId)
    if (record && !TERMINAL.has(record.status))
      await finish(payload, record, 'failed', `Lỗi khi phát hành: ${error.message}`.slice(0, 1000))
  },
})
