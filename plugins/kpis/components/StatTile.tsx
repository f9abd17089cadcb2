'use client'

import type { ReactNode } from 'react'

import { mutedStyle } from '../../../src/admin/ui'
import { bigNumberStyle, tileStyle } from './styles'

/** One headline figure of a section (revenue actual, audience views…), with a line under it. */
export function StatTile({
  label,
  value,
  note,
  testId,
}: {
  label: string
  value: string
  note?: ReactNode
  testId?: string
}) {
  return (
    <div style={tileStyle} data-testid={testId}>
      <div style={mutedStyle}>{label}</div>
      <div
        style={{ ...bigNumberStyle, fontSize: '1.3rem' }}
        data-testid={testId ? `${testId}-value` : undefined}
      >
        {value}
      </div>
      {note && <div style={{ ...mutedStyle, marginTop: 2 }}>{note}</div>}
    </div>
  )
}
