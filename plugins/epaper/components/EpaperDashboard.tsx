'use client'

import { useAuth, useConfig } from '@payloadcms/ui'
import { type FormEvent, useCallback, useEffect, useState } from 'react'

import { Badge, boxStyle, mutedStyle, Notice, SmallButton, type Tone, useTr } from '../../../src/admin/ui'
import {
  type EditionRow,
  type Id,
  messageOf,
  type PageRow,
  pageImageURL,
  PUBLISH_ROLES,
  requestJson,
} from './api'
import { ZoneEditor } from './ZoneEditor'

const POLL_MS = 3000
const STATUS: Record<string, { vi: string; en: string; tone: Tone }> = {
  none: { vi: 'Chưa có PDF', en: 'No PDF yet', tone: 'elevation' },
  processing: { vi: 'Đang xử lý', en: 'Processing', tone: 'warning' },
  ready: { vi: 'Sẵn sàng', en: 'Ready', tone: 'success' },
  failed: { vi: 'Lỗi', en: 'Failed', tone: 'error' },
}

/**
 * The e-paper desk: pick an edition, upload its printed PDF (whole or one page), watch the worker
 * make the pages, open a page to correct its zones, and publish it to the public reader.
 */
export function EpaperDashboard() {
  const { config } = useConfig()
  const { user } = useAuth<{ id: Id; role?: string }>()
  const { tr, pick } = useTr()
  const api = config.routes.api
  const canPublish = (PUBLISH_ROLES as readonly string[]).includes(user?.role ?? '')

  const [editions, setEditions] = useState<EditionRow[]>([])
  const [editionId, setEditionId] = useState<Id>()
  const [edition, setEdition] = useState<EditionRow>()
  const [pages, setPages] = useState<PageRow[]>([])
  const [pageId, setPageId] = useState<Id>()
  const [error, setError] = useState<string>()
  const [info, setInfo] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [reloads, setReloads] = useState(0)

  useEffect(() => {
    requestJson<{ docs: EditionRow[] }>(`${api}/editions?limit=60&sort=-date&depth=0`)
      .then(({ docs }) => {
        setEditions(docs)
        setEditionId((current) => current ?? docs[0]?.id)
      })
      .catch((e) => setError(messageOf(e)))
  }, [api])

  const load = useCallback(async () => {
    if (editionId === undefined) return
    const [doc, list] = await Promise.all([
      requestJson<EditionRow>(`${api}/editions/${editionId}?depth=0`),
      requestJson<{ docs: PageRow[] }>(
        `${api}/epaper-pages?where[edition][equals]=${editionId}&sort=number&depth=0&limit=500`,
      ),
    ])
    setEdition(doc)
    setPages(list.docs)
  }, [api, editionId])

  useEffect(() => {
    load().catch((e) => setError(messageOf(e)))
  }, [load, reloads])

  const processing = edition?.epaper?.status === 'processing'
  useEffect(() => {
    if (!processing) return
    const timer = setInterval(() => setReloads((n) => n + 1), POLL_MS)
    return () => clearInterval(timer)
  }, [processing])

  const upload = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const page = String(form.get('page') ?? '').trim()
    form.delete('page')
    setBusy(true)
    setError(undefined)
    setInfo(undefined)
    try {
      const query = page ? `?page=${encodeURIComponent(page)}` : ''
      const answer = await requestJson<{ pages: number }>(`${api}/editions/${editionId}/epaper${query}`, {
        method: 'POST',
        body: form,
      })
      setInfo(
        tr(
          `Đã nhận tệp PDF (${answer.pages} trang); đang dựng ảnh trang.`,
          `PDF received (${answer.pages} pages); rendering.`,
        ),
      )
      setReloads((n) => n + 1)
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  const publish = async (published: boolean) => {
    setError(undefined)
    try {
      await requestJson(`${api}/editions/${editionId}/epaper/publish`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ published }),
      })
      setReloads((n) => n + 1)
    } catch (e) {
      setError(messageOf(e))
    }
  }

  const status = STATUS[edition?.epaper?.status ?? 'none'] ?? STATUS.none!
  const page = pages.find((p) => p.id === pageId)
  return (
    <div data-testid="epaper-dashboard">
      {error && (
        <Notice tone="error" testId="epaper-error">
          {error}
        </Notice>
      )}
      {info && <Notice tone="success">{info}</Notice>}
      <div style={boxStyle}>
        <label>
          {tr('Số báo', 'Edition')}{' '}
          <select
            value={editionId === undefined ? '' : String(editionId)}
            onChange={(e) => {
              setEditionId(editions.find((ed) => String(ed.id) === e.target.value)?.id)
              setPageId(undefined)
            }}
            data-testid="epaper-edition-select"
          >
            {editions.map((ed) => (
              <option key={ed.id} value={String(ed.id)}>
                {ed.title ?? ed.id}
              </option>
            ))}
          </select>
        </label>{' '}
        <Badge tone={status.tone}>{pick(status)}</Badge>{' '}
        <span style={mutedStyle}>
          {edition?.epaper?.pageCount ?? 0} {tr('trang', 'pages')}
          {edition?.epaper?.published ? ` · ${tr('đang hiện trên trang đọc báo', 'live in the reader')}` : ''}
        </span>
        {edition?.epaper?.error && <Notice tone="error">{edition.epaper.error}</Notice>}
        {editionId !== undefined && (
          <form
            onSubmit={upload}
            style={{ marginTop: 'var(--base)', display: 'flex', gap: 8, flexWrap: 'wrap' }}
          >
            <input type="file" name="file" accept="application/pdf,.pdf" required data-testid="epaper-file" />
            <input
              type="number"
              name="page"
              min={1}
              placeholder={tr('Trang (để trống = cả số)', 'Page (empty = all)')}
            />
            <SmallButton type="submit" disabled={busy}>
              {tr('Tải PDF lên', 'Upload PDF')}
            </SmallButton>
            {canPublish && (
              <SmallButton onClick={() => publish(!edition?.epaper?.published)} disabled={busy}>
                {edition?.epaper?.published
                  ? tr('Gỡ khỏi trang đọc', 'Unpublish')
                  : tr('Phát hành', 'Publish')}
              </SmallButton>
            )}
            {edition?.epaper?.published && (
              <a href={`/epaper/${editionId}`} target="_blank" rel="noreferrer">
                {tr('Mở trang đọc báo', 'Open the reader')}
              </a>
            )}
          </form>
        )}
      </div>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', marginBottom: 'var(--base)' }}>
        {pages.map((p) => (
          <button
            key={p.id}
            type="button"
            onClick={() => setPageId(p.id)}
            data-testid="epaper-page-thumb"
            style={{
              padding: 0,
              border: `2px solid ${p.id === pageId ? 'var(--theme-success-500)' : 'transparent'}`,
              background: 'none',
              cursor: 'pointer',
            }}
          >
            <img
              src={pageImageURL(editionId!, p.number, 'thumb')}
              alt=""
              width={80}
              style={{ display: 'block' }}
            />
            <span style={mutedStyle}>
              {tr('Trang', 'Page')} {p.number} · {p.zones?.length ?? 0} {tr('vùng', 'zones')}
            </span>
          </button>
        ))}
      </div>
      {page && editionId !== undefined && (
        <ZoneEditor
          key={String(page.id)}
          api={api}
          editionId={editionId}
          page={page}
          onSaved={(saved) => setPages((list) => list.map((p) => (p.id === saved.id ? saved : p)))}
        />
      )}
    </div>
  )
}
