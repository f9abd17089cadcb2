'use client'

import { useState } from 'react'

import { Badge, boxStyle, mutedStyle, Notice, SmallButton, useTr } from '../../../src/admin/ui'
import { formatMonth, monthsOfYear } from '../lib/months'
import { messageOf, requestJson, type Period } from './api'
import { vietnamMonth } from '../../../src/lib/vietnamTime'

type Props = { api: string; year: number; periods: Period[]; isAdmin: boolean; onChanged: () => void }

/** The year's months, closed or open: managers close a month that has begun; only admins reopen. */
export function PeriodsPanel({ api, year, periods, isAdmin, onChanged }: Props) {
  const { tr } = useTr()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const current = vietnamMonth(Date.now())
  const byMonth = new Map(periods.map((p) => [p.month, p]))

  const act = async (run: () => Promise<unknown>) => {
    setBusy(true)
    setError(undefined)
    try {
      await run()
      onChanged()
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }
  const close = (month: string) => act(() => requestJson(`${api}/revenue-periods`, { json: { month } }))
  const reopen = (period: Period) => {
    if (!window.confirm(tr(`Mở khóa sổ tháng ${formatMonth(period.month)}?`, `Reopen ${period.month}?`)))
      return
    void act(() => requestJson(`${api}/revenue-periods/${period.id}`, { method: 'DELETE' }))
  }

  return (
    <div style={boxStyle} data-testid="revenue-periods">
      <h3 style={{ marginTop: 0 }}>{tr('Khóa sổ theo tháng', 'Closing months')}</h3>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: 8 }}>
        {monthsOfYear(year).map((month) => {
          const period = byMonth.get(month)
          return (
            <div key={month} data-month={month} style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
              <span style={{ minWidth: 60 }}>{formatMonth(month)}</span>
              {period ? (
                <>
                  <Badge tone="elevation" title={period.note ?? undefined}>
                    🔒 {tr('Đã khóa', 'Closed')}
                  </Badge>
                  {isAdmin && (
                    <SmallButton type="button" disabled={busy} onClick={() => reopen(period)}>
                      {tr('Mở', 'Reopen')}
                    </SmallButton>
                  )}
                </>
              ) : month <= current ? (
                <SmallButton type="button" disabled={busy} onClick={() => void close(month)}>
                  {tr('Khóa sổ', 'Close')}
                </SmallButton>
              ) : (
                <span style={mutedStyle}>{tr('chưa đến', 'not yet')}</span>
              )}
            </div>
          )
        })}
      </div>
      <p style={mutedStyle}>
        {tr(
          'Tháng đã khóa sổ không thể thêm, sửa, xóa hay nhập số liệu. Chỉ quản trị viên mở khóa được; mọi lần khóa và mở đều được ghi nhật ký.',
          'Closed months cannot be changed or imported into. Only administrators reopen them; every change is audited.',
        )}
      </p>
      {error && <Notice tone="error">{error}</Notice>}
    </div>
  )
}
