'use client'

import type { Delivery, Id } from './api'
import { type DeliveryAct, DeliveryRow } from './DeliveryRow'
import { cellStyle, mutedStyle, useTr } from './ui'

/** A titled run of rows, e.g. "needs attention" before "settled"; the title only shows when given. */
export type DeliveryGroup = { key: string; title?: string; docs: Delivery[] }

export function DeliveriesTable({
  groups,
  canAct,
  busyId,
  onAct,
}: {
  groups: DeliveryGroup[]
  canAct: boolean
  busyId?: Id
  onAct: DeliveryAct
}) {
  const { tr } = useTr()
  const headings = [
    tr('Tin bài', 'Story'),
    tr('Đích phát hành', 'Target'),
    tr('Thao tác', 'Action'),
    tr('Trạng thái', 'Status'),
    tr('Lần thử', 'Attempts'),
    tr('Lỗi gần nhất', 'Last error'),
    tr('Trên nền tảng', 'On the platform'),
    tr('Thời gian', 'Time'),
    ...(canAct ? [''] : []),
  ]
  return (
    <table style={{ width: '100%', borderCollapse: 'collapse' }} data-testid="deliveries-table">
      <thead>
        <tr>
          {headings.map((label, index) => (
            <th
              key={index}
              style={{ ...cellStyle, whiteSpace: 'nowrap', ...(index === 4 ? { textAlign: 'right' } : {}) }}
            >
              {label}
            </th>
          ))}
        </tr>
      </thead>
      {groups
        .filter((group) => group.docs.length > 0)
        .map((group) => (
          <tbody key={group.key} data-group={group.key}>
            {group.title && (
              <tr>
                <th
                  colSpan={headings.length}
                  style={{ ...cellStyle, ...mutedStyle, fontWeight: 600, paddingTop: 'var(--base)' }}
                >
                  {group.title}
                </th>
              </tr>
            )}
            {group.docs.map((delivery) => (
              <DeliveryRow
                key={String(delivery.id)}
                delivery={delivery}
                canAct={canAct}
                busy={busyId !== undefined && String(busyId) === String(delivery.id)}
                onAct={onAct}
              />
            ))}
          </tbody>
        ))}
    </table>
  )
}
