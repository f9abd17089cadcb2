'use client'

import { AI_CLASS_LABELS } from '../lib/taskLabels'
import type { AiClass, ShareResponse } from './api'
import { AI_CLASSES } from './shareQuery'
import { GROUP_BY_LABELS } from './ShareFilters'
import { linkButtonStyle } from './ShareSummary'
import { PROVINCE_TARGET } from './shareRoles'
import { cellStyle, formatNumber, formatPercent, numberCellStyle, useTr } from './ui'

type Props = {
  data: ShareResponse
  selectedKey?: string
  onDrill: (groupKey: string, klass?: AiClass) => void
}

/** One row per desk, channel or month; a row or one of its counts opens the stories behind it. */
export function ShareGroupsTable({ data, selectedKey, onDrill }: Props) {
  const { tr, pick, numberLocale } = useTr()
  const headings = [
    pick(GROUP_BY_LABELS[data.groupBy]),
    tr('Số tin', 'Stories'),
    ...AI_CLASSES.map((klass) => pick(AI_CLASS_LABELS[klass])),
    tr('Tỷ lệ AI', 'AI share'),
  ]

  return (
    <table style={{ width: '100%', borderCollapse: 'collapse' }} data-testid="ai-share-groups">
      <thead>
        <tr>
          {headings.map((heading, index) => (
            <th
              key={index}
              style={index === 0 || index === headings.length - 1 ? cellStyle : numberCellStyle}
            >
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {data.groups.map((group) => (
          <tr
            key={group.key}
            data-testid="ai-share-group"
            data-key={group.key}
            onClick={() => onDrill(group.key)}
            style={{
              cursor: 'pointer',
              background: group.key === selectedKey ? 'var(--theme-elevation-100)' : undefined,
            }}
          >
            <td style={cellStyle}>
              <button
                type="button"
                style={{ ...linkButtonStyle, textAlign: 'left' }}
                onClick={(event) => {
                  event.stopPropagation()
                  onDrill(group.key)
                }}
              >
                {group.label}
              </button>
            </td>
            <td style={numberCellStyle}>{formatNumber(group.stories, numberLocale)}</td>
            {AI_CLASSES.map((klass) => (
              <td key={klass} style={numberCellStyle}>
                {group[klass] > 0 ? (
                  <button
                    type="button"
                    style={linkButtonStyle}
                    aria-label={`${group.label}: ${pick(AI_CLASS_LABELS[klass])} (${group[klass]})`}
                    onClick={(event) => {
                      event.stopPropagation()
                      onDrill(group.key, klass)
                    }}
                    data-testid={`ai-share-group-${klass}`}
                  >
                    {formatNumber(group[klass], numberLocale)}
                  </button>
                ) : (
                  '0'
                )}
              </td>
            ))}
            <td style={{ ...cellStyle, minWidth: 180 }}>
              <ShareBar share={group.aiShare} label={formatPercent(group.aiShare, numberLocale)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** A small horizontal bar with the province band's edges ticked, and the percentage beside it. */
function ShareBar({ share, label }: { share: number; label: string }) {
  const at = (value: number) => `${Math.min(100, Math.max(0, value * 100))}%`
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
      <div
        aria-hidden
        style={{
          position: 'relative',
          flex: '1 1 100px',
          height: 8,
          borderRadius: 4,
          background: 'var(--theme-elevation-100)',
          overflow: 'hidden',
        }}
      >
        <div style={{ width: at(share), height: '100%', background: 'var(--theme-success-500)' }} />
        {[PROVINCE_TARGET.min, PROVINCE_TARGET.max].map((edge) => (
          <div
            key={edge}
            style={{
              position: 'absolute',
              top: 0,
              bottom: 0,
              left: at(edge),
              width: 1,
              background: 'var(--theme-elevation-500)',
            }}
          />
        ))}
      </div>
      <span style={{ minWidth: '3.5em', textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
        {label}
      </span>
    </div>
  )
}
