'use client'

import { Badge, boxStyle, cellStyle, mutedStyle, numberCellStyle, useTr } from '../../../src/admin/ui'
import type { RuleResult, Segment } from '../lib/compliance'
import { ORIGIN_LABELS } from '../lib/vocabulary'
import { clock, hours } from './api'

function Verdict({ rule }: { rule: RuleResult }) {
  const { tr } = useTr()
  if (!rule.applicable) return <Badge tone="elevation">{tr('Không áp dụng', 'N/A')}</Badge>
  return rule.ok ? (
    <Badge tone="success">✓ {tr('Đạt', 'Met')}</Badge>
  ) : (
    <Badge tone="error">✗ {tr('Chưa đạt', 'Not met')}</Badge>
  )
}

/** Each rule with its share against the target (rounded here, for display only). */
export function RulesTable({ rules }: { rules: RuleResult[] }) {
  const { tr, pick, numberLocale } = useTr()
  const percent = (value: number | null) =>
    value === null ? '—' : `${value.toLocaleString(numberLocale, { maximumFractionDigits: 1 })} %`
  return (
    <table style={{ width: '100%', borderCollapse: 'collapse' }} data-testid="airtime-rules">
      <thead>
        <tr>
          <th style={cellStyle}>{tr('Tiêu chí', 'Rule')}</th>
          <th style={numberCellStyle}>{tr('Thực tế', 'Value')}</th>
          <th style={numberCellStyle}>{tr('Mục tiêu', 'Target')}</th>
          <th style={cellStyle}>{tr('Tính trên', 'Of')}</th>
          <th style={cellStyle}>{tr('Kết quả', 'Result')}</th>
        </tr>
      </thead>
      <tbody>
        {rules.map((rule) => (
          <tr key={rule.rule} data-rule={rule.rule}>
            <td style={cellStyle} title={`${rule.source.document}: ${rule.source.text}`}>
              {pick(rule.label)}
              <div style={mutedStyle}>{pick(rule.measure)}</div>
            </td>
            <td style={numberCellStyle}>{percent(rule.percent)}</td>
            <td style={numberCellStyle}>
              {rule.threshold === null ? '—' : `${rule.comparison === 'min' ? '≥' : '≤'} ${rule.threshold} %`}
            </td>
            <td style={cellStyle}>
              {hours(rule.numeratorSeconds)} / {hours(rule.denominatorSeconds)}
            </td>
            <td style={cellStyle}>
              <Verdict rule={rule} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function ItemLine({ item }: { item: Segment }) {
  const { tr, pick } = useTr()
  return (
    <li>
      {clock(item.from)}–{clock(item.to)} <strong>{item.title}</strong>{' '}
      <span style={mutedStyle}>
        ({hours(item.seconds)}, {pick(ORIGIN_LABELS[item.origin])}
        {item.rerun ? tr(', phát lại', ', rerun') : ''}
        {item.carriedOver ? tr(', từ hôm trước', ', from the day before') : ''})
      </span>
    </li>
  )
}

/** The broken rules, each with the items causing it (and the gaps and overlaps for coverage). */
export function Violations({ rules }: { rules: RuleResult[] }) {
  const { tr, pick } = useTr()
  const broken = rules.filter((rule) => !rule.ok)
  if (broken.length === 0) return null
  return (
    <div data-testid="airtime-violations">
      <h3>{tr('Vi phạm', 'Violations')}</h3>
      {broken.map((rule) => (
        <div key={rule.rule} style={boxStyle}>
          <strong>{pick(rule.label)}</strong>
          {rule.gaps && rule.gaps.length > 0 && (
            <ul>
              {rule.gaps.map((gap) => (
                <li key={`gap-${gap.from}`}>
                  {tr('Khoảng trống', 'Gap')} {clock(gap.from)}–{clock(gap.to)} ({hours(gap.seconds)})
                  {gap.before ? `, ${tr('sau', 'after')} "${gap.before.title}"` : ''}
                  {gap.after ? `, ${tr('trước', 'before')} "${gap.after.title}"` : ''}
                </li>
              ))}
            </ul>
          )}
          {rule.overlaps && rule.overlaps.length > 0 && (
            <ul>
              {rule.overlaps.map((o) => (
                <li key={`overlap-${o.from}-${o.items[0].id}-${o.items[1].id}`}>
                  {tr('Chồng lấn', 'Overlap')} {clock(o.from)}–{clock(o.to)}: "{o.items[0].title}" / "
                  {o.items[1].title}"
                </li>
              ))}
            </ul>
          )}
          {!rule.gaps && rule.violatingItems.length > 0 && (
            <>
              <div style={mutedStyle}>
                {tr('Các mục kéo chỉ số sai hướng:', 'Items pushing it the wrong way:')}
              </div>
              <ul>
                {rule.violatingItems.map((item) => (
                  <ItemLine key={`${item.id}-${item.from}`} item={item} />
                ))}
              </ul>
            </>
          )}
        </div>
      ))}
    </div>
  )
}
