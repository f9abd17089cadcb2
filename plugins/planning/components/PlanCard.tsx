'use client'

import { Link, useConfig } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import type { CSSProperties } from 'react'

import { Badge, mutedStyle, type Tr } from '../../../src/admin/ui'
import { WORKFLOW_STATE_LABELS } from '../../../src/lib/workflow'
import {
  ASSET_LABELS,
  ASSIGNMENT_KIND_LABELS,
  ASSIGNMENT_STATUS_LABELS,
  CHANNEL_LABELS,
  PLAN_STATUS_LABELS,
  PRIORITY_LABELS,
  type Bilingual,
} from '../lib/labels'
import type { CalendarItem } from './api'

const ASSET_ICONS: Record<string, string> = {
  photo: '📷',
  video: '🎥',
  audio: '🎙️',
  graphic: '📊',
  crew: '🚐',
}

const label = (labels: Record<string, Bilingual>, value: string, pick: (l: Bilingual) => string) =>
  labels[value] ? pick(labels[value]) : value

function cardStyle(item: CalendarItem): CSSProperties {
  // Overdue (red) outranks unassigned (amber): it is the one that needs someone now.
  const tone = item.overdue ? 'error' : item.unassigned ? 'warning' : undefined
  return {
    display: 'block',
    padding: 'calc(var(--base) / 2)',
    marginBottom: 'calc(var(--base) / 2)',
    borderRadius: 'var(--style-radius-s)',
    border: `1px solid var(--theme-elevation-150)`,
    borderLeft: `4px solid ${tone ? `var(--theme-${tone}-500)` : 'var(--theme-elevation-250)'}`,
    background: tone ? `var(--theme-${tone}-50, var(--theme-elevation-0))` : 'var(--theme-elevation-0)',
    opacity: item.status === 'dropped' ? 0.55 : 1,
    color: 'inherit',
    textDecoration: 'none',
  }
}

const time = (iso: string, locale: string) =>
  new Date(iso).toLocaleString(locale, {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
  })

/** One budget line: slot, title, priority, channels, assets, who is on it; opens the plan item. */
export function PlanCard({
  item,
  tr,
  pick,
  locale,
}: {
  item: CalendarItem
  tr: Tr
  pick: (l: Bilingual) => string
  locale: string
}) {
  const { config } = useConfig()
  const href = formatAdminURL({ adminRoute: config.routes.admin, path: `/collections/plan-items/${item.id}` })
  return (
    <Link
      href={href}
      prefetch={false}
      style={cardStyle(item)}
      data-testid="plan-card"
      data-overdue={item.overdue ? 'true' : 'false'}
      data-unassigned={item.unassigned ? 'true' : 'false'}
    >
      <div style={{ display: 'flex', gap: 4, flexWrap: 'wrap', alignItems: 'center' }}>
        {item.slot && <strong style={{ fontSize: '0.85em' }}>{item.slot}</strong>}
        {item.priority !== 'normal' && (
          <Badge tone={item.priority === 'high' ? 'error' : 'elevation'}>
            {label(PRIORITY_LABELS, item.priority, pick)}
          </Badge>
        )}
        {item.overdue && <Badge tone="error">{tr('Trễ hạn', 'Overdue')}</Badge>}
        {item.unassigned && <Badge tone="warning">{tr('Chưa giao', 'Unassigned')}</Badge>}
      </div>
      <div style={{ fontWeight: 600, margin: '2px 0' }}>{item.title}</div>
      <div style={{ ...mutedStyle, display: 'flex', gap: 4, flexWrap: 'wrap' }}>
        <span>{label(PLAN_STATUS_LABELS, item.status, pick)}</span>
        {item.storyState && (
          <span>
            · {tr('Tin', 'Story')}: {pick(WORKFLOW_STATE_LABELS[item.storyState])}
          </span>
        )}
        {item.desk && <span>· {item.desk.name}</span>}
        {item.publication && <span>· {item.publication.name}</span>}
      </div>
      {(item.wantedChannels.length > 0 || item.assets.length > 0) && (
        <div style={{ display: 'flex', gap: 4, flexWrap: 'wrap', marginTop: 4 }}>
          {item.wantedChannels.map((channel) => (
            <Badge key={channel} tone="elevation">
              {label(CHANNEL_LABELS, channel, pick)}
            </Badge>
          ))}
          {item.assets.map((asset) => (
            <span
              key={asset}
              title={label(ASSET_LABELS, asset, pick)}
              aria-label={label(ASSET_LABELS, asset, pick)}
            >
              {ASSET_ICONS[asset] ?? asset}
            </span>
          ))}
        </div>
      )}
      {item.assignments.length > 0 && (
        <ul style={{ listStyle: 'none', padding: 0, margin: '4px 0 0', fontSize: '0.85em' }}>
          {item.assignments.map((a) => (
            <li
              key={String(a.id)}
              data-testid="plan-assignment"
              style={{
                color: a.overdue ? 'var(--theme-error-700)' : undefined,
                textDecoration: a.status === 'cancelled' ? 'line-through' : undefined,
              }}
            >
              {label(ASSIGNMENT_KIND_LABELS, a.kind, pick)}:{' '}
              {a.assignee?.name ?? tr('chưa có người', 'nobody yet')}{' '}
              <span style={mutedStyle}>
                ({label(ASSIGNMENT_STATUS_LABELS, a.status, pick)}
                {a.deadline ? ` · ${tr('hạn', 'due')} ${time(a.deadline, locale)}` : ''})
              </span>
            </li>
          ))}
        </ul>
      )}
    </Link>
  )
}
