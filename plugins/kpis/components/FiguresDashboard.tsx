'use client'

import { useAuth, useConfig } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'
import { useEffect, useState } from 'react'

import { FIGURES_KEEPERS } from '../../../src/access/figures'
import { mutedStyle, Notice, useTr } from '../../../src/admin/ui'
import { vietnamDay } from '../../../src/lib/vietnamTime'
import { AudienceImportForm } from '../../audience/components/AudienceImportForm'
import {
  type AudienceSummary,
  type DrillPage,
  type KpiReport,
  type NamedDoc,
  requestJson,
  type RevenueYear,
} from './api'
import { AudienceSection } from './AudienceSection'
import { targetValue } from './charts/target'
import { DrillDown } from './DrillDown'
import {
  audienceParams,
  drillDownUrl,
  type FiguresQuery,
  figuresQueryString,
  kpiParams,
  parseFiguresQuery,
  revenueParams,
} from './figuresQuery'
import { FiguresFilters } from './FiguresFilters'
import { KpiCards } from './KpiCards'
import { KpiCharts } from './KpiCharts'
import { ReportDownloads } from './ReportDownloads'
import { RevenueSection } from './RevenueSection'
import { rowStyle, sectionStyle } from './styles'
import { useJson } from './useJson'

const RECORDS_PER_PAGE = 25

/**
 * The managers' figures: the KPIs against their targets, revenue, audience, the records behind
 * any figure and the annual report. Everything shown follows the URL query, so a view can be shared.
 */
export function FiguresDashboard() {
  const { config } = useConfig()
  const api = config.routes.api
  const { user } = useAuth<{ role?: string }>()
  // Managers and admins; API clients (who may import too) have no admin session.
  const mayImport = FIGURES_KEEPERS.some((role) => role === user?.role)
  const { tr } = useTr()
  const searchParams = useSearchParams()
  // Today comes after mounting: the server's clock must not decide the first client render.
  const [today, setToday] = useState<string | null>(null)
  useEffect(() => setToday(vietnamDay(Date.now())), [])
  const [desks, setDesks] = useState<NamedDoc[]>([])
  const [publications, setPublications] = useState<NamedDoc[]>([])

  useEffect(() => {
    const controller = new AbortController()
    const list = (collection: string) =>
      requestJson<{ docs: NamedDoc[] }>(`${api}/${collection}?limit=100&depth=0&sort=name`, {
        signal: controller.signal,
      }).then((body) => body.docs)
    // Without the lists the filters only offer "all"; the figures themselves still work.
    list('desks').then(setDesks, () => undefined)
    list('publications').then(setPublications, () => undefined)
    return () => controller.abort()
  }, [api])

  const query = today ? parseFiguresQuery(searchParams, Number(today.slice(0, 4))) : null
  const audienceQuery = query && today ? audienceParams(query, today) : null
  // An audience import changes the audience figures and the KPIs read from them.
  const [importsSeen, setImportsSeen] = useState(0)
  const kpis = useJson<KpiReport>(query ? `${api}/kpis?${kpiParams(query)}` : null, undefined, importsSeen)
  const revenue = useJson<RevenueYear>(query ? `${api}/revenue/report?${revenueParams(query)}` : null)
  const audience = useJson<AudienceSummary>(
    audienceQuery ? `${api}/audience/report?${audienceQuery}` : null,
    undefined,
    importsSeen,
  )
  const drillKpi = query?.drill ? kpis.data?.kpis.find((kpi) => kpi.key === query.drill?.key) : undefined
  const drill = useJson<DrillPage>(
    query?.drill && (drillKpi || kpis.error)
      ? drillDownUrl(api, drillKpi?.drillDown, query.drill.key, query, query.drill.page, RECORDS_PER_PAGE)
      : null,
    (stale) => stale.key === query?.drill?.key,
  )

  if (!query) return <p style={mutedStyle}>{tr('Đang tải…', 'Loading…')}</p>

  // Next keeps useSearchParams in step with the browser's own history calls: no server round trip.
  const navigate = (next: FiguresQuery, push: boolean) => {
    const url = `?${figuresQueryString(next)}`
    if (push) window.history.pushState(null, '', url)
    else window.history.replaceState(null, '', url)
  }
  // Other filters mean other records: an open drill-down starts again at its first page.
  const changeFilters = (change: Partial<FiguresQuery>) =>
    navigate({ ...query, ...change, drill: query.drill ? { ...query.drill, page: 1 } : query.drill }, false)
  const openDrill = (key: string) =>
    navigate({ ...query, drill: query.drill?.key === key ? null : { key, page: 1 } }, true)
  const revenueKpi = kpis.data?.kpis.find((kpi) => kpi.key === 'revenueGrowth')
  // Desk chiefs get 403 on revenue: no ledger, no revenue records, no annual report (it holds the ledger).
  const revenueHidden = revenue.error?.status === 403
  const loading = kpis.loading || revenue.loading || audience.loading || drill.loading

  return (
    <div data-testid="figures-dashboard" data-loading={loading} aria-busy={loading}>
      <div
        style={{
          ...rowStyle,
          justifyContent: 'space-between',
          gap: 'var(--base)',
          padding: 'calc(var(--base) / 2) 0',
          marginBottom: 'var(--base)',
          borderBottom: '1px solid var(--theme-elevation-150)',
        }}
      >
        <FiguresFilters
          filters={query}
          currentYear={Number(today!.slice(0, 4))}
          baselineYear={kpis.data?.baselineYear}
          publications={publications}
          desks={desks}
          onChange={changeFilters}
        />
        {!revenueHidden && <ReportDownloads year={query.year} />}
      </div>

      <section aria-labelledby="figures-kpis" data-testid="figures-kpis">
        <h2 id="figures-kpis" style={{ margin: '0 0 calc(var(--base) / 2)' }}>
          {tr(`Chỉ tiêu chuyển đổi số năm ${query.year}`, `Digital transformation KPIs, ${query.year}`)}
        </h2>
        {kpis.error && (
          <Notice tone="error" testId="kpis-error">
            {kpis.error.message}
          </Notice>
        )}
        {!kpis.data && kpis.loading && <p style={mutedStyle}>{tr('Đang tính…', 'Computing…')}</p>}
        {kpis.data && (
          <div data-loading={kpis.loading} style={{ opacity: kpis.loading ? 0.6 : 1 }}>
            <KpiCards
              kpis={kpis.data.kpis}
              openKey={query.drill?.key}
              onDrill={openDrill}
              hiddenRecords={revenueHidden ? ['revenueGrowth'] : []}
            />
            <p style={{ ...mutedStyle, marginTop: 'calc(var(--base) / 2)' }} data-testid="kpi-generated">
              {tr(
                `Năm gốc ${kpis.data.baselineYear}. Tính lúc ${new Date(kpis.data.generatedAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })} trong ${kpis.data.computeMs} ms, từ dữ liệu gốc của tòa soạn.`,
                `Baseline year ${kpis.data.baselineYear}. Computed at ${new Date(kpis.data.generatedAt).toLocaleString('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' })} in ${kpis.data.computeMs} ms from the newsroom's own records.`,
              )}
            </p>
          </div>
        )}
        {query.drill && (
          <DrillDown
            keyName={query.drill.key}
            kpi={drillKpi}
            year={query.year}
            state={drill}
            onPage={(page) => query.drill && navigate({ ...query, drill: { ...query.drill, page } }, true)}
            onClose={() => navigate({ ...query, drill: null }, true)}
            publications={publications}
            desks={desks}
          />
        )}
      </section>

      {kpis.data && (
        <section aria-labelledby="figures-kpi-charts" style={sectionStyle}>
          <h2 id="figures-kpi-charts">{tr('Diễn biến theo tháng', 'Month by month')}</h2>
          <KpiCharts kpis={kpis.data.kpis} year={query.year} />
        </section>
      )}

      <section aria-labelledby="figures-revenue" style={sectionStyle}>
        <h2 id="figures-revenue">{tr(`Doanh thu năm ${query.year}`, `Revenue ${query.year}`)}</h2>
        <RevenueSection
          state={revenue}
          targetPct={targetValue(revenueKpi?.target)}
          targetLabel={revenueKpi?.target?.label}
          deskFiltered={Boolean(query.desk)}
          publicationFiltered={Boolean(query.publication)}
        />
      </section>

      <section aria-labelledby="figures-audience" style={sectionStyle}>
        <h2 id="figures-audience">{tr('Khán giả', 'Audience')}</h2>
        <AudienceSection
          state={audience}
          futurePeriod={audienceQuery === null}
          storiesUrl={audienceQuery ? `${api}/audience/stories?${audienceQuery}` : null}
          version={importsSeen}
        />
        {mayImport && <AudienceImportForm api={api} onImported={() => setImportsSeen((n) => n + 1)} />}
      </section>
    </div>
  )
}
