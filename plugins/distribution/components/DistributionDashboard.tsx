'use client'

import { useAuth, useConfig, useLocale } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { DELIVERY_STATUSES, type DeliveryStatus } from '../types'
import type { ActionAnswer, Delivery, DeliveryPage, Id } from './api'
import { messageOf, requestJson } from './api'
import { type DeliveryGroup, DeliveriesTable } from './DeliveriesTable'
import { DeliverySummary } from './DeliverySummary'
import { listQuery, type Where } from './deliveryQuery'
import { ACTING_ROLES, ATTENTION_STATUSES, SETTLED_STATUSES, STATUS_DISPLAY } from './labels'
import { mutedStyle, Notice, SmallButton, useTr } from './ui'

const PAGE_SIZE = 50
const POLL_MS = 10_000
/** The default: everything, with what may still need someone listed first. */
const ATTENTION_FIRST = 'attention'
type Filter = typeof ATTENTION_FIRST | DeliveryStatus

type Loaded = { groups: DeliveryGroup[]; shown: number; total: number; more: boolean }

/**
 * `/admin/distribution`: every delivery of every story, newest first, failures on top by default;
 * admins and managers retry or cancel from here. Follows the worker by asking again every 10 s
 * while the tab is visible.
 */
export function DistributionDashboard() {
  const { config } = useConfig()
  const { code: locale } = useLocale()
  const { user } = useAuth<{ id: Id; role?: string }>()
  const { tr, pick } = useTr()
  const api = config.routes.api
  const canAct = (ACTING_ROLES as readonly string[]).includes(user?.role ?? '')

  const [filter, setFilter] = useState<Filter>(ATTENTION_FIRST)
  const [limit, setLimit] = useState(PAGE_SIZE)
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [listError, setListError] = useState<string>()
  const [actionError, setActionError] = useState<string>()
  const [warning, setWarning] = useState<string>()
  const [busyId, setBusyId] = useState<Id>()
  const [reloads, setReloads] = useState(0)

  useEffect(() => {
    const timer = setInterval(() => {
      // A view left open in a background tab should not keep the database busy.
      if (!document.hidden) setReloads((n) => n + 1)
    }, POLL_MS)
    return () => clearInterval(timer)
  }, [])

  useEffect(() => {
    const controller = new AbortController()
    const page = (where: Where) =>
      requestJson<DeliveryPage>(`${api}/deliveries?${listQuery(where, limit, locale)}`, {
        signal: controller.signal,
      })
    const load = async (): Promise<Loaded> => {
      if (filter !== ATTENTION_FIRST) {
        const only = await page({ status: { equals: filter } })
        return {
          groups: [{ key: filter, docs: only.docs }],
          shown: only.docs.length,
          total: only.totalDocs,
          more: only.totalDocs > only.docs.length,
        }
      }
      const [open, settled] = await Promise.all([
        page({ status: { in: ATTENTION_STATUSES } }),
        page({ status: { in: SETTLED_STATUSES } }),
      ])
      return {
        groups: [
          { key: 'attention', docs: open.docs },
          { key: 'settled', docs: settled.docs },
        ],
        shown: open.docs.length + settled.docs.length,
        total: open.totalDocs + settled.totalDocs,
        more: open.totalDocs > open.docs.length || settled.totalDocs > settled.docs.length,
      }
    }
    load()
      .then((result) => {
        setLoaded(result)
        setListError(undefined)
      })
      .catch((error) => {
        if (!controller.signal.aborted) setListError(messageOf(error))
      })
    return () => controller.abort()
  }, [api, filter, limit, locale, reloads])

  // Headings only when the default view shows both runs, so the order explains itself.
  const split = (loaded?.groups ?? []).filter((group) => group.docs.length > 0).length > 1
  const titles: Record<string, string> = {
    attention: tr('Cần theo dõi: lỗi, chờ gửi, chờ xác nhận', 'To watch: failed, queued, sent'),
    settled: tr('Đã xong: xác nhận, huỷ, bỏ qua', 'Settled: confirmed, cancelled, skipped'),
  }
  const groups = (loaded?.groups ?? []).map((group) => ({
    ...group,
    title: split ? titles[group.key] : undefined,
  }))

  const choose = (next: Filter) => {
    setFilter(next)
    setLimit(PAGE_SIZE)
  }

  const act = async (delivery: Delivery, action: 'retry' | 'cancel') => {
    if (
      action === 'cancel' &&
      !window.confirm(
        tr(
          'Huỷ lượt phát hành này? Hệ thống sẽ không gửi tiếp (có thể gửi lại sau).',
          'Cancel this delivery? It will not be sent any further (you can retry it later).',
        ),
      )
    )
      return
    setBusyId(delivery.id)
    setActionError(undefined)
    setWarning(undefined)
    try {
      const answer = await requestJson<ActionAnswer>(
        `${api}/deliveries/${encodeURIComponent(String(delivery.id))}/${action}`,
        { method: 'POST' },
      )
      if (answer.warning) setWarning(answer.warning)
    } catch (error) {
      setActionError(messageOf(error))
    } finally {
      setBusyId(undefined)
      setReloads((n) => n + 1)
    }
  }

  return (
    <div data-testid="distribution-dashboard">
      <DeliverySummary api={api} reloadKey={reloads} selected={filter} onPick={choose} />

      <label style={{ display: 'inline-flex', gap: 'calc(var(--base) / 2)', alignItems: 'center' }}>
        {tr('Trạng thái', 'Status')}
        <select
          data-testid="status-filter"
          value={filter}
          onChange={(event) => choose(event.target.value as Filter)}
        >
          <option value={ATTENTION_FIRST}>
            {tr('Tất cả (lỗi, chờ gửi, đã gửi lên đầu)', 'All (failed, queued, sent first)')}
          </option>
          {DELIVERY_STATUSES.map((status) => (
            <option key={status} value={status}>
              {pick(STATUS_DISPLAY[status])}
            </option>
          ))}
        </select>
      </label>

      {actionError && (
        <Notice tone="error" testId="delivery-action-error">
          {actionError}
        </Notice>
      )}
      {warning && <Notice tone="warning">{warning}</Notice>}
      {listError && <Notice tone="error">{listError}</Notice>}

      {loaded && loaded.total === 0 && !listError && (
        <p data-testid="no-deliveries">
          {filter === ATTENTION_FIRST
            ? tr('Chưa có lượt phát hành nào.', 'No deliveries yet.')
            : tr('Không có lượt phát hành ở trạng thái này.', 'No deliveries with this status.')}
        </p>
      )}
      {loaded && loaded.total > 0 && (
        <div style={{ marginTop: 'var(--base)', overflowX: 'auto' }}>
          <DeliveriesTable groups={groups} canAct={canAct} busyId={busyId} onAct={act} />
          <div
            style={{ display: 'flex', gap: 'var(--base)', alignItems: 'center', marginTop: 'var(--base)' }}
          >
            <span style={mutedStyle} data-testid="deliveries-shown">
              {tr(
                `Đang hiện ${loaded.shown}/${loaded.total} lượt`,
                `Showing ${loaded.shown} of ${loaded.total}`,
              )}
            </span>
            {loaded.more && (
              <SmallButton onClick={() => setLimit((n) => n + PAGE_SIZE)}>
                {tr('Xem thêm', 'Show more')}
              </SmallButton>
            )}
          </div>
        </div>
      )}
    </div>
  )
}
