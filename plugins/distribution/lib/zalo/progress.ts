/**
 * What a Zalo delivery remembers between attempts. Every step that leaves something on Zalo
 * (an uploaded video, a created article) is saved before the next call, so a worker killed at any
 * point resumes instead of uploading or creating a second copy.
 */
import type { AdapterContext } from '../../types'

export type ZaloRemoteState = {
  /** Token of a created article awaiting /article/verify. */
  createToken?: string
  /** Token of an uploaded video awaiting /upload_video/verify. */
  videoToken?: string
  videoId?: string
  /** Storage key of the video `videoId` was made from (a changed video is uploaded again). */
  videoKey?: string
  /**
   * When a create call was sent (ISO). Only then can an article exist that we never recorded, so
   * only then is Zalo searched for one; its time bounds the search.
   */
  createStartedAt?: string
}

const STATE_KEYS = ['createToken', 'videoToken', 'videoId', 'videoKey', 'createStartedAt'] as const

function readState(raw: Record<string, unknown> | undefined): ZaloRemoteState {
  const state: ZaloRemoteState = {}
  for (const key of STATE_KEYS) {
    const value = raw?.[key]
    if (typeof value === 'string' && value) state[key] = value
  }
  return state
}

export class ZaloProgress {
  state: ZaloRemoteState
  remoteId?: string
  remoteUrl?: string

  constructor(private readonly context: AdapterContext) {
    this.state = readState(context.delivery.remoteState)
    this.remoteId = context.delivery.remoteId
    this.remoteUrl = context.delivery.remoteUrl
  }

  /** The previous publish's remote state (its video, for an update). */
  previousState(): ZaloRemoteState {
    return readState(this.context.previous?.remoteState)
  }

  /** Merges `changes` (undefined clears a key) and persists everything at once. */
  async save(changes: ZaloRemoteState & { remoteId?: string; remoteUrl?: string }): Promise<void> {
    const { remoteId, remoteUrl, ...state } = changes
    const next: Record<string, string | undefined> = { ...this.state, ...state }
    for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key]
    this.state = next as ZaloRemoteState
    if (remoteId !== undefined) this.remoteId = remoteId
    if (remoteUrl !== undefined) this.remoteUrl = remoteUrl
    await this.context.saveProgress({
      ...(this.remoteId ? { remoteId: this.remoteId } : {}),
      ...(this.remoteUrl ? { remoteUrl: this.remoteUrl } : {}),
      remoteState: { ...this.state },
    })
  }
}
