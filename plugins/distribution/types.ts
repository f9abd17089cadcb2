/**
 * Distribution: one publish action fans a story out to every target it is meant for. Each target
 * kind is an adapter behind `DistributionAdapter`; the worker runs it for one delivery record per
 * (story revision, target, action).
 */

export const TARGET_KINDS = ['website', 'feed', 'podcast', 'zalo', 'grassroots', 'ninjs'] as const
export type TargetKind = (typeof TARGET_KINDS)[number]

export const DELIVERY_ACTIONS = ['publish', 'update', 'remove'] as const
export type DeliveryAction = (typeof DELIVERY_ACTIONS)[number]

export const DELIVERY_STATUSES = ['queued', 'sent', 'confirmed', 'failed', 'cancelled', 'skipped'] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

export const BULLETIN_PRIORITIES = ['normal', 'priority', 'emergency'] as const
export type BulletinPriority = (typeof BULLETIN_PRIORITIES)[number]

/** A rendition or original of a media asset, as the public may fetch it. */
export type PublicFile = {
  url: string
  mimeType: string
  /** Size in bytes (0 when unknown). */
  bytes: number
  width?: number
  height?: number
  durationSeconds?: number
  /** Storage key, for adapters that must read the bytes themselves (Zalo video upload, TTS). */
  key?: string
}

export type PublicImage = PublicFile & {
  id: string
  alt?: string
  caption?: string
  credit?: string
  /** Smaller versions, largest first (cardWebp, thumbnail, …). */
  renditions: Array<PublicFile & { name: string }>
}

export type PublicMedia = PublicFile & {
  id: string
  title?: string
  /** A still for videos (the poster rendition). */
  poster?: PublicFile
}

/** What a grassroots bulletin carries; filled from the story's `grassroots` group. */
export type BulletinSpec = {
  priority: BulletinPriority
  /** Communes/wards by official code, with their names. */
  communes: Array<{ code: string; name: string }>
  schedule: {
    /** ISO dates (YYYY-MM-DD) the bulletin runs from and to, inclusive. */
    startDate: string
    endDate?: string
    /** Days of week 1 (Monday) … 7 (Sunday); empty = every day. */
    daysOfWeek: number[]
    /** Local times HH:MM (Asia/Ho_Chi_Minh). Empty with priority emergency = at once. */
    times: string[]
    /** How many times it plays at each time. */
    repeats: number
  }
  /** Short text for LED/LCD boards (≤ ledMaxChars of the target). */
  ledText: string
  /** The text that is read out (TTS) when there is no recorded voice. */
  spokenText: string
  /** A recorded voice: an audio asset (its mp3 rendition is used). */
  recording?: PublicMedia
  /** espeak-ng voice for TTS: vi, vi-vn-x-central, vi-vn-x-south. */
  voice: string
}

/**
 * The public shape of one story in one locale: everything a target may publish and nothing
 * internal (no review marks, no workflow history, no e-mail addresses).
 */
export type PublicStory = {
  id: string
  slug: string
  revision: number
  locale: string
  state: 'published' | 'corrected' | 'killed'
  headline: string
  standfirst: string
  /** Rich text rendered to safe HTML (p, h2–h4, strong, em, a, ul/ol/li, blockquote, figure/img). */
  bodyHtml: string
  bodyText: string
  /** Canonical URL on the agency's website. */
  url: string
  publishedAt: string
  updatedAt: string
  section?: { id: string; name: string; slug: string }
  desk?: { id: string; name: string; code?: string }
  publications: Array<{ id: string; code: string; name: string; kind: string }>
  bylines: Array<{ name: string; contribution?: string }>
  topics: Array<{ id: string; name: string }>
  places: Array<{ id: string; name: string; code?: string; level?: string }>
  featuredImage?: PublicImage
  images: PublicImage[]
  audio?: PublicMedia
  video?: PublicMedia
  corrections: Array<{ note: string; correctedAt?: string }>
  /** The localized AI-use label, when the agency's policy shows one for this story. */
  aiLabel?: string
  seoDescription?: string
  social?: { text?: string; hashtags?: string }
  radioScript?: string
  bulletin?: BulletinSpec
}

/** A target as adapters see it: settings from its record, credentials decrypted (never logged). */
export type TargetConfig = {
  id: string
  name: string
  kind: TargetKind
  domestic: boolean
  /** Base URL of the platform's API (Zalo), the site's revalidation hook, the provincial endpoint… */
  baseURL?: string
  /** Kind-specific settings (see each adapter's documented keys), e.g. { fullText: true }. */
  settings: Record<string, unknown>
  credentials: Record<string, string>
  /** Deliveries per minute the platform accepts from us (0 = no limit). */
  ratePerMinute: number
  /** Seconds one platform call may take. */
  timeoutSeconds: number
}

/** A problem with the story for one target, found before anything is sent. */
export type ContentProblem = { field: string; message: string }

/** What the adapter persisted on an earlier attempt of the same delivery. */
export type DeliveryProgress = {
  remoteId?: string
  remoteUrl?: string
  /** Adapter-owned state between attempts, e.g. Zalo's create token awaiting verify. */
  remoteState?: Record<string, unknown>
}

export type AdapterContext = {
  target: TargetConfig
  story: PublicStory
  delivery: DeliveryProgress & {
    id: string
    action: DeliveryAction
    /** Attempts before this one. */
    attempts: number
    /** Stable across retries of this delivery: send it where the platform accepts one. */
    idempotencyKey: string
  }
  /**
   * The remote copy made by the first publish of this story to this target (for update/remove):
   * its id and URL, whatever revision made it.
   */
  previous?: DeliveryProgress
  signal: AbortSignal
  /** Persists progress now, before the next platform call, so a killed worker resumes from it. */
  saveProgress(progress: DeliveryProgress): Promise<void>
  /**
   * Runs `rotate` under a per-target lock with the credentials as stored now (another worker may
   * have refreshed them); what it returns is stored encrypted before the lock is released.
   */
  withCredentials(
    rotate: (current: Record<string, string>) => Promise<Record<string, string> | undefined>,
  ): Promise<Record<string, string>>
  /** Reads a stored media file (by PublicFile.key) to a local temporary path; removed after the job. */
  fetchFile(file: PublicFile): Promise<string>
  /** Where adapters may write temporary files; removed after the job. */
  workDir: string
}

export type AdapterResult = {
  remoteId?: string
  remoteUrl?: string
  /**
   * true when the platform confirmed the copy (or its removal); false when it was accepted but
   * cannot be confirmed yet, e.g. waiting for moderation.
   */
  confirmed: boolean
  /** Shown to staff beside the delivery, e.g. "đã xoá trên Zalo". */
  note?: string
}

export interface DistributionAdapter {
  kind: TargetKind
  label: { vi: string; en: string }
  /** Domestic or foreign platform, for the province's domestic-platform figure. */
  domestic: boolean
  /** false when a published copy cannot be withdrawn (a kill then lists it as "not removable"). */
  canRemove: boolean
  /** Problems that would make the platform refuse the story; checked before sending. */
  validate(story: PublicStory, target: TargetConfig): ContentProblem[]
  publish(context: AdapterContext): Promise<AdapterResult>
  update(context: AdapterContext): Promise<AdapterResult>
  remove(context: AdapterContext): Promise<AdapterResult>
}

/**
 * What adapters throw when a platform call fails. `platformMessage` is the platform's own answer
 * (shown to staff as it was said); `retryable` false fails the delivery at once.
 */
export class DeliveryError extends Error {
  readonly retryable: boolean
  readonly retryAfterMs?: number
  readonly status?: number
  readonly platformMessage?: string
  /** The credentials were refused (expired token): refresh them and try again at once. */
  readonly credentialsRejected: boolean

  constructor(
    message: string,
    options: {
      retryable: boolean
      retryAfterMs?: number
      status?: number
      platformMessage?: string
      credentialsRejected?: boolean
      cause?: unknown
    },
  ) {
    super(message, { cause: options.cause })
    this.name = 'DeliveryError'
    this.retryable = options.retryable
    this.retryAfterMs = options.retryAfterMs
    this.status = options.status
    this.platformMessage = options.platformMessage
    this.credentialsRejected = options.credentialsRejected ?? false
  }
}
