'use client'

import { type CSSProperties, type ReactNode, useId } from 'react'

import { useTr } from '../../../../src/admin/ui'

export type LegendItem = { label: string; colour: string; kind: 'line' | 'dashed' | 'bar' | 'target' }

/** Text on the charts follows the admin theme, light or dark. */
export const inkStyle: CSSProperties = { fill: 'var(--theme-elevation-800)', fontSize: 12 }
export const faintInkStyle: CSSProperties = { fill: 'var(--theme-elevation-500)', fontSize: 11 }
/** A background-coloured outline, so a label stays readable where it crosses a line. */
export const haloStyle: CSSProperties = {
  paintOrder: 'stroke',
  stroke: 'var(--theme-bg, var(--theme-elevation-0))',
  strokeWidth: 4,
  strokeLinejoin: 'round',
}
export const gridStyle: CSSProperties = { stroke: 'var(--theme-elevation-100)', strokeWidth: 1 }
export const axisStyle: CSSProperties = { stroke: 'var(--theme-elevation-400)', strokeWidth: 1 }

/** Colours of the dashboard, chosen to stay apart for the common colour-vision deficiencies. */
export const COLOURS = {
  actual: '#1d4ed8',
  plan: '#0e7490',
  previous: '#9ca3af',
  target: '#dc2626',
  domestic: '#15803d',
  foreign: '#d97706',
  neutral: '#4f46e5',
  met: '#15803d',
  notMet: '#dc2626',
} as const

function Swatch({ item }: { item: LegendItem }) {
  if (item.kind === 'bar')
    return <span style={{ display: 'inline-block', width: 12, height: 12, background: item.colour }} />
  return (
    <svg width="24" height="12" aria-hidden="true" style={{ verticalAlign: 'middle' }}>
      <line
        x1="0"
        x2="24"
        y1="6"
        y2="6"
        style={{
          stroke: item.colour,
          strokeWidth: item.kind === 'target' ? 2 : 2.5,
          strokeDasharray: item.kind === 'dashed' ? '6 4' : item.kind === 'target' ? '10 4 2 4' : undefined,
        }}
      />
    </svg>
  )
}

type FrameProps = {
  testId: string
  title: string
  /** What the chart shows, in a sentence a screen reader reads instead of the picture. */
  description: string
  legend: LegendItem[]
  width: number
  height: number
  children: ReactNode
  /** The same figures as a table, folded away under the chart. */
  table?: ReactNode
}

/** The frame every chart shares: the accessible <svg>, its legend and the figures as a table. */
export function ChartFrame({
  testId,
  title,
  description,
  legend,
  width,
  height,
  children,
  table,
}: FrameProps) {
  const { tr } = useTr()
  const id = useId()
  return (
    <figure data-testid={testId} style={{ margin: '0 0 var(--base)', minWidth: 0 }}>
      <figcaption style={{ fontWeight: 600, marginBottom: 4 }}>{title}</figcaption>
      <svg
        role="img"
        aria-label={`${title}. ${description}`}
        aria-describedby={`${id}-desc`}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ display: 'block', maxWidth: width, height: 'auto', overflow: 'visible' }}
      >
        <title>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {children}
      </svg>
      <ul
        data-testid="chart-legend"
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 'var(--base)',
          listStyle: 'none',
          padding: 0,
          margin: '4px 0 0',
          fontSize: '0.9em',
        }}
      >
        {legend.map((item) => (
          <li key={`${item.kind}-${item.label}`} style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
            <Swatch item={item} />
            {item.label}
          </li>
        ))}
      </ul>
      {table && (
        <details style={{ marginTop: 4, fontSize: '0.9em' }}>
          <summary style={{ cursor: 'pointer' }}>{tr('Bảng số liệu', 'Data table')}</summary>
          {table}
        </details>
      )}
    </figure>
  )
}
