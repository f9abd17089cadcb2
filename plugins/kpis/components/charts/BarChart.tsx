'use client'

import { cellStyle, numberCellStyle, useTr } from '../../../../src/admin/ui'
import { axisStyle, ChartFrame, faintInkStyle, gridStyle, inkStyle, type LegendItem } from './ChartFrame'
import { formatTick, formatValue, type Unit } from './format'
import { horizontalBarRect } from './paths'
import { bandLayout, linearScale, valueDomain } from './scale'

export type Bar = { key: string; label: string; value: number; colour: string }

type Props = {
  testId: string
  title: string
  description: string
  bars: Bar[]
  legend: LegendItem[]
  unit: Unit
  valueLabel: string
}

const WIDTH = 560
const ROW = 26
const MARGIN = { top: 8, right: 64, bottom: 40, left: 170 }
const MAX_LABEL = 24

const shorten = (label: string) => (label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label)

/** One horizontal bar per platform or desk, longest names on the left, the value at the bar's end. */
export function BarChart({ testId, title, description, bars, legend, unit, valueLabel }: Props) {
  const { tr, numberLocale } = useTr()
  const empty = bars.every((bar) => !bar.value)
  const height = MARGIN.top + Math.max(1, bars.length) * ROW + MARGIN.bottom
  const plot = {
    left: MARGIN.left,
    right: WIDTH - MARGIN.right,
    top: MARGIN.top,
    bottom: height - MARGIN.bottom,
  }
  const axis = valueDomain(bars.map((bar) => bar.value))
  const x = linearScale([axis.min, axis.max], [plot.left, plot.right])
  const rows = bandLayout(bars.length, [plot.top, plot.bottom], 0.25)

  const table = (
    <table style={{ borderCollapse: 'collapse', width: '100%' }}>
      <thead>
        <tr>
          <th style={cellStyle}>{tr('Mục', 'Item')}</th>
          <th style={numberCellStyle}>{valueLabel}</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => (
          <tr key={bar.key}>
            <td style={cellStyle}>{bar.label}</td>
            <td style={numberCellStyle}>{formatValue(bar.value, unit, numberLocale)}</td>
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
      height={height}
      table={table}
    >
      {axis.ticks.map((value) => (
        <g key={value}>
          <line x1={x(value)} x2={x(value)} y1={plot.top} y2={plot.bottom} style={gridStyle} />
          <text x={x(value)} y={plot.bottom + 14} textAnchor="middle" style={faintInkStyle}>
            {formatTick(value, unit, numberLocale)}
          </text>
        </g>
      ))}
      <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} style={axisStyle} />
      {empty && (
        <text
          x={(plot.left + plot.right) / 2}
          y={(plot.top + plot.bottom) / 2}
          dy="0.32em"
          textAnchor="middle"
          style={faintInkStyle}
          data-testid="chart-empty"
        >
          {tr('Chưa có số liệu', 'No data yet')}
        </text>
      )}
      <text x={(plot.left + plot.right) / 2} y={height - 6} textAnchor="middle" style={inkStyle}>
        {valueLabel}
      </text>
      {bars.map((bar, index) => {
        const rect = horizontalBarRect(bar.value, rows.x(index), rows.bandwidth, x)
        const label = `${bar.label}: ${formatValue(bar.value, unit, numberLocale)}`
        return (
          <g key={bar.key} data-testid="bar" data-key={bar.key}>
            <text x={plot.left - 6} y={rows.centre(index)} dy="0.32em" textAnchor="end" style={inkStyle}>
              {shorten(bar.label)}
            </text>
            <rect {...rect} style={{ fill: bar.colour }}>
              <title>{label}</title>
            </rect>
            <text x={x(bar.value) + 4} y={rows.centre(index)} dy="0.32em" style={faintInkStyle}>
              {formatTick(bar.value, unit, numberLocale)}
            </text>
          </g>
        )
      })}
    </ChartFrame>
  )
}
