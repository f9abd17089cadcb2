/**
 * Staff trained in digital transformation: staff members (users with a staff role, machine
 * clients excluded) on the books by the end of the year who have at least one training record
 * counted towards digital transformation dated up to the end of the year, over all of them.
 * With a desk filter: the desk's members. Publications have no staff of their own: ignored.
 */
import { STAFF_ROLES } from '../../../../src/lib/roles'
import { vietnamDayStart, vietnamYearRange } from '../../../../src/lib/vietnamTime'
import type { KpiContext, KpiResult } from '../context'
import { formatNumberVi, formatPercentVi, percentOf, roundTo } from '../numbers'
import { isFutureMonth, monthsOf, yearNotStarted } from '../period'
import { isoOf, num, placeholders, queryRows, type SqlValue } from '../sql'

export const TRAINING_TABLE = 'training_records'

/** Staff rows of the scope: `u` filtered by role and, when asked, desk membership. */
export function staffWhere(ctx: KpiContext): { where: string; params: SqlValue[] } {
  const parts = [`u.role IN ${placeholders(STAFF_ROLES.length)}`]
  const params: SqlValue[] = [...STAFF_ROLES]
  if (ctx.desk) {
    parts.push(
      `EXISTS (SELECT 1 FROM users_rels ur WHERE ur.parent_id = u.id AND ur.path = 'desks' AND ur.desks_id = ?)`,
    )
    params.push(Number(ctx.desk.id))
  }
  return { where: parts.join(' AND '), params }
}

export type StaffTraining = {
  id: number
  createdAt: string
  /** The first digital-transformation training on record, if any. */
  firstTrainedAt: string | null
}

/** Every staff member of the scope with the date of their first DT training. */
export async function loadStaffTraining(ctx: KpiContext): Promise<StaffTraining[]> {
  const staff = staffWhere(ctx)
  const rows = await queryRows(
    ctx.payload,
    `SELECT u.id, u.created_at, (SELECT min(t.date) FROM ${TRAINING_TABLE} t
        WHERE t.staff_id = u.id AND t.digital_transformation = ?) AS first_trained
       FROM users u WHERE ${staff.where} ORDER BY u.id`,
    [true, ...staff.params],
  )
  return rows.map((row) => ({
    id: num(row.id),
    createdAt: isoOf(row.created_at),
    firstTrainedAt: row.first_trained ? isoOf(row.first_trained) : null,
  }))
}

/** On the books at an instant: created before it (staff who joined later are not yet counted). */
export const onBooksAt = (member: StaffTraining, at: Date) => member.createdAt < at.toISOString()

/** Has a digital-transformation training dated before the instant. */
export const trainedBy = (member: StaffTraining, at: Date) =>
  member.firstTrainedAt !== null && member.firstTrainedAt < at.toISOString()

/** Trained / on the books at an instant. */
export function trainedAt(staff: readonly StaffTraining[], at: Date): { trained: number; total: number } {
  let trained = 0
  let total = 0
  for (const member of staff) {
    if (!onBooksAt(member, at)) continue
    total++
    if (trainedBy(member, at)) trained++
  }
  return { trained, total }
}

async function hoursInYear(ctx: KpiContext): Promise<{ hours: number; records: number }> {
  const { from, to } = vietnamYearRange(ctx.year)
  const staff = staffWhere(ctx)
  const rows = await queryRows(
    ctx.payload,
    `SELECT count(*) AS n, sum(t.hours) AS hours FROM ${TRAINING_TABLE} t JOIN users u ON u.id = t.staff_id
      WHERE t.date >= ? AND t.date < ? AND ${staff.where}`,
    [from.toISOString(), to.toISOString(), ...staff.params],
  )
  return { hours: num(rows[0]?.hours), records: num(rows[0]?.n) }
}

/** The instant a month ends (the next month's first Vietnam day). */
function monthEnd(month: string): Date {
  const [year, m] = month.split('-').map(Number) as [number, number]
  const next = m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`
  return vietnamDayStart(next)
}

/**
 * The instant a year's figure is taken at: its end, or now while it runs; null before it begins
 * (a year to come has no figure, rather than today's).
 */
export function figureInstant(year: number, now: Date): Date | null {
  if (yearNotStarted(year, now)) return null
  const end = vietnamYearRange(year).to
  return now < end ? now : end
}

function shareAt(staff: readonly StaffTraining[], at: Date | null): number | null {
  if (!at) return null
  const { trained, total } = trainedAt(staff, at)
  return percentOf(trained, total)
}

export async function computeStaffTrained(ctx: KpiContext): Promise<KpiResult> {
  const ignored = ctx.publication ? ' Bộ lọc ấn phẩm/kênh không áp dụng cho chỉ tiêu này.' : ''
  const [staff, hours] = await Promise.all([loadStaffTraining(ctx), hoursInYear(ctx)])
  const previousExact = shareAt(staff, figureInstant(ctx.year - 1, ctx.now))
  const now = figureInstant(ctx.year, ctx.now)
  if (!now)
    return {
      exact: null,
      previousExact,
      series: monthsOf(ctx.year).map((month) => ({ month, value: null })),
      detail: `Năm ${ctx.year} chưa bắt đầu nên chưa có số liệu.${ignored}`,
    }
  const { trained, total } = trainedAt(staff, now)
  const exact = percentOf(trained, total)
  const series = monthsOf(ctx.year).map((month) => {
    if (isFutureMonth(month, ctx.now)) return { month, value: null }
    const at = trainedAt(staff, monthEnd(month) < now ? monthEnd(month) : now)
    const value = percentOf(at.trained, at.total)
    return { month, value: value === null ? null : roundTo(value, 1) }
  })
  const scope = ctx.desk ? ` của ban ${ctx.desk.name}` : ''
  const perHead = total > 0 ? hours.hours / total : 0
  const detail =
    total === 0
      ? `Chưa có nhân sự${scope} nào trong hệ thống.${ignored}`
      : `${formatNumberVi(trained, 0)}/${formatNumberVi(total, 0)} nhân sự${scope} đã có ít nhất một khóa đào tạo chuyển đổi số tính đến hết năm ${ctx.year}` +
        ` = ${formatPercentVi(exact === null ? null : roundTo(exact, 1))}; năm ${ctx.year}: ${formatNumberVi(hours.records, 0)} lượt đào tạo, ` +
        `${formatNumberVi(hours.hours, 1)} giờ, bình quân ${formatNumberVi(perHead, 1)} giờ/người.${ignored}`
  return {
    exact,
    previousExact,
    numerator: trained,
    denominator: total,
    series,
    detail,
  }
}
