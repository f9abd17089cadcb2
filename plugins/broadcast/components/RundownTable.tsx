'use client'

import type { CSSProperties } from 'react'

import { Badge, cellStyle, mutedStyle, numberCellStyle, SmallButton, useTr } from '../../../src/admin/ui'
import { formatLength } from '../lib/clock'
import type { TimedItem } from './api'
import { itemStatusLabel, itemTypeLabel, STATUS_TONES } from './labels'

type Props = {
  items: TimedItem[]
  canEdit: boolean
  busy: boolean
  onMove: (index: number, step: -1 | 1) => void
}

const headStyle: CSSProperties = { ...cellStyle, fontWeight: 600, whiteSpace: 'nowrap' }
const timeStyle: CSSProperties = { ...numberCellStyle, fontFamily: 'var(--font-mono, monospace)' }

/** The running order: one row per item with its times, lengths, status and move buttons. */
export function RundownTable({ items, canEdit, busy, onMove }: Props) {
  const { tr, pick } = useTr()
  return (
    <table style={{ width: '100%', borderCollapse: 'collapse' }} data-testid="rundown-items">
      <thead>
        <tr>
          <th style={headStyle}>#</th>
          <th style={headStyle}>{tr('Giờ vào', 'Front time')}</th>
          <th
            style={headStyle}
            title={tr('Giờ vào muộn nhất để kết thúc đúng giờ', 'Latest start to end on time')}
          >
            {tr('Giờ vào muộn nhất', 'Back time')}
          </th>
          <th style={headStyle}>{tr('Mục', 'Item')}</th>
          <th style={headStyle}>{tr('Dự kiến', 'Planned')}</th>
          <th style={headStyle}>{tr('Thực tế', 'Actual')}</th>
          <th style={headStyle}>{tr('Trạng thái', 'Status')}</th>
          {canEdit && <th style={headStyle}>{tr('Thứ tự', 'Order')}</th>}
        </tr>
      </thead>
      <tbody>
        {items.map((item, index) => (
          <tr
            key={item.itemID}
            data-testid="rundown-item"
            data-item-id={item.itemID}
            style={item.dropped ? { opacity: 0.55, textDecoration: 'line-through' } : undefined}
          >
            <td style={numberCellStyle}>{item.number ?? '–'}</td>
            <td style={timeStyle}>{item.frontTime ?? '–'}</td>
            <td style={timeStyle}>{item.backTime ?? '–'}</td>
            <td style={cellStyle}>
              <div>{item.title || tr('(chưa đặt tên)', '(untitled)')}</div>
              <div style={mutedStyle}>
                {pick(itemTypeLabel(item.type))} · {item.itemID}
              </div>
            </td>
            <td style={timeStyle}>{formatLength(item.plannedSeconds)}</td>
            <td style={timeStyle}>{item.actualSeconds === null ? '–' : formatLength(item.actualSeconds)}</td>
            <td style={cellStyle}>
              <Badge tone={STATUS_TONES[item.status] ?? 'elevation'}>
                {pick(itemStatusLabel(item.status))}
              </Badge>
            </td>
            {canEdit && (
              <td style={{ ...cellStyle, whiteSpace: 'nowrap' }}>
                <SmallButton
                  disabled={busy || index === 0}
                  onClick={() => onMove(index, -1)}
                  aria-label={tr('Chuyển lên', 'Move up')}
                  extraButtonProps={{ 'data-testid': 'move-up' }}
                >
                  ↑
                </SmallButton>{' '}
                <SmallButton
                  disabled={busy || index === items.length - 1}
                  onClick={() => onMove(index, 1)}
                  aria-label={tr('Chuyển xuống', 'Move down')}
                  extraButtonProps={{ 'data-testid': 'move-down' }}
                >
                  ↓
                </SmallButton>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
