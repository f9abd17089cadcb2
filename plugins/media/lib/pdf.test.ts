import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'

import { makeEncryptedPdf, makePdf, makeTempDir, removeDir } from '../../../test/helpers/mediaFixtures'
import { processPdf, readPdfInfo } from './pdf'
import { CorruptMediaError, MissingToolError, resetToolCache } from './tools'

let dir: string

beforeAll(async () => {
  dir = await makeTempDir()
})

afterAll(() => removeDir(dir))

async function pdfFile(name: string, bytes: Buffer): Promise<{ file: string; work: string }> {
  const file = path.join(dir, `${name}.pdf`)
  await writeFile(file, bytes)
  const work = path.join(dir, name)
  await mkdir(work, { recursive: true })
  return { file, work }
}

describe('processPdf', () => {
  it('counts pages and renders page 1 as a 1024 px JPEG and a 320 px WebP thumbnail', async () => {
    const { file, work } = await pdfFile(
      'three',
      await makePdf({ pages: 3, title: 'Báo cáo tổng kết năm 2025' }),
    )
    const result = await processPdf(file, work)
    expect(result.technical).toEqual({ pageCount: 3, format: 'pdf' })
    expect(result.renditions.map((r) => r.name)).toEqual(['preview', 'thumbnail'])

    const [preview, thumbnail] = result.renditions
    expect(preview).toMatchObject({ mimeType: 'image/jpeg', extension: 'jpg', width: 1024 })
    // A4 portrait: 842/595 of the width.
    expect(preview!.height).toBeGreaterThan(1440)
    expect(preview!.height).toBeLessThan(1460)
    const previewMeta = await sharp(preview!.path).metadata()
    expect(previewMeta).toMatchObject({ format: 'jpeg', width: 1024 })

    expect(thumbnail).toMatchObject({ mimeType: 'image/webp', extension: 'webp', width: 320 })
    const thumbMeta = await sharp(thumbnail!.path).metadata()
    expect(thumbMeta).toMatchObject({ format: 'webp', width: 320 })
    expect(thumbnail!.filesize).toBeGreaterThan(100)
  })

  it('renders landscape pages 1024 px wide too', async () => {
    const { file, work } = await pdfFile('landscape', await makePdf({ pages: 1, width: 842, height: 595 }))
    const result = await processPdf(file, work)
    expect(result.renditions[0]).toMatchObject({ width: 1024 })
    expect(result.renditions[0]!.height).toBeLessThan(1024)
  })

  it('reads Vietnamese document info without mangling it', async () => {
    const { file } = await pdfFile('info', await makePdf({ pages: 2, title: 'Tờ trình số 12' }))
    await expect(readPdfInfo(file)).resolves.toMatchObject({ pageCount: 2, encrypted: false })
  })

  it('refuses password-protected PDFs with a clear message', async () => {
    const { file, work } = await pdfFile('locked', makeEncryptedPdf())
    const error = await processPdf(file, work).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CorruptMediaError)
    expect((error as Error).message).toMatch(/mật khẩu/)
  })

  it('refuses a PDF without pages', async () => {
    const { file, work } = await pdfFile('empty', await makePdf({ pages: 0 }))
    await expect(processPdf(file, work)).rejects.toThrow(/không có trang nào/)
  })

  it('refuses corrupt and truncated PDFs', async () => {
    const garbage = await pdfFile('garbage', Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog garbage'))
    const error = await processPdf(garbage.file, garbage.work).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CorruptMediaError)
    expect((error as Error).message).toMatch(/bị hỏng hoặc không đầy đủ/)

    const whole = await makePdf({ pages: 3 })
    const cut = await pdfFile('cut', whole.subarray(0, Math.floor(whole.length * 0.3)))
    await expect(processPdf(cut.file, cut.work)).rejects.toBeInstanceOf(CorruptMediaError)
  })

  it('says which package to install when poppler is missing', async () => {
    const { file, work } = await pdfFile('notool', await makePdf({ pages: 1 }))
    const saved = process.env.PDFINFO_PATH
    process.env.PDFINFO_PATH = '/khong/co/pdfinfo'
    resetToolCache()
    try {
      const error = await processPdf(file, work).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(MissingToolError)
      expect((error as Error).message).toContain('poppler-utils')
    } finally {
      if (saved === undefined) delete process.env.PDFINFO_PATH
      else process.env.PDFINFO_PATH = saved
      resetToolCache()
    }
  })
})
