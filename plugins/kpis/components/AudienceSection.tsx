'use client'

import { Link, useConfig } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useState } from 'react'

import { cellStyle, mutedStyle, Notice, numberCellStyle, useTr } from '../../../src/admin/ui'
import { MEASURE_LABELS } from '../../audience/lib/measures'
import { platformOf } from '../../audience/lib/platforms'
import type { AudienceStoryPage, AudienceSummary } from './api'
import { BarChart } from './charts/BarChart'
import { COLOURS } from './charts/ChartFrame'
import { compactNumber, formatNumber, formatPercent } from './charts/format'
import { TimeSeriesChart } from './charts/TimeSeriesChart'
import { StatTile } from './StatTile'
import { gridStyle, inputStyle, rowStyle } from './styles'
import { type JsonState, useJson } from './useJson'

type Measure = 'views' | 'uniques' | 'listens' | 'watchMinutes' | 'shares'

const MEASURES: Record<Measure, { vi: string; en: string }> = {
  views: MEASURE_LABELS.views,
  uniques: MEASURE_LABELS.uniques,
  listens: MEASURE_LABELS.listens,
  watchMinutes: MEASURE_LABELS.watchMinutes,
  shares: MEASURE_LABELS.shares,
}

const TOP_STORIES = 10

type Props = {
  state: JsonState<AudienceSummary>
  futurePeriod: boolean
  /** `/api/audience/stories?…` with the report's filters, for rankings by another measure. */
  storiesUrl: string | null
  /** Bumped when an import changed the figures: the ranking is asked for again. */
  version: number
}

/** Audience of the chosen months: totals, by platform (domestic or not), by desk, by month, top stories. */
export function AudienceSection({ state, futurePeriod, storiesUrl, version }: Props) {
  const { tr, pick, numberLocale } = useTr()
  const [measure, setMeasure] = useState<Measure>('views')
  const { data: audience, error, loading } = state
  const count = (value: number) => compactNumber(value, numberLocale)
  const percent = (value: number | null) => (value === null ? '—' : formatPercent(value, numberLocale))

  if (futurePeriod)
    return (
      <p style={mutedStyle} data-testid="audience-future">
        {tr('Các tháng đã chọn chưa tới: chưa có số liệu khán giả.', 'The chosen months are still to come.')}
      </p>
    )
  if (error)
    return (
      <Notice tone="error" testId="audience-error">
        {error.message}
      </Notice>
    )
  if (!audience) return <p style={mutedStyle}>{loading ? tr('Đang tải…', 'Loading…') : '—'}</p>

  const empty = (Object.keys(MEASURES) as Measure[]).every((key) => !audience[key])
  const day = (iso: string) => iso.split('-').reverse().join('/')

  return (
    <div data-testid="audience-section" data-loading={loading} style={{ opacity: loading ? 0.6 : 1 }}>
      <div style={{ ...rowStyle, justifyContent: 'space-between', marginBottom: 'calc(var(--base) / 2)' }}>
        <span style={mutedStyle}>
          {tr(`Từ ${day(audience.from)} đến ${day(audience.to)}`, `From ${audience.from} to ${audience.to}`)}
        </span>
        <label style={rowStyle}>
          {tr('Số đo cho biểu đồ', 'Measure charted')}
          <select
            style={inputStyle}
            value={measure}
            onChange={(event) => setMeasure(event.target.value as Measure)}
            data-testid="audience-measure"
          >
            {(Object.keys(MEASURES) as Measure[]).map((key) => (
              <option key={key} value={key}>
                {pick(MEASURES[key])}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div style={gridStyle(170)}>
        {(Object.keys(MEASURES) as Measure[]).map((key) => (
          <StatTile
            key={key}
            testId={`audience-${key}`}
            label={pick(MEASURES[key])}
            value={count(audience[key])}
            note={formatNumber(audience[key], numberLocale)}
          />
        ))}
        <StatTile
          testId="audience-domestic"
          label={tr('Trên nền tảng trong nước', 'On domestic platforms')}
          value={percent(audience.domesticSharePct)}
          note={tr('tỷ lệ lượt xem', 'of views')}
        />
        <StatTile
          testId="audience-mobile"
          label={tr('Trên thiết bị di động', 'On mobile devices')}
          value={percent(audience.mobileSharePct)}
          note={tr('tỷ lệ lượt xem', 'of views')}
        />
      </div>
      {empty ? (
        <p style={{ ...mutedStyle, marginTop: 'var(--base)' }} data-testid="audience-empty">
          {tr(
            'Chưa có số liệu khán giả trong khoảng thời gian và bộ lọc đã chọn.',
            'No audience recorded for the chosen period and filters.',
          )}
        </p>
      ) : (
        <AudienceCharts audience={audience} measure={measure} storiesUrl={storiesUrl} version={version} />
      )}
    </div>
  )
}

/** The audience of a period with figures: by platform, by desk, by month and the top stories. */
function AudienceCharts({
  audience,
  measure,
  storiesUrl,
  version,
}: {
  audience: AudienceSummary
  measure: Measure
  storiesUrl: string | null
  version: number
}) {
  const { tr, pick, numberLocale } = useTr()
  const { config } = useConfig()
  // The report ranks its top stories by views; another measure (a radio story's listens) is
  // ranked by the server over every story, not re-sorted from the most viewed.
  const ranked = useJson<AudienceStoryPage>(
    measure === 'views' || !storiesUrl ? null : `${storiesUrl}&sort=${measure}&limit=${TOP_STORIES}`,
    undefined,
    version,
  )
  const label = pick(MEASURES[measure])
  const count = (value: number) => compactNumber(value, numberLocale)
  const percent = (value: number | null) => (value === null ? '—' : formatPercent(value, numberLocale))
  const platformName = (key: string) => {
    const platform = platformOf(key)
    return platform ? pick(platform.label) : key
  }
  const stories = measure === 'views' ? audience.topStories.slice(0, TOP_STORIES) : (ranked.data?.docs ?? [])
  return (
    <>
      <div style={{ ...gridStyle(480), marginTop: 'var(--base)' }}>
        <BarChart
          testId="chart-audience-platforms"
          title={tr(`${label} theo nền tảng`, `${label} by platform`)}
          description={tr(
            `Nền tảng trong nước chiếm ${percent(audience.domesticSharePct)} lượt xem.`,
            `Domestic platforms have ${percent(audience.domesticSharePct)} of views.`,
          )}
          unit="count"
          valueLabel={label}
          legend={[
            { label: tr('Nền tảng trong nước', 'Domestic platform'), colour: COLOURS.domestic, kind: 'bar' },
            { label: tr('Nền tảng nước ngoài', 'Foreign platform'), colour: COLOURS.foreign, kind: 'bar' },
          ]}
          bars={[...audience.byPlatform]
            .sort((a, b) => b[measure] - a[measure])
            .map((row) => ({
              key: row.platform,
              label: platformName(row.platform),
              value: row[measure],
              colour: row.domestic ? COLOURS.domestic : COLOURS.foreign,
            }))}
        />
        <BarChart
          testId="chart-audience-desks"
          title={tr(`${label} theo ban`, `${label} by desk`)}
          description={audience.byDesk.map((row) => `${row.name}: ${count(row[measure])}`).join('; ')}
          unit="count"
          valueLabel={label}
          legend={[{ label, colour: COLOURS.neutral, kind: 'bar' }]}
          bars={[...audience.byDesk]
            .sort((a, b) => b[measure] - a[measure])
            .map((row) => ({
              key: String(row.desk ?? 'none'),
              label: row.name || tr('Chưa gán ban', 'No desk'),
              value: row[measure],
              colour: COLOURS.neutral,
            }))}
        />
      </div>
      {audience.byMonth.length > 1 && (
        <TimeSeriesChart
          testId="chart-audience-months"
          title={tr(`${label} theo tháng`, `${label} by month`)}
          description={audience.byMonth.map((row) => `${row.month}: ${count(row[measure])}`).join('; ')}
          months={audience.byMonth.map((row) => row.month)}
          unit="count"
          yLabel={label}
          xLabel={tr('Tháng', 'Month')}
          series={[
            {
              key: 'measure',
              label,
              values: audience.byMonth.map((row) => row[measure]),
              colour: COLOURS.neutral,
              kind: 'bar',
            },
          ]}
        />
      )}
      <h3 style={{ margin: 'var(--base) 0 4px', fontSize: '1rem' }}>
        {tr(`Tin bài được xem nhiều nhất (${label.toLowerCase()})`, `Top stories (${label.toLowerCase()})`)}
      </h3>
      <div style={{ overflowX: 'auto' }}>
        <table style={{ width: '100%', borderCollapse: 'collapse' }} data-testid="top-stories">
          <thead>
            <tr>
              <th style={numberCellStyle}>#</th>
              <th style={cellStyle}>{tr('Tít', 'Headline')}</th>
              {(Object.keys(MEASURES) as Measure[]).map((key) => (
                <th key={key} style={{ ...numberCellStyle, fontWeight: key === measure ? 700 : undefined }}>
                  {pick(MEASURES[key])}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {stories.map((story, index) => (
              <tr key={String(story.story)} data-testid="top-story">
                <td style={numberCellStyle}>{index + 1}</td>
                <td style={cellStyle}>
                  <Link
                    href={formatAdminURL({
                      adminRoute: config.routes.admin,
                      path: `/collections/stories/${story.story}`,
                    })}
                    prefetch={false}
                  >
                    {story.headline || `#${story.story}`}
                  </Link>
                </td>
                {(Object.keys(MEASURES) as Measure[]).map((key) => (
                  <td key={key} style={numberCellStyle}>
                    {formatNumber(story[key], numberLocale)}
                  </td>
                ))}
              </tr>
            ))}
            {stories.length === 0 && (
              <tr>
                <td style={cellStyle} colSpan={7}>
                  {ranked.error
                    ? ranked.error.message
                    : ranked.loading
                      ? tr('Đang tải…', 'Loading…')
                      : tr(
                          'Chưa có số liệu khán giả trong khoảng thời gian này.',
                          'No audience in this period.',
                        )}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </>
  )
}
