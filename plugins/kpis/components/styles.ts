import type { CSSProperties } from 'react'

/** Layout pieces of the figures dashboard, on Payload's theme variables (light and dark). */

export { inputStyle, rowStyle } from '../../../src/admin/ui'

export const sectionStyle: CSSProperties = { marginTop: 'calc(var(--base) * 2)' }

export const gridStyle = (minWidth: number, alignItems: 'start' | 'stretch' = 'start'): CSSProperties => ({
  display: 'grid',
  gridTemplateColumns: `repeat(auto-fill, minmax(${minWidth}px, 1fr))`,
  gap: 'var(--base)',
  alignItems,
})

export const tileStyle: CSSProperties = {
  padding: 'calc(var(--base) * 0.75)',
  borderRadius: 'var(--style-radius-m)',
  border: '1px solid var(--theme-elevation-150)',
  background: 'var(--theme-elevation-0)',
}

export const bigNumberStyle: CSSProperties = {
  fontSize: '1.6rem',
  fontWeight: 700,
  lineHeight: 1.2,
  fontVariantNumeric: 'tabular-nums',
}

export const linkButtonStyle: CSSProperties = {
  background: 'none',
  border: 'none',
  padding: 0,
  color: 'var(--theme-success-600, #2563eb)',
  textDecoration: 'underline',
  cursor: 'pointer',
  font: 'inherit',
}

/** Looks like Payload's secondary button, but is a real link (the report is a download). */
export const downloadLinkStyle: CSSProperties = {
  display: 'inline-flex',
  alignItems: 'center',
  gap: 6,
  padding: '4px 12px',
  borderRadius: 'var(--style-radius-s)',
  border: '1px solid var(--theme-elevation-800)',
  color: 'var(--theme-elevation-800)',
  textDecoration: 'none',
  fontWeight: 500,
  whiteSpace: 'nowrap',
}
