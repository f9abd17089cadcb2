'use client'

import { Link, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import type { CSSProperties, ReactNode, RefObject } from 'react'
import { useEffect, useRef, useState } from 'react'

import type {
  EmbeddedImageMetadata,
  MediaKind,
  ProcessingStatus,
  StoredRendition,
  TechnicalMetadata,
} from '../types'
import { formatBytes, formatSeconds, isProcessingStatus, noticeStyle, ProcessingBadge } from './MediaKindCell'
import { ReprocessButton } from './ReprocessButton'
import { WaveformPlayer } from './WaveformPlayer'

type Rendition = StoredRendition & { url: string }

type MediaDoc = {
  id: number | string
  kind?: MediaKind
  mimeType?: string
  filename?: string
  url?: string
  processing?: { status?: ProcessingStatus; error?: string; attempts?: number }
  renditions?: Rendition[] | null
  technical?: TechnicalMetadata | null
  embedded?: EmbeddedImageMetadata | null
  waveform?: number[] | null
  possibleDuplicates?: (number | string | { id: number | string; filename?: string })[] | null
  rightsExpiry?: string | null
  rightsExpired?: boolean
}

const POLL_MS = 3000
const IN_PROGRESS: ProcessingStatus[] = ['pending', 'processing']

const boxStyle: CSSProperties = {
  padding: 'var(--base)',
  marginBottom: 'var(--base)',
  borderRadius: 'var(--style-radius-m)',
  border: '1px solid var(--theme-elevation-150)',
  background: 'var(--theme-elevation-0)',
}
const cellStyle: CSSProperties = {
  padding: '4px 8px',
  borderBottom: '1px solid var(--theme-elevation-100)',
  textAlign: 'left',
}

const DAY: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric' }
const DAY_TIME: Intl.DateTimeFormatOptions = { ...DAY, hour: '2-digit', minute: '2-digit' }

const dimensions = (width?: number, height?: number) => (width && height ? `${width} × ${height}` : undefined)

/**
 * What the background worker made of the upload: status, warnings, a player, the renditions and the
 * metadata it read. Polls while the job is queued or running, so nobody has to reload to see it finish.
 */
export function MediaProcessingPanel() {
  const { id, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const en = i18n.language === 'en'
  const tr = (vi: string, english: string) => (en ? english : vi)
  const locale = en ? 'en-GB' : 'vi-VN'
  const apiRoute = config.routes.api
  const adminRoute = config.routes.admin
  const [doc, setDoc] = useState<MediaDoc | null>(null)
  const [error, setError] = useState<string>()
  const [reloads, setReloads] = useState(0)
  const audioRef = useRef<HTMLAudioElement>(null)

  // Re-run after every save (lastUpdateTime): a replaced file puts the document back to pending.
  useEffect(() => {
    if (id === undefined || id === null) return
    const controller = new AbortController()
    let timer: ReturnType<typeof setTimeout> | undefined
    const load = async () => {
      try {
        const response = await fetch(`${apiRoute}/media/${id}?depth=0`, {
          credentials: 'include',
          signal: controller.signal,
        })
        const body = await response.json().catch(() => null)
        if (!response.ok) {
          setError(body?.errors?.[0]?.message ?? `HTTP ${response.status}`)
          // A 4xx will not mend itself by asking again; a restarting server will.
          if (response.status >= 500) timer = setTimeout(load, POLL_MS)
          return
        }
        setDoc(body as MediaDoc)
        setError(undefined)
        const status = (body as MediaDoc).processing?.status
        if (status && IN_PROGRESS.includes(status)) timer = setTimeout(load, POLL_MS)
      } catch (caught) {
        if (controller.signal.aborted) return
        setError(caught instanceof Error ? caught.message : String(caught))
        timer = setTimeout(load, POLL_MS)
      }
    }
    void load()
    return () => {
      controller.abort()
      clearTimeout(timer)
    }
  }, [id, lastUpdateTime, apiRoute, reloads])

  if (id === undefined || id === null) {
    return (
      <div data-testid="media-processing-panel" data-status="unsaved" style={boxStyle}>
        {tr(
          'Sau khi lưu, hệ thống sẽ xử lý tệp trong nền (tạo bản xem trước, đọc thông tin kỹ thuật); kết quả hiện ở đây.',
          'After saving, the file is processed in the background (previews, technical details); results appear here.',
        )}
      </div>
    )
  }
  if (!doc) {
    return (
      <div data-testid="media-processing-panel" data-status="loading" style={boxStyle}>
        {error ? <div style={noticeStyle('error')}>{error}</div> : tr('Đang tải…', 'Loading…')}
      </div>
    )
  }

  const rawStatus = doc.processing?.status
  const status = isProcessingStatus(rawStatus) ? rawStatus : 'pending'
  const renditions = doc.renditions ?? []
  const rendition = (...names: string[]) =>
    names.map((name) => renditions.find((r) => r.name === name)).find(Boolean)
  const duplicates = (doc.possibleDuplicates ?? []).map((entry) =>
    typeof entry === 'object' ? entry : { id: entry, filename: undefined },
  )
  const expiry = doc.rightsExpiry ? new Date(doc.rightsExpiry).toLocaleDateString(locale, DAY) : undefined

  return (
    <div data-testid="media-processing-panel" data-status={status} style={boxStyle}>
      <div style={{ display: 'flex', gap: 'calc(var(--base) / 2)', alignItems: 'center', flexWrap: 'wrap' }}>
        <strong>{tr('Xử lý tệp', 'File processing')}</strong>
        <ProcessingBadge status={status} />
        {doc.processing?.attempts ? (
          <span style={{ color: 'var(--theme-elevation-500)' }}>
            {tr('lần thử', 'attempt')} {doc.processing.attempts}
          </span>
        ) : null}
        {!IN_PROGRESS.includes(status) && (
          <ReprocessButton apiRoute={apiRoute} id={id} en={en} onQueued={() => setReloads((n) => n + 1)} />
        )}
      </div>
      {status === 'failed' && doc.processing?.error && (
        <div style={noticeStyle('error')} className="media-processing__error">
          {doc.processing.error}
        </div>
      )}
      {error && <div style={noticeStyle('error')}>{error}</div>}
      {doc.rightsExpired && (
        <div style={noticeStyle('error')} data-testid="rights-expired">
          {tr('Tư liệu đã hết hạn bản quyền', 'Rights to this asset have expired')}
          {expiry ? ` (${tr('hết hạn', 'expired')} ${expiry})` : ''}
          {tr(' — không được dùng trong tin bài.', ' — do not use it in stories.')}
        </div>
      )}
      {duplicates.length > 0 && (
        <div style={noticeStyle('warning')} data-testid="possible-duplicates">
          {/* Only images are compared (perceptual hash), so "ảnh" is always right. */}
          {tr('Ảnh này có thể trùng với ', 'This image may duplicate ')}
          {duplicates.map((duplicate, index) => (
            <span key={String(duplicate.id)}>
              {index > 0 && ', '}
              <Link href={`${adminRoute}/collections/media/${duplicate.id}`} prefetch={false}>
                {duplicate.filename ?? `#${duplicate.id}`}
              </Link>
            </span>
          ))}
        </div>
      )}
      <Preview doc={doc} rendition={rendition} audioRef={audioRef} tr={tr} />
      {renditions.length > 0 && <RenditionTable renditions={renditions} locale={locale} tr={tr} />}
      <MetadataList doc={doc} locale={locale} tr={tr} />
    </div>
  )
}

type Tr = (vi: string, english: string) => string
type PreviewProps = {
  doc: MediaDoc
  rendition: (...names: string[]) => Rendition | undefined
  audioRef: RefObject<HTMLAudioElement | null>
  tr: Tr
}

function Preview({ doc, rendition, audioRef, tr }: PreviewProps) {
  const mediaStyle: CSSProperties = { display: 'block', maxWidth: '100%', margin: 'var(--base) 0' }
  if (doc.kind === 'audio') {
    const mp3 = rendition('mp3')
    if (!mp3) return null
    return (
      <div>
        <audio
          ref={audioRef}
          controls
          preload="metadata"
          src={mp3.url}
          style={{ ...mediaStyle, width: '100%' }}
        />
        {doc.waveform && doc.waveform.length > 0 && (
          <WaveformPlayer
            peaks={doc.waveform}
            audioRef={audioRef}
            durationSeconds={doc.technical?.durationSeconds ?? mp3.durationSeconds}
          />
        )}
      </div>
    )
  }
  if (doc.kind === 'video') {
    const mp4 = rendition('mp4')
    if (!mp4) return null
    return (
      <video controls preload="metadata" poster={rendition('poster')?.url} src={mp4.url} style={mediaStyle} />
    )
  }
  const image = doc.kind === 'document' ? rendition('preview') : rendition('cardWebp', 'thumbnail')
  const pages = doc.technical?.pageCount
  if (!image && !pages) return null
  return (
    <figure style={{ margin: 'var(--base) 0' }}>
      {image && (
        <img src={image.url} alt={doc.filename ?? ''} style={{ ...mediaStyle, margin: 0, maxHeight: 360 }} />
      )}
      {doc.kind === 'document' && pages ? (
        <figcaption>{`${pages} ${tr('trang', 'pages')}`}</figcaption>
      ) : null}
    </figure>
  )
}

function RenditionTable({ renditions, locale, tr }: { renditions: Rendition[]; locale: string; tr: Tr }) {
  const headings = [
    tr('Phiên bản', 'Rendition'),
    tr('Định dạng', 'Format'),
    tr('Kích thước', 'Dimensions'),
    tr('Dung lượng', 'Size'),
    tr('Thời lượng', 'Duration'),
    '',
  ]
  return (
    <table style={{ width: '100%', borderCollapse: 'collapse', margin: 'var(--base) 0' }}>
      <thead>
        <tr>
          {headings.map((heading, index) => (
            <th key={index} style={cellStyle}>
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {renditions.map((r) => (
          <tr key={r.name} data-rendition={r.name}>
            <td style={cellStyle}>{r.name}</td>
            <td style={cellStyle}>{r.extension?.toUpperCase() || r.mimeType}</td>
            <td style={cellStyle}>{dimensions(r.width, r.height) ?? '—'}</td>
            <td style={{ ...cellStyle, fontVariantNumeric: 'tabular-nums' }}>
              {formatBytes(r.filesize, locale)}
            </td>
            <td style={cellStyle}>{r.durationSeconds ? formatSeconds(r.durationSeconds) : '—'}</td>
            <td style={cellStyle}>
              <a href={r.url} target="_blank" rel="noopener noreferrer">
                {tr('Mở', 'Open')}
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function MetadataList({ doc, locale, tr }: { doc: MediaDoc; locale: string; tr: Tr }) {
  const t = doc.technical ?? {}
  const e = doc.embedded
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })
  const date = (value?: string) => {
    const parsed = value ? new Date(value) : undefined
    return parsed && !Number.isNaN(parsed.getTime()) ? parsed.toLocaleString(locale, DAY_TIME) : value
  }
  const rows: [string, ReactNode][] = [
    [tr('Định dạng', 'Format'), t.format],
    [tr('Thời lượng', 'Duration'), t.durationSeconds ? formatSeconds(t.durationSeconds) : undefined],
    [tr('Độ phân giải', 'Resolution'), dimensions(t.width, t.height)],
    [tr('Mã hoá video', 'Video codec'), t.videoCodec],
    [tr('Mã hoá âm thanh', 'Audio codec'), t.audioCodec],
    [tr('Tốc độ bit', 'Bit rate'), t.bitRate ? `${number.format(t.bitRate / 1000)} kbps` : undefined],
    [tr('Tần số lấy mẫu', 'Sample rate'), t.sampleRate ? `${number.format(t.sampleRate)} Hz` : undefined],
    [tr('Số kênh', 'Channels'), t.channels],
    [tr('Số khung hình/giây', 'Frame rate'), t.frameRate ? number.format(t.frameRate) : undefined],
    [tr('Số trang', 'Pages'), t.pageCount],
    [
      tr('Độ ồn (LUFS)', 'Loudness (LUFS)'),
      t.loudnessLUFS !== undefined ? number.format(t.loudnessLUFS) : undefined,
    ],
    [tr('Tiêu đề', 'Headline'), e?.headline],
    [tr('Chú thích', 'Caption'), e?.caption],
    [tr('Tác giả', 'Creator'), e?.creator],
    [tr('Nguồn', 'Credit'), e?.credit],
    [tr('Bản quyền', 'Copyright'), e?.copyright],
    [tr('Ngày chụp', 'Date taken'), date(e?.dateTaken)],
    [tr('Máy ảnh', 'Camera'), e?.camera],
    [tr('Từ khoá', 'Keywords'), e?.keywords?.length ? e.keywords.join(', ') : undefined],
    [
      tr('Có toạ độ GPS (đã xoá khỏi bản công khai)', 'Has GPS position (removed from public renditions)'),
      e?.hasGps ? tr('Có', 'Yes') : undefined,
    ],
  ]
  const shown = rows.filter(([, value]) => value !== undefined && value !== null && value !== '')
  if (shown.length === 0) return null
  return (
    <dl
      data-testid="media-metadata"
      style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px var(--base)', margin: 0 }}
    >
      {shown.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt style={{ color: 'var(--theme-elevation-600)' }}>{label}</dt>
          <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
