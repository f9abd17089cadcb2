/**
 * Security settings in force: the share of level-3 controls this installation enforces now.
 * Settings have no history in the records, so the year before has no figure and the series
 * holds the present month only; publication and desk filters do not apply.
 */
import { vietnamMonth } from '../../../../src/lib/vietnamTime'
import type { KpiContext, KpiResult } from '../context'
import { formatNumberVi, formatPercentVi, percentOf, roundTo } from '../numbers'
import { monthsOf } from '../period'
import { evaluateControls, securityScore, type SecurityControl } from '../security/controls'
import { securitySnapshot } from '../security/snapshot'

export async function loadSecurityControls(ctx: Pick<KpiContext, 'payload'>): Promise<SecurityControl[]> {
  return evaluateControls(await securitySnapshot(ctx.payload.config))
}

export async function computeSecurity(ctx: KpiContext): Promise<KpiResult> {
  const present = vietnamMonth(ctx.now)
  // Today's configuration says nothing about another year's: no figure rather than a made-up one.
  if (ctx.year !== Number(present.slice(0, 4)))
    return {
      exact: null,
      previousExact: null,
      series: monthsOf(ctx.year).map((month) => ({ month, value: null })),
      detail: `Cấu hình bảo mật không được lưu lịch sử: chỉ có số liệu cho năm ${present.slice(0, 4)} (cấu hình đang chạy).`,
    }
  const controls = await loadSecurityControls(ctx)
  const { inForce, total } = securityScore(controls)
  const exact = percentOf(inForce, total)
  const missing = controls.filter((c) => !c.inForce).map((c) => c.label)
  const ignored = ctx.publication || ctx.desk ? ' Bộ lọc ấn phẩm/ban không áp dụng cho chỉ tiêu này.' : ''
  return {
    exact,
    previousExact: null,
    numerator: inForce,
    denominator: total,
    series: monthsOf(ctx.year).map((month) => ({
      month,
      value: month === present && exact !== null ? roundTo(exact, 1) : null,
    })),
    detail:
      `${formatNumberVi(inForce, 0)}/${formatNumberVi(total, 0)} biện pháp an toàn thông tin cấp độ 3 đang được hệ thống thực thi` +
      ` = ${formatPercentVi(exact === null ? null : roundTo(exact, 1))} (theo cấu hình đang chạy, không lưu lịch sử)` +
      (missing.length ? `; chưa có — ${missing.join('; ')}.` : '.') +
      ignored,
  }
}
