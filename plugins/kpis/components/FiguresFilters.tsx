'use client'

import { useTr } from '../../../src/admin/ui'
import type { NamedDoc } from './api'
import { type FiguresQuery, yearOptions } from './figuresQuery'
import { inputStyle, linkButtonStyle, rowStyle } from './styles'

type Filters = Omit<FiguresQuery, 'drill'>

type Props = {
  filters: Filters
  currentYear: number
  baselineYear?: number
  publications: NamedDoc[]
  desks: NamedDoc[]
  onChange: (change: Partial<Filters>) => void
}

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1)

/** Year, publication/channel and desk for every figure; the months narrow the audience figures. */
export function FiguresFilters({ filters, currentYear, baselineYear, publications, desks, onChange }: Props) {
  const { tr } = useTr()
  const filtered = filters.publication || filters.desk || filters.fromMonth !== 1 || filters.toMonth !== 12
  const monthName = (month: number) =>
    tr(
      `Tháng ${month}`,
      new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' }),
    )

  return (
    <div
      data-testid="figures-filters"
      role="search"
      aria-label={tr('Bộ lọc số liệu', 'Filters')}
      style={{ ...rowStyle, gap: 'var(--base)', alignItems: 'flex-end' }}
    >
      <label style={rowStyle}>
        {tr('Năm', 'Year')}
        <select
          style={inputStyle}
          value={filters.year}
          onChange={(e) => onChange({ year: Number(e.target.value) })}
          data-testid="figures-year"
        >
          {yearOptions(currentYear, baselineYear, filters.year).map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </label>
      <label style={rowStyle}>
        {tr('Ấn phẩm/kênh', 'Publication')}
        <select
          style={inputStyle}
          value={filters.publication}
          onChange={(e) => onChange({ publication: e.target.value })}
          data-testid="figures-publication"
        >
          <option value="">{tr('Tất cả ấn phẩm, kênh', 'All publications')}</option>
          {publications.map((publication) => (
            <option key={String(publication.id)} value={String(publication.id)}>
              {publication.name}
            </option>
          ))}
        </select>
      </label>
      <label style={rowStyle}>
        {tr('Ban', 'Desk')}
        <select
          style={inputStyle}
          value={filters.desk}
          onChange={(e) => onChange({ desk: e.target.value })}
          data-testid="figures-desk"
        >
          <option value="">{tr('Tất cả ban', 'All desks')}</option>
          {desks.map((desk) => (
            <option key={String(desk.id)} value={String(desk.id)}>
              {desk.name}
            </option>
          ))}
        </select>
      </label>
      <fieldset style={{ ...rowStyle, border: 'none', padding: 0, margin: 0 }}>
        <legend style={{ float: 'left', marginRight: 8 }}>{tr('Khán giả: từ', 'Audience: from')}</legend>
        <select
          aria-label={tr('Từ tháng', 'From month')}
          style={inputStyle}
          value={filters.fromMonth}
          onChange={(e) => {
            const fromMonth = Number(e.target.value)
            onChange({ fromMonth, toMonth: Math.max(fromMonth, filters.toMonth) })
          }}
          data-testid="figures-from-month"
        >
          {MONTHS.map((month) => (
            <option key={month} value={month}>
              {monthName(month)}
            </option>
          ))}
        </select>
        <span>{tr('đến', 'to')}</span>
        <select
          aria-label={tr('Đến tháng', 'To month')}
          style={inputStyle}
          value={filters.toMonth}
          onChange={(e) => {
            const toMonth = Number(e.target.value)
            onChange({ toMonth, fromMonth: Math.min(toMonth, filters.fromMonth) })
          }}
          data-testid="figures-to-month"
        >
          {MONTHS.map((month) => (
            <option key={month} value={month}>
              {monthName(month)}
            </option>
          ))}
        </select>
      </fieldset>
      {filtered && (
        <button
          type="button"
          style={linkButtonStyle}
          onClick={() => onChange({ publication: '', desk: '', fromMonth: 1, toMonth: 12 })}
          data-testid="figures-clear"
        >
          {tr('Bỏ lọc', 'Clear filters')}
        </button>
      )}
    </div>
  )
}
