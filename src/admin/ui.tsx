'use client'

import { Button, useTranslation } from '@payloadcms/ui'
import type { ComponentProps, CSSProperties, ReactNode } from 'react'

/** Small pieces the plugins' admin components share, built on Payload's theme variables. */

export type Bilingual = { vi: string; en: string }

export type Tr = (vi: string, english: string) => string

export function useTr() {
  const { i18n } = useTranslation()
  const en = i18n.language === 'en'
  const tr: Tr = (vi, english) => (en ? english : vi)
  const numberLocale = en ? 'en-GB' : 'vi-VN'
  return { en, tr, numberLocale, pick: (label: Bilingual) => (en ? label.en : label.vi) }
}

export const boxStyle: CSSProperties = {
  padding: 'var(--base)',
  marginBottom: 'var(--base)',
  borderRadius: 'var(--style-radius-m)',
  border: '1px solid var(--theme-elevation-150)',
  background: 'var(--theme-elevation-0)',
}

export const rowStyle: CSSProperties = {
  display: 'flex',
  gap: 'calc(var(--base) / 2)',
  alignItems: 'center',
  flexWrap: 'wrap',
}

export const inputStyle: CSSProperties = {
  padding: '4px 8px',
  border: '1px solid var(--theme-elevation-250)',
  borderRadius: 'var(--style-radius-s)',
  background: 'var(--theme-input-bg, var(--theme-elevation-0))',
  color: 'var(--theme-elevation-800)',
  font: 'inherit',
}

export const mutedStyle: CSSProperties = { color: 'var(--theme-elevation-500)', fontSize: '0.9em' }

export const cellStyle: CSSProperties = {
  padding: '6px 8px',
  borderBottom: '1px solid var(--theme-elevation-150)',
  textAlign: 'left',
  verticalAlign: 'top',
}

export const numberCellStyle: CSSProperties = {
  ...cellStyle,
  textAlign: 'right',
  fontVariantNumeric: 'tabular-nums',
}

export type Tone = 'error' | 'warning' | 'success' | 'elevation'

/** A red / amber / green box; the same colours as the media plugin's notices. */
export const noticeStyle = (tone: Tone): CSSProperties => ({
  padding: 'calc(var(--base) / 2) calc(var(--base) * 0.75)',
  margin: 'calc(var(--base) / 2) 0',
  borderRadius: 'var(--style-radius-s)',
  border: `1px solid var(--theme-${tone}-${tone === 'error' ? 500 : 300})`,
  // Payload's theme defines no warning-50; fall back to the next shade.
  background: `var(--theme-${tone}-50, var(--theme-${tone}-100))`,
  color: `var(--theme-${tone}-800)`,
})

export function Notice({ tone, children, testId }: { tone: Tone; children: ReactNode; testId?: string }) {
  return (
    <div style={noticeStyle(tone)} role={tone === 'error' ? 'alert' : undefined} data-testid={testId}>
      {children}
    </div>
  )
}

export function Badge({ tone, children, title }: { tone: Tone; children: ReactNode; title?: string }) {
  return (
    <span
      title={title}
      style={{
        display: 'inline-block',
        padding: '0 calc(var(--base) / 2)',
        borderRadius: 'var(--style-radius-l)',
        lineHeight: 'calc(var(--base) * 1.2)',
        fontSize: '0.85em',
        fontWeight: 600,
        whiteSpace: 'nowrap',
        background: `var(--theme-${tone}-${tone === 'elevation' ? 150 : 100})`,
        color: `var(--theme-${tone}-800)`,
      }}
    >
      {children}
    </span>
  )
}

export const SmallButton = (props: ComponentProps<typeof Button>) => (
  <Button buttonStyle="secondary" size="small" margin={false} {...props} />
)
