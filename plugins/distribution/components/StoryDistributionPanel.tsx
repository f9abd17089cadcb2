'use client'

import { Link, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useEffect, useState } from 'react'

import type { StoryDistribution } from './api'
import { ApiError, messageOf, requestJson } from './api'
import { anyInFlight, latestPerTargetAction } from './deliveryQuery'
import { TargetCard } from './TargetCard'
import { boxStyle, mutedStyle, Notice, useTr } from './ui'

const POLL_MS = 3000

/**
 * "Phát hành" in the story's sidebar: each target the story goes to, what it would refuse in the
 * saved story, and the latest delivery per target and action. Asks again after every save and,
 * while something is queued or sent, every few seconds; a story not yet saved shows nothing.
 */
export function StoryDistributionPanel() {
  const { id, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const { tr } = useTr()
  const api = config.routes.api
  const saved = id !== undefined && id !== null
  const [data, setData] = useState<StoryDistribution | null>(null)
  const [error, setError] = useState<string>()

  useEffect(() => {
    if (!saved) return
    const controller = new AbortController()
    let timer: ReturnType<typeof setTimeout> | undefined
    const load = async () => {
      try {
        const body = await requestJson<StoryDistribution>(
          `${api}/stories/${encodeURIComponent(String(id))}/distribution`,
          { signal: controller.signal },
        )
        setData(body)
        setError(undefined)
        const latest = [...latestPerTargetAction(body.deliveries).values()].flatMap((m) => [...m.values()])
        if (anyInFlight(latest)) timer = setTimeout(load, POLL_MS)
      } catch (caught) {
        if (controller.signal.aborted) return
        setError(messageOf(caught))
        // A restarting server mends itself; a 4xx will not by asking again.
        if (!(caught instanceof ApiError) || caught.status >= 500) timer = setTimeout(load, POLL_MS * 4)
      }
    }
    void load()
    return () => {
      controller.abort()
      clearTimeout(timer)
    }
  }, [api, id, saved, lastUpdateTime])

  if (!saved) return null

  const latest = latestPerTargetAction(data?.deliveries ?? [])
  const checked = new Set((data?.targets ?? []).map((target) => String(target.id)))
  const formerTargets = [...latest.keys()].filter((targetId) => !checked.has(targetId))
  const overview = formatAdminURL({ adminRoute: config.routes.admin, path: '/distribution' })

  return (
    <div data-testid="distribution-panel" data-state={data ? 'loaded' : 'loading'} style={boxStyle}>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'baseline' }}>
        <strong>{tr('Phát hành', 'Distribution')}</strong>
        <Link href={overview} prefetch={false} style={{ fontSize: '0.9em' }}>
          {tr('Tất cả lượt phát hành', 'All deliveries')}
        </Link>
      </div>
      {error && <Notice tone="error">{error}</Notice>}
      {!data && !error && <div style={mutedStyle}>{tr('Đang tải…', 'Loading…')}</div>}
      {data && data.targets.length === 0 && formerTargets.length === 0 && (
        <div style={mutedStyle} data-testid="no-targets">
          {tr(
            'Tin chưa có đích phát hành: chọn ở mục "Phát hành đa nền tảng" hoặc đặt mặc định cho ấn phẩm, ban, chuyên mục.',
            'No targets: choose them under "Distribution" or set defaults for publications, desks and sections.',
          )}
        </div>
      )}
      {data && (data.targets.length > 0 || formerTargets.length > 0) && (
        <>
          <div style={mutedStyle}>
            {tr('Kiểm tra trên bản đã lưu của tin.', 'Checked against the saved story.')}
          </div>
          <ul style={{ listStyle: 'none', margin: '4px 0 0', padding: 0 }}>
            {data.targets.map((target) => (
              <TargetCard
                key={String(target.id)}
                targetId={String(target.id)}
                check={target}
                latest={latest.get(String(target.id))}
              />
            ))}
            {formerTargets.map((targetId) => (
              <TargetCard key={targetId} targetId={targetId} latest={latest.get(targetId)} />
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
