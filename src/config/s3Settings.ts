import type { S3Settings } from '../../plugins/media/lib/storage'
import { boolValue, type Env } from './envValues'

export type { S3Settings }

const REQUIRED = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY', 'S3_SECRET'] as const

/**
 * Media goes to a bucket when all four S3_* essentials are set and to the local media folder
 * when none are; a partial set is a mistake worth stopping for, not a silent fallback to disk.
 */
export function parseS3Settings(env: Env, problems: string[]): S3Settings | undefined {
  const value = (name: string) => env[name]?.trim() || undefined
  const missing = REQUIRED.filter((name) => !value(name))
  if (missing.length === REQUIRED.length) return undefined
  if (missing.length) {
    const given = REQUIRED.filter((name) => !missing.includes(name))
    problems.push(
      `S3: ${given.join(', ')} ${given.length === 1 ? 'is' : 'are'} set but ${missing.join(', ')} ` +
        `${missing.length === 1 ? 'is' : 'are'} missing; set all four to store media in S3, or none to keep it on disk`,
    )
    return undefined
  }

  const endpoint = value('S3_ENDPOINT')!.replace(/\/+$/, '')
  let url: URL | undefined
  try {
    url = new URL(endpoint)
  } catch {
    // reported below
  }
  if (!url || !/^https?:$/.test(url.protocol) || !url.hostname) {
    problems.push(
      `S3_ENDPOINT: "${endpoint}" must be an http:// or https:// URL such as https://s3.example.vn`,
    )
  } else if (url.search || url.hash || url.username || url.password) {
    problems.push(`S3_ENDPOINT: "${endpoint}" must not carry a query, fragment or credentials`)
  }

  const bucket = value('S3_BUCKET')!
  if (/[\s/]/.test(bucket)) problems.push(`S3_BUCKET: "${bucket}" must be a bucket name, not a path`)

  const region = value('S3_REGION') ?? 'us-east-1'
  const forcePathStyle = boolValue(env, 'S3_FORCE_PATH_STYLE', true, problems)

  return {
    endpoint,
    bucket,
    accessKeyId: value('S3_ACCESS_KEY')!,
    secretAccessKey: value('S3_SECRET')!,
    region,
    forcePathStyle,
  }
}
