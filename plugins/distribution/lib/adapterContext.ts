import path from 'node:path'

import type { Payload } from 'payload'

import { jobsRegistry, queuesFor } from '../../jobs'
import type { MediaStorage } from '../../media/types'
import { TARGETS_SLUG } from '../collections/DistributionTargets'
import type { AdapterContext, DeliveryProgress, PublicFile, PublicStory, TargetConfig } from '../types'
import { openCredentials, sealCredentials } from './credentials'
import { updateDelivery, type DeliveryRecord } from './deliveryRecords'
import { withTargetLock } from './rateLimit'
import type { DistributionRuntime } from './runtime'
import { loadTarget, type TargetRecord } from './targets'

type ContextInput = {
  record: DeliveryRecord
  target: TargetRecord
  config: TargetConfig
  story: PublicStory
  previous?: DeliveryProgress
  signal: AbortSignal
  workDir: string
}

/** What an adapter gets for one attempt: the story, the target, and durable progress and credentials. */
export function createContext(
  payload: Payload,
  runtime: DistributionRuntime,
  input: ContextInput,
): AdapterContext {
  const { record, target, config, story, previous, signal, workDir } = input
  const { options } = jobsRegistry(payload.config)
  let fileCount = 0
  return {
    target: config,
    story,
    previous,
    signal,
    workDir,
    delivery: {
      id: String(record.id),
      action: record.action,
      attempts: (record.attempts ?? 0) as number,
      idempotencyKey: record.key,
      remoteId: record.remoteId ?? undefined,
      remoteUrl: record.remoteUrl ?? undefined,
      remoteState: record.remoteState ?? undefined,
    },
    async saveProgress(progress) {
      await updateDelivery(payload, record.id, {
        ...(progress.remoteId !== undefined ? { remoteId: progress.remoteId } : {}),
        ...(progress.remoteUrl !== undefined ? { remoteUrl: progress.remoteUrl } : {}),
        ...(progress.remoteState !== undefined ? { remoteState: progress.remoteState } : {}),
      })
    },
    async withCredentials(rotate) {
      // Held longer than the slowest platform call the refresh may make, so no second worker
      // spends the same single-use refresh token while the first still waits for its answer.
      const lock = {
        ttlMs: Math.max(60_000, config.timeoutSeconds * 2_000 + 10_000),
        waitMs: config.timeoutSeconds * 2_000 + 30_000,
      }
      return withTargetLock(
        queuesFor(payload).connection,
        options.prefix,
        String(target.id),
        async () => {
          // Read again under the lock: another worker may have refreshed the tokens meanwhile.
          const stored = (await loadTarget(payload, target.id)) ?? target
          const current = openCredentials(stored.credentialsSealed, runtime.credentialsKey)
          const next = await rotate(current)
          if (!next) return current
          // Written with the database adapter directly: this is the system keeping a platform's
          // single-use token, not an edit, and must not pass through the admin's write rules.
          const data = {
            credentialsSealed: sealCredentials(next, runtime.credentialsKey),
            credentialNames: Object.keys(next).sort(),
            credentialsVersion: (stored.credentialsVersion ?? 0) + 1,
          }
          // The platform has already spent the old refresh token: losing the new one loses the
          // account, so a failed write is tried again before giving up.
          for (let attempt = 1; ; attempt++) {
            try {
              await payload.db.updateOne({
                collection: TARGETS_SLUG,
                id: target.id,
                data,
                returning: false,
              } as never)
              break
            } catch (error) {
              if (attempt >= 5) throw error
              await new Promise((resolve) => setTimeout(resolve, 200 * attempt))
            }
          }
          config.credentials = next
          return next
        },
        lock,
      )
    },
    async fetchFile(file: PublicFile) {
      const storage = (payload.config.custom as { mediaStorage?: MediaStorage }).mediaStorage
      if (!storage || !file.key) throw new Error('Không đọc được tệp tư liệu (no storage key).')
      const destination = path.join(workDir, `file-${++fileCount}${path.extname(file.key)}`)
      await storage.download(file.key, destination)
      return destination
    },
  }
}
