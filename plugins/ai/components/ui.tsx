'use client'

import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import type { ComponentProps, CSSProperties, KeyboardEvent, ReactNode } from 'react'

import type { Bilingual } from './api'

/** Small pieces shared by the AI panel and the AI-share view, built on Payload's theme variables. */

export type Tr = (vi: string, english: string) => string

export function useTr() {
  const { i18n } = useTranslation()
  const en = i18n.language === 'en'
  const tr: Tr = (vi, english) => (en ? english : vi)
  const numberLocale = en ? 'en-GB' : 'vi-VN'
  return { en, tr, numberLocale, pick: (label: Bilingual) => (en ? label.en : label.vi) }
}

/** "English" for `en`, from the admin's localization config; the code itself when unknown. */
export function useLocaleLabel() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const locales = config.localization ? config.localization.locales : []
  return (code: string): string => {
    const label = locales.find((locale) => locale.code === code)?.label
    if (!label) return code
    if (typeof label === 'string') return label
    return label[i18n.language] ?? label.vi ?? Object.values(label)[0] ?? code
  }
}

const DAY: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric' }
const DAY_TIME: Intl.DateTimeFormatOptions = { ...DAY, hour: '2-digit', minute: '2-digit' }

export function formatDate(iso: string | null | undefined, locale: string, withTime = false): string {
  if (!iso) return '—'
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(locale, withTime ? DAY_TIME : DAY)
}

export const formatNumber = (value: number, locale: string) => (value ?? 0).toLocaleString(locale)

export const formatPercent = (share: number, locale: string, digits = 1) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(share || 0)

/**
 * The panel sits inside the story's <form>: Enter in a single-line input would submit it and save
 * the story, which nobody pressing Enter in a "số lượng" box means to do.
 */
export const noEnterSubmit = (event: KeyboardEvent<HTMLInputElement>) => {
  if (event.key === 'Enter') event.preventDefault()
}

export const boxStyle: CSSProperties = {
  padding: 'var(--base)',
  marginBottom: 'var(--base)',
  borderRadius: 'var(--style-radius-m)',
  border: '1px solid var(--theme-elevation-150)',
  background: 'var(--theme-elevation-0)',
}

export const mutedStyle: CSSProperties = { color: 'var(--theme-elevation-500)', fontSize: '0.9em' }

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

export const textareaStyle: CSSProperties = { ...inputStyle, width: '100%', resize: 'vertical' }

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
