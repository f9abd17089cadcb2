'use client'

import { useId } from 'react'

import type { NamedDoc, ShareGroupBy } from './api'
import {
  activePeriod,
  GROUP_BYS,
  type Period,
  PERIODS,
  periodRange,
  type ShareFilters as Filters,
} from './shareQuery'
import { inputStyle, rowStyle, SmallButton, useTr } from './ui'

type Props = {
  filters: Filters
  today: Date
  desks: NamedDoc[]
  channels: NamedDoc[]
  onChange: (change: Partial<Filters>) => void
}

const PERIOD_LABELS: Record<Period, { vi: string; en: string }> = {
  month: { vi: 'Tháng này', en: 'This month' },
  quarter: { vi: 'Quý này', en: 'This quarter' },
  year: { vi: 'Năm nay', en: 'This year' },
}

export const GROUP_BY_LABELS: Record<ShareGroupBy, { vi: string; en: string }> = {
  desk: { vi: 'Ban', en: 'Desk' },
  channel: { vi: 'Kênh', en: 'Channel' },
  month: { vi: 'Tháng', en: 'Month' },
}

/** Period (dates and quick buttons), grouping, desk and channel of the AI-share report. */
export function ShareFilters({ filters, today, desks, channels, onChange }: Props) {
  const { tr, pick } = useTr()
  const id = useId()
  const current = activePeriod(filters, today)

  return (
    <div
      data-testid="ai-share-filters"
      style={{ ...rowStyle, gap: 'var(--base)', alignItems: 'flex-end', marginBottom: 'var(--base)' }}
    >
      <div style={rowStyle}>
        <label htmlFor={`${id}-from`}>{tr('Từ ngày', 'From')}</label>
        <input
          id={`${id}-from`}
          type="date"
          style={inputStyle}
          value={filters.from}
          max={filters.to}
          onChange={(e) => e.target.value && onChange({ from: e.target.value })}
        />
        <label htmlFor={`${id}-to`}>{tr('đến ngày', 'to')}</label>
        <input
          id={`${id}-to`}
          type="date"
          style={inputStyle}
          value={filters.to}
          min={filters.from}
          onChange={(e) => e.target.value && onChange({ to: e.target.value })}
        />
      </div>
      <div style={rowStyle} role="group" aria-label={tr('Chọn nhanh khoảng thời gian', 'Quick periods')}>
        {PERIODS.map((period) => (
          <SmallButton
            key={period}
            buttonStyle={current === period ? 'primary' : 'secondary'}
            onClick={() => onChange(periodRange(period, today))}
            extraButtonProps={{
              'data-testid': `ai-share-period-${period}`,
              'aria-pressed': current === period,
            }}
          >
            {pick(PERIOD_LABELS[period])}
          </SmallButton>
        ))}
      </div>
      <label style={rowStyle}>
        {tr('Nhóm theo', 'Group by')}
        <select
          style={inputStyle}
          value={filters.groupBy}
          onChange={(e) => onChange({ groupBy: e.target.value as ShareGroupBy })}
          data-testid="ai-share-group-by"
        >
          {GROUP_BYS.map((groupBy) => (
            <option key={groupBy} value={groupBy}>
              {pick(GROUP_BY_LABELS[groupBy])}
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
          data-testid="ai-share-desk"
        >
          <option value="">{tr('Tất cả ban', 'All desks')}</option>
          {desks.map((desk) => (
            <option key={String(desk.id)} value={String(desk.id)}>
              {desk.name}
            </option>
          ))}
        </select>
      </label>
      <label style={rowStyle}>
        {tr('Kênh', 'Channel')}
        <select
          style={inputStyle}
          value={filters.channel}
          onChange={(e) => onChange({ channel: e.target.value })}
          data-testid="ai-share-channel"
        >
          <option value="">{tr('Tất cả kênh', 'All channels')}</option>
          {channels.map((channel) => (
            <option key={String(channel.id)} value={String(channel.id)}>
              {channel.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
