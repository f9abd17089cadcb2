import type { PayloadRequest, Validate } from 'payload'

import { relationId } from '../../../src/lib/relationId'
import { isClockHHMM, isClockHHMMSS, isISODate } from './clock'

/** Field validators with Vietnamese messages; they also check `required`, which a custom validator must. */

const empty = (value: unknown) => value === null || value === undefined || value === ''
const DAY_SECONDS = 86_400

export const clockHHMM =
  (label: string, required = true): Validate =>
  (value) => {
    if (empty(value)) return required ? `Cần nhập ${label} (HH:MM).` : true
    return isClockHHMM(value)
      ? true
      : `${label} phải có dạng HH:MM (00:00–23:59), nhận được "${String(value)}".`
  }

export const clockHHMMSS =
  (label: string, required = true): Validate =>
  (value) => {
    if (empty(value)) return required ? `Cần nhập ${label} (HH:MM:SS).` : true
    return isClockHHMMSS(value)
      ? true
      : `${label} phải có dạng HH:MM:SS (00:00:00–23:59:59), nhận được "${String(value)}".`
  }

export const isoDate =
  (label: string): Validate =>
  (value) => {
    if (empty(value)) return `Cần nhập ${label} (YYYY-MM-DD).`
    return isISODate(value)
      ? true
      : `${label} phải là một ngày có thật dạng YYYY-MM-DD, nhận được "${String(value)}".`
  }

/** Whole seconds, from `min` to a day. */
export const wholeSeconds =
  (label: string, { min = 0, required = false }: { min?: number; required?: boolean } = {}): Validate =>
  (value) => {
    if (empty(value)) return required ? `Cần nhập ${label}.` : true
    if (typeof value !== 'number' || !Number.isInteger(value))
      return `${label} phải là số giây nguyên, nhận được ${JSON.stringify(value)}.`
    if (value < min)
      return min > 0 ? `${label} phải lớn hơn 0 giây.` : `${label} không được âm (nhận được ${value}).`
    if (value > DAY_SECONDS) return `${label} không được quá ${DAY_SECONDS} giây (một ngày).`
    return true
  }

/** The publication's kind, if it exists. */
export async function channelKindOf(req: PayloadRequest, value: unknown): Promise<string | undefined> {
  const id = relationId(value)
  if (id === undefined) return undefined
  const channel = await req.payload
    .findByID({ collection: 'publications', id, depth: 0, req, overrideAccess: true })
    .catch(() => null)
  return (channel as { kind?: string } | null)?.kind ?? undefined
}

/** A programme or rundown airs on a radio or TV channel, not on a newspaper or website. */
export const broadcastChannel: Validate = async (value, options) => {
  if (empty(value)) return 'Cần chọn kênh phát thanh hoặc truyền hình.'
  // The admin re-validates on every keystroke; the database is asked only on save.
  if ((options as { event?: string }).event === 'onChange') return true
  const kind = await channelKindOf(options.req, value)
  if (kind === undefined) return `Kênh ${String(relationId(value) ?? '')} không tồn tại.`
  if (kind !== 'radio' && kind !== 'tv')
    return `Kênh phải là kênh phát thanh hoặc truyền hình (kênh đã chọn thuộc loại "${kind}").`
  return true
}
