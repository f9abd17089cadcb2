import type { FieldHook, PayloadRequest, Validate } from 'payload'

import { relationId } from '../../../src/lib/relationId'
import { DAY_SECONDS, formatClock, parseClock, parseIsoDate } from './time'

/** Field validators of schedule items, with Vietnamese messages (they check `required` too). */

const empty = (value: unknown) => value === null || value === undefined || value === ''

export const broadcastDate: Validate = (value) => {
  if (empty(value)) return 'Cần nhập ngày phát sóng (YYYY-MM-DD).'
  return typeof value === 'string' && parseIsoDate(value) === value
    ? true
    : `Ngày phát sóng phải là một ngày có thật dạng YYYY-MM-DD, nhận được "${String(value)}".`
}

export const startClock: Validate = (value) => {
  if (empty(value)) return 'Cần nhập giờ bắt đầu (HH:MM:SS).'
  return typeof value === 'string' && /^\d{2}:\d{2}:\d{2}$/.test(value) && parseClock(value) !== undefined
    ? true
    : `Giờ bắt đầu phải có dạng HH:MM:SS (00:00:00–23:59:59), nhận được "${String(value)}".`
}

/** "6:30" and "06:30" become "06:30:00" before validation, so both forms are accepted. */
export const normaliseStart: FieldHook = ({ value }) => {
  if (typeof value !== 'string') return value
  const seconds = parseClock(value)
  return seconds === undefined ? value : formatClock(seconds)
}

export const positiveDuration: Validate = (value) => {
  if (empty(value)) return 'Cần nhập thời lượng (giây).'
  if (typeof value !== 'number' || !Number.isInteger(value))
    return `Thời lượng phải là số giây nguyên, nhận được ${JSON.stringify(value)}.`
  if (value <= 0) return `Thời lượng phải lớn hơn 0 giây (nhận được ${value}).`
  if (value > DAY_SECONDS) return `Thời lượng không được quá ${DAY_SECONDS} giây (một ngày).`
  return true
}

export type ChannelCheck =
  | { ok: true; id: number | string; name: string; kind: 'radio' | 'tv' }
  | { ok: false; status: 400 | 404; message: string }

/** The channel a schedule belongs to: it must exist and be a radio or TV channel. */
export async function checkChannel(req: PayloadRequest, value: unknown): Promise<ChannelCheck> {
  const id = relationId(value)
  if (id === undefined || !/^\d{1,12}$|^[0-9a-f-]{36}$/i.test(String(id)))
    return { ok: false, status: 400, message: `Mã kênh "${String(value ?? '')}" không hợp lệ.` }
  const channel = (await req.payload
    .findByID({ collection: 'publications', id, depth: 0, req, overrideAccess: true, disableErrors: true })
    .catch(() => null)) as { id: number | string; name?: string; kind?: string } | null
  if (!channel) return { ok: false, status: 404, message: `Không có kênh "${String(id)}".` }
  if (channel.kind !== 'radio' && channel.kind !== 'tv')
    return {
      ok: false,
      status: 400,
      message: `"${channel.name ?? id}" không phải kênh phát thanh hay truyền hình (loại "${channel.kind}").`,
    }
  return { ok: true, id: channel.id, name: channel.name ?? String(channel.id), kind: channel.kind }
}

/** Skipped when an endpoint has already checked the channel once for a whole batch. */
export const broadcastChannel: Validate = async (value, options) => {
  if (empty(value)) return 'Cần chọn kênh phát thanh hoặc truyền hình.'
  if ((options as { event?: string }).event === 'onChange') return true
  const checked = options.req.context?.airtimeChannelChecked
  if (checked !== undefined && String(checked) === String(relationId(value))) return true
  const check = await checkChannel(options.req, value)
  return check.ok ? true : check.message
}
