'use client'

import { Link, useConfig, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { noticeStyle } from './MediaKindCell'

export type AssetRightsNoticeProps = {
  /** Upload fields of the story to check (single or hasMany). */
  paths?: string[]
}

type MediaRights = {
  id: number | string
  filename?: string | null
  rightsExpiry?: string | null
  rightsExpired?: boolean | null
}

const DEFAULT_PATHS = ['featuredImage', 'assets']

/** Ids in an upload field's form value: an id, a populated doc, `{ relationTo, value }`, or a list of those. */
export function uploadIds(value: unknown): Array<number | string> {
  if (typeof value === 'number' || (typeof value === 'string' && value !== '')) return [value]
  if (Array.isArray(value)) return value.flatMap(uploadIds)
  if (value && typeof value === 'object') {
    const record = value as { id?: unknown; value?: unknown }
    if ('value' in record) return uploadIds(record.value)
    if ('id' in record) return uploadIds(record.id)
  }
  return []
}

export function isExpired(media: MediaRights, now = Date.now()): boolean {
  if (media.rightsExpired === true) return true
  const expiry = media.rightsExpiry ? Date.parse(media.rightsExpiry) : Number.NaN
  return Number.isFinite(expiry) && expiry < now
}

/**
 * Warns on the story while it still carries an asset whose rights have lapsed, so the editor removes
 * it before publishing rather than learning it from the publish hook (or from the rights holder).
 */
export function AssetRightsNotice({ paths = DEFAULT_PATHS }: AssetRightsNoticeProps) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const en = i18n.language === 'en'
  // A joined string, not an array: the selector's result is compared by identity, and a new array on
  // every keystroke would re-render (and re-fetch) on every keystroke.
  const idKey = useFormFields(([fields]) =>
    [...new Set(paths.flatMap((path) => uploadIds(fields[path]?.value)).map(String))].sort().join(','),
  )
  const [expired, setExpired] = useState<MediaRights[]>([])

  useEffect(() => {
    if (!idKey) {
      setExpired([])
      return
    }
    const controller = new AbortController()
    const url = `${config.routes.api}/media?where[id][in]=${encodeURIComponent(idKey)}&depth=0&limit=100`
    fetch(url, { credentials: 'include', signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`)
        const { docs } = (await response.json()) as { docs: MediaRights[] }
        setExpired(docs.filter((media) => isExpired(media)))
      })
      // A failed look-up only costs the early warning; keep what is still attached from the last answer.
      .catch(() => {
        if (controller.signal.aborted) return
        const ids = idKey.split(',')
        setExpired((previous) => previous.filter((media) => ids.includes(String(media.id))))
      })
    return () => controller.abort()
  }, [idKey, config.routes.api])

  if (expired.length === 0) return null

  const formatDate = (iso: string) =>
    new Date(iso).toLocaleDateString(en ? 'en-GB' : 'vi-VN', {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    })

  return (
    <div
      data-testid="asset-rights-notice"
      role="alert"
      style={{ ...noticeStyle('error'), marginBottom: 'var(--base)' }}
    >
      {expired.map((media) => (
        <div key={String(media.id)} data-media-id={media.id}>
          {en ? 'Rights expired for asset: ' : 'Tư liệu đã hết hạn bản quyền: '}
          <Link href={`${config.routes.admin}/collections/media/${media.id}`} prefetch={false}>
            {media.filename ?? `#${media.id}`}
          </Link>
          {media.rightsExpiry ? ` (${en ? 'expired' : 'hết hạn'} ${formatDate(media.rightsExpiry)})` : ''}
          {en ? ' — remove it from the story before publishing' : ' — gỡ khỏi tin bài trước khi xuất bản'}
        </div>
      ))}
    </div>
  )
}
