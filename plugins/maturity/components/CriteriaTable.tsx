'use client'

import { cellStyle, mutedStyle, numberCellStyle, useTr } from '../../../src/admin/ui'
import { parsePoints, type CriterionRow, type Edit, type Id, type PillarScore } from './api'
import { EvidenceUpload } from './EvidenceUpload'

type Props = {
  api: string
  assessment: Id
  pillar: PillarScore
  rows: CriterionRow[]
  edits: Record<string, Edit>
  editable: boolean
  onEdit: (criterion: Id, edit: Edit) => void
  onChanged: () => void
}

/** One pillar's criteria: points and note inputs, the KPI evidence, the files. */
export function CriteriaTable({ api, assessment, pillar, rows, edits, editable, onEdit, onChanged }: Props) {
  const { tr, en } = useTr()
  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <h3>
        {en ? pillar.labelEn : pillar.label} ({pillar.score.toLocaleString(en ? 'en-GB' : 'vi-VN')}/
        {pillar.max})
      </h3>
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th style={cellStyle}>{tr('Mã', 'Code')}</th>
            <th style={cellStyle}>{tr('Tiêu chí', 'Criterion')}</th>
            <th style={numberCellStyle}>{tr('Tối đa', 'Max')}</th>
            <th style={numberCellStyle}>{tr('Điểm', 'Points')}</th>
            <th style={cellStyle}>{tr('Giải trình và minh chứng', 'Note and evidence')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const edit = edits[String(row.id)] ?? {
              points: row.points === null ? '' : String(row.points),
              note: row.note ?? '',
            }
            const points = parsePoints(edit.points)
            const invalid = points !== null && (Number.isNaN(points) || points > row.maxPoints)
            return (
              <tr key={row.id} data-testid={`maturity-criterion-${row.code}`}>
                <td style={cellStyle}>{row.code}</td>
                <td style={cellStyle}>
                  {row.text}
                  {row.guidance && <div style={mutedStyle}>{row.guidance}</div>}
                </td>
                <td style={numberCellStyle}>{row.maxPoints}</td>
                <td style={numberCellStyle}>
                  <input
                    type="text"
                    inputMode="decimal"
                    value={edit.points}
                    disabled={!editable}
                    aria-invalid={invalid}
                    aria-label={tr(`Điểm tiêu chí ${row.code}`, `Points for ${row.code}`)}
                    style={{
                      width: '5em',
                      textAlign: 'right',
                      borderColor: invalid ? 'var(--theme-error-500)' : undefined,
                    }}
                    onChange={(event) => onEdit(row.id, { ...edit, points: event.target.value })}
                  />
                </td>
                <td style={cellStyle}>
                  <textarea
                    value={edit.note}
                    disabled={!editable}
                    rows={2}
                    style={{ width: '100%' }}
                    placeholder={tr('Giải trình', 'Note')}
                    onChange={(event) => onEdit(row.id, { ...edit, note: event.target.value })}
                  />
                  {row.prefilled && (
                    <div
                      style={{ ...mutedStyle, margin: '4px 0' }}
                      data-testid={`maturity-prefilled-${row.code}`}
                    >
                      {tr('Số liệu KPI: ', 'KPI figures: ')}
                      {row.prefilled}
                    </div>
                  )}
                  <EvidenceUpload
                    api={api}
                    assessment={assessment}
                    criterion={row.id}
                    files={row.evidence}
                    editable={editable}
                    onChanged={onChanged}
                  />
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
