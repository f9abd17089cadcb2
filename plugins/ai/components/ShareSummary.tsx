'use client'

import type { CSSProperties, ReactNode } from 'react'

import { AI_CLASS_LABELS } from '../lib/taskLabels'
import type { AiClass, ShareResponse } from './api'
import { AI_CLASSES } from './shareQuery'
import { PROVINCE_TARGET } from './shareRoles'
import { boxStyle, formatNumber, formatPercent, mutedStyle, rowStyle, type Tone, useTr } from './ui'

type Props = {
  data: ShareResponse
  /** Opens the list of stories: all of them, or those of one class. */
  onDrill: (klass?: AiClass) => void
}

export const CLASS_COLOURS: Record<AiClass, string> = {
  human: 'var(--theme-elevation-300)',
  assisted: 'var(--theme-success-400)',
  generated: 'var(--theme-warning-600)',
}

export const CLASS_TONES: Record<AiClass, Tone> = {
  human: 'elevation',
  assisted: 'success',
  generated: 'warning',
}

/** A count that opens its stories: a button that looks like a link, so the table stays readable. */
export const linkButtonStyle: CSSProperties = {
  background: 'none',
  border: 0,
  padding: 0,
  font: 'inherit',
  color: 'inherit',
  textDecoration: 'underline',
  textDecorationColor: 'var(--theme-elevation-300)',
  cursor: 'pointer',
}

/** Totals of the period: the AI share against the province's target band, and the three classes. */
export function ShareSummary({ data, onDrill }: Props) {
  const { tr, pick, numberLocale } = useTr()
  const { total, thresholds } = data
  const pct = (share: number) => formatPercent(share, numberLocale)
  const range = `${Math.round(PROVINCE_TARGET.min * 100)}–${Math.round(PROVINCE_TARGET.max * 100)}%`
  const standing =
    total.aiShare < PROVINCE_TARGET.min
      ? { tone: 'var(--theme-warning-800)', text: tr('Dưới mục tiêu', 'Below target') }
      : total.aiShare > PROVINCE_TARGET.max
        ? { tone: 'var(--theme-elevation-800)', text: tr('Trên khoảng mục tiêu', 'Above the target band') }
        : { tone: 'var(--theme-success-800)', text: tr('Trong khoảng mục tiêu', 'Within target') }

  return (
    <section data-testid="ai-share-summary" style={{ ...boxStyle, display: 'grid', gap: 'var(--base)' }}>
      <div style={{ ...rowStyle, alignItems: 'baseline', gap: 'var(--base)' }}>
        <div>
          <div style={mutedStyle}>{tr('Tỷ lệ tin bài có ứng dụng AI', 'Share of stories made with AI')}</div>
          <div
            data-testid="ai-share-total"
            style={{ fontSize: 'calc(var(--base) * 2.4)', fontWeight: 700, lineHeight: 1.1 }}
          >
            {pct(total.aiShare)}
          </div>
        </div>
        {total.stories > 0 && <strong style={{ color: standing.tone }}>{standing.text}</strong>}
      </div>

      <div>
        <TargetBand share={total.aiShare} />
        <div style={{ ...mutedStyle, marginTop: 4 }}>
          {tr(
            `Mục tiêu tỉnh: ${range} tin bài có ứng dụng AI`,
            `Province target: ${range} of stories using AI`,
          )}
        </div>
      </div>

      <div style={{ ...rowStyle, gap: 'calc(var(--base) * 1.5)' }}>
        <Figure label={tr('Tin đã xuất bản', 'Published stories')}>
          <button
            type="button"
            style={linkButtonStyle}
            onClick={() => onDrill()}
            data-testid="ai-share-drill-all"
          >
            {formatNumber(total.stories, numberLocale)}
          </button>
        </Figure>
        {AI_CLASSES.map((klass) => (
          <Figure key={klass} label={pick(AI_CLASS_LABELS[klass])} colour={CLASS_COLOURS[klass]}>
            <button
              type="button"
              style={linkButtonStyle}
              onClick={() => onDrill(klass)}
              data-testid={`ai-share-drill-${klass}`}
            >
              {formatNumber(total[klass], numberLocale)}
            </button>{' '}
            <span style={mutedStyle}>({pct(total.stories ? total[klass] / total.stories : 0)})</span>
          </Figure>
        ))}
      </div>

      {total.stories > 0 && <ClassBar counts={total} />}

      <p style={{ ...mutedStyle, margin: 0 }} data-testid="ai-share-thresholds">
        {tr(
          `Có AI hỗ trợ khi ≥ ${pct(thresholds.assistedMinShare)} ký tự do AI; do AI tạo khi ≥ ${pct(thresholds.generatedMinShare)}.`,
          `AI-assisted from ${pct(thresholds.assistedMinShare)} of characters written by AI; AI-generated from ${pct(thresholds.generatedMinShare)}.`,
        )}
        {thresholds.taggingCountsAsAssisted &&
          tr(
            ' Gắn thẻ bằng AI cũng được tính là có AI hỗ trợ.',
            ' Tags accepted from AI also count as AI assistance.',
          )}
      </p>
    </section>
  )
}

function Figure({ label, colour, children }: { label: string; colour?: string; children: ReactNode }) {
  return (
    <div>
      <div style={{ ...mutedStyle, display: 'flex', alignItems: 'center', gap: 6 }}>
        {colour && (
          <span
            aria-hidden
            style={{ width: 10, height: 10, borderRadius: 2, background: colour, display: 'inline-block' }}
          />
        )}
        {label}
      </div>
      <div
        style={{ fontSize: 'calc(var(--base) * 1.2)', fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}
      >
        {children}
      </div>
    </div>
  )
}

/** 0–100 % scale with the target band shaded and a marker at the current share. */
function TargetBand({ share }: { share: number }) {
  const at = (value: number) => `${Math.min(100, Math.max(0, value * 100))}%`
  return (
    <div
      aria-hidden
      style={{
        position: 'relative',
        height: 16,
        borderRadius: 'var(--style-radius-s)',
        background: 'var(--theme-elevation-100)',
        maxWidth: 640,
      }}
    >
      <div
        style={{
          position: 'absolute',
          top: 0,
          bottom: 0,
          left: at(PROVINCE_TARGET.min),
          width: at(PROVINCE_TARGET.max - PROVINCE_TARGET.min),
          background: 'var(--theme-success-150)',
          borderLeft: '1px dashed var(--theme-success-600)',
          borderRight: '1px dashed var(--theme-success-600)',
        }}
      />
      <div
        style={{
          position: 'absolute',
          top: -3,
          bottom: -3,
          left: `calc(${at(share)} - 2px)`,
          width: 4,
          borderRadius: 2,
          background: 'var(--theme-elevation-800)',
        }}
      />
    </div>
  )
}

/** The three classes as one stacked bar. */
function ClassBar({ counts }: { counts: Record<AiClass, number> & { stories: number } }) {
  return (
    <div
      aria-hidden
      style={{
        display: 'flex',
        height: 10,
        maxWidth: 640,
        borderRadius: 'var(--style-radius-s)',
        overflow: 'hidden',
      }}
    >
      {AI_CLASSES.map((klass) => (
        <div
          key={klass}
          style={{ width: `${(counts[klass] / counts.stories) * 100}%`, background: CLASS_COLOURS[klass] }}
        />
      ))}
    </div>
  )
}
