/**
 * The annual report as an A4 PDF in Vietnamese (DejaVu Sans embedded): heading, recipient, the
 * KPI table against targets and the year before, a note per KPI, revenue by line, audience by
 * platform and when it was generated.
 */
import PDFDocument from 'pdfkit'

import { vietnamDay } from '../../../../src/lib/vietnamTime'
import { formatNumberVi } from '../numbers'
import { reportFonts } from './fonts'
import type { ReportData } from './reportData'
import { deadlineText } from './rows'

const MARGIN = 50
const REGULAR = 'DejaVu'
const BOLD = 'DejaVu-Bold'

type Doc = PDFKit.PDFDocument
type Cell = string | PDFKit.Mixins.CellOptions

const dong = (amount: number) => formatNumberVi(amount, 0)

/** 23:05 ngày 22/11/2026 (Vietnam time). */
export function vietnameseTimestamp(at: Date): string {
  const local = new Date(at.getTime() + 7 * 3600_000).toISOString()
  const [year, month, day] = vietnamDay(at).split('-')
  return `${local.slice(11, 16)} ngày ${day}/${month}/${year}`
}

function heading(doc: Doc, text: string) {
  doc.moveDown(0.8).font(BOLD).fontSize(12).text(text, MARGIN).moveDown(0.3).font(REGULAR).fontSize(9)
}

function table(doc: Doc, widths: number[], header: string[], body: Cell[][], rightFrom = 1) {
  const head: Cell[] = header.map((text) => ({ text, font: { src: BOLD }, backgroundColor: '#e8eef5' }))
  doc.table({
    position: { x: MARGIN },
    columnStyles: widths.map((width, i) => ({
      width,
      align: { x: i >= rightFrom ? 'right' : 'left', y: 'center' },
    })),
    defaultStyle: { padding: [3, 4, 3, 4], borderColor: '#98a2b3', border: 0.5 },
    data: [head, ...body],
  })
  doc.x = MARGIN
}

function header(doc: Doc, data: ReportData) {
  const width = doc.page.width - 2 * MARGIN
  const half = width / 2 - 10
  const top = doc.y
  doc
    .font(BOLD)
    .fontSize(10)
    .text(data.agencyName.toUpperCase(), MARGIN, top, { width: half, align: 'center' })
  doc
    .font(BOLD)
    .fontSize(10)
    .text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', MARGIN + half + 20, top, { width: half, align: 'center' })
    .font(REGULAR)
    .text('Độc lập - Tự do - Hạnh phúc', { width: half, align: 'center' })
  doc.moveDown(1.5)
  doc
    .font(BOLD)
    .fontSize(15)
    .text(`Báo cáo kết quả chuyển đổi số năm ${data.year}`, MARGIN, doc.y, { width, align: 'center' })
  doc
    .font(REGULAR)
    .fontSize(10)
    .moveDown(0.6)
    .text(`Kính gửi: ${data.recipient}`, { width, align: 'center' })
    .text(`Hạn gửi báo cáo: ${deadlineText(data.deadline, data.year)}`, { width, align: 'center' })
    .moveDown(0.6)
    .fontSize(9)
    .text(
      `Số liệu tính từ hồ sơ của hệ thống (không nhập tay), năm ${data.year} so với năm ${data.year - 1}; ` +
        `tăng trưởng doanh thu so với năm gốc ${data.report.baselineYear}.`,
      MARGIN,
      doc.y,
      { width },
    )
}

function kpiTable(doc: Doc, data: ReportData) {
  heading(doc, 'I. Kết quả các chỉ tiêu')
  table(
    doc,
    [22, 150, 55, 70, 55, 68, 75],
    ['TT', 'Chỉ tiêu', 'Kết quả', 'Mục tiêu', 'Năm trước', 'Thay đổi', 'Đánh giá'],
    data.rows.map((row) => [
      String(row.index),
      row.label,
      row.valueText,
      row.targetText,
      row.previousText,
      row.changeText,
      { text: row.statusText, font: { src: BOLD } },
    ]),
    2,
  )
}

function notes(doc: Doc, data: ReportData) {
  heading(doc, 'II. Thuyết minh từng chỉ tiêu')
  const width = doc.page.width - 2 * MARGIN
  for (const row of data.rows) {
    doc.font(BOLD).fontSize(9).text(`${row.index}. ${row.label}`, MARGIN, doc.y, { width })
    doc.font(REGULAR).text(row.detail, { width })
    doc.text(`Mục tiêu năm ${data.year}: ${row.targetText}${row.targetNote ? ` (${row.targetNote})` : ''}.`, {
      width,
    })
    if (row.source) doc.fillColor('#475467').text(`Căn cứ: ${row.source}`, { width }).fillColor('black')
    doc.moveDown(0.4)
  }
}

function revenue(doc: Doc, data: ReportData) {
  heading(doc, 'III. Doanh thu theo nguồn thu (đồng)')
  if (!data.revenue || !data.revenueLines.length) {
    doc.text('Chưa có số liệu doanh thu.', MARGIN)
    return
  }
  const total = data.revenue
  table(
    doc,
    [165, 110, 110, 110],
    ['Nguồn thu', 'Kế hoạch', 'Thực hiện', `Năm ${data.year - 1}`],
    [
      ...data.revenueLines.map((line) => [
        `${line.label}${line.stateFunded ? ' (ngân sách)' : ''}`,
        dong(line.plan),
        dong(line.actual),
        dong(line.previousYearActual),
      ]),
      [
        { text: 'Tổng cộng', font: { src: BOLD } },
        { text: dong(total.plan), font: { src: BOLD } },
        { text: dong(total.actual), font: { src: BOLD } },
        { text: dong(total.previousYearActual), font: { src: BOLD } },
      ],
    ],
  )
}

function audience(doc: Doc, data: ReportData) {
  heading(doc, 'IV. Khán giả theo nền tảng')
  if (!data.audience || !data.audiencePlatforms.length) {
    doc.text('Chưa có số liệu khán giả.', MARGIN)
    return
  }
  table(
    doc,
    [175, 80, 120, 120],
    ['Nền tảng', 'Trong nước', 'Lượt xem', 'Lượt xem từ di động'],
    data.audiencePlatforms.map((p) => [
      p.label,
      p.domestic ? 'Có' : 'Không',
      dong(p.views),
      dong(p.mobileViews),
    ]),
    2,
  )
}

/** The report as PDF bytes. */
export function renderReportPdf(data: ReportData): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: {
      Title: `Báo cáo kết quả chuyển đổi số năm ${data.year}`,
      Author: data.agencyName,
      Subject: `Gửi ${data.recipient}`,
    },
  })
  const fonts = reportFonts()
  doc.registerFont(REGULAR, fonts.regular)
  doc.registerFont(BOLD, fonts.bold)
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  doc.font(REGULAR)
  header(doc, data)
  kpiTable(doc, data)
  notes(doc, data)
  revenue(doc, data)
  audience(doc, data)
  doc
    .moveDown(1.5)
    .font(REGULAR)
    .fontSize(8)
    .fillColor('#475467')
    .text(
      `Báo cáo lập tự động từ dữ liệu của hệ thống lúc ${vietnameseTimestamp(data.generatedAt)} (giờ Việt Nam); ` +
        `thời gian tính ${formatNumberVi(data.report.computeMs, 0)} ms.`,
      MARGIN,
    )
  doc.end()
  return done
}
