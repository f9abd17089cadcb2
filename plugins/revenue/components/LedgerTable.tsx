'use client'

import { Badge, cellStyle, mutedStyle, numberCellStyle, useTr } from '../../../src/admin/ui'
import { LINE_INFO, REVENUE_LINES } from '../lib/lines'
import { millions, type RevenueYear } from './api'

const planStyle = { ...mutedStyle, fontSize: '0.8em' }

function Amounts({ actual, plan, locale }: { actual: number; plan: number; locale: string }) {
  return (
    <>
      <div>{millions(actual, locale)}</div>
      {plan > 0 && <div style={planStyle}>{millions(plan, locale)}</div>}
    </>
  )
}

/** Line × month, actual in millions of đồng with the plan in grey beneath; closed months marked. */
export function LedgerTable({ report, closed }: { report: RevenueYear; closed: ReadonlySet<string> }) {
  const { tr, pick, numberLocale: locale } = useTr()
  const cell = new Map(report.byLineMonth.map((c) => [`${c.line}|${c.month}`, c]))
  const lines = REVENUE_LINES.filter((line) =>
    report.byLine.some((l) => l.line === line && (l.actual || l.plan)),
  )
  if (lines.length === 0)
    return (
      <p style={mutedStyle}>
        {tr(`Chưa có số liệu doanh thu năm ${report.year}.`, `No revenue recorded for ${report.year}.`)}
      </p>
    )
  return (
    <div style={{ overflowX: 'auto', marginBottom: 'var(--base)' }}>
      <table
        style={{ width: '100%', borderCollapse: 'collapse', fontSize: '0.9em' }}
        data-testid="revenue-ledger"
      >
        <thead>
          <tr>
            <th style={cellStyle}>{tr('Nguồn thu (triệu đồng)', 'Revenue line (million ₫)')}</th>
            {report.months.map(({ month }) => (
              <th key={month} style={numberCellStyle}>
                {tr('T', 'M')}
                {Number(month.slice(5))}
                {closed.has(month) && <div title={tr('Đã khóa sổ', 'Closed')}>🔒</div>}
              </th>
            ))}
            <th style={numberCellStyle}>{tr('Cả năm', 'Year')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            const total = report.byLine.find((l) => l.line === line)!
            return (
              <tr key={line} data-line={line}>
                <td style={cellStyle}>
                  {pick(LINE_INFO[line].label)}{' '}
                  {LINE_INFO[line].stateFunded && <Badge tone="warning">{tr('NSNN', 'State')}</Badge>}
                </td>
                {report.months.map(({ month }) => {
                  const c = cell.get(`${line}|${month}`)
                  return (
                    <td key={month} style={numberCellStyle}>
                      <Amounts actual={c?.actual ?? 0} plan={c?.plan ?? 0} locale={locale} />
                    </td>
                  )
                })}
                <td style={{ ...numberCellStyle, fontWeight: 600 }}>
                  <Amounts actual={total.actual} plan={total.plan} locale={locale} />
                </td>
              </tr>
            )
          })}
          <tr style={{ fontWeight: 600 }} data-line="total">
            <td style={cellStyle}>{tr('Tổng cộng', 'Total')}</td>
            {report.months.map((m) => (
              <td key={m.month} style={numberCellStyle}>
                <Amounts actual={m.actual} plan={m.plan} locale={locale} />
              </td>
            ))}
            <td style={numberCellStyle}>
              <Amounts actual={report.actual} plan={report.plan} locale={locale} />
            </td>
          </tr>
          <tr data-line="previous">
            <td style={{ ...cellStyle, ...mutedStyle }}>
              {tr(`Cùng tháng ${report.year - 1}`, `Same month ${report.year - 1}`)}
            </td>
            {report.months.map((m) => (
              <td key={m.month} style={{ ...numberCellStyle, ...mutedStyle }}>
                {millions(m.previousYearActual, locale)}
              </td>
            ))}
            <td style={{ ...numberCellStyle, ...mutedStyle }}>
              {millions(report.previousYearActual, locale)}
            </td>
          </tr>
        </tbody>
      </table>
      <p style={mutedStyle}>
        {tr(
          'Số trên: thực hiện; số xám bên dưới: kế hoạch. NSNN: đặt hàng, giao nhiệm vụ từ ngân sách nhà nước.',
          'Top: actual; grey below: plan. State: orders and tasks funded by the state budget.',
        )}
      </p>
    </div>
  )
}
