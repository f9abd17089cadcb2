'use client'

import type { CSSProperties } from 'react'

import { Badge, cellStyle, mutedStyle, Notice, numberCellStyle, useTr } from '../../../src/admin/ui'
import { isRevenueLine, LINE_INFO } from '../../revenue/lib/lines'
import type { RevenueYear } from './api'
import { BarChart } from './charts/BarChart'
import { COLOURS } from './charts/ChartFrame'
import { compactNumber, formatPercent, formatValue, signedChange } from './charts/format'
import { monthlyRevenueTarget } from './charts/target'
import { TimeSeriesChart } from './charts/TimeSeriesChart'
import { growthPct, revenueSeries, sharePct } from './revenueSeries'
import { StatTile } from './StatTile'
import { gridStyle } from './styles'
import type { JsonState } from './useJson'

const numberCell: CSSProperties = { ...numberCellStyle, whiteSpace: 'nowrap' }

type Props = {
  state: JsonState<RevenueYear>
  /** The growth the year's target asks for (revenueGrowth KPI), in per cent. */
  targetPct: number | null
  targetLabel?: string
  deskFiltered: boolean
  publicationFiltered: boolean
}

/** Revenue by month against plan, last year and the growth target; by line; state vs market. */
export function RevenueSection({ state, targetPct, targetLabel, deskFiltered, publicationFiltered }: Props) {
  const { tr, pick, numberLocale } = useTr()
  const { data: revenue, error, loading } = state
  const money = (value: number | null | undefined) => formatValue(value, 'vnd', numberLocale)
  const short = (value: number) => `${compactNumber(value, numberLocale)} đ`
  const percent = (value: number | null) => (value === null ? '—' : formatPercent(value, numberLocale))
  const signed = (value: number | null) =>
    value === null ? '—' : `${signedChange(value, 0, numberLocale)} %`

  if (error?.status === 403)
    return (
      <Notice tone="warning" testId="revenue-forbidden">
        {tr(
          'Số liệu doanh thu chỉ dành cho lãnh đạo và quản trị viên; phần này được ẩn với tài khoản của bạn.',
          'Revenue is for managers and administrators only; this part is hidden for your account.',
        )}
      </Notice>
    )
  if (error)
    return (
      <Notice tone="error" testId="revenue-error">
        {error.message}
      </Notice>
    )
  if (!revenue) return <p style={mutedStyle}>{loading ? tr('Đang tải…', 'Loading…') : '—'}</p>
  // While the year is not fully booked, growth is like for like, as the growth KPI counts it.
  const partial = revenue.monthsWithActuals < 12

  const series = revenueSeries(revenue.months)
  const target = monthlyRevenueTarget(revenue.baselineActual, targetPct)
  const lines = [...revenue.byLine].sort((a, b) => b.actual - a.actual)
  const lineLabel = (line: string) => (isRevenueLine(line) ? pick(LINE_INFO[line].label) : line)
  const stateShare = sharePct(revenue.stateFunded, revenue.actual)

  return (
    <div data-testid="revenue-section" data-loading={loading} style={{ opacity: loading ? 0.6 : 1 }}>
      {deskFiltered && (
        <Notice tone="warning" testId="revenue-desk-note">
          {tr(
            'Sổ doanh thu không ghi theo ban: số liệu doanh thu dưới đây không áp dụng bộ lọc ban.',
            'The revenue ledger has no desks: the revenue below ignores the desk filter.',
          )}
        </Notice>
      )}
      <div style={gridStyle(200)}>
        <StatTile
          testId="revenue-actual"
          label={tr(`Thực hiện ${revenue.year}`, `Actual ${revenue.year}`)}
          value={short(revenue.actual)}
          note={tr(
            `${revenue.monthsWithActuals} tháng có số liệu · ${percent(sharePct(revenue.actual, revenue.plan))} kế hoạch năm`,
            `${revenue.monthsWithActuals} months booked · ${percent(sharePct(revenue.actual, revenue.plan))} of the year's plan`,
          )}
        />
        <StatTile
          label={tr('Kế hoạch năm', 'Plan for the year')}
          value={short(revenue.plan)}
          note={money(revenue.plan)}
        />
        <StatTile
          label={tr('Cùng kỳ năm trước', 'Same period last year')}
          value={short(revenue.previousYearSamePeriod)}
          note={tr(
            `Tăng trưởng ${signed(revenue.growthVsPreviousYearPct)}`,
            `Growth ${signed(revenue.growthVsPreviousYearPct)}`,
          )}
        />
        <StatTile
          testId="revenue-growth"
          label={tr(`So với năm gốc ${revenue.baselineYear}`, `Against baseline ${revenue.baselineYear}`)}
          value={signed(partial ? revenue.growthVsBaselineSamePeriodPct : revenue.growthVsBaselinePct)}
          note={
            revenue.baselineNote
              ? tr(revenue.baselineNote, 'A year before the configured baseline: no growth against it.')
              : tr(
                  `${partial ? `Cùng kỳ năm gốc: ${short(revenue.baselineSamePeriod)}` : `Năm gốc: ${short(revenue.baselineActual)}`}${targetLabel ? ` · mục tiêu ${targetLabel}` : ''}`,
                  `${partial ? `Baseline, same months: ${short(revenue.baselineSamePeriod)}` : `Baseline: ${short(revenue.baselineActual)}`}${targetLabel ? ` · target ${targetLabel}` : ''}`,
                )
          }
        />
        <StatTile
          testId="revenue-split"
          label={tr('Ngân sách nhà nước / thị trường', 'State-funded / market')}
          value={`${percent(stateShare)} / ${percent(stateShare === null ? null : Math.round((100 - stateShare) * 10) / 10)}`}
          note={
            <span
              role="img"
              aria-label={tr(
                `Ngân sách nhà nước ${percent(stateShare)}`,
                `State-funded ${percent(stateShare)}`,
              )}
              style={{
                display: 'flex',
                height: 8,
                borderRadius: 4,
                overflow: 'hidden',
                background: COLOURS.domestic,
              }}
            >
              <span style={{ width: `${stateShare ?? 0}%`, background: COLOURS.plan }} />
            </span>
          }
        />
      </div>
      <div style={{ ...gridStyle(560), marginTop: 'var(--base)' }}>
        <div>
          <TimeSeriesChart
            testId="chart-revenue"
            title={tr(`Doanh thu theo tháng năm ${revenue.year}`, `Revenue by month, ${revenue.year}`)}
            description={tr(
              `Thực hiện ${short(revenue.actual)}, kế hoạch ${short(revenue.plan)}, cùng kỳ năm trước ${short(revenue.previousYearSamePeriod)}${target ? `; mục tiêu mỗi tháng ${short(target)}` : ''}.`,
              `Actual ${short(revenue.actual)}, plan ${short(revenue.plan)}, same period last year ${short(revenue.previousYearSamePeriod)}${target ? `; monthly target ${short(target)}` : ''}.`,
            )}
            months={series.months}
            unit="vnd"
            yLabel={tr('Đồng', 'VND')}
            xLabel={tr('Tháng', 'Month')}
            series={[
              {
                key: 'previous',
                label: tr('Cùng kỳ năm trước', 'Last year'),
                values: series.previous,
                colour: COLOURS.previous,
              },
              {
                key: 'plan',
                label: tr('Kế hoạch', 'Plan'),
                values: series.plan,
                colour: COLOURS.plan,
                dashed: true,
              },
              {
                key: 'actual',
                label: tr('Thực hiện', 'Actual'),
                values: series.actual,
                colour: COLOURS.actual,
              },
            ]}
            target={
              target === null
                ? null
                : {
                    value: target,
                    label: tr(
                      `Mục tiêu +${targetPct} % so với ${revenue.baselineYear}: ${short(target)}/tháng`,
                      `Target +${targetPct} % on ${revenue.baselineYear}: ${short(target)}/month`,
                    ),
                  }
            }
          />
          {target === null && (
            <p style={mutedStyle} data-testid="revenue-no-target">
              {tr(
                `Chưa vẽ được đường mục tiêu: năm gốc ${revenue.baselineYear} chưa có doanh thu hoặc chưa có mục tiêu tăng trưởng.`,
                `No target line: the baseline year ${revenue.baselineYear} has no revenue or there is no growth target.`,
              )}
            </p>
          )}
        </div>
        {!publicationFiltered && revenue.byPublication.length > 0 && (
          <BarChart
            testId="chart-revenue-publications"
            title={tr('Doanh thu thực hiện theo ấn phẩm, kênh', 'Actual revenue by publication')}
            description={revenue.byPublication.map((row) => `${row.name}: ${short(row.actual)}`).join('; ')}
            unit="vnd"
            valueLabel={tr('Đồng', 'VND')}
            legend={[{ label: tr('Thực hiện', 'Actual'), colour: COLOURS.actual, kind: 'bar' }]}
            bars={[...revenue.byPublication]
              .sort((a, b) => b.actual - a.actual)
              .map((row) => ({
                key: String(row.publication ?? 'none'),
                label: row.name || tr('Chung toàn cơ quan', 'Agency-wide'),
                value: row.actual,
                colour: COLOURS.actual,
              }))}
          />
        )}
      </div>
      <div style={{ overflowX: 'auto' }}>
        <h3 style={{ margin: 'var(--base) 0 4px', fontSize: '1rem' }}>
          {tr('Theo nguồn thu', 'By revenue line')}
        </h3>
        <table style={{ width: '100%', borderCollapse: 'collapse' }} data-testid="revenue-lines">
          <thead>
            <tr>
              <th style={cellStyle}>{tr('Nguồn thu', 'Line')}</th>
              <th style={numberCell}>{tr('Kế hoạch', 'Plan')}</th>
              <th style={numberCell}>{tr('Thực hiện', 'Actual')}</th>
              <th style={numberCell}>{tr('Năm trước', 'Last year')}</th>
              <th style={numberCell}>{tr('Tăng', 'Change')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.line}>
                <td style={cellStyle}>
                  {lineLabel(line.line)}{' '}
                  {line.stateFunded && <Badge tone="elevation">{tr('NSNN', 'State')}</Badge>}
                </td>
                <td style={numberCell}>{short(line.plan)}</td>
                <td style={numberCell}>{short(line.actual)}</td>
                <td style={numberCell}>{short(line.previousYearActual)}</td>
                <td style={numberCell}>{signed(growthPct(line.actual, line.previousYearActual))}</td>
              </tr>
            ))}
            {lines.length === 0 && (
              <tr>
                <td style={cellStyle} colSpan={5}>
                  {tr('Chưa có khoản thu nào trong năm.', 'No revenue booked this year.')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  )
}
