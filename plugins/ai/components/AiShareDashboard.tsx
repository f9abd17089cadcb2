'use client'

import { useConfig } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'
import { useEffect, useState } from 'react'

import { AI_CLASS_LABELS } from '../lib/taskLabels'
import type { AiClass, NamedDoc, ShareResponse, ShareStoriesPage } from './api'
import { messageOf, requestJson } from './api'
import { ShareFilters } from './ShareFilters'
import { ShareGroupsTable } from './ShareGroupsTable'
import {
  parseShareQuery,
  shareApiParams,
  type ShareDrill,
  type ShareFilters as Filters,
  type ShareQuery,
  shareQueryString,
  storiesApiParams,
} from './shareQuery'
import { ShareStories } from './ShareStories'
import { ShareSummary } from './ShareSummary'
import { mutedStyle, Notice, useTr } from './ui'

const STORIES_PER_PAGE = 50

/**
 * The AI-share report: filters, the totals against the province's target, one row per group and
 * the stories behind any count. Everything shown follows the URL query, so a view can be shared.
 */
export function AiShareDashboard() {
  const { config } = useConfig()
  const { tr, pick } = useTr()
  const api = config.routes.api
  const searchParams = useSearchParams()
  // Today comes from the browser, after mounting: the server's clock and time zone may differ,
  // and the default period must not flip between the server render and the first client render.
  const [today, setToday] = useState<Date | null>(null)
  useEffect(() => setToday(new Date()), [])

  const [desks, setDesks] = useState<NamedDoc[]>([])
  const [channels, setChannels] = useState<NamedDoc[]>([])
  const [data, setData] = useState<ShareResponse | null>(null)
  const [error, setError] = useState<string>()
  const [loading, setLoading] = useState(false)
  const [stories, setStories] = useState<ShareStoriesPage | null>(null)
  const [storiesError, setStoriesError] = useState<string>()
  const [storiesLoading, setStoriesLoading] = useState(false)

  const query = today ? parseShareQuery(searchParams, today) : null
  const badPeriod = query !== null && query.from > query.to
  const shareKey = query && !badPeriod ? shareApiParams(query).toString() : ''
  const storiesKey =
    query?.drill && !badPeriod ? storiesApiParams(query, query.drill, STORIES_PER_PAGE).toString() : ''

  useEffect(() => {
    const controller = new AbortController()
    const list = (collection: string) =>
      requestJson<{ docs: NamedDoc[] }>(`${api}/${collection}?limit=100&depth=0&sort=name`, {
        signal: controller.signal,
      }).then((body) => body.docs)
    // Without the lists the filters only offer "all"; the report itself still works.
    list('desks').then(setDesks, () => undefined)
    list('publications').then(setChannels, () => undefined)
    return () => controller.abort()
  }, [api])

  useEffect(() => {
    if (!shareKey) return
    const controller = new AbortController()
    setLoading(true)
    requestJson<ShareResponse>(`${api}/ai/share?${shareKey}`, { signal: controller.signal })
      .then((body) => {
        setData(body)
        setError(undefined)
      })
      .catch((caught) => {
        if (!controller.signal.aborted) setError(messageOf(caught))
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false)
      })
    return () => controller.abort()
  }, [api, shareKey])

  useEffect(() => {
    if (!storiesKey) {
      setStories(null)
      return
    }
    const controller = new AbortController()
    setStoriesLoading(true)
    requestJson<ShareStoriesPage>(`${api}/ai/share/stories?${storiesKey}`, { signal: controller.signal })
      .then((body) => {
        setStories(body)
        setStoriesError(undefined)
      })
      .catch((caught) => {
        if (!controller.signal.aborted) setStoriesError(messageOf(caught))
      })
      .finally(() => {
        if (!controller.signal.aborted) setStoriesLoading(false)
      })
    return () => controller.abort()
  }, [api, storiesKey])

  if (!today || !query) return <p style={mutedStyle}>{tr('Đang tải…', 'Loading…')}</p>

  // Next keeps useSearchParams in step with the browser's own history calls; no server round trip.
  const navigate = (next: ShareQuery, push: boolean) => {
    // Relative, so the admin route (and any base path) stays as it is.
    const url = `?${shareQueryString(next)}`
    if (push) window.history.pushState(null, '', url)
    else window.history.replaceState(null, '', url)
  }
  // New filters make the open group meaningless (its key may not exist any more): close it.
  const changeFilters = (change: Partial<Filters>) => navigate({ ...query, ...change, drill: null }, false)
  const drill = (next: ShareDrill | null) => navigate({ ...query, drill: next }, true)

  const group =
    query.drill?.groupKey !== undefined
      ? data?.groups.find((g) => g.key === query.drill?.groupKey)
      : undefined
  const drillTitle = query.drill
    ? [
        group?.label ??
          (query.drill.groupKey !== undefined ? query.drill.groupKey : tr('Tất cả tin', 'All stories')),
        query.drill.class ? pick(AI_CLASS_LABELS[query.drill.class]) : undefined,
      ]
        .filter(Boolean)
        .join(' — ')
    : ''

  return (
    <div data-testid="ai-share-dashboard" data-loading={loading}>
      <ShareFilters
        filters={query}
        today={today}
        desks={desks}
        channels={channels}
        onChange={changeFilters}
      />
      {badPeriod && (
        <Notice tone="error">
          {tr('Ngày bắt đầu phải trước ngày kết thúc.', 'The start date must precede the end date.')}
        </Notice>
      )}
      {error && !badPeriod && (
        <Notice tone="error" testId="ai-share-error">
          {error}
        </Notice>
      )}
      {!data && !error && !badPeriod && <p style={mutedStyle}>{tr('Đang tải…', 'Loading…')}</p>}
      {data && !badPeriod && (
        <div style={{ opacity: loading ? 0.6 : 1 }}>
          <ShareSummary data={data} onDrill={(klass?: AiClass) => drill({ class: klass, page: 1 })} />
          {data.total.stories === 0 ? (
            <p data-testid="ai-share-empty">
              {tr(
                'Không có tin bài nào được xuất bản trong khoảng thời gian và bộ lọc đã chọn.',
                'No stories were published in the chosen period and filters.',
              )}
            </p>
          ) : (
            <ShareGroupsTable
              data={data}
              selectedKey={query.drill?.groupKey}
              onDrill={(groupKey, klass) => drill({ groupKey, class: klass, page: 1 })}
            />
          )}
        </div>
      )}
      {query.drill && !badPeriod && (
        <>
          {storiesError && (
            <Notice tone="error" testId="ai-share-stories-error">
              {storiesError}
            </Notice>
          )}
          <ShareStories
            title={drillTitle}
            page={stories}
            loading={storiesLoading}
            onPage={(page) => query.drill && drill({ ...query.drill, page })}
            onClose={() => drill(null)}
          />
        </>
      )}
    </div>
  )
}
