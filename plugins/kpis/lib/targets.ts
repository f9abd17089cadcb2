/**
 * The targets each KPI is judged against, kept as data in the `kpi-targets` global (these are
 * its defaults), and how a year's target and a figure's status are found (pure).
 */
import { formatNumberVi } from './numbers'
import type { KpiKey, KpiStatus, KpiTarget, KpiUnit } from './types'

export type TargetRow = {
  kpi: KpiKey
  /** The last year this row applies to (the plan's horizon). */
  untilYear: number
  min?: number | null
  max?: number | null
  /** What the plan says when it gives a range or a wording the bounds simplify. */
  note?: string | null
  source: string
}

const PLAN_002 =
  'Kế hoạch triển khai Chiến lược chuyển đổi số báo chí đến năm 2025, định hướng đến năm 2030 trên địa bàn tỉnh Hưng Yên (2023)'
const PLAN_003 =
  'Quyết định phê duyệt Đề án phát triển báo chí, thông tin, truyền thông tỉnh Thái Nguyên đến năm 2030, tầm nhìn đến năm 2045'
const QD_348 = 'Quyết định 348/QĐ-TTg ngày 06/4/2023 (Chiến lược chuyển đổi số báo chí)'

export const DEFAULT_TARGET_ROWS: TargetRow[] = [
  {
    kpi: 'aiShare',
    untilYear: 2045,
    min: 30,
    note: 'kế hoạch: 30–50 % số tin, bài đăng phát đến năm 2045',
    source: `${PLAN_003}: “Thông tin báo chí được sản xuất bằng việc ứng dụng trí tuệ nhân tạo chiếm 30-50% số tin, bài đăng phát.”`,
  },
  {
    kpi: 'revenueGrowth',
    untilYear: 2025,
    min: 10,
    note: 'kế hoạch: tăng doanh thu từ 10–20 %',
    source: `${QD_348}; ${PLAN_002}, mục tiêu đến năm 2025: “Tối ưu hóa nguồn thu, tăng doanh thu từ 10% - 20%.”`,
  },
  {
    kpi: 'revenueGrowth',
    untilYear: 2030,
    min: 20,
    source: `${QD_348}; ${PLAN_002}, mục tiêu đến năm 2030: “tăng doanh thu tối thiểu 20%.”`,
  },
  {
    kpi: 'domesticPlatforms',
    untilYear: 2030,
    min: 100,
    source: `${PLAN_002}; ${PLAN_003}: “100% cơ quan báo chí tỉnh đưa nội dung lên các nền tảng số (ưu tiên các nền tảng số trong nước).”`,
  },
  {
    kpi: 'mobileAudience',
    untilYear: 2045,
    min: 80,
    source: `${PLAN_003}, tầm nhìn 2045: “tỷ lệ nghe, xem … 80% trên các thiết bị di động thông minh, internet TV.”`,
  },
  {
    kpi: 'broadcastCompliance',
    untilYear: 2030,
    min: 100,
    source:
      'Quyết định 362/QĐ-TTg ngày 03/4/2019 (sản xuất trong nước ≥ 70 %, tự sản xuất mới ≥ 30 %, nước ngoài ≤ 30 % mỗi ngày; 24 giờ/ngày); Nghị định 131/2022/NĐ-CP (phim Việt Nam)',
  },
  {
    kpi: 'staffTrained',
    untilYear: 2030,
    min: 100,
    source: `${PLAN_002}: “100% lãnh đạo, cán bộ, phóng viên, biên tập viên … được đào tạo, bồi dưỡng kiến thức, kỹ năng về chuyển đổi số báo chí.”; ${PLAN_003}`,
  },
  {
    kpi: 'foreignLanguage',
    untilYear: 2030,
    min: 250,
    note: 'mặc định của phần mềm: khoảng 1 tin/ngày làm việc (250 ngày); văn bản không nêu con số — sửa được',
    source:
      'Kế hoạch thực hiện Chiến lược phát triển thông tin quốc gia tỉnh Hưng Yên (000) và Đề án của tỉnh Thái Nguyên (003): cung cấp thông tin bằng tiếng Anh (và tiếng nước ngoài khác) trên trang thông tin chính thức',
  },
  {
    kpi: 'security',
    untilYear: 2030,
    min: 100,
    source: `${PLAN_002}; ${PLAN_003}: “100% cơ quan … có giải pháp bảo đảm an toàn, an ninh hệ thống thông tin cấp độ 3 trở lên.” (Nghị định 85/2016/NĐ-CP; QĐ 742/QĐ-BTTTT; TCVN 11930:2017)`,
  },
]

const present = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value)

/** The row for year Y: the first (by untilYear) whose untilYear ≥ Y, else the last one. */
export function targetRowFor(rows: readonly TargetRow[], kpi: KpiKey, year: number): TargetRow | undefined {
  const own = rows.filter((row) => row.kpi === kpi).sort((a, b) => a.untilYear - b.untilYear)
  return own.find((row) => row.untilYear >= year) ?? own[own.length - 1]
}

const unitSuffix = (unit: KpiUnit) => (unit === 'percent' ? ' %' : unit === 'days' ? ' ngày' : '')

/** "≥ 30 %", "≤ 30 %", "10–20 %", with the plan's own words after it when they differ. */
export function targetLabel(row: Pick<TargetRow, 'min' | 'max' | 'note'>, unit: KpiUnit): string {
  const suffix = unitSuffix(unit)
  const min = present(row.min) ? formatNumberVi(row.min) : undefined
  const max = present(row.max) ? formatNumberVi(row.max) : undefined
  if (min !== undefined && max !== undefined) return `${min}–${max}${suffix}`
  if (min !== undefined) return `≥ ${min}${suffix}`
  return max !== undefined ? `≤ ${max}${suffix}` : 'không đặt ngưỡng'
}

/** The KPI contract's target for a year, or null when no row names this KPI. */
export function targetFor(
  rows: readonly TargetRow[],
  kpi: KpiKey,
  year: number,
  unit: KpiUnit,
): (KpiTarget & { untilYear: number }) | null {
  const row = targetRowFor(rows, kpi, year)
  if (!row || (!present(row.min) && !present(row.max))) return null
  return {
    ...(present(row.min) ? { min: row.min } : {}),
    ...(present(row.max) ? { max: row.max } : {}),
    label: targetLabel(row, unit),
    ...(row.note ? { note: row.note } : {}),
    source: row.source,
    untilYear: row.untilYear,
  }
}

/**
 * Met when the exact figure is within the bounds: judged before rounding, so 29.96 % is not
 * "met" against 30 % just because it displays as 30,0 %. Without a figure or a target there is
 * nothing to judge.
 */
export function statusOf(exact: number | null, target: Pick<KpiTarget, 'min' | 'max'> | null): KpiStatus {
  if (exact === null || !Number.isFinite(exact) || !target) return 'noData'
  if (present(target.min) && exact < target.min) return 'notMet'
  if (present(target.max) && exact > target.max) return 'notMet'
  return 'met'
}
