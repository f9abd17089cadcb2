'use client'

import type { CSSProperties } from 'react'

import { mutedStyle, useTr } from '../../../src/admin/ui'
import type { Gap, Segment } from '../lib/compliance'
import { ORIGIN_LABELS, type Origin } from '../lib/vocabulary'
import { clock } from './api'

const DAY = 86_400
export const ORIGIN_COLOURS: Record<Origin, string> = {
  self: 'var(--theme-success-500)',
  domestic: '#3b82f6',
  foreign: 'var(--theme-warning-500, #f59e0b)',
}
const ADS_COLOUR = 'var(--theme-elevation-400)'

const at = (seconds: number): CSSProperties => ({ left: `${(seconds / DAY) * 100}%` })
const span = (from: number, to: number): CSSProperties => ({
  ...at(from),
  width: `${((to - from) / DAY) * 100}%`,
})

/** The 24 hours as one bar: items coloured by origin (advertising grey), gaps hatched red. */
export function Timeline({ segments, gaps }: { segments: Segment[]; gaps: Gap[] }) {
  const { tr, pick } = useTr()
  const bar: CSSProperties = {
    position: 'relative',
    height: 36,
    borderRadius: 'var(--style-radius-s)',
    background: 'var(--theme-elevation-50)',
    overflow: 'hidden',
    border: '1px solid var(--theme-elevation-150)',
  }
  return (
    <div data-testid="airtime-timeline">
      <div style={bar}>
        {segments.map((s) => (
          <div
            key={`${s.id}-${s.from}`}
            title={`${clock(s.from)}–${clock(s.to)} ${s.title} (${pick(ORIGIN_LABELS[s.origin])}${s.rerun ? tr(', phát lại', ', rerun') : ''})`}
            style={{
              position: 'absolute',
              top: 0,
              bottom: 0,
              ...span(s.from, s.to),
              background: s.genre === 'ads' ? ADS_COLOUR : ORIGIN_COLOURS[s.origin],
              opacity: s.rerun ? 0.6 : 1,
              borderRight: '1px solid var(--theme-elevation-0)',
            }}
          />
        ))}
        {gaps.map((g) => (
          <div
            key={`gap-${g.from}`}
            title={`${tr('Khoảng trống', 'Gap')} ${clock(g.from)}–${clock(g.to)}`}
            style={{
              position: 'absolute',
              top: 0,
              bottom: 0,
              ...span(g.from, g.to),
              background:
                'repeating-linear-gradient(45deg, var(--theme-error-500) 0 4px, transparent 4px 8px)',
            }}
          />
        ))}
      </div>
      <div style={{ position: 'relative', height: 18, ...mutedStyle }}>
        {[0, 3, 6, 9, 12, 15, 18, 21].map((h) => (
          <span key={h} style={{ position: 'absolute', ...at(h * 3600) }}>
            {String(h).padStart(2, '0')}h
          </span>
        ))}
      </div>
      <div style={{ display: 'flex', gap: 'var(--base)', flexWrap: 'wrap', ...mutedStyle }}>
        {(Object.keys(ORIGIN_COLOURS) as Origin[]).map((origin) => (
          <span key={origin}>
            <span
              style={{ display: 'inline-block', width: 12, height: 12, background: ORIGIN_COLOURS[origin] }}
            />{' '}
            {pick(ORIGIN_LABELS[origin])}
          </span>
        ))}
        <span>
          <span style={{ display: 'inline-block', width: 12, height: 12, background: ADS_COLOUR }} />{' '}
          {tr('Quảng cáo', 'Advertising')}
        </span>
        <span>{tr('Nhạt hơn: phát lại', 'Lighter: rerun')}</span>
      </div>
    </div>
  )
}
