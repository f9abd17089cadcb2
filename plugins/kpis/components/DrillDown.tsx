'use client'

import { Link, useConfig } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'

import { cellStyle, mutedStyle, Notice, numberCellStyle, SmallButton, useTr } from '../../../src/admin/ui'
import { ROLE_LABELS, isRole } from '../../../src/lib/roles'
import { AI_CLASS_LABELS } from '../../ai/lib/taskLabels'
import { platformOf } from '../../audience/lib/platforms'
import { isRevenueLine, LINE_INFO, SOURCE_LABELS } from '../../revenue/lib/lines'
import type { DrillPage, Kpi, NamedDoc } from './api'
import { type CellContext, cellText, drillColumns, recordPath } from './drillColumns'
import { rowStyle } from './styles'
import type { JsonState } from './useJson'

type Props = {
  keyName: string
  kpi?: Kpi
  year: number
  state: JsonState<DrillPage>
  onPage: (page: number) => void
  onClose: () => void
  publications: NamedDoc[]
  desks: NamedDoc[]
}

const nameIn = (docs: NamedDoc[]) => (id: string) => docs.find((doc) => String(doc.id) === id)?.name

/** The column a record's admin page is opened from. */
const LINKED = new Set(['headline', 'fullName'])

/** The records behind one KPI, a page at a time: what exactly the figure counted. */
export function DrillDown({ keyName, kpi, year, state, onPage, onClose, publications, desks }: Props) {
  const { tr, pick, numberLocale } = useTr()
  const { config } = useConfig()
  const { data: page, error, loading } = state
  const cell: CellContext = {
    locale: numberLocale,
    pick,
    names: {
      role: (value) => (isRole(value) ? pick(ROLE_LABELS[value]) : undefined),
      line: (value) => (isRevenueLine(value) ? pick(LINE_INFO[value].label) : undefined),
      platform: (value) => {
        const platform = platformOf(value)
        return platform ? pick(platform.label) : undefined
      },
      aiClass: (value) =>
        value in AI_CLASS_LABELS ? pick(AI_CLASS_LABELS[value as keyof typeof AI_CLASS_LABELS]) : undefined,
      source: (value) =>
        value in SOURCE_LABELS ? pick(SOURCE_LABELS[value as keyof typeof SOURCE_LABELS]) : undefined,
      publication: nameIn(publications),
      channel: nameIn(publications),
      desk: nameIn(desks),
    },
  }
  // Ids shown as names are text, not figures: left-aligned like the other names.
  const columns = (page ? drillColumns(page.docs) : []).map((column) => ({
    ...column,
    numeric: column.numeric && !cell.names?.[column.key],
  }))
  const title = kpi ? pick(kpi.label) : keyName

  return (
    <section
      id="figures-drill-down"
      data-testid="drill-down"
      data-kpi={keyName}
      data-loading={loading}
      aria-busy={loading}
      style={{
        marginTop: 'var(--base)',
        padding: 'var(--base)',
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 'var(--style-radius-m)',
      }}
    >
      <div style={{ ...rowStyle, justifyContent: 'space-between' }}>
        <h2 style={{ margin: 0, fontSize: '1.2rem' }}>
          {tr(`Chi tiết: ${title} — năm ${year}`, `Records: ${title} — ${year}`)}
        </h2>
        <SmallButton
          buttonStyle="subtle"
          onClick={onClose}
          extraButtonProps={{ 'data-testid': 'drill-close' }}
        >
          {tr('Đóng', 'Close')}
        </SmallButton>
      </div>
      {kpi?.detail && <p style={mutedStyle}>{kpi.detail}</p>}
      {error && (
        <Notice tone="error" testId="drill-error">
          {error.message}
        </Notice>
      )}
      {loading && !page && <p style={mutedStyle}>{tr('Đang tải…', 'Loading…')}</p>}
      {page && page.docs.length === 0 && (
        <p data-testid="drill-empty">{tr('Không có bản ghi nào được tính.', 'No records were counted.')}</p>
      )}
      {page && page.docs.length > 0 && (
        <div style={{ overflowX: 'auto' }}>
          <table
            style={{ width: '100%', borderCollapse: 'collapse', opacity: loading ? 0.6 : 1 }}
            data-testid="drill-table"
          >
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column.key} style={column.numeric ? numberCellStyle : cellStyle}>
                    {pick(column.label)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {page.docs.map((doc, index) => {
                const path = recordPath(doc)
                return (
                  <tr key={`${String(doc.id ?? '')}-${index}`} data-testid="drill-row">
                    {columns.map((column) => {
                      const text = cellText(doc[column.key], cell, column.key)
                      return (
                        <td key={column.key} style={column.numeric ? numberCellStyle : cellStyle}>
                          {path && LINKED.has(column.key) ? (
                            <Link
                              href={formatAdminURL({
                                adminRoute: config.routes.admin,
                                path: path as `/${string}`,
                              })}
                              prefetch={false}
                            >
                              {text}
                            </Link>
                          ) : (
                            text
                          )}
                        </td>
                      )
                    })}
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
      {page && (
        <div style={{ ...rowStyle, gap: 'var(--base)', marginTop: 'var(--base)' }}>
          <SmallButton
            disabled={loading || page.page <= 1}
            onClick={() => onPage(page.page - 1)}
            extraButtonProps={{ 'data-testid': 'drill-previous' }}
          >
            {tr('Trang trước', 'Previous')}
          </SmallButton>
          <span data-testid="drill-page">
            {tr(
              `Trang ${page.page}/${Math.max(1, page.totalPages)} · ${page.totalDocs.toLocaleString(numberLocale)} bản ghi`,
              `Page ${page.page}/${Math.max(1, page.totalPages)} · ${page.totalDocs.toLocaleString(numberLocale)} records`,
            )}
          </span>
          <SmallButton
            disabled={loading || page.page >= page.totalPages}
            onClick={() => onPage(page.page + 1)}
            extraButtonProps={{ 'data-testid': 'drill-next' }}
          >
            {tr('Trang sau', 'Next')}
          </SmallButton>
        </div>
      )}
    </section>
  )
}
