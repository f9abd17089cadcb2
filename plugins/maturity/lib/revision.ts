import type { RequestContext } from 'payload'

/**
 * `context` key saying how a save's revision is checked when the API alone cannot tell:
 * server code run inside an HTTP request shares its `req`, so Payload reports it as REST.
 * - `'skip'`: trusted server code writing on its own account (an evidence file linked);
 * - `'enforce'`: server code writing back what it read earlier (the prefill), checked like a client.
 */
export const REVISION_CHECK = 'maturityRevisionCheck'

export type RevisionCheck = 'skip' | 'enforce'

/** A client's save (REST, GraphQL) must be based on the stored revision; the Local API need not. */
export function checksRevision(api: string | undefined, context: RequestContext): boolean {
  const asked = context[REVISION_CHECK]
  if (asked === 'skip') return false
  return asked === 'enforce' || api === 'REST' || api === 'GraphQL'
}

export const isMissingRevision = (value: unknown): boolean =>
  value === undefined || value === null || value === ''

/** A revision as sent (a number, or its digits as text), or undefined when it is not one. */
export function parseRevision(value: unknown): number | undefined {
  const text = typeof value === 'string' ? value.trim() : value
  const number =
    typeof text === 'number' ? text : typeof text === 'string' && /^\d+$/.test(text) ? Number(text) : NaN
  return Number.isSafeInteger(number) && number >= 0 ? number : undefined
}

/** The stored revision: rows written before the field existed count as 0. */
export const storedRevision = (value: unknown): number => parseRevision(value) ?? 0

export const MISSING_REVISION_MESSAGE =
  'Thiếu số phiên bản (revision) của bản tự đánh giá bạn đã đọc. Hãy gửi kèm "revision" để tránh ghi đè thay đổi của người khác.'

export const invalidRevisionMessage = (sent: unknown) =>
  `Số phiên bản (revision) phải là số nguyên không âm, nhận được ${JSON.stringify(sent)}.`

export const staleRevisionMessage = (current: number, sent: number) =>
  `Bản tự đánh giá đã được người khác lưu (phiên bản ${current}, bạn đang sửa phiên bản ${sent}). Hãy tải lại bản tự đánh giá và áp dụng lại thay đổi của bạn.`
