import { createHmac } from 'node:crypto'

/**
 * A reader's pseudonym for one Vietnam day: HMAC of the address and user agent under a key that
 * changes every day (the plugin secret + the day). The same reader on the same day gets the same
 * value (unique readers, the rate limit); tomorrow's value cannot be linked to today's, and
 * neither can be turned back into the address without the secret. The address itself is never
 * stored, logged or sent to Redis.
 */
export function visitorHash(secret: string, day: string, ip: string, userAgent: string): string {
  return createHmac('sha256', `${secret}:${day}`)
    .update(`${ip}\n${userAgent}`)
    .digest('base64url')
    .slice(0, 22)
}
