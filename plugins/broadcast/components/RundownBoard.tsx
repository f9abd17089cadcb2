'use client'

import { useAuth, useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { Badge, boxStyle, mutedStyle, Notice, useTr } from '../../../src/admin/ui'
import { RUNDOWN_EDITORS } from '../../../src/access/broadcast'
import { formatLength, vietnameseDate } from '../lib/clock'
import { messageOf, movedOrder, requestJson, type RundownList, type RundownTimingView } from './api'
import { rundownStatusLabel, STATUS_TONES } from './labels'
import { RundownTable } from './RundownTable'

const LIST_LIMIT = 60
const POLL_MS = 15_000

/**
 * `/admin/rundowns`: pick a rundown, see its running order with front and back times and the
 * over/under of the show, move items up or down (editors and above), open the prompter and MOS
 * exports. Follows colleagues' edits by asking again every 15 s while the tab is visible.
 */
export function RundownBoard() {
  const { config } = useConfig()
  const { user } = useAuth<{ id: number | string; role?: string }>()
  const { tr, pick } = useTr()
  const api = config.routes.api
  const canEdit = (RUNDOWN_EDITORS as readonly string[]).includes(user?.role ?? '')

  const [list, setList] = useState<RundownList>()
  const [selected, setSelected] = useState<string>()
  const [view, setView] = useState<RundownTimingView>()
  const [error, setError] = useState<string>()
  const [actionError, setActionError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [reloads, setReloads] = useState(0)

  useEffect(() => {
    const timer = setInterval(() => {
      if (!document.hidden) setReloads((n) => n + 1)
    }, POLL_MS)
    return () => clearInterval(timer)
  }, [])

  useEffect(() => {
    const controller = new AbortController()
    const query = `sort=-date&limit=${LIST_LIMIT}&depth=0&select[title]=true&select[date]=true&select[startTime]=true&select[status]=true`
    requestJson<RundownList>(`${api}/rundowns?${query}`, { signal: controller.signal })
      .then((loaded) => {
        setList(loaded)
        setSelected((current) => current ?? (loaded.docs[0] ? String(loaded.docs[0].id) : undefined))
      })
      .catch((reason) => {
        if (!controller.signal.aborted) setError(messageOf(reason))
      })
    return () => controller.abort()
  }, [api, reloads])

  useEffect(() => {
    if (!selected) return
    const controller = new AbortController()
    requestJson<RundownTimingView>(`${api}/rundowns/${encodeURIComponent(selected)}/timing`, {
      signal: controller.signal,
    })
      .then((loaded) => {
        setView(loaded)
        setError(undefined)
      })
      .catch((reason) => {
        if (!controller.signal.aborted) setError(messageOf(reason))
      })
    return () => controller.abort()
  }, [api, selected, reloads])

  const move = async (index: number, step: -1 | 1) => {
    if (!view) return
    const itemIDs = movedOrder(view.items, index, step)
    if (!itemIDs) return
    setBusy(true)
    setActionError(undefined)
    try {
      const next = await requestJson<RundownTimingView>(
        `${api}/rundowns/${encodeURIComponent(String(view.rundown.id))}/reorder`,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ itemIDs, version: view.rundown.version }),
        },
      )
      setView(next)
    } catch (reason) {
      setActionError(messageOf(reason))
      setReloads((n) => n + 1)
    } finally {
      setBusy(false)
    }
  }

  const totals = view?.totals
  const over = totals?.overUnderSeconds ?? 0
  const base = view ? `${api}/rundowns/${encodeURIComponent(String(view.rundown.id))}` : ''

  return (
    <div data-testid="rundown-board">
      {error && <Notice tone="error">{error}</Notice>}
      {list && list.docs.length === 0 && (
        <p data-testid="no-rundowns">
          {tr(
            'Chưa có kịch bản nào. Tạo từ một chương trình (Phát sóng → Chương trình) hoặc thêm trong Kịch bản chương trình.',
            'No rundowns yet. Create one from a programme or in the Rundowns collection.',
          )}
        </p>
      )}
      {list && list.docs.length > 0 && (
        <label style={{ display: 'inline-flex', gap: 'calc(var(--base) / 2)', alignItems: 'center' }}>
          {tr('Kịch bản', 'Rundown')}
          <select
            data-testid="rundown-picker"
            value={selected ?? ''}
            onChange={(event) => {
              setSelected(event.target.value)
              setActionError(undefined)
            }}
          >
            {list.docs.map((doc) => (
              <option key={doc.id} value={String(doc.id)}>
                {vietnameseDate(doc.date)} {doc.startTime.slice(0, 5)} — {doc.title}
              </option>
            ))}
          </select>
        </label>
      )}

      {view && totals && (
        <div style={{ ...boxStyle, marginTop: 'var(--base)' }} data-testid="rundown-summary">
          <div style={{ display: 'flex', gap: 'var(--base)', flexWrap: 'wrap', alignItems: 'center' }}>
            <strong>{view.rundown.title}</strong>
            <Badge tone={STATUS_TONES[view.rundown.status] ?? 'elevation'}>
              {pick(rundownStatusLabel(view.rundown.status))}
            </Badge>
            {view.rundown.rerun && <Badge tone="warning">{tr('Phát lại', 'Rerun')}</Badge>}
            <span style={mutedStyle}>
              {totals.startTime} → {totals.endTime} · {view.rundown.roID}
            </span>
          </div>
          <div
            style={{
              display: 'flex',
              gap: 'var(--base)',
              flexWrap: 'wrap',
              marginTop: 'calc(var(--base) / 2)',
            }}
          >
            <span>
              {tr('Khung giờ', 'Slot')}: {formatLength(totals.plannedDurationSeconds)}
            </span>
            <span>
              {tr('Tổng dự kiến', 'Planned total')}: {formatLength(totals.plannedTotalSeconds)}
            </span>
            <span>
              {tr('Đã phát', 'Aired so far')}: {formatLength(totals.actualSoFarSeconds)}
            </span>
            <span>
              {tr('Kết thúc dự kiến', 'Expected end')}: {totals.expectedEndTime}
            </span>
            <Badge tone={over > 0 ? 'error' : over < 0 ? 'warning' : 'success'}>
              <span data-testid="rundown-over-under">
                {over > 0
                  ? tr(`Thừa ${formatLength(over)}`, `Over by ${formatLength(over)}`)
                  : over < 0
                    ? tr(`Thiếu ${formatLength(-over)}`, `Under by ${formatLength(-over)}`)
                    : tr('Vừa khít', 'On time')}
              </span>
            </Badge>
          </div>
          <div style={{ display: 'flex', gap: 'var(--base)', marginTop: 'calc(var(--base) / 2)' }}>
            <a
              href={`${base}/prompter?format=html`}
              target="_blank"
              rel="noreferrer"
              data-testid="prompter-html"
            >
              {tr('Máy nhắc chữ (HTML)', 'Prompter (HTML)')}
            </a>
            <a href={`${base}/prompter?format=txt`} target="_blank" rel="noreferrer">
              {tr('Lời dẫn (TXT)', 'Script (TXT)')}
            </a>
            <a href={`${base}/mos`} target="_blank" rel="noreferrer" data-testid="mos-export">
              MOS roCreate (XML)
            </a>
          </div>
        </div>
      )}

      {actionError && (
        <Notice tone="error" testId="rundown-action-error">
          {actionError}
        </Notice>
      )}
      {view && view.items.length === 0 && (
        <p>{tr('Kịch bản chưa có mục nào.', 'This rundown has no items.')}</p>
      )}
      {view && view.items.length > 0 && (
        <div style={{ overflowX: 'auto' }}>
          <RundownTable items={view.items} canEdit={canEdit} busy={busy} onMove={move} />
        </div>
      )}
    </div>
  )
}
