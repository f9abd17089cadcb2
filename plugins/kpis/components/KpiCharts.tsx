'use client'

import { mutedStyle, useTr } from '../../../src/admin/ui'
import type { Kpi } from './api'
import { COLOURS } from './charts/ChartFrame'
import { formatValue, targetText } from './charts/format'
import { targetValue } from './charts/target'
import { TimeSeriesChart } from './charts/TimeSeriesChart'
import { gridStyle } from './styles'

type Props = { kpis: Kpi[]; year: number }

const find = (kpis: Kpi[], key: string) => kpis.find((kpi) => kpi.key === key)

/** A KPI's months against its target line: the target read from the KPI itself, never typed here. */
function KpiChart({
  kpi,
  testId,
  kind,
  year,
}: {
  kpi: Kpi
  testId: string
  kind: 'line' | 'bar'
  year: number
}) {
  const { tr, pick, numberLocale } = useTr()
  const target = targetValue(kpi.target)
  const unit = kpi.unit === 'days' ? 'days' : kpi.unit === 'percent' ? 'percent' : 'count'
  const label = pick(kpi.label)
  return (
    <TimeSeriesChart
      testId={testId}
      title={tr(`${label} theo tháng năm ${year}`, `${label} by month, ${year}`)}
      description={tr(
        `Cả năm ${formatValue(kpi.value, unit, numberLocale)}; mục tiêu ${kpi.target?.label ?? 'chưa có'}. ${kpi.detail}`,
        `Year ${formatValue(kpi.value, unit, numberLocale)}; target ${kpi.target?.label ?? 'none'}. ${kpi.detail}`,
      )}
      months={kpi.series.map((point) => point.month)}
      unit={unit}
      yLabel={
        unit === 'percent'
          ? tr('Tỷ lệ (%)', 'Share (%)')
          : unit === 'days'
            ? tr('Ngày', 'Days')
            : tr('Số lượng', 'Count')
      }
      xLabel={tr('Tháng', 'Month')}
      series={[
        {
          key: kpi.key,
          label: tr(`${label} (${year})`, `${label} (${year})`),
          values: kpi.series.map((point) => point.value),
          colour: kind === 'bar' ? COLOURS.neutral : COLOURS.actual,
          kind,
        },
      ]}
      target={
        target === null || !kpi.target
          ? null
          : {
              value: target,
              label: tr(
                `Mục tiêu ${targetText(kpi.target, unit, numberLocale)}`,
                `Target ${targetText(kpi.target, unit, numberLocale)}`,
              ),
            }
      }
    />
  )
}

/** The AI share and the broadcast days month by month, each with its target drawn across. */
export function KpiCharts({ kpis, year }: Props) {
  const { tr } = useTr()
  const ai = find(kpis, 'aiShare')
  const compliance = find(kpis, 'broadcastCompliance')
  const domestic = find(kpis, 'domesticPlatforms')
  const charts = [
    ai && <KpiChart key="ai" kpi={ai} testId="chart-ai-share" kind="line" year={year} />,
    compliance && (
      <KpiChart key="compliance" kpi={compliance} testId="chart-compliance" kind="bar" year={year} />
    ),
    domestic && (
      <KpiChart key="domestic" kpi={domestic} testId="chart-domestic-platforms" kind="line" year={year} />
    ),
  ].filter(Boolean)
  if (charts.length === 0)
    return <p style={mutedStyle}>{tr('Chưa có chỉ tiêu nào để vẽ.', 'No KPI to chart.')}</p>
  return <div style={gridStyle(520)}>{charts}</div>
}
