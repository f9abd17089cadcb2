'use client'

import { Link, useConfig } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useEffect, useState } from 'react'

import { boxStyle, mutedStyle, Notice, SmallButton, useTr } from '../../../src/admin/ui'
import { addDays, dayInZone, mondayOf } from '../lib/days'
import { PLANNING_TIME_ZONE } from '../types'
import { calendarURL, messageOf, requestJson, type CalendarAnswer, type Option } from './api'
import { PlanCard } from './PlanCard'

type Mode = 'week' | 'day'

const WEEKDAYS = [
  { vi: 'Thứ Hai', en: 'Monday' },
  { vi: 'Thứ Ba', en: 'Tuesday' },
  { vi: 'Thứ Tư', en: 'Wednesday' },
  { vi: 'Thứ Năm', en: 'Thursday' },
  { vi: 'Thứ Sáu', en: 'Friday' },
  { vi: 'Thứ Bảy', en: 'Saturday' },
  { vi: 'Chủ Nhật', en: 'Sunday' },
]

const weekdayOf = (day: string) => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7
const shortDay = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}`

async function options(api: string, collection: string): Promise<Option[]> {
  const page = await requestJson<{ docs: Array<{ id: number | string; name?: string }> }>(
    `${api}/${collection}?limit=200&depth=0&sort=name&select[name]=true`,
  )
  return page.docs.map((doc) => ({ id: doc.id, name: doc.name ?? `#${doc.id}` }))
}

/**
 * The budget as a Monday–Sunday grid (or one day), filtered by desk and publication. Overdue
 * items are red, unassigned ones amber; a card opens its plan item.
 */
export function PlanningCalendar() {
  const { config } = useConfig()
  const { tr, pick, numberLocale } = useTr()
  const api = config.routes.api
  const today = dayInZone(new Date(), PLANNING_TIME_ZONE)

  const [mode, setMode] = useState<Mode>('week')
  const [anchor, setAnchor] = useState(today)
  const [desk, setDesk] = useState('')
  const [publication, setPublication] = useState('')
  const [desks, setDesks] = useState<Option[]>([])
  const [publications, setPublications] = useState<Option[]>([])
  const [calendar, setCalendar] = useState<CalendarAnswer>()
  const [error, setError] = useState<string>()

  const from = mode === 'week' ? mondayOf(anchor) : anchor
  const to = mode === 'week' ? addDays(from, 6) : anchor

  useEffect(() => {
    Promise.all([options(api, 'desks'), options(api, 'publications')])
      .then(([d, p]) => {
        setDesks(d)
        setPublications(p)
      })
      .catch((e) => setError(messageOf(e)))
  }, [api])

  useEffect(() => {
    const controller = new AbortController()
    requestJson<CalendarAnswer>(calendarURL(api, { from, to, desk, publication }), {
      signal: controller.signal,
    })
      .then((answer) => {
        setCalendar(answer)
        setError(undefined)
      })
      .catch((e) => {
        if (!controller.signal.aborted) setError(messageOf(e))
      })
    return () => controller.abort()
  }, [api, from, to, desk, publication])

  const step = mode === 'week' ? 7 : 1
  const createHref = formatAdminURL({
    adminRoute: config.routes.admin,
    path: '/collections/plan-items/create',
  })
  const selectStyle = { padding: '4px 8px', borderRadius: 'var(--style-radius-s)' }

  return (
    <div data-testid="planning-calendar">
      <div
        style={{ ...boxStyle, display: 'flex', gap: 'var(--base)', flexWrap: 'wrap', alignItems: 'center' }}
      >
        <div style={{ display: 'flex', gap: 4 }}>
          <SmallButton onClick={() => setAnchor(addDays(anchor, -step))} aria-label={tr('Trước', 'Previous')}>
            {mode === 'week' ? tr('‹ Tuần trước', '‹ Previous week') : tr('‹ Hôm trước', '‹ Previous day')}
          </SmallButton>
          <SmallButton onClick={() => setAnchor(today)}>{tr('Hôm nay', 'Today')}</SmallButton>
          <SmallButton onClick={() => setAnchor(addDays(anchor, step))} aria-label={tr('Sau', 'Next')}>
            {mode === 'week' ? tr('Tuần sau ›', 'Next week ›') : tr('Hôm sau ›', 'Next day ›')}
          </SmallButton>
        </div>
        <div style={{ display: 'flex', gap: 4 }} role="group" aria-label={tr('Chế độ xem', 'View')}>
          <SmallButton
            buttonStyle={mode === 'week' ? 'primary' : 'secondary'}
            onClick={() => setMode('week')}
          >
            {tr('Tuần', 'Week')}
          </SmallButton>
          <SmallButton buttonStyle={mode === 'day' ? 'primary' : 'secondary'} onClick={() => setMode('day')}>
            {tr('Ngày', 'Day')}
          </SmallButton>
        </div>
        <label>
          {tr('Ban', 'Desk')}{' '}
          <select
            value={desk}
            onChange={(e) => setDesk(e.target.value)}
            style={selectStyle}
            data-testid="planning-desk"
          >
            <option value="">{tr('Tất cả', 'All')}</option>
            {desks.map((d) => (
              <option key={String(d.id)} value={String(d.id)}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {tr('Kênh', 'Channel')}{' '}
          <select
            value={publication}
            onChange={(e) => setPublication(e.target.value)}
            style={selectStyle}
            data-testid="planning-publication"
          >
            <option value="">{tr('Tất cả', 'All')}</option>
            {publications.map((p) => (
              <option key={String(p.id)} value={String(p.id)}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <Link href={createHref} prefetch={false}>
          {tr('+ Thêm kế hoạch', '+ New plan item')}
        </Link>
      </div>

      {error && (
        <Notice tone="error" testId="planning-error">
          {error}
        </Notice>
      )}
      {calendar && (
        <p style={mutedStyle} data-testid="planning-totals">
          {shortDay(calendar.from)}
          {calendar.to !== calendar.from ? ` – ${shortDay(calendar.to)}` : ''}/{calendar.to.slice(0, 4)}:{' '}
          {calendar.totals.items.toLocaleString(numberLocale)} {tr('kế hoạch', 'items')} ·{' '}
          <span style={{ color: 'var(--theme-error-700)' }}>
            {calendar.totals.overdue} {tr('trễ hạn', 'overdue')}
          </span>{' '}
          ·{' '}
          <span style={{ color: 'var(--theme-warning-800)' }}>
            {calendar.totals.unassigned} {tr('chưa giao', 'unassigned')}
          </span>
        </p>
      )}

      <div
        style={{
          display: 'grid',
          gridTemplateColumns: mode === 'week' ? 'repeat(7, minmax(150px, 1fr))' : 'minmax(0, 1fr)',
          gap: 'calc(var(--base) / 2)',
          overflowX: 'auto',
        }}
      >
        {(calendar?.days ?? []).map((day) => (
          <section
            key={day.date}
            data-testid="planning-day"
            data-date={day.date}
            style={{
              ...boxStyle,
              padding: 'calc(var(--base) / 2)',
              borderColor: day.date === calendar?.today ? 'var(--theme-success-500)' : undefined,
            }}
          >
            <h4 style={{ margin: '0 0 calc(var(--base) / 2)' }}>
              {pick(WEEKDAYS[weekdayOf(day.date)])} {shortDay(day.date)}
            </h4>
            {day.items.length === 0 ? (
              <p style={mutedStyle}>{tr('Chưa có kế hoạch', 'Nothing planned')}</p>
            ) : (
              day.items.map((item) => (
                <PlanCard key={String(item.id)} item={item} tr={tr} pick={pick} locale={numberLocale} />
              ))
            )}
          </section>
        ))}
      </div>
    </div>
  )
}
