'use client'

import { cellStyle, numberCellStyle, useTr } from '../../../../src/admin/ui'
import {
  axisStyle,
  ChartFrame,
  COLOURS,
  faintInkStyle,
  gridStyle,
  haloStyle,
  inkStyle,
  type LegendItem,
} from './ChartFrame'
import { formatTick, formatValue, monthLabel, type Unit } from './format'
import { barRect, isolatedPoints, linePath, seriesPoints } from './paths'
import { bandLayout, linearScale, valueDomain } from './scale'
import { targetLine } from './target'

export type TimeSeries = {
  key: string
  label: string
  values: Array<number | null>
  colour: string
  /** Lines by default; bars for counts per month (e.g. compliant days). */
  kind?: 'line' | 'bar'
  dashed?: boolean
}

export type ChartTarget = { value: number; label: string }

type Props = {
  testId: string
  title: string
  description: string
  /** `YYYY-MM`, one per point of every series. */
  months: string[]
  series: TimeSeries[]
  target?: ChartTarget | null
  unit: Unit
  yLabel: string
  xLabel: string
}

const WIDTH = 720
const HEIGHT = 300
const MARGIN = { top: 16, right: 16, bottom: 52, left: 76 }

/** Months along the bottom, values up the side, the target as a red dash-dot line across. */
export function TimeSeriesChart({
  testId,
  title,
  description,
  months,
  series,
  target,
  unit,
  yLabel,
  xLabel,
}: Props) {
  const { tr, numberLocale } = useTr()
  const plot = {
    left: MARGIN.left,
    right: WIDTH - MARGIN.right,
    top: MARGIN.top,
    bottom: HEIGHT - MARGIN.bottom,
  }
  const axis = valueDomain(
    series.flatMap((s) => s.values),
    target ? [target.value] : [],
  )
  const y = linearScale([axis.min, axis.max], [plot.bottom, plot.top])
  const bands = bandLayout(months.length, [plot.left, plot.right], 0.3)
  const bars = series.filter((s) => s.kind === 'bar')
  const lines = series.filter((s) => s.kind !== 'bar')
  const barWidth = bars.length ? bands.bandwidth / bars.length : 0
  const line = target ? targetLine(target.value, y, [plot.left, plot.right]) : null
  const tick = (value: number) => formatTick(value, unit, numberLocale)
  const empty = series.every((s) => s.values.every((value) => typeof value !== 'number'))

  const legend: LegendItem[] = series.map((s) => ({
    label: s.label,
    colour: s.colour,
    kind: s.kind === 'bar' ? 'bar' : s.dashed ? 'dashed' : 'line',
  }))
  if (target) legend.push({ label: target.label, colour: COLOURS.target, kind: 'target' })

  const table = (
    <table style={{ borderCollapse: 'collapse', width: '100%' }}>
      <thead>
        <tr>
          <th style={cellStyle}>{tr('Tháng', 'Month')}</th>
          {series.map((s) => (
            <th key={s.key} style={numberCellStyle}>
              {s.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {months.map((month, index) => (
          <tr key={month}>
            <td style={cellStyle}>{month}</td>
            {series.map((s) => (
              <td key={s.key} style={numberCellStyle}>
                {formatValue(s.values[index], unit, numberLocale)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )

  return (
    <ChartFrame
      testId={testId}
      title={title}
      description={description}
      legend={legend}
      width={WIDTH}
      height={HEIGHT}
      table={table}
    >
      <g data-testid="y-axis">
        {axis.ticks.map((value) => (
          <g key={value}>
            <line x1={plot.left} x2={plot.right} y1={y(value)} y2={y(value)} style={gridStyle} />
            <text x={plot.left - 6} y={y(value)} dy="0.32em" textAnchor="end" style={faintInkStyle}>
              {tick(value)}
            </text>
          </g>
        ))}
        <text
          transform={`translate(14 ${(plot.top + plot.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
          style={inkStyle}
        >
          {yLabel}
        </text>
      </g>
      <g data-testid="x-axis">
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} style={axisStyle} />
        {months.map((month, index) => (
          <text
            key={month}
            x={bands.centre(index)}
            y={plot.bottom + 16}
            textAnchor="middle"
            style={faintInkStyle}
          >
            {monthLabel(month, numberLocale)}
          </text>
        ))}
        <text x={(plot.left + plot.right) / 2} y={HEIGHT - 8} textAnchor="middle" style={inkStyle}>
          {xLabel}
        </text>
      </g>
      {bars.map((s, seriesIndex) => (
        <g key={s.key} data-testid={`series-${s.key}`}>
          {s.values.map((value, index) => {
            if (typeof value !== 'number') return null
            const rect = barRect(value, bands.x(index) + seriesIndex * barWidth, barWidth, y)
            return (
              <rect key={index} {...rect} style={{ fill: s.colour }}>
                <title>{`${monthLabel(months[index], numberLocale)} — ${s.label}: ${formatValue(value, unit, numberLocale)}`}</title>
              </rect>
            )
          })}
        </g>
      ))}
      {lines.map((s) => {
        const points = seriesPoints(s.values, bands.centre, y)
        return (
          <g key={s.key} data-testid={`series-${s.key}`}>
            <path
              d={linePath(points)}
              style={{
                fill: 'none',
                stroke: s.colour,
                strokeWidth: 2.5,
                strokeDasharray: s.dashed ? '6 4' : undefined,
              }}
            />
            {points.map((point, index) =>
              point ? (
                <circle
                  key={index}
                  cx={point.x}
                  cy={point.y}
                  r={isolatedPoints(points).includes(point) ? 4 : 3}
                  style={{ fill: s.colour }}
                >
                  <title>{`${monthLabel(months[index], numberLocale)} — ${s.label}: ${formatValue(s.values[index], unit, numberLocale)}`}</title>
                </circle>
              ) : null,
            )}
          </g>
        )
      })}
      {empty && (
        <text
          x={(plot.left + plot.right) / 2}
          y={(plot.top + plot.bottom) / 2}
          textAnchor="middle"
          style={faintInkStyle}
          data-testid="chart-empty"
        >
          {tr('Chưa có số liệu', 'No data yet')}
        </text>
      )}
      {target && line && (
        <g data-testid="target-line" data-value={target.value}>
          <line
            x1={line.x1}
            x2={line.x2}
            y1={line.y}
            y2={line.y}
            style={{ stroke: COLOURS.target, strokeWidth: 2, strokeDasharray: '10 4 2 4' }}
          />
          <text
            x={line.x2 - 4}
            y={line.y - 6}
            textAnchor="end"
            style={{ ...inkStyle, ...haloStyle, fill: COLOURS.target, fontWeight: 600 }}
          >
            {target.label}
          </text>
        </g>
      )}
    </ChartFrame>
  )
}
