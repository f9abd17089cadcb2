/** Field validators of training records and the targets global, with Vietnamese messages. */
import type { Validate } from 'payload'

import { STAFF_ROLES } from '../../../src/lib/roles'
import { relationId } from '../../../src/lib/relationId'
import { isLookupId } from '../../../src/lib/lookupId'
import { vietnamDay } from '../../../src/lib/vietnamTime'

const empty = (value: unknown) => value === null || value === undefined || value === ''

export const MAX_TRAINING_HOURS = 1000
export const EARLIEST_TRAINING_DAY = '2000-01-01'

/** A training date: a real date, not before 2000 and not after tomorrow (Vietnam days). */
export function checkTrainingDate(value: unknown, now = new Date(), required = true): true | string {
  if (empty(value)) return required ? 'Cần nhập ngày đào tạo.' : true
  const time = typeof value === 'string' || value instanceof Date ? new Date(value).getTime() : NaN
  if (!Number.isFinite(time)) return `Ngày đào tạo không hợp lệ: ${JSON.stringify(value)}.`
  const day = vietnamDay(time)
  const latest = vietnamDay(now.getTime() + 86_400_000)
  if (day < EARLIEST_TRAINING_DAY) return `Ngày đào tạo ${day} trước năm 2000.`
  if (day > latest) return `Ngày đào tạo ${day} ở tương lai (muộn nhất ${latest}).`
  return true
}

export const trainingDate: Validate = (value) => checkTrainingDate(value)

/** The start may be left out; when given it is a valid date not after the end. */
export const trainingStartDate: Validate = (value, { siblingData }) => {
  const valid = checkTrainingDate(value, new Date(), false)
  if (valid !== true || empty(value)) return valid
  const end = (siblingData as { date?: unknown } | undefined)?.date
  if (!empty(end) && new Date(value as string).getTime() > new Date(end as string).getTime())
    return `Ngày bắt đầu ${vietnamDay(value as string)} sau ngày kết thúc ${vietnamDay(end as string)}.`
  return true
}

export function checkTrainingHours(value: unknown): true | string {
  if (empty(value)) return 'Cần nhập số giờ đào tạo.'
  if (typeof value !== 'number' || !Number.isFinite(value))
    return `Số giờ phải là một số, nhận được ${JSON.stringify(value)}.`
  if (value <= 0) return `Số giờ phải lớn hơn 0 (nhận được ${value}).`
  if (value > MAX_TRAINING_HOURS) return `Số giờ không được quá ${MAX_TRAINING_HOURS} (nhận được ${value}).`
  return true
}

export const trainingHours: Validate = (value) => checkTrainingHours(value)

/** The person trained must be a staff member (not a machine client); unknown ids are refused. */
export const staffMember: Validate = async (value, { req, event }) => {
  if (empty(value)) return 'Cần chọn nhân sự được đào tạo.'
  if (event === 'onChange') return true
  const id = relationId(value)
  if (!isLookupId(id))
    return `"staff" phải là mã của một người dùng có thật (nhận được ${JSON.stringify(value)}).`
  // disableErrors answers null for a missing id; a failing database still throws.
  const user = (await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as { role?: string; fullName?: string } | null
  if (!user) return `Không có người dùng "${String(id)}".`
  if (!(STAFF_ROLES as readonly string[]).includes(user.role ?? ''))
    return `"${user.fullName ?? id}" không phải nhân sự tòa soạn (vai trò ${user.role ?? 'không có'}).`
  return true
}

/** `DD-MM`, a day that exists in every year (29-02 is refused). */
export const reportDeadline: Validate = (value) => {
  if (typeof value !== 'string' || !/^\d{2}-\d{2}$/.test(value))
    return `Hạn báo cáo phải có dạng ngày-tháng (DD-MM), nhận được ${JSON.stringify(value)}.`
  const [day, month] = value.split('-').map(Number) as [number, number]
  const probe = new Date(Date.UTC(2023, month - 1, day))
  if (month < 1 || month > 12 || probe.getUTCDate() !== day)
    return `Hạn báo cáo "${value}" không phải một ngày có thật.`
  return true
}

export const maxNotBelowMin: Validate = (value, { siblingData }) => {
  const min = (siblingData as { min?: unknown } | undefined)?.min
  if (typeof value === 'number' && typeof min === 'number' && value < min)
    return `Giá trị tối đa (${value}) nhỏ hơn tối thiểu (${min}).`
  return true
}
