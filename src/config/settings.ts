import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { parseAiSettings, type AiSettings } from './aiSettings'
import { parseDistributionSettings, type DistributionSettings } from './distributionSettings'
import { parseFiguresSettings, type FiguresSettings } from './figuresSettings'
import { parsePlanningSettings, type PlanningSettings } from './planningSettings'
import { boolValue, intValue, type Env } from './envValues'
import { parseS3Settings, type S3Settings } from './s3Settings'

export type ExtraLocale = { code: string; label: string }

export type Settings = {
  production: boolean
  port: number
  host: string
  serverURL: string
  databaseURL: string
  payloadSecret: string
  redisURL: string
  dataDir: string
  mediaDir: string
  maxImagePixels: number
  maxUploadBytes: number
  /** Where uploads are streamed to before Payload stores them (never held in memory). */
  uploadTempDir: string
  s3: S3Settings | undefined
  ai: AiSettings
  distribution: DistributionSettings
  planning: PlanningSettings
  figures: FiguresSettings
  signedURLSeconds: number
  queuePrefix: string
  queueAttempts: number
  queueBackoffMs: number
  queueLockMs: number
  outboxPollMs: number
  mediaConcurrency: number
  workerShutdownSeconds: number
  ffmpegThreads: number
  extraLocales: ExtraLocale[]
  schedulerIntervalSeconds: number
  radioReadRate: number
  trustProxy: boolean
  seedOnStart: boolean
}

export class SettingsError extends Error {
  constructor(problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`)
    this.name = 'SettingsError'
  }
}

const LOCALE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/
const BUILT_IN_LOCALES = new Set(['vi', 'en', 'zh'])

/** "hmn:Tiếng H'Mông,tay:Tiếng Tày" → [{code:'hmn',…},{code:'tay',…}] */
export function parseExtraLocales(raw: string | undefined, problems: string[]): ExtraLocale[] {
  if (!raw?.trim()) return []
  const seen = new Set<string>()
  const locales: ExtraLocale[] = []
  for (const entry of raw.split(',')) {
    const [code = '', ...labelParts] = entry.split(':')
    const trimmed = code.trim()
    const label = labelParts.join(':').trim() || trimmed
    if (!LOCALE_CODE.test(trimmed)) {
      problems.push(`CONTENT_EXTRA_LOCALES: "${trimmed}" is not a locale code like "hmn" or "tay"`)
    } else if (BUILT_IN_LOCALES.has(trimmed) || seen.has(trimmed)) {
      problems.push(`CONTENT_EXTRA_LOCALES: "${trimmed}" is listed twice or is built in (vi, en, zh)`)
    } else {
      seen.add(trimmed)
      locales.push({ code: trimmed, label })
    }
  }
  return locales
}

/**
 * Without PAYLOAD_SECRET a random one is kept in the data folder, so the embedded set-up
 * survives restarts without anyone choosing a secret; production deployments set their own.
 */
function resolveSecret(env: Env, dataDir: string, problems: string[]): string {
  const fromEnv = env.PAYLOAD_SECRET
  if (fromEnv !== undefined) {
    if (fromEnv.length < 32) problems.push('PAYLOAD_SECRET: must be at least 32 characters')
    return fromEnv
  }
  const file = path.join(dataDir, '.payload-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

export function loadSettings(env: Env = process.env, cwd = process.cwd()): Settings {
  const problems: string[] = []
  const production = env.NODE_ENV === 'production'
  const dataDir = path.resolve(cwd, env.DATA_DIR || 'data')
  const port = intValue(env, 'PORT', 3000, 1, problems)
  const host = env.HOST || '0.0.0.0'
  const serverURL = (env.SERVER_URL || `http://localhost:${port}`).replace(/\/+$/, '')
  try {
    new URL(serverURL)
  } catch {
    problems.push(`SERVER_URL: "${serverURL}" is not a URL`)
  }
  // Development pushes the schema while production applies migrations; one file each keeps
  // the two from colliding on the same tables.
  const defaultDb = `file:${path.join(dataDir, production ? 'newsroom.db' : 'newsroom-dev.db')}`
  const databaseURL = env.DATABASE_URL || defaultDb
  if (!/^(postgres(ql)?:\/\/|file:|libsql:|:memory:)/.test(databaseURL)) {
    problems.push(`DATABASE_URL: "${databaseURL}" must start with postgres://, postgresql:// or file:`)
  }
  const redisURL = env.REDIS_URL || 'redis://127.0.0.1:6379'
  if (!/^rediss?:\/\//.test(redisURL)) problems.push(`REDIS_URL: "${redisURL}" must start with redis://`)

  const settings: Settings = {
    production,
    port,
    host,
    serverURL,
    databaseURL,
    payloadSecret: '',
    redisURL,
    dataDir,
    mediaDir: path.resolve(cwd, env.MEDIA_DIR || path.join(dataDir, 'media')),
    maxImagePixels: intValue(env, 'MAX_IMAGE_PIXELS', 100_000_000, 1, problems),
    maxUploadBytes: intValue(env, 'MAX_UPLOAD_BYTES', 2 * 1024 ** 3, 1, problems),
    uploadTempDir: path.resolve(cwd, env.UPLOAD_TEMP_DIR || path.join(dataDir, 'tmp', 'uploads')),
    s3: parseS3Settings(env, problems),
    ai: parseAiSettings(env, problems),
    distribution: parseDistributionSettings(env, serverURL, problems),
    planning: parsePlanningSettings(env, problems),
    figures: parseFiguresSettings(env, problems),
    signedURLSeconds: intValue(env, 'SIGNED_URL_SECONDS', 900, 1, problems),
    queuePrefix: env.QUEUE_PREFIX || 'toasoan',
    queueAttempts: intValue(env, 'QUEUE_ATTEMPTS', 5, 1, problems),
    queueBackoffMs: intValue(env, 'QUEUE_BACKOFF_MS', 2_000, 0, problems),
    queueLockMs: intValue(env, 'QUEUE_LOCK_MS', 30_000, 1_000, problems),
    outboxPollMs: intValue(env, 'OUTBOX_POLL_MS', 500, 20, problems),
    mediaConcurrency: intValue(env, 'WORKER_MEDIA_CONCURRENCY', 1, 1, problems),
    workerShutdownSeconds: intValue(env, 'WORKER_SHUTDOWN_SECONDS', 30, 0, problems),
    ffmpegThreads: intValue(env, 'FFMPEG_THREADS', 2, 0, problems),
    extraLocales: parseExtraLocales(env.CONTENT_EXTRA_LOCALES, problems),
    schedulerIntervalSeconds: intValue(env, 'SCHEDULER_INTERVAL_SECONDS', 30, 0, problems),
    radioReadRate: intValue(env, 'RADIO_READ_RATE', 220, 60, problems),
    trustProxy: boolValue(env, 'TRUST_PROXY', false, problems),
    seedOnStart: boolValue(env, 'SEED_ON_START', false, problems),
  }
  settings.payloadSecret = resolveSecret(env, dataDir, problems)
  if (problems.length) throw new SettingsError(problems)
  return settings
}

export function isPostgresURL(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url)
}
