import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto'

/**
 * Target credentials (OA tokens, API keys, webhook secrets) are kept as one AES-256-GCM blob:
 * `v1.<iv>.<tag>.<ciphertext>` in base64url. GCM authenticates, so a blob edited in the database
 * fails to open instead of yielding garbage.
 */
const VERSION = 'v1'

export function credentialsKey(secret: string): Buffer {
  // A key of its own, derived from the secret, so it never equals the Payload secret itself.
  return createHmac('sha256', secret).update('distribution-credentials').digest()
}

export function sealCredentials(credentials: Record<string, string>, key: Buffer): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  const body = Buffer.concat([cipher.update(JSON.stringify(credentials), 'utf8'), cipher.final()])
  return [VERSION, iv, cipher.getAuthTag(), body]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.')
}

export function openCredentials(sealed: string | null | undefined, key: Buffer): Record<string, string> {
  if (!sealed) return {}
  const [version, iv, tag, body] = sealed.split('.')
  if (version !== VERSION || !iv || !tag || body === undefined) {
    throw new Error('Thông tin xác thực của đích phát hành bị hỏng (unreadable credentials blob).')
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    const text = Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
      'utf8',
    )
    return JSON.parse(text) as Record<string, string>
  } catch {
    throw new Error(
      'Không giải mã được thông tin xác thực của đích phát hành: khoá (DISTRIBUTION_SECRET/PAYLOAD_SECRET) đã đổi? (credentials cannot be decrypted)',
    )
  }
}

/** Keeps only string values; `null` or '' removes a key (how the admin clears one secret). */
export function mergeCredentials(
  current: Record<string, string>,
  changes: Record<string, unknown>,
): Record<string, string> {
  const next = { ...current }
  for (const [name, value] of Object.entries(changes)) {
    if (value === null || value === '') delete next[name]
    else if (typeof value === 'string') next[name] = value
    else throw new Error(`Thông tin xác thực "${name}" phải là chuỗi (credential values must be strings).`)
  }
  return next
}
