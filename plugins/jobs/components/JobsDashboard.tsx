'use client'

import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import type { ComponentProps, CSSProperties } from 'react'
import { useCallback, useEffect, useState } from 'react'

// [key, Vietnamese, English], in the order the table shows them.
const COUNTS = [
  ['waiting', 'Đang chờ', 'Waiting'],
  ['prioritized', 'Ưu tiên', 'Prioritised'],
  ['active', 'Đang chạy', 'Active'],
  ['delayed', 'Hẹn giờ', 'Delayed'],
  ['failed', 'Lỗi', 'Failed'],
  ['completed', 'Hoàn tất', 'Completed'],
] as const
type CountKey = (typeof COUNTS)[number][0]

const QUEUES = [
  ['media', 'Tư liệu', 'Media'],
  ['ai', 'Trợ lý AI', 'AI assistant'],
  ['distribution', 'Phân phối', 'Distribution'],
  ['indexing', 'Chỉ mục tìm kiếm', 'Search index'],
] as const

type Overview = {
  redis: { ok: boolean; error?: string }
  queues: Array<{ name: string; counts: Record<CountKey, number> }>
  outbox: { pending: number; oldestPendingAt?: string; lastError?: string }
}

type FailedJob = {
  queue: string
  id: string
  name: string
  data: Record<string, unknown>
  failedReason: string
  attemptsMade: number
  attempts: number
  createdAt: string
  failedAt?: string
}

type FailedPage = { docs: FailedJob[]; totalDocs: number; page: number; limit: number }

const DAY_TIME = {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
} as const
const OVERVIEW_POLL_MS = 5000
const PAGE_SIZE = 20

const cell: CSSProperties = {
  padding: '6px 8px',
  borderBottom: '1px solid var(--theme-elevation-150)',
  textAlign: 'left',
  verticalAlign: 'top',
}
const numberCell: CSSProperties = { ...cell, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }
const errorBox: CSSProperties = {
  padding: 'calc(var(--base) / 2) calc(var(--base) * 0.75)',
  margin: 'var(--base) 0',
  borderRadius: 'var(--style-radius-s)',
  border: '1px solid var(--theme-error-500)',
  background: 'var(--theme-error-50)',
  color: 'var(--theme-error-750)',
}

/** Non-2xx answers carry `{ errors: [{ message }] }`; that message is what the admin needs to read. */
async function request<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { credentials: 'include', ...init })
  const body = await response.json().catch(() => null)
  if (!response.ok) throw new Error(body?.errors?.[0]?.message ?? `HTTP ${response.status}`)
  return body as T
}

const SmallButton = (props: ComponentProps<typeof Button>) => (
  <Button buttonStyle="secondary" size="small" margin={false} {...props} />
)

const Headings = ({ labels, style }: { labels: string[]; style: (index: number) => CSSProperties }) => (
  <thead>
    <tr>
      {labels.map((label, index) => (
        <th key={index} style={style(index)}>
          {label}
        </th>
      ))}
    </tr>
  </thead>
)

/** The endpoint may already say "Không kết nối được Redis (host)"; a bare driver error needs the lead-in. */
function redisProblem(error: string | undefined, leadIn: string): string {
  const text = (error ?? '').trim().replace(/[.;]+$/, '')
  if (!text) return leadIn
  return /redis/i.test(text) ? text : `${leadIn} (${text})`
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** `mediaId: 12, variant: "print"`: enough to recognise the job without opening its JSON. */
export function summariseData(data: Record<string, unknown> | null | undefined, max = 3): string {
  const entries = Object.entries(data ?? {})
  const shown = entries.slice(0, max).map(([key, value]) => {
    if (Array.isArray(value)) return `${key}: [${value.length}]`
    if (value !== null && typeof value === 'object') return `${key}: {…}`
    const text = typeof value === 'string' ? JSON.stringify(value) : String(value)
    return `${key}: ${text.length > 40 ? `${text.slice(0, 39)}…` : text}`
  })
  return entries.length > max ? `${shown.join(', ')}, …` : shown.join(', ')
}

export function JobsDashboard() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const en = i18n.language === 'en'
  const tr = (vi: string, english: string) => (en ? english : vi)
  const queueLabel = (name: string) => {
    const known = QUEUES.find(([key]) => key === name)
    return known ? known[en ? 2 : 1] : name
  }
  const formatTime = (iso?: string) =>
    iso ? new Date(iso).toLocaleString(en ? 'en-GB' : 'vi-VN', DAY_TIME) : '—'
  const api = `${config.routes.api}/jobs`

  const [overview, setOverview] = useState<Overview | null>(null)
  const [overviewError, setOverviewError] = useState<string>()
  const [queue, setQueue] = useState('')
  const [page, setPage] = useState(1)
  const [failed, setFailed] = useState<FailedPage | null>(null)
  const [failedError, setFailedError] = useState<string>()
  const [actionError, setActionError] = useState<string>()
  const [busy, setBusy] = useState<string>()
  const [reloads, setReloads] = useState(0)

  const loadOverview = useCallback(async () => {
    try {
      setOverview(await request<Overview>(`${api}/overview`))
      setOverviewError(undefined)
    } catch (error) {
      setOverviewError(messageOf(error))
    }
  }, [api])

  useEffect(() => {
    void loadOverview()
    const timer = setInterval(() => {
      // A dashboard left open in a background tab should not keep Redis and the database busy.
      if (!document.hidden) void loadOverview()
    }, OVERVIEW_POLL_MS)
    return () => clearInterval(timer)
  }, [loadOverview])

  // The list follows the failed counts, so a job failing (or being retried elsewhere) shows up
  // with the 5 s overview tick instead of re-reading up to 1000 jobs per queue on every tick.
  const failedCount = (overview?.queues ?? [])
    .filter((q) => !queue || q.name === queue)
    .reduce((sum, q) => sum + q.counts.failed, 0)

  useEffect(() => {
    const controller = new AbortController()
    const params = new URLSearchParams({ page: String(page), limit: String(PAGE_SIZE) })
    if (queue) params.set('queue', queue)
    request<FailedPage>(`${api}/failed?${params}`, { signal: controller.signal })
      .then((result) => {
        // Deleting the last job of the last page would otherwise leave an empty page.
        const pages = Math.max(1, Math.ceil(result.totalDocs / result.limit))
        if (page > pages) return setPage(pages)
        setFailed(result)
        setFailedError(undefined)
      })
      .catch((error) => {
        if (!controller.signal.aborted) setFailedError(messageOf(error))
      })
    return () => controller.abort()
  }, [api, queue, page, failedCount, reloads])

  const act = async (job: FailedJob, action: 'retry' | 'remove') => {
    if (
      action === 'remove' &&
      !window.confirm(
        tr(
          `Bỏ qua công việc ${job.name} #${job.id} (${queueLabel(job.queue)})? Công việc sẽ bị xoá khỏi hàng đợi và không chạy lại.`,
          `Discard job ${job.name} #${job.id} (${queueLabel(job.queue)})? It is removed from the queue and will not run again.`,
        ),
      )
    )
      return
    const path = `${api}/${encodeURIComponent(job.queue)}/${encodeURIComponent(job.id)}`
    setBusy(`${job.queue}/${job.id}`)
    setActionError(undefined)
    try {
      await request(action === 'retry' ? `${path}/retry` : path, {
        method: action === 'retry' ? 'POST' : 'DELETE',
      })
    } catch (error) {
      setActionError(messageOf(error))
    } finally {
      setBusy(undefined)
      setReloads((n) => n + 1)
      void loadOverview()
    }
  }

  const pages = failed ? Math.max(1, Math.ceil(failed.totalDocs / failed.limit)) : 1
  const outbox = overview?.outbox

  return (
    <div data-testid="jobs-dashboard" data-redis={overview ? String(overview.redis.ok) : undefined}>
      {overviewError && <div style={errorBox}>{overviewError}</div>}
      {overview && !overview.redis.ok && (
        <div style={errorBox} data-testid="redis-down" role="alert">
          <strong>
            {redisProblem(overview.redis.error, tr('Không kết nối được Redis', 'Redis is unreachable'))}
          </strong>
          {tr(
            '; các tệp đã tải lên vẫn được giữ và sẽ được xử lý khi Redis hoạt động lại.',
            '; uploaded files are kept and will be processed once Redis is back.',
          )}{' '}
          {tr(
            `Đang chờ gửi vào hàng đợi: ${outbox?.pending ?? 0} công việc.`,
            `Waiting to be queued: ${outbox?.pending ?? 0} jobs.`,
          )}
        </div>
      )}

      <h2>{tr('Tình trạng hàng đợi', 'Queue status')}</h2>
      <table style={{ width: '100%', borderCollapse: 'collapse' }} data-testid="queue-counts">
        <Headings
          labels={[tr('Hàng đợi', 'Queue'), ...COUNTS.map((count) => count[en ? 2 : 1])]}
          style={(index) => (index === 0 ? cell : numberCell)}
        />
        <tbody>
          {(overview?.queues ?? []).map((q) => (
            <tr key={q.name} data-queue={q.name}>
              <td style={cell}>{queueLabel(q.name)}</td>
              {COUNTS.map(([key]) => (
                <td key={key} style={numberCell} data-count={key}>
                  {(q.counts[key] ?? 0).toLocaleString(en ? 'en-GB' : 'vi-VN')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {outbox && (
        <p data-testid="outbox" style={{ color: 'var(--theme-elevation-650)' }}>
          {tr('Chờ gửi vào hàng đợi (outbox)', 'Waiting to be queued (outbox)')}: {outbox.pending}
          {outbox.oldestPendingAt &&
            ` — ${tr('cũ nhất từ', 'oldest since')} ${formatTime(outbox.oldestPendingAt)}`}
          {outbox.lastError && ` — ${tr('lỗi gần nhất', 'last error')}: ${outbox.lastError}`}
        </p>
      )}

      <h2 style={{ marginTop: 'calc(var(--base) * 2)' }}>{tr('Công việc lỗi', 'Failed jobs')}</h2>
      <label style={{ display: 'inline-flex', gap: 'calc(var(--base) / 2)', alignItems: 'center' }}>
        {tr('Hàng đợi', 'Queue')}
        <select
          data-testid="queue-filter"
          value={queue}
          onChange={(event) => {
            setQueue(event.target.value)
            setPage(1)
          }}
        >
          <option value="">{tr('Tất cả', 'All')}</option>
          {QUEUES.map(([name]) => (
            <option key={name} value={name}>
              {queueLabel(name)}
            </option>
          ))}
        </select>
      </label>
      {/* With Redis down the notice above already says why the list cannot be read. */}
      {failedError && overview?.redis.ok !== false && <div style={errorBox}>{failedError}</div>}
      {actionError && (
        <div style={errorBox} data-testid="action-error" role="alert">
          {actionError}
        </div>
      )}
      {failed && failed.docs.length === 0 && !failedError && (
        <p data-testid="no-failed-jobs">{tr('Không có công việc lỗi.', 'No failed jobs.')}</p>
      )}
      {failed && failed.docs.length > 0 && (
        <table style={{ width: '100%', borderCollapse: 'collapse', marginTop: 'var(--base)' }}>
          <Headings
            labels={[
              tr('Hàng đợi', 'Queue'),
              tr('Công việc', 'Job'),
              tr('Lý do lỗi', 'Reason'),
              tr('Số lần', 'Attempts'),
              tr('Thời điểm', 'Time'),
              tr('Dữ liệu', 'Data'),
              '',
            ]}
            style={() => cell}
          />
          <tbody>
            {failed.docs.map((job) => (
              <tr
                key={`${job.queue}/${job.id}`}
                data-testid="failed-job"
                data-job-id={job.id}
                data-queue={job.queue}
              >
                <td style={cell}>{queueLabel(job.queue)}</td>
                <td style={cell}>
                  {job.name} <span style={{ color: 'var(--theme-elevation-500)' }}>#{job.id}</span>
                </td>
                <td style={{ ...cell, color: 'var(--theme-error-650)', wordBreak: 'break-word' }}>
                  {job.failedReason}
                </td>
                <td style={numberCell}>{`${job.attemptsMade}/${job.attempts}`}</td>
                <td style={cell}>{formatTime(job.failedAt ?? job.createdAt)}</td>
                <td style={{ ...cell, fontFamily: 'var(--font-mono)', fontSize: '0.85em' }}>
                  {summariseData(job.data)}
                </td>
                <td style={{ ...cell, whiteSpace: 'nowrap' }}>
                  {(['retry', 'remove'] as const).map((action) => (
                    <SmallButton
                      key={action}
                      buttonStyle={action === 'retry' ? 'secondary' : 'subtle'}
                      disabled={busy === `${job.queue}/${job.id}`}
                      onClick={() => void act(job, action)}
                      extraButtonProps={{ 'data-testid': `${action}-job` }}
                    >
                      {action === 'retry' ? tr('Thử lại', 'Retry') : tr('Bỏ qua', 'Discard')}
                    </SmallButton>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {failed && pages > 1 && (
        <div style={{ display: 'flex', gap: 'var(--base)', alignItems: 'center', marginTop: 'var(--base)' }}>
          <SmallButton disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {tr('Trang trước', 'Previous')}
          </SmallButton>
          <span data-testid="failed-page">
            {tr(
              `Trang ${page}/${pages} (${failed.totalDocs} công việc)`,
              `Page ${page}/${pages} (${failed.totalDocs} jobs)`,
            )}
          </span>
          <SmallButton disabled={page >= pages} onClick={() => setPage(page + 1)}>
            {tr('Trang sau', 'Next')}
          </SmallButton>
        </div>
      )}
    </div>
  )
}
