'use client'

import { boxStyle, mutedStyle, useTr } from '../../../src/admin/ui'
import type { PillarScore } from './api'

/** Each pillar's score against its maximum, as a bar. */
export function PillarBars({ pillars }: { pillars: PillarScore[] }) {
  const { tr, en, numberLocale } = useTr()
  const number = (value: number) => value.toLocaleString(numberLocale, { maximumFractionDigits: 2 })
  return (
    <div style={boxStyle} data-testid="maturity-pillars">
      {pillars.map((pillar) => {
        const share = pillar.max ? Math.min(1, pillar.score / pillar.max) : 0
        return (
          <div
            key={pillar.key}
            style={{ marginBottom: 'calc(var(--base) / 2)' }}
            data-testid={`maturity-pillar-${pillar.key}`}
          >
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 'var(--base)' }}>
              <span>{en ? pillar.labelEn : pillar.label}</span>
              <strong>
                {number(pillar.score)}/{pillar.max}
              </strong>
            </div>
            <div
              role="meter"
              aria-valuemin={0}
              aria-valuemax={pillar.max}
              aria-valuenow={pillar.score}
              style={{
                height: 10,
                borderRadius: 5,
                background: 'var(--theme-elevation-150)',
                overflow: 'hidden',
              }}
            >
              <div
                style={{ width: `${share * 100}%`, height: '100%', background: 'var(--theme-success-500)' }}
              />
            </div>
            <span style={mutedStyle}>
              {tr(
                `${pillar.answered}/${pillar.criteria} tiêu chí đã chấm`,
                `${pillar.answered}/${pillar.criteria} criteria scored`,
              )}
              {pillar.criteriaMax !== pillar.max &&
                tr(
                  ` — các tiêu chí cộng lại ${number(pillar.criteriaMax)}/${pillar.max} điểm`,
                  ` — criteria add up to ${number(pillar.criteriaMax)}/${pillar.max}`,
                )}
            </span>
          </div>
        )
      })}
    </div>
  )
}
