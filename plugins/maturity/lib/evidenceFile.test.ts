import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import ExcelJS from 'exceljs'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import sharp from 'sharp'

import { EvidenceRejected, inspectEvidence, type EvidenceInput } from './evidenceFile'

let pdf: Buffer
let png: Buffer
let xlsx: Buffer
let dir: string

beforeAll(async () => {
  const doc = await PDFDocument.create()
  const page = doc.addPage([595, 842])
  page.drawText('Nghi quyet ve chuyen doi so', {
    x: 50,
    y: 780,
    font: await doc.embedFont(StandardFonts.Helvetica),
  })
  pdf = Buffer.from(await doc.save())
  png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#2060c0' } })
    .png()
    .toBuffer()
  const book = new ExcelJS.Workbook()
  book.addWorksheet('Số liệu').addRow(['Chỉ tiêu', 'Giá trị'])
  xlsx = Buffer.from(await book.xlsx.writeBuffer())
  dir = mkdtempSync(path.join(tmpdir(), 'maturity-evidence-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const input = (data: Buffer, filename: string, extra: Partial<EvidenceInput> = {}): EvidenceInput => ({
  data,
  size: data.length,
  filename,
  maxBytes: 1024 * 1024,
  ...extra,
})

async function refusal(promise: Promise<unknown>): Promise<EvidenceRejected> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(EvidenceRejected)
  return error as EvidenceRejected
}

describe('inspectEvidence', () => {
  it('accepts a real PDF, PNG and XLSX, from memory or from a temporary file', async () => {
    expect(
      await inspectEvidence(input(pdf, 'nghi-quyet.pdf', { declaredMimeType: 'application/pdf' })),
    ).toEqual({
      mimeType: 'application/pdf',
      label: 'PDF',
    })
    expect((await inspectEvidence(input(png, 'anh chup.png'))).mimeType).toBe('image/png')
    const file = path.join(dir, 'so-lieu.xlsx')
    writeFileSync(file, xlsx)
    const fromDisk = await inspectEvidence({
      path: file,
      size: xlsx.length,
      filename: 'so-lieu.xlsx',
      declaredMimeType: 'application/zip',
      maxBytes: 1024 * 1024,
    })
    expect(fromDisk.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  })

  it('refuses a text file named .pdf', async () => {
    const error = await refusal(inspectEvidence(input(Buffer.from('Đây không phải PDF'), 'gia.pdf')))
    expect(error.status).toBe(400)
    expect(error.message).toMatch(/"gia\.pdf" không phải PDF như phần mở rộng \.pdf/)
  })

  it('refuses a PNG named .pdf, and a mismatched declared type', async () => {
    expect((await refusal(inspectEvidence(input(png, 'anh.pdf')))).message).toMatch(
      /là ảnh PNG, không khớp với phần mở rộng \.pdf \(của PDF\)/,
    )
    expect(
      (await refusal(inspectEvidence(input(pdf, 'a.pdf', { declaredMimeType: 'image/png' })))).message,
    ).toMatch(/Kiểu tệp khai báo \(image\/png\) không khớp/)
  })

  it('refuses kinds that are not evidence', async () => {
    const gif = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#000' } })
      .gif()
      .toBuffer()
    expect((await refusal(inspectEvidence(input(gif, 'a.gif')))).message).toMatch(
      /GIF .* không nhận làm minh chứng/,
    )
  })

  it('refuses truncated files', async () => {
    const cut = pdf.subarray(0, Math.floor(pdf.length / 2))
    expect((await refusal(inspectEvidence(input(cut, 'cut.pdf')))).message).toMatch(
      /bị hỏng hoặc không trọn vẹn/,
    )
    const cutPng = png.subarray(0, png.length - 20)
    expect((await refusal(inspectEvidence(input(cutPng, 'cut.png')))).status).toBe(400)
    const cutZip = xlsx.subarray(0, xlsx.length - 30)
    expect((await refusal(inspectEvidence(input(cutZip, 'cut.xlsx')))).message).toMatch(
      /\(bảng tính Excel \(XLSX\)\) bị hỏng/,
    )
  })

  it('refuses empty and oversized files', async () => {
    expect((await refusal(inspectEvidence(input(Buffer.alloc(0), 'rong.pdf')))).status).toBe(400)
    const big = await refusal(inspectEvidence(input(pdf, 'lon.pdf', { maxBytes: 100 })))
    expect(big.status).toBe(413)
    expect(big.message).toMatch(/vượt giới hạn/)
  })
})
