'use client'

import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { boxStyle, mutedStyle, useTr } from '../../../src/admin/ui'
import type { StoryPlacements } from './api'
import { messageOf, requestJson } from './api'
import { FitBadge } from './FitBar'

/**
 * Story sidebar: the print editions and pages this story is placed on. The planned length itself
 * is already measured live by the print LengthMeter; this says where that plan comes from.
 */
export function StoryPrintPlacements() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { tr } = useTr()
  // Refetch after a save: the revision changes on every save.
  const revision = useFormFields(([fields]) => fields.revision?.value)
  const [answer, setAnswer] = useState<StoryPlacements>()
  const [error, setError] = useState<string>()

  useEffect(() => {
    if (id === undefined || id === null) return
    const controller = new AbortController()
    requestJson<StoryPlacements>(
      `${config.routes.api}/stories/${encodeURIComponent(String(id))}/placements`,
      {
        signal: controller.signal,
      },
    )
      .then((result) => {
        setAnswer(result)
        setError(undefined)
      })
      .catch((err) => !controller.signal.aborted && setError(messageOf(err)))
    return () => controller.abort()
  }, [config.routes.api, id, revision])

  if (id === undefined || id === null || (!error && !answer?.docs.length)) return null
  return (
    <div style={boxStyle} data-testid="story-print-placements">
      <strong>{tr('Trên báo in', 'In print')}</strong>
      {error && <p style={mutedStyle}>{error}</p>}
      <ul style={{ listStyle: 'none', padding: 0, margin: '6px 0 0' }}>
        {answer?.docs.map((placement) => (
          <li key={String(placement.id)} style={{ marginBottom: 6 }}>
            <a href={`${config.routes.admin}/print?edition=${placement.edition?.id ?? ''}`}>
              {placement.edition?.title ?? '—'}
            </a>
            <div style={mutedStyle}>
              {tr('Trang', 'Page')} {placement.page}
              {placement.slot ? ` · ${placement.slot}` : ''}
              {placement.planned
                ? ` · ${placement.actual}/${placement.planned} ${tr('ký tự', 'chars')}`
                : ''}{' '}
              <FitBadge status={placement.status} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}
