'use client'

import { type CSSProperties, useState } from 'react'

import { Badge, mutedStyle, type Tone, useTr } from '../../../src/admin/ui'
import type { Kpi, KpiStatus } from './api'
import { COLOURS } from './charts/ChartFrame'
import { formatValue, signedChange } from './charts/format'
import { isolatedPoints, linePath, seriesPoints } from './charts/paths'
import { bandLayout, linearScale, valueDomain } from './charts/scale'
import { bigNumberStyle, gridStyle, linkButtonStyle, tileStyle } from './styles'

export const STATUS_LABELS: Record<KpiStatus, { vi: string; en: string }> = {
  met: { vi: 'Đạt', en: 'Met' },
  notMet: { vi: 'Chưa đạt', en: 'Not met' },
  noData: { vi: 'Chưa có số liệu', en: 'No data' },
}

export const STATUS_TONES: Record<KpiStatus, Tone> = { met: 'success', notMet: 'error', noData: 'elevation' }

const STATUS_BORDERS: Record<KpiStatus, string> = {
  met: 'var(--theme-success-500)',
  notMet: 'var(--theme-error-500)',
  noData: 'var(--theme-elevation-300)',
}

/** The year at a glance beside the number: decoration, the charts below carry the figures. */
function Sparkline({ kpi }: { kpi: Kpi }) {
  const values = kpi.series.map((point) => point.value)
  if (values.every((value) => value === null)) return null
  const axis = valueDomain(values)
  const y = linearScale([axis.min, axis.max], [30, 2])
  const bands = bandLayout(values.length, [0, 96], 0)
  const points = seriesPoints(values, bands.centre, y)
  return (
    <svg width="96" height="32" aria-hidden="true" style={{ flex: 'none' }}>
      <path d={linePath(points)} style={{ fill: 'none', stroke: COLOURS.neutral, strokeWidth: 1.5 }} />
      {isolatedPoints(points).map((point) => (
        <circle key={point.x} cx={point.x} cy={point.y} r={2} style={{ fill: COLOURS.neutral }} />
      ))}
    </svg>
  )
}

/** Past about four lines a detail is folded: the cards stay comparable side by side. */
const DETAIL_CLAMP_CHARS = 220
const clampStyle: CSSProperties = {
  display: '-webkit-box',
  WebkitLineClamp: 4,
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
}

/** `onDrill` absent: the records behind this KPI are not the reader's to see (revenue for desk chiefs). */
type CardProps = { kpi: Kpi; open: boolean; onDrill?: () => void }

function KpiCard({ kpi, open, onDrill }: CardProps) {
  const { tr, pick, numberLocale } = useTr()
  const change = signedChange(kpi.value, kpi.previous, numberLocale)
  const changeUnit = kpi.unit === 'percent' ? tr(' điểm %', ' pts') : ''
  const [expanded, setExpanded] = useState(false)
  // A figure with no official target is not "without data": it is measured, just not judged.
  const untargeted = kpi.status === 'noData' && kpi.value !== null && !kpi.target
  const long = kpi.detail.length > DETAIL_CLAMP_CHARS
  return (
    <article
      data-testid="kpi-card"
      data-kpi={kpi.key}
      data-status={kpi.status}
      data-untargeted={untargeted}
      aria-labelledby={`kpi-${kpi.key}-label`}
      style={{
        ...tileStyle,
        borderLeft: `4px solid ${STATUS_BORDERS[kpi.status]}`,
        display: 'flex',
        flexDirection: 'column',
        gap: 6,
        outline: open ? '2px solid var(--theme-elevation-400)' : undefined,
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'flex-start' }}>
        <h3 id={`kpi-${kpi.key}-label`} style={{ margin: 0, fontSize: '1rem', lineHeight: 1.3 }}>
          {pick(kpi.label)}
        </h3>
        <span data-testid="kpi-status">
          <Badge tone={STATUS_TONES[kpi.status]}>
            {untargeted ? tr('Không có mục tiêu', 'No target') : pick(STATUS_LABELS[kpi.status])}
          </Badge>
        </span>
      </div>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', gap: 8 }}>
        <span data-testid="kpi-value" style={bigNumberStyle}>
          {formatValue(kpi.value, kpi.unit, numberLocale)}
        </span>
        <Sparkline kpi={kpi} />
      </div>
      <dl
        style={{
          margin: 0,
          display: 'grid',
          gridTemplateColumns: 'auto 1fr',
          gap: '2px 8px',
          fontSize: '0.9em',
        }}
      >
        <dt style={mutedStyle}>{tr('Mục tiêu', 'Target')}</dt>
        <dd style={{ margin: 0 }}>
          <span data-testid="kpi-target">
            {kpi.target ? kpi.target.label : tr('Chưa có mục tiêu chính thức', 'No official target')}
          </span>
          {kpi.target?.source && (
            <details style={mutedStyle} data-testid="kpi-source">
              <summary style={{ cursor: 'pointer' }}>{tr('Căn cứ', 'Source')}</summary>
              {kpi.target.source}
            </details>
          )}
        </dd>
        <dt style={mutedStyle}>{tr('Năm trước', 'Last year')}</dt>
        <dd style={{ margin: 0 }} data-testid="kpi-previous">
          {formatValue(kpi.previous, kpi.unit, numberLocale)}
          {change && (
            <span style={mutedStyle}>
              {' '}
              ({change}
              {changeUnit})
            </span>
          )}
        </dd>
      </dl>
      <p
        id={`kpi-${kpi.key}-detail`}
        data-testid="kpi-detail"
        style={{ ...mutedStyle, margin: 0, ...(long && !expanded ? clampStyle : {}) }}
      >
        {kpi.detail}
      </p>
      {long && (
        <button
          type="button"
          style={{ ...linkButtonStyle, alignSelf: 'flex-start', fontSize: '0.85em' }}
          aria-expanded={expanded}
          aria-controls={`kpi-${kpi.key}-detail`}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? tr('Thu gọn', 'Less') : tr('Đọc tiếp', 'More')}
        </button>
      )}
      {onDrill && (
        <div>
          <button
            type="button"
            style={linkButtonStyle}
            onClick={onDrill}
            aria-expanded={open}
            aria-controls="figures-drill-down"
            data-testid="kpi-drill"
          >
            {open ? tr('Đang xem chi tiết', 'Showing the records') : tr('Xem chi tiết', 'Show the records')}
          </button>
        </div>
      )}
    </article>
  )
}

type Props = {
  kpis: Kpi[]
  openKey?: string
  onDrill: (key: string) => void
  hiddenRecords?: readonly string[]
}

/** One card per KPI: the figure, its target, last year, whether it is met and what was counted. */
export function KpiCards({ kpis, openKey, onDrill, hiddenRecords = [] }: Props) {
  const { tr } = useTr()
  const met = kpis.filter((kpi) => kpi.status === 'met').length
  const measured = kpis.filter((kpi) => kpi.status !== 'noData').length
  return (
    <section aria-label={tr('Chỉ tiêu chuyển đổi số', 'Digital transformation KPIs')}>
      <p data-testid="kpi-summary" style={{ margin: '0 0 calc(var(--base) / 2)' }}>
        {tr(
          `Đạt ${met}/${measured} chỉ tiêu có số liệu (${kpis.length} chỉ tiêu).`,
          `${met} of ${measured} KPIs with data met (${kpis.length} KPIs).`,
        )}
      </p>
      <div style={gridStyle(340, 'stretch')} data-testid="kpi-cards">
        {kpis.map((kpi) => (
          <KpiCard
            key={kpi.key}
            kpi={kpi}
            open={openKey === kpi.key}
            onDrill={hiddenRecords.includes(kpi.key) ? undefined : () => onDrill(kpi.key)}
          />
        ))}
      </div>
    </section>
  )
}
