'use client'

import { Badge, useTr, type Tone } from '../../../src/admin/ui'
import type { FitStatus } from './api'

export const FIT_TONE: Record<FitStatus, Tone> = {
  fits: 'success',
  short: 'warning',
  over: 'error',
  unplanned: 'elevation',
}

export function FitBadge({ status }: { status: FitStatus }) {
  const { tr } = useTr()
  const label: Record<FitStatus, string> = {
    fits: tr('Vừa khuôn', 'Fits'),
    short: tr('Thiếu chữ', 'Short'),
    over: tr('Thừa chữ', 'Over'),
    unplanned: tr('Chưa đặt độ dài', 'No plan'),
  }
  return <Badge tone={FIT_TONE[status]}>{label[status]}</Badge>
}

/**
 * Planned space as the full bar, the written text as the fill; the colour follows the verdict
 * (red when over), and the figures below say by how much.
 */
export function FitBar({
  planned,
  actual,
  status,
  testId,
}: {
  planned: number | null
  actual: number
  status: FitStatus
  testId?: string
}) {
  const { tr, numberLocale } = useTr()
  const format = new Intl.NumberFormat(numberLocale)
  const share = planned ? Math.min(actual / planned, 1) : 0
  const colour = `var(--theme-${FIT_TONE[status]}-${status === 'unplanned' ? 400 : 500})`
  const gap = planned ? actual - planned : 0
  const gapText = !planned
    ? tr('chưa đặt độ dài', 'no plan')
    : gap === 0
      ? tr('vừa đủ', 'exact')
      : gap > 0
        ? tr(`thừa ${format.format(gap)}`, `${format.format(gap)} over`)
        : tr(`thiếu ${format.format(-gap)}`, `${format.format(-gap)} short`)
  return (
    <div data-testid={testId} data-status={status}>
      <div
        style={{
          position: 'relative',
          height: 8,
          borderRadius: 4,
          background: 'var(--theme-elevation-100)',
          overflow: 'hidden',
        }}
        role="img"
        aria-label={gapText}
      >
        <div style={{ width: `${share * 100}%`, height: '100%', background: colour }} />
      </div>
      <div style={{ fontSize: '0.85em', fontVariantNumeric: 'tabular-nums', marginTop: 2 }}>
        {format.format(actual)}
        {planned ? ` / ${format.format(planned)}` : ''} {tr('ký tự', 'chars')} · {gapText}
      </div>
    </div>
  )
}
