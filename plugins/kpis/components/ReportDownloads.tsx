'use client'

import { useConfig } from '@payloadcms/ui'

import { mutedStyle, useTr } from '../../../src/admin/ui'
import { reportUrl } from './figuresQuery'
import { downloadLinkStyle, rowStyle } from './styles'

/** The province's annual report of the year, as the server generates it (PDF and spreadsheet). */
export function ReportDownloads({ year }: { year: number }) {
  const { tr } = useTr()
  const { config } = useConfig()
  const api = config.routes.api
  return (
    <div style={{ ...rowStyle, gap: 'var(--base)' }} data-testid="report-downloads">
      <span style={mutedStyle}>
        {tr(`Báo cáo năm ${year} (toàn cơ quan):`, `Annual report ${year} (whole agency):`)}
      </span>
      <a href={reportUrl(api, year, 'pdf')} download style={downloadLinkStyle} data-testid="report-pdf">
        ⤓ {tr('Tải PDF', 'Download PDF')}
      </a>
      <a href={reportUrl(api, year, 'xlsx')} download style={downloadLinkStyle} data-testid="report-xlsx">
        ⤓ {tr('Tải Excel (XLSX)', 'Download XLSX')}
      </a>
    </div>
  )
}
