'use client'

import { Link, useConfig } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { Fragment, useState } from 'react'

import { AI_CLASS_LABELS, TASK_LABELS } from '../lib/taskLabels'
import type { AiTask } from '../types'
import type { Provenance, ShareStoriesPage } from './api'
import { fieldLabel } from './fieldLabels'
import { CLASS_TONES, linkButtonStyle } from './ShareSummary'
import {
  Badge,
  cellStyle,
  formatDate,
  formatNumber,
  formatPercent,
  mutedStyle,
  numberCellStyle,
  rowStyle,
  SmallButton,
  type Tr,
  useTr,
} from './ui'

type Props = {
  title: string
  page: ShareStoriesPage | null
  loading: boolean
  onPage: (page: number) => void
  onClose: () => void
}

/** The drill-down: the stories behind a count, each with where its AI text came from. */
export function ShareStories({ title, page, loading, onPage, onClose }: Props) {
  const { tr, pick, en, numberLocale } = useTr()
  const { config } = useConfig()
  const [open, setOpen] = useState<Record<string, boolean>>({})
  const headings = [
    tr('Tít', 'Headline'),
    tr('Xuất bản', 'Published'),
    tr('Ban', 'Desk'),
    tr('Kênh', 'Channels'),
    tr('Phân loại', 'Class'),
    tr('Tỷ lệ AI', 'AI share'),
    tr('Nguồn gốc AI', 'AI provenance'),
  ]

  return (
    <section data-testid="ai-share-stories" style={{ marginTop: 'calc(var(--base) * 1.5)' }}>
      <div style={{ ...rowStyle, justifyContent: 'space-between' }}>
        <h2 style={{ margin: 0 }}>{title}</h2>
        <SmallButton
          buttonStyle="subtle"
          onClick={onClose}
          extraButtonProps={{ 'data-testid': 'ai-share-close' }}
        >
          {tr('Đóng danh sách', 'Close list')}
        </SmallButton>
      </div>
      {loading && !page && <p style={mutedStyle}>{tr('Đang tải…', 'Loading…')}</p>}
      {page && page.docs.length === 0 && (
        <p data-testid="ai-share-no-stories">{tr('Không có tin bài nào.', 'No stories.')}</p>
      )}
      {page && page.docs.length > 0 && (
        <table style={{ width: '100%', borderCollapse: 'collapse', opacity: loading ? 0.6 : 1 }}>
          <thead>
            <tr>
              {headings.map((heading, index) => (
                <th key={index} style={index === 5 ? numberCellStyle : cellStyle}>
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {page.docs.map((story) => {
              const key = String(story.id)
              const expanded = open[key] ?? false
              return (
                <Fragment key={key}>
                  <tr data-testid="ai-share-story" data-class={story.class}>
                    <td style={cellStyle}>
                      <Link
                        href={formatAdminURL({
                          adminRoute: config.routes.admin,
                          path: `/collections/stories/${story.id}`,
                        })}
                        prefetch={false}
                      >
                        {story.headline || `#${story.id}`}
                      </Link>
                    </td>
                    <td style={{ ...cellStyle, whiteSpace: 'nowrap' }}>
                      {formatDate(story.publishedAt, numberLocale)}
                    </td>
                    <td style={cellStyle}>{story.desk?.name ?? '—'}</td>
                    <td style={cellStyle}>
                      {story.channels.map((channel) => channel.name).join(', ') || '—'}
                    </td>
                    <td style={cellStyle}>
                      <Badge tone={CLASS_TONES[story.class]}>{pick(AI_CLASS_LABELS[story.class])}</Badge>
                    </td>
                    <td style={numberCellStyle}>{formatPercent(story.share, numberLocale)}</td>
                    <td style={cellStyle}>
                      {story.provenance.length > 0 ? (
                        <button
                          type="button"
                          style={linkButtonStyle}
                          aria-expanded={expanded}
                          onClick={() => setOpen((current) => ({ ...current, [key]: !expanded }))}
                          data-testid="ai-share-provenance-toggle"
                        >
                          {expanded
                            ? tr('Ẩn', 'Hide')
                            : tr(`Xem (${story.provenance.length})`, `Show (${story.provenance.length})`)}
                        </button>
                      ) : (
                        <span style={mutedStyle}>—</span>
                      )}
                    </td>
                  </tr>
                  {expanded && (
                    <tr>
                      <td
                        colSpan={headings.length}
                        style={{ ...cellStyle, background: 'var(--theme-elevation-50)' }}
                      >
                        <ProvenanceTable
                          entries={story.provenance}
                          tr={tr}
                          en={en}
                          numberLocale={numberLocale}
                        />
                      </td>
                    </tr>
                  )}
                </Fragment>
              )
            })}
          </tbody>
        </table>
      )}
      {page && page.totalPages > 1 && (
        <div style={{ ...rowStyle, gap: 'var(--base)', marginTop: 'var(--base)' }}>
          <SmallButton disabled={loading || page.page <= 1} onClick={() => onPage(page.page - 1)}>
            {tr('Trang trước', 'Previous')}
          </SmallButton>
          <span data-testid="ai-share-page">
            {tr(
              `Trang ${page.page}/${page.totalPages} (${formatNumber(page.totalDocs, numberLocale)} tin)`,
              `Page ${page.page}/${page.totalPages} (${formatNumber(page.totalDocs, numberLocale)} stories)`,
            )}
          </span>
          <SmallButton
            disabled={loading || page.page >= page.totalPages}
            onClick={() => onPage(page.page + 1)}
          >
            {tr('Trang sau', 'Next')}
          </SmallButton>
        </div>
      )}
    </section>
  )
}

type ProvenanceProps = { entries: Provenance[]; tr: Tr; en: boolean; numberLocale: string }

/** Every accepted AI text in the story: what, by which model and prompt, who took it, what is left. */
function ProvenanceTable({ entries, tr, en, numberLocale }: ProvenanceProps) {
  const small = { ...cellStyle, fontSize: '0.9em' }
  const headings = [
    tr('Trường', 'Field'),
    tr('Việc', 'Task'),
    tr('Mô hình / nguồn', 'Model / source'),
    tr('Phiên bản lời nhắc', 'Prompt version'),
    tr('Người nhận', 'Accepted by'),
    tr('Thời điểm', 'When'),
    tr('Ký tự AI → còn lại', 'AI chars → surviving'),
  ]
  return (
    <table style={{ width: '100%', borderCollapse: 'collapse' }} data-testid="ai-share-provenance">
      <thead>
        <tr>
          {headings.map((heading, index) => (
            <th key={index} style={small}>
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {entries.map((entry, index) => {
          const task = TASK_LABELS[entry.task as AiTask]
          return (
            <tr key={index}>
              <td style={small}>{fieldLabel(entry.field, en)}</td>
              <td style={small}>{task ? task[en ? 'en' : 'vi'] : entry.task}</td>
              <td style={small}>{[entry.model, entry.providerLabel].filter(Boolean).join(' · ') || '—'}</td>
              <td style={{ ...small, fontFamily: 'var(--font-mono)' }}>{entry.promptVersion || '—'}</td>
              <td style={small}>
                {entry.acceptedBy?.fullName || (entry.acceptedBy ? `#${entry.acceptedBy.id}` : '—')}
              </td>
              <td style={{ ...small, whiteSpace: 'nowrap' }}>
                {formatDate(entry.acceptedAt, numberLocale, true)}
              </td>
              <td style={{ ...small, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                {formatNumber(entry.aiChars, numberLocale)} →{' '}
                {formatNumber(entry.survivingChars, numberLocale)}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
