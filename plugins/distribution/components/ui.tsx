'use client'

import type { CSSProperties } from 'react'

import { Badge, useTr } from '../../../src/admin/ui'
import type { DeliveryStatus } from '../types'
import { DOMESTIC_LABELS, STATUS_DISPLAY } from './labels'

/** Small pieces of the distribution view and the story panel, beside the ones every plugin shares. */
export {
  Badge,
  boxStyle,
  cellStyle,
  mutedStyle,
  Notice,
  noticeStyle,
  numberCellStyle,
  SmallButton,
  useTr,
  type Tone,
  type Tr,
} from '../../../src/admin/ui'

const DAY_TIME: Intl.DateTimeFormatOptions = {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
}

export function formatTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '—'
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(locale, DAY_TIME)
}

export const formatPercent = (share: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share)

export const errorTextStyle: CSSProperties = { color: 'var(--theme-error-650)', wordBreak: 'break-word' }

export function StatusBadge({ status }: { status: DeliveryStatus }) {
  const { pick } = useTr()
  const display = STATUS_DISPLAY[status]
  if (!display) return <Badge tone="elevation">{status}</Badge>
  return <Badge tone={display.tone}>{pick(display)}</Badge>
}

export function DomesticBadge({ domestic }: { domestic: boolean | null | undefined }) {
  const { pick } = useTr()
  if (domestic === null || domestic === undefined) return null
  return (
    <Badge tone={domestic ? 'success' : 'warning'}>
      {pick(DOMESTIC_LABELS[domestic ? 'domestic' : 'foreign'])}
    </Badge>
  )
}

/** A link to the copy on the platform; opens in a new tab, never sends our admin URL as referrer. */
export function RemoteLink({ url, label }: { url: string | null | undefined; label: string }) {
  if (!url || !/^https?:\/\//i.test(url)) return null
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" title={url} data-testid="remote-link">
      {label} ↗
    </a>
  )
}
