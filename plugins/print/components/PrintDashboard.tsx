'use client'

import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { mutedStyle, Notice, useTr } from '../../../src/admin/ui'
import type { EditionListItem, FitAnswer, Id } from './api'
import { messageOf, requestJson } from './api'
import { FitBadge } from './FitBar'
import { PageCard } from './PageCard'

/** "Live": reporters type, the story hook stores the new length on save, the page follows within seconds. */
const POLL_MS = 5_000

const STATUS_LABEL: Record<string, [string, string]> = {
  planning: ['Đang dàn trang', 'Planning'],
  closed: ['Đã chốt trang', 'Closed'],
  printed: ['Đã in', 'Printed'],
}

/** `/admin/print`: pick an edition, see its pages as cards with their stories' write-to-fit. */
export function PrintDashboard() {
  const { config } = useConfig()
  const { tr, numberLocale } = useTr()
  const api = config.routes.api
  const admin = config.routes.admin
  const [editions, setEditions] = useState<EditionListItem[]>()
  const [selected, setSelected] = useState<Id>()
  const [fit, setFit] = useState<FitAnswer>()
  const [error, setError] = useState<string>()
  const [tick, setTick] = useState(0)

  useEffect(() => {
    const controller = new AbortController()
    requestJson<{ docs: EditionListItem[] }>(`${api}/editions?sort=-date&limit=60&depth=0`, {
      signal: controller.signal,
    })
      .then(({ docs }) => {
        setEditions(docs)
        const wanted = new URLSearchParams(window.location.search).get('edition')
        const chosen = docs.find((doc) => String(doc.id) === wanted) ?? docs[0]
        setSelected((current) => current ?? chosen?.id)
      })
      .catch((err) => !controller.signal.aborted && setError(messageOf(err)))
    return () => controller.abort()
  }, [api])

  useEffect(() => {
    const timer = setInterval(() => !document.hidden && setTick((n) => n + 1), POLL_MS)
    return () => clearInterval(timer)
  }, [])

  useEffect(() => {
    if (selected === undefined) return
    const controller = new AbortController()
    requestJson<FitAnswer>(`${api}/editions/${encodeURIComponent(String(selected))}/fit`, {
      signal: controller.signal,
    })
      .then((answer) => {
        setFit(answer)
        setError(undefined)
      })
      .catch((err) => !controller.signal.aborted && setError(messageOf(err)))
    return () => controller.abort()
  }, [api, selected, tick])

  const choose = (id: string) => {
    setFit(undefined)
    setSelected(id)
    const url = new URL(window.location.href)
    url.searchParams.set('edition', id)
    window.history.replaceState(null, '', url)
  }

  if (editions && editions.length === 0)
    return (
      <p data-testid="print-no-editions">
        {tr('Chưa có số báo nào. ', 'No editions yet. ')}
        <a href={`${admin}/collections/editions/create`}>{tr('Tạo số báo', 'Create an edition')}</a>
      </p>
    )

  const shown = fit && String(fit.edition.id) === String(selected) ? fit : undefined
  const format = new Intl.NumberFormat(numberLocale)
  return (
    <div data-testid="print-dashboard">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--base)', alignItems: 'center' }}>
        <label style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
          {tr('Số báo', 'Edition')}
          <select
            data-testid="print-edition-select"
            value={selected === undefined ? '' : String(selected)}
            onChange={(event) => choose(event.target.value)}
          >
            {(editions ?? []).map((edition) => (
              <option key={String(edition.id)} value={String(edition.id)}>
                {edition.title ?? edition.id}
              </option>
            ))}
          </select>
        </label>
        {shown && (
          <>
            <span style={mutedStyle}>
              {shown.edition.publication.name} ·{' '}
              {tr(...(STATUS_LABEL[shown.edition.status ?? ''] ?? ['', '']))}
            </span>
            <a href={`${admin}/collections/editions/${shown.edition.id}`}>
              {tr('Sửa số báo', 'Edit edition')}
            </a>
            <a href={`${api}/editions/${shown.edition.id}/package`} download data-testid="print-package-link">
              {tr('Tải gói dàn trang (.zip)', 'Download edition package (.zip)')}
            </a>
          </>
        )}
      </div>
      {error && <Notice tone="error">{error}</Notice>}
      {shown && (
        <>
          <p style={{ margin: 'var(--base) 0' }} data-testid="print-edition-totals">
            {tr('Cả số báo', 'Whole edition')}: {format.format(shown.totals.actual)} /{' '}
            {format.format(shown.totals.planned)} {tr('ký tự', 'characters')}{' '}
            <FitBadge status={shown.totals.status} />
          </p>
          {shown.orphans.length > 0 && (
            <Notice tone="warning">
              {tr(
                `${shown.orphans.length} tin nằm trên trang không còn trong số báo.`,
                `${shown.orphans.length} stories sit on pages the edition no longer has.`,
              )}
            </Notice>
          )}
          {shown.pages.length === 0 ? (
            <p style={mutedStyle}>{tr('Số báo chưa có trang nào.', 'The edition has no pages yet.')}</p>
          ) : (
            <div
              style={{
                display: 'grid',
                gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))',
                gap: 'var(--base)',
              }}
            >
              {shown.pages.map((page) => (
                <PageCard
                  key={page.number}
                  page={page}
                  api={api}
                  admin={admin}
                  editionId={shown.edition.id}
                />
              ))}
            </div>
          )}
        </>
      )}
      {!shown && !error && <p style={mutedStyle}>{tr('Đang tải…', 'Loading…')}</p>}
    </div>
  )
}
