'use client'

import type { CSSProperties } from 'react'

import { boxStyle, mutedStyle, useTr } from '../../../src/admin/ui'
import { millions, percent, share, type RevenueYear } from './api'

const cards: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(190px, 1fr))',
  gap: 'var(--base)',
  marginBottom: 'var(--base)',
}
const big: CSSProperties = { fontSize: '1.6em', fontWeight: 600, fontVariantNumeric: 'tabular-nums' }

function Card({
  title,
  value,
  detail,
  testId,
}: {
  title: string
  value: string
  detail: string
  testId: string
}) {
  return (
    <div style={{ ...boxStyle, marginBottom: 0 }} data-testid={testId}>
      <div style={mutedStyle}>{title}</div>
      <div style={big}>{value}</div>
      <div style={mutedStyle}>{detail}</div>
    </div>
  )
}

/** The year at a glance: actual against plan, growth, and the state-funded vs market split. */
export function SummaryCards({ report }: { report: RevenueYear }) {
  const { tr, numberLocale: locale } = useTr()
  const m = (amount: number) => `${millions(amount, locale)} ${tr('tr đ', 'M ₫')}`
  const statePct = share(report.stateFunded, report.actual)
  const partial = report.monthsWithActuals < 12
  return (
    <>
      <div style={cards}>
        <Card
          testId="revenue-actual"
          title={tr(`Thực hiện ${report.year}`, `Actual ${report.year}`)}
          value={m(report.actual)}
          detail={tr(
            `${report.monthsWithActuals}/12 tháng có số; kế hoạch ${m(report.plan)} (đạt ${percent(share(report.actual, report.plan), locale).replace('+', '')})`,
            `${report.monthsWithActuals}/12 months reported; plan ${m(report.plan)}`,
          )}
        />
        <Card
          testId="revenue-growth-baseline"
          title={tr(`So với năm gốc ${report.baselineYear}`, `Against baseline ${report.baselineYear}`)}
          value={percent(partial ? report.growthVsBaselineSamePeriodPct : report.growthVsBaselinePct, locale)}
          detail={
            report.baselineNote
              ? tr(report.baselineNote, 'a year before the configured baseline: no growth against it')
              : partial
                ? tr(
                    `cùng kỳ năm gốc ${m(report.baselineSamePeriod)}; cả năm gốc ${m(report.baselineActual)} (${percent(report.growthVsBaselinePct, locale)})`,
                    `same months of baseline ${m(report.baselineSamePeriod)}; whole baseline year ${m(report.baselineActual)}`,
                  )
                : tr(
                    `năm gốc ${m(report.baselineActual)}; mục tiêu +10–20 % đến 2025, ≥ +20 % đến 2030`,
                    `baseline ${m(report.baselineActual)}; target +10–20 % by 2025, ≥ +20 % by 2030`,
                  )
          }
        />
        <Card
          testId="revenue-growth-previous"
          title={tr(`So với cùng kỳ ${report.year - 1}`, `Against ${report.year - 1}, same months`)}
          value={percent(report.growthVsPreviousYearPct, locale)}
          detail={tr(
            `cùng kỳ ${m(report.previousYearSamePeriod)}; cả năm ${report.year - 1}: ${m(report.previousYearActual)}`,
            `same months ${m(report.previousYearSamePeriod)}; whole ${report.year - 1}: ${m(report.previousYearActual)}`,
          )}
        />
        <Card
          testId="revenue-split"
          title={tr('Ngân sách nhà nước / thị trường', 'State-funded / market')}
          value={
            statePct === null
              ? '—'
              : `${statePct.toLocaleString(locale)} % / ${(Math.round((100 - statePct) * 10) / 10).toLocaleString(locale)} %`
          }
          detail={tr(
            `đặt hàng, giao nhiệm vụ ${m(report.stateFunded)}; tự chủ ${m(report.market)}`,
            `state orders ${m(report.stateFunded)}; market ${m(report.market)}`,
          )}
        />
      </div>
      {report.actual > 0 && (
        <div
          style={{
            display: 'flex',
            height: 10,
            borderRadius: 5,
            overflow: 'hidden',
            marginBottom: 'var(--base)',
          }}
          title={tr('Tỷ trọng ngân sách nhà nước và thị trường', 'State-funded vs market share')}
        >
          <div style={{ width: `${statePct ?? 0}%`, background: 'var(--theme-warning-500, #f59e0b)' }} />
          <div style={{ flex: 1, background: 'var(--theme-success-500)' }} />
        </div>
      )}
    </>
  )
}
