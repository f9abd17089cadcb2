/**
 * The annual report as a workbook: "Chỉ tiêu" (the KPI table, figures as numbers with number
 * formats: shares as fractions shown in %), "Doanh thu", "Khán giả" and "Đào tạo".
 */
import ExcelJS from 'exceljs'

import { vietnamDay } from '../../../../src/lib/vietnamTime'
import { MEASURE_LABELS } from '../../../audience/lib/measures'
import type { KpiUnit } from '../types'
import type { ReportData } from './reportData'
import { deadlineText } from './rows'

const PERCENT = '0.0%'
const COUNT = '#,##0'
const MONEY = '#,##0'
const HOURS = '#,##0.0'

/** A KPI figure as Excel stores it: shares as fractions (30 % is 0.3), counts as they are. */
export function cellNumber(value: number | null, unit: KpiUnit): number | null {
  if (value === null) return null
  return unit === 'percent' ? Math.round(value * 10) / 1000 : value
}

const formatOf = (unit: KpiUnit) => (unit === 'percent' ? PERCENT : COUNT)

function styleHeader(row: ExcelJS.Row) {
  row.font = { bold: true }
  row.alignment = { vertical: 'middle', wrapText: true }
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } }
  })
}

function kpiSheet(book: ExcelJS.Workbook, data: ReportData) {
  const sheet = book.addWorksheet('Chỉ tiêu')
  sheet.addRow([`Báo cáo kết quả chuyển đổi số năm ${data.year}`]).font = { bold: true, size: 14 }
  sheet.addRow([data.agencyName])
  sheet.addRow([`Kính gửi: ${data.recipient} — hạn gửi ${deadlineText(data.deadline, data.year)}`])
  sheet.addRow([])
  const header = sheet.addRow([
    'TT',
    'Chỉ tiêu',
    'Kết quả',
    'Mục tiêu',
    'Mục tiêu tối thiểu',
    'Mục tiêu tối đa',
    `Năm ${data.year - 1}`,
    'Thay đổi',
    'Đánh giá',
    'Thuyết minh',
    'Căn cứ',
    'Mã chỉ tiêu',
  ])
  styleHeader(header)
  for (const [i, row] of data.rows.entries()) {
    const kpi = data.report.kpis[i]!
    const unit = row.unit
    const line = sheet.addRow([
      row.index,
      row.label,
      cellNumber(row.value, unit),
      row.targetNote ? `${row.targetText} (${row.targetNote})` : row.targetText,
      cellNumber(kpi.target?.min ?? null, unit),
      cellNumber(kpi.target?.max ?? null, unit),
      cellNumber(row.previous, unit),
      cellNumber(row.change, unit),
      row.statusText,
      row.detail,
      row.source,
      row.key,
    ])
    for (const column of [3, 5, 6, 7, 8]) line.getCell(column).numFmt = formatOf(unit)
    line.alignment = { vertical: 'top', wrapText: true }
  }
  sheet.columns.forEach((column, i) => {
    column.width = [5, 38, 12, 30, 12, 12, 12, 12, 16, 80, 60, 18][i] ?? 12
  })
  sheet.addRow([])
  sheet.addRow([
    `Lập tự động ngày ${vietnamDay(data.generatedAt)}; năm gốc doanh thu ${data.report.baselineYear}.`,
  ])
}

function revenueSheet(book: ExcelJS.Workbook, data: ReportData) {
  const sheet = book.addWorksheet('Doanh thu')
  styleHeader(
    sheet.addRow([
      'Nguồn thu',
      'Ngân sách nhà nước',
      'Kế hoạch (đồng)',
      'Thực hiện (đồng)',
      `Năm ${data.year - 1} (đồng)`,
    ]),
  )
  for (const line of data.revenueLines) {
    const row = sheet.addRow([
      line.label,
      line.stateFunded ? 'Có' : 'Không',
      line.plan,
      line.actual,
      line.previousYearActual,
    ])
    for (const column of [3, 4, 5]) row.getCell(column).numFmt = MONEY
  }
  if (data.revenue) {
    const total = sheet.addRow([
      'Tổng cộng',
      '',
      data.revenue.plan,
      data.revenue.actual,
      data.revenue.previousYearActual,
    ])
    total.font = { bold: true }
    for (const column of [3, 4, 5]) total.getCell(column).numFmt = MONEY
  } else sheet.addRow(['Chưa có số liệu doanh thu.'])
  sheet.columns.forEach((column, i) => (column.width = [44, 18, 20, 20, 20][i] ?? 16))
}

function audienceSheet(book: ExcelJS.Workbook, data: ReportData) {
  const sheet = book.addWorksheet('Khán giả')
  styleHeader(
    sheet.addRow(['Nền tảng', 'Trong nước', 'Lượt xem', MEASURE_LABELS.uniques.vi, 'Lượt xem từ di động']),
  )
  for (const p of data.audiencePlatforms) {
    const row = sheet.addRow([p.label, p.domestic ? 'Có' : 'Không', p.views, p.uniques, p.mobileViews])
    for (const column of [3, 4, 5]) row.getCell(column).numFmt = COUNT
  }
  if (!data.audiencePlatforms.length) sheet.addRow(['Chưa có số liệu khán giả.'])
  sheet.columns.forEach((column, i) => (column.width = [40, 12, 16, 16, 20][i] ?? 16))
}

function trainingSheet(book: ExcelJS.Workbook, data: ReportData) {
  const sheet = book.addWorksheet('Đào tạo')
  styleHeader(
    sheet.addRow([
      'Nhân sự',
      'Khóa đào tạo',
      'Đơn vị tổ chức',
      'Ngày hoàn thành',
      'Số giờ',
      'Tính chỉ tiêu CĐS',
    ]),
  )
  for (const line of data.training) {
    const row = sheet.addRow([
      line.staff,
      line.course,
      line.provider,
      line.date ? new Date(vietnamDay(line.date)) : null,
      line.hours,
      line.digitalTransformation ? 'Có' : 'Không',
    ])
    row.getCell(4).numFmt = 'dd/mm/yyyy'
    row.getCell(5).numFmt = HOURS
  }
  if (!data.training.length) sheet.addRow([`Chưa có hồ sơ đào tạo năm ${data.year}.`])
  sheet.columns.forEach((column, i) => (column.width = [30, 50, 30, 16, 10, 18][i] ?? 16))
}

/** The report as XLSX bytes. */
export async function renderReportXlsx(data: ReportData): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.creator = data.agencyName || 'Tòa soạn hội tụ'
  book.created = data.generatedAt
  kpiSheet(book, data)
  revenueSheet(book, data)
  audienceSheet(book, data)
  trainingSheet(book, data)
  return Buffer.from(await book.xlsx.writeBuffer())
}
