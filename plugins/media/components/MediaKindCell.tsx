'use client'

import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import type { CSSProperties } from 'react'

import type { ProcessingStatus } from '../types'

const STATUS_LABELS: Record<ProcessingStatus, { vi: string; en: string }> = {
  pending: { vi: 'Đang chờ xử lý', en: 'Waiting' },
  processing: { vi: 'Đang xử lý', en: 'Processing' },
  ready: { vi: 'Sẵn sàng', en: 'Ready' },
  failed: { vi: 'Lỗi', en: 'Failed' },
}

// Theme-aware variables, so the badge stays readable in the admin's dark mode too.
const STATUS_COLOURS: Record<ProcessingStatus, string> = {
  pending: 'elevation',
  processing: 'warning',
  ready: 'success',
  failed: 'error',
}

export function isProcessingStatus(value: unknown): value is ProcessingStatus {
  return typeof value === 'string' && value in STATUS_LABELS
}

export function statusLabel(status: ProcessingStatus, language: string): string {
  return STATUS_LABELS[status][language === 'en' ? 'en' : 'vi']
}

export function badgeStyle(status: ProcessingStatus): CSSProperties {
  const colour = STATUS_COLOURS[status]
  return {
    display: 'inline-block',
    padding: '0 calc(var(--base) / 2)',
    borderRadius: 'var(--style-radius-l)',
    lineHeight: 'calc(var(--base) * 1.2)',
    fontSize: '0.85em',
    fontWeight: 600,
    whiteSpace: 'nowrap',
    background: `var(--theme-${colour}-${colour === 'elevation' ? 150 : 100})`,
    color: `var(--theme-${colour}-800)`,
  }
}

/** A red (error) or amber (warning) box, shared by the media edit panel and the story's rights notice. */
export const noticeStyle = (tone: 'error' | 'warning'): CSSProperties => ({
  padding: 'calc(var(--base) / 2) calc(var(--base) * 0.75)',
  margin: 'calc(var(--base) / 2) 0',
  borderRadius: 'var(--style-radius-s)',
  border: `1px solid var(--theme-${tone}-${tone === 'error' ? 500 : 300})`,
  background: `var(--theme-${tone}-50)`,
  color: `var(--theme-${tone}-800)`,
})

export function formatBytes(bytes: number, locale: string): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })
  if (bytes >= 1024 * 1024) return `${number.format(bytes / (1024 * 1024))} MB`
  return `${number.format(Math.max(1, Math.round(bytes / 1024)))} KB`
}

export function formatSeconds(total: number): string {
  const seconds = Math.max(0, Math.round(total))
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60]
  const mmss = `${String(m).padStart(h ? 2 : 1, '0')}:${String(s).padStart(2, '0')}`
  return h ? `${h}:${mmss}` : mmss
}

export type ProcessingBadgeProps = { status: ProcessingStatus; title?: string }

export function ProcessingBadge({ status, title }: ProcessingBadgeProps) {
  const { i18n } = useTranslation()
  return (
    <span className="processing-badge" data-status={status} title={title} style={badgeStyle(status)}>
      {statusLabel(status, i18n.language)}
    </span>
  )
}

/**
 * List-view cell for the media `processing` group, or for its `status` field alone (then the
 * group comes from the row): the badge, with the worker's error as a tooltip.
 */
export function MediaKindCell({ cellData, rowData }: DefaultCellComponentProps) {
  const processing = (rowData?.processing ?? {}) as { status?: unknown; error?: unknown }
  const status = typeof cellData === 'string' ? cellData : (cellData?.status ?? processing.status)
  // Files uploaded before the worker existed have no status: they were never queued, so show nothing.
  if (!isProcessingStatus(status)) return null
  const error = cellData?.error ?? processing.error
  return (
    <ProcessingBadge
      status={status}
      title={status === 'failed' && typeof error === 'string' ? error : undefined}
    />
  )
}
