'use client'

import { useAuth, useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { boxStyle, mutedStyle, Notice, useTr } from '../../../src/admin/ui'
import { FIRST_YEAR } from '../lib/months'
import { LedgerTable } from './LedgerTable'
import { PeriodsPanel } from './PeriodsPanel'
import { SummaryCards } from './SummaryCards'
import { UploadForm } from './UploadForm'
import { messageOf, millions, requestJson, type Period, type Publication, type RevenueYear } from './api'
import { vietnamMonth } from '../../../src/lib/vietnamTime'

/** `/admin/revenue`: pick a year (and a channel); see the ledger, growth and split; import; close months. */
export function RevenueDashboard() {
  const { config } = useConfig()
  const api = config.routes.api
  const { user } = useAuth<{ role?: string }>()
  const { tr, numberLocale } = useTr()
  const thisYear = Number(vietnamMonth(Date.now()).slice(0, 4))
  const [year, setYear] = useState(thisYear)
  const [publication, setPublication] = useState('')
  const [publications, setPublications] = useState<Publication[]>([])
  const [report, setReport] = useState<RevenueYear>()
  const [periods, setPeriods] = useState<Period[]>([])
  const [error, setError] = useState<string>()
  const [reloads, setReloads] = useState(0)
  const reload = () => setReloads((n) => n + 1)

  useEffect(() => {
    requestJson<{ docs: Publication[] }>(`${api}/publications?limit=200&depth=0&sort=name`)
      .then(({ docs }) => setPublications(docs))
      .catch((e) => setError(messageOf(e)))
  }, [api])

  useEffect(() => {
    const controller = new AbortController()
    const query = new URLSearchParams({ year: String(year), ...(publication ? { publication } : {}) })
    setError(undefined)
    // Another year's (or channel's) figures must never show under this one, even for a moment.
    setReport(undefined)
    setPeriods([])
    Promise.all([
      requestJson<RevenueYear>(`${api}/revenue/report?${query}`, { signal: controller.signal }),
      requestJson<{ docs: Period[] }>(
        `${api}/revenue-periods?where[month][like]=${year}-&limit=12&depth=0&sort=month`,
        { signal: controller.signal },
      ),
    ])
      .then(([answer, closed]) => {
        setReport(answer)
        setPeriods(closed.docs.filter((p) => p.month.startsWith(`${year}-`)))
      })
      .catch((e) => {
        if (controller.signal.aborted) return
        setReport(undefined)
        setPeriods([])
        setError(messageOf(e))
      })
    return () => controller.abort()
  }, [api, year, publication, reloads])

  const years = Array.from({ length: thisYear + 2 - FIRST_YEAR }, (_, i) => thisYear + 1 - i)
  const exportQuery = new URLSearchParams({ year: String(year), ...(publication ? { publication } : {}) })

  return (
    <div data-testid="revenue-dashboard">
      <div
        style={{ ...boxStyle, display: 'flex', gap: 'var(--base)', flexWrap: 'wrap', alignItems: 'center' }}
      >
        <label>
          {tr('Năm', 'Year')}{' '}
          <select value={year} onChange={(e) => setYear(Number(e.target.value))} data-testid="revenue-year">
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {tr('Kênh / ấn phẩm', 'Channel')}{' '}
          <select
            value={publication}
            onChange={(e) => setPublication(e.target.value)}
            data-testid="revenue-publication"
          >
            <option value="">{tr('Toàn cơ quan', 'Whole agency')}</option>
            {publications.map((p) => (
              <option key={p.id} value={String(p.id)}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <a href={`${api}/revenue/report.csv?${exportQuery}`} download>
          {tr('Tải sổ doanh thu (CSV)', 'Download the ledger (CSV)')}
        </a>
      </div>
      {error && (
        <Notice tone="error" testId="revenue-error">
          {error}
        </Notice>
      )}
      {report && (
        <>
          <SummaryCards report={report} />
          <LedgerTable report={report} closed={new Set(periods.map((p) => p.month))} />
          {report.byPublication.length > 0 && (
            <p style={mutedStyle} data-testid="revenue-by-publication">
              {tr('Theo kênh (thực hiện, triệu đồng): ', 'By channel (actual, million ₫): ')}
              {report.byPublication.map((p) => `${p.name} ${millions(p.actual, numberLocale)}`).join(' · ')}
            </p>
          )}
        </>
      )}
      <UploadForm api={api} onImported={reload} />
      <PeriodsPanel
        api={api}
        year={year}
        periods={periods}
        isAdmin={user?.role === 'admin'}
        onChanged={reload}
      />
    </div>
  )
}
