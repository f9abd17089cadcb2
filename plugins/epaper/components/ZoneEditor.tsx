'use client'

import { type PointerEvent as ReactPointerEvent, useEffect, useRef, useState } from 'react'

import { boxStyle, cellStyle, mutedStyle, Notice, SmallButton, useTr } from '../../../src/admin/ui'
import {
  type Id,
  messageOf,
  type PageRow,
  pageImageURL,
  requestJson,
  type StoryOption,
  storyIdOf,
} from './api'
import { type Box, moveBox, newBox, percent, resizeBox, toFraction } from './zoneGeometry'

type Draft = Box & {
  id?: string | null
  story?: Id
  headline?: string
  source?: string | null
  score?: number | null
}
type Drag = { index: number; mode: 'move' | 'resize'; startX: number; startY: number; start: Box }

/**
 * One page with its zones drawn over the image: drag a zone to move it, its corner to resize it,
 * pick the story in the table, add or remove zones, save. The server checks every zone again
 * (inside the page, story exists) and its message is shown as it is.
 */
export function ZoneEditor({
  api,
  editionId,
  page,
  onSaved,
}: {
  api: string
  editionId: Id
  page: PageRow
  onSaved: (page: PageRow) => void
}) {
  const { tr } = useTr()
  const [zones, setZones] = useState<Draft[]>(() =>
    (page.zones ?? []).map((z) => ({ ...z, story: storyIdOf(z.story) })),
  )
  const [selected, setSelected] = useState<number>()
  const [drag, setDrag] = useState<Drag>()
  const [query, setQuery] = useState('')
  const [options, setOptions] = useState<StoryOption[]>([])
  const [error, setError] = useState<string>()
  const [saved, setSaved] = useState(false)
  const frame = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const ids = [...new Set(zones.map((z) => z.story).filter((id) => id !== undefined))]
    if (!ids.length) return
    const where = ids.map((id, i) => `where[id][in][${i}]=${encodeURIComponent(String(id))}`).join('&')
    requestJson<{ docs: StoryOption[] }>(
      `${api}/stories?${where}&depth=0&limit=${ids.length}&select[headline]=true`,
    )
      .then(({ docs }) => {
        const titles = new Map(docs.map((d) => [String(d.id), d.headline ?? '']))
        setZones((list) => list.map((z) => ({ ...z, headline: z.headline ?? titles.get(String(z.story)) })))
      })
      .catch(() => undefined)
    // Headlines are looked up once per page (the editor is keyed by page); later picks bring their own.
  }, [api])

  useEffect(() => {
    if (query.trim().length < 2) return setOptions([])
    const timer = setTimeout(() => {
      requestJson<{ docs: StoryOption[] }>(
        `${api}/stories?where[headline][like]=${encodeURIComponent(query.trim())}&limit=8&depth=0&select[headline]=true`,
      )
        .then(({ docs }) => setOptions(docs))
        .catch((e) => setError(messageOf(e)))
    }, 250)
    return () => clearTimeout(timer)
  }, [api, query])

  const update = (index: number, change: Partial<Draft>) => {
    setSaved(false)
    setZones((list) => list.map((z, i) => (i === index ? { ...z, ...change } : z)))
  }

  const startDrag = (event: ReactPointerEvent, index: number, mode: Drag['mode']) => {
    event.preventDefault()
    event.stopPropagation()
    ;(event.target as Element).setPointerCapture?.(event.pointerId)
    setSelected(index)
    setDrag({ index, mode, startX: event.clientX, startY: event.clientY, start: zones[index]! })
  }
  const onMove = (event: ReactPointerEvent) => {
    if (!drag || !frame.current) return
    const { width, height } = frame.current.getBoundingClientRect()
    const { dx, dy } = toFraction(event.clientX - drag.startX, event.clientY - drag.startY, width, height)
    const box = drag.mode === 'move' ? moveBox(drag.start, dx, dy) : resizeBox(drag.start, dx, dy)
    update(drag.index, { x: box.x, y: box.y, w: box.w, h: box.h })
  }

  const save = async () => {
    setError(undefined)
    try {
      const body = {
        zones: zones.map(({ id, story, x, y, w, h }) => ({ ...(id ? { id } : {}), story, x, y, w, h })),
      }
      const { doc } = await requestJson<{ doc: PageRow }>(`${api}/epaper-pages/${page.id}?depth=0`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      setZones((list) => (doc.zones ?? []).map((z, i) => ({ ...list[i], ...z, story: storyIdOf(z.story) })))
      setSaved(true)
      onSaved(doc)
    } catch (e) {
      setError(messageOf(e))
    }
  }

  const ratio = (page.heightPt ?? 1191) / (page.widthPt ?? 842)
  return (
    <div
      style={{ ...boxStyle, display: 'flex', gap: 'var(--base)', flexWrap: 'wrap' }}
      data-testid="zone-editor"
    >
      <div
        ref={frame}
        onPointerMove={onMove}
        onPointerUp={() => setDrag(undefined)}
        style={{
          position: 'relative',
          width: 'min(100%, 520px)',
          aspectRatio: `1 / ${ratio}`,
          touchAction: 'none',
        }}
      >
        <img
          src={pageImageURL(editionId, page.number, 'screen')}
          alt={`${tr('Trang', 'Page')} ${page.number}`}
          style={{ width: '100%', height: '100%', display: 'block', userSelect: 'none' }}
          draggable={false}
        />
        {zones.map((zone, index) => (
          <div
            key={zone.id ?? `new-${index}`}
            onPointerDown={(e) => startDrag(e, index, 'move')}
            title={zone.headline}
            data-testid="zone-rect"
            style={{
              position: 'absolute',
              left: percent(zone.x),
              top: percent(zone.y),
              width: percent(zone.w),
              height: percent(zone.h),
              border: `2px solid ${index === selected ? 'var(--theme-error-500)' : 'var(--theme-success-500)'}`,
              background: 'rgba(30, 120, 220, 0.12)',
              cursor: 'move',
            }}
          >
            <span style={{ position: 'absolute', left: 2, top: 0, fontSize: 11, background: '#fff' }}>
              {index + 1}
            </span>
            <span
              onPointerDown={(e) => startDrag(e, index, 'resize')}
              style={{
                position: 'absolute',
                right: -6,
                bottom: -6,
                width: 12,
                height: 12,
                background: '#fff',
                border: '2px solid #333',
                cursor: 'nwse-resize',
              }}
            />
          </div>
        ))}
      </div>
      <div style={{ flex: 1, minWidth: 320 }}>
        {error && (
          <Notice tone="error" testId="zone-error">
            {error}
          </Notice>
        )}
        {saved && <Notice tone="success">{tr('Đã lưu các vùng bài.', 'Zones saved.')}</Notice>}
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              {['#', tr('Tin bài', 'Story'), 'x', 'y', 'w', 'h', tr('Nguồn', 'Source'), ''].map((h) => (
                <th key={h} style={cellStyle}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {zones.map((zone, index) => (
              <tr key={zone.id ?? `new-${index}`} onClick={() => setSelected(index)}>
                <td style={cellStyle}>{index + 1}</td>
                <td style={cellStyle}>
                  {zone.headline ?? (zone.story ? `#${zone.story}` : tr('(chưa chọn)', '(none)'))}
                </td>
                {(['x', 'y', 'w', 'h'] as const).map((key) => (
                  <td key={key} style={cellStyle}>
                    <input
                      type="number"
                      step={0.001}
                      value={zone[key]}
                      onChange={(e) => update(index, { [key]: Number(e.target.value) })}
                      style={{ width: 70 }}
                      aria-label={`${key} ${index + 1}`}
                    />
                  </td>
                ))}
                <td style={cellStyle}>
                  {zone.source === 'auto'
                    ? `${tr('tự động', 'auto')} ${zone.score ?? ''}`
                    : tr('biên tập', 'manual')}
                </td>
                <td style={cellStyle}>
                  <SmallButton onClick={() => setZones((list) => list.filter((_, i) => i !== index))}>
                    {tr('Xoá', 'Remove')}
                  </SmallButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p style={mutedStyle}>
          {selected !== undefined
            ? tr(`Chọn tin cho vùng ${selected + 1}:`, `Pick the story of zone ${selected + 1}:`)
            : tr('Chọn một vùng để đổi tin bài.', 'Select a zone to change its story.')}
        </p>
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={tr('Tìm theo tít…', 'Search headlines…')}
          disabled={selected === undefined}
        />
        <ul>
          {options.map((option) => (
            <li key={option.id}>
              <button
                type="button"
                onClick={() =>
                  selected !== undefined &&
                  update(selected, { story: option.id, headline: option.headline ?? '' })
                }
              >
                {option.headline}
              </button>
            </li>
          ))}
        </ul>
        <div style={{ display: 'flex', gap: 8 }}>
          <SmallButton
            onClick={() => {
              setZones((list) => [...list, { ...newBox() }])
              setSelected(zones.length)
            }}
          >
            {tr('Thêm vùng', 'Add zone')}
          </SmallButton>
          <SmallButton onClick={save} buttonStyle="primary">
            {tr('Lưu vùng bài', 'Save zones')}
          </SmallButton>
        </div>
      </div>
    </div>
  )
}
