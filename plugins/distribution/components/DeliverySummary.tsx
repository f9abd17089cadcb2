'use client'

import { useEffect, useState } from 'react'

import { DELIVERY_STATUSES, type DeliveryStatus } from '../types'
import { messageOf, requestJson } from './api'
import { countQuery, domesticShareWheres, shareOf } from './deliveryQuery'
import { STATUS_DISPLAY } from './labels'
import { formatPercent, mutedStyle, Notice, useTr } from './ui'

/** The window of the province's domestic-platform figure. */
export const SHARE_DAYS = 30

type Summary = {
  counts: Record<DeliveryStatus, number>
  confirmed: number
  domestic: number
}

const countOf = (api: string, query: string, signal: AbortSignal) =>
  requestJson<{ totalDocs: number }>(`${api}/deliveries/count?${query}`, { signal }).then((r) => r.totalDocs)

/**
 * Counts per status (each tile filters the list below) and the share of confirmed deliveries
 * that went to domestic platforms in the last 30 days, the figure the province asks for.
 */
export function DeliverySummary({
  api,
  reloadKey,
  selected,
  onPick,
}: {
  api: string
  reloadKey: number
  selected: string
  onPick: (status: DeliveryStatus) => void
}) {
  const { tr, pick, numberLocale } = useTr()
  const [summary, setSummary] = useState<Summary | null>(null)
  const [error, setError] = useState<string>()

  useEffect(() => {
    const controller = new AbortController()
    const { signal } = controller
    const { all, domestic } = domesticShareWheres(new Date(), SHARE_DAYS)
    Promise.all([
      Promise.all(
        DELIVERY_STATUSES.map((status) => countOf(api, countQuery({ status: { equals: status } }), signal)),
      ),
      countOf(api, countQuery(all), signal),
      countOf(api, countQuery(domestic), signal),
    ])
      .then(([perStatus, confirmed, domesticCount]) => {
        const counts = Object.fromEntries(DELIVERY_STATUSES.map((s, i) => [s, perStatus[i] ?? 0]))
        setSummary({ counts: counts as Summary['counts'], confirmed, domestic: domesticCount })
        setError(undefined)
      })
      .catch((caught) => {
        if (!signal.aborted) setError(messageOf(caught))
      })
    return () => controller.abort()
  }, [api, reloadKey])

  if (error) return <Notice tone="error">{error}</Notice>
  if (!summary) return <p style={mutedStyle}>{tr('Đang tải…', 'Loading…')}</p>

  const share = shareOf(summary.domestic, summary.confirmed)
  return (
    <div data-testid="distribution-summary" style={{ marginBottom: 'var(--base)' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) / 2)' }}>
        {DELIVERY_STATUSES.map((status) => {
          const display = STATUS_DISPLAY[status]
          const active = selected === status
          return (
            <button
              key={status}
              type="button"
              data-testid={`summary-${status}`}
              data-count={summary.counts[status]}
              onClick={() => onPick(status)}
              aria-pressed={active}
              style={{
                minWidth: 'calc(var(--base) * 6)',
                padding: 'calc(var(--base) / 2) calc(var(--base) * 0.75)',
                borderRadius: 'var(--style-radius-m)',
                border: `1px solid var(--theme-${display.tone}-${active ? 500 : 250}, var(--theme-elevation-250))`,
                background: `var(--theme-${display.tone}-50, var(--theme-elevation-50))`,
                color: `var(--theme-${display.tone}-800, var(--theme-elevation-800))`,
                textAlign: 'left',
                cursor: 'pointer',
                font: 'inherit',
              }}
            >
              <div style={{ fontSize: '1.6em', fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
                {summary.counts[status].toLocaleString(numberLocale)}
              </div>
              <div style={{ fontSize: '0.9em' }}>{pick(display)}</div>
            </button>
          )
        })}
      </div>
      <p data-testid="domestic-share" style={{ margin: 'calc(var(--base) / 2) 0 0' }}>
        <strong>
          {tr(
            `Tỷ lệ phát hành lên nền tảng trong nước (${SHARE_DAYS} ngày qua): `,
            `Share on domestic platforms (last ${SHARE_DAYS} days): `,
          )}
          {share === undefined ? '—' : formatPercent(share, numberLocale)}
        </strong>{' '}
        <span style={mutedStyle}>
          {tr(
            `${summary.domestic.toLocaleString(numberLocale)}/${summary.confirmed.toLocaleString(numberLocale)} lượt đã xác nhận`,
            `${summary.domestic.toLocaleString(numberLocale)}/${summary.confirmed.toLocaleString(numberLocale)} confirmed deliveries`,
          )}
        </span>
      </p>
    </div>
  )
}
