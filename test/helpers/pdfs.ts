import { randomBytes } from 'node:crypto'

import { PDFDocument, type PDFFont, rgb, StandardFonts } from 'pdf-lib'

import { foldVietnamese } from '../../src/lib/vietnamese'

/**
 * Real PDFs for the e-paper tests, made with pdf-lib: newspaper pages with articles at known
 * places, and the bad files an upload must refuse (password-protected, no pages, corrupt).
 *
 * The text is set in Helvetica, one of the 14 standard PDF fonts: embedding a TrueType font with
 * Vietnamese glyphs (DejaVu Sans is on the machines) needs @pdf-lib/fontkit, which the project
 * does not install. Helvetica's WinAnsi encoding has no ơ, ư, đ or most tone marks, so the text is
 * drawn folded to ASCII; the zone matcher folds both sides the same way, as it must for real PDFs
 * whose fonts map glyphs oddly.
 */

export type Rect = { x: number; y: number; w: number; h: number }

export type PdfArticle = {
  headline: string
  paragraphs: string[]
  /** Where the article may be set, in fractions of the page from the top left. */
  box: Rect
}

export type PdfPageSpec = { articles: PdfArticle[]; masthead?: string; width?: number; height?: number }

/** The area the article's text really covers on its page, in fractions from the top left. */
export type DrawnArticle = { headline: string; page: number; rect: Rect }

/** A3, the broadsheet-ish size provincial papers print. */
export const A3 = { width: 842, height: 1191 }

const HEADLINE_SIZE = 24
const BODY_SIZE = 10.5
const LEADING = 1.35
// Helvetica's ascent and descent as pdftotext measures word boxes.
const ASCENT = 0.718
const DESCENT = 0.207

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line)
      line = word
    } else line = candidate
  }
  if (line) lines.push(line)
  return lines
}

/** Sets each article in its box: headline, then paragraphs, until the box is full. */
export async function newspaperPdf(pages: PdfPageSpec[]): Promise<{ pdf: Buffer; drawn: DrawnArticle[] }> {
  const doc = await PDFDocument.create()
  doc.setTitle('Bao in thu nghiem')
  const regular = await doc.embedFont(StandardFonts.Helvetica)
  const bold = await doc.embedFont(StandardFonts.HelveticaBold)
  const drawn: DrawnArticle[] = []
  pages.forEach((spec, index) => {
    const width = spec.width ?? A3.width
    const height = spec.height ?? A3.height
    const page = doc.addPage([width, height])
    if (spec.masthead) {
      page.drawText(foldVietnamese(spec.masthead), { x: 40, y: height - 40, size: 14, font: bold })
    }
    page.drawText(`Trang ${index + 1}`, {
      x: width - 90,
      y: 24,
      size: 9,
      font: regular,
      color: rgb(0.3, 0.3, 0.3),
    })
    for (const article of spec.articles) {
      const left = article.box.x * width
      const top = article.box.y * height
      const boxWidth = article.box.w * width
      const bottom = top + article.box.h * height
      let baseline = top + HEADLINE_SIZE * ASCENT
      let right = left
      const lines: Array<{ text: string; size: number; font: PDFFont }> = [
        ...wrap(foldVietnamese(article.headline), bold, HEADLINE_SIZE, boxWidth).map((text) => ({
          text,
          size: HEADLINE_SIZE,
          font: bold,
        })),
      ]
      for (const paragraph of article.paragraphs) {
        lines.push(
          ...wrap(foldVietnamese(paragraph), regular, BODY_SIZE, boxWidth).map((text) => ({
            text,
            size: BODY_SIZE,
            font: regular,
          })),
        )
      }
      let lastBaseline = baseline
      let lastSize = HEADLINE_SIZE
      for (const [i, line] of lines.entries()) {
        if (i > 0) {
          const gap = line.size !== lines[i - 1]!.size ? HEADLINE_SIZE * 0.6 : 0
          baseline += line.size * LEADING + gap
        }
        if (baseline + line.size * DESCENT > bottom) break
        page.drawText(line.text, { x: left, y: height - baseline, size: line.size, font: line.font })
        right = Math.max(right, left + line.font.widthOfTextAtSize(line.text, line.size))
        lastBaseline = baseline
        lastSize = line.size
      }
      const textTop = top
      const textBottom = lastBaseline + lastSize * DESCENT
      drawn.push({
        headline: article.headline,
        page: index + 1,
        rect: {
          x: left / width,
          y: textTop / height,
          w: (right - left) / width,
          h: (textBottom - textTop) / height,
        },
      })
    }
  })
  return { pdf: Buffer.from(await doc.save()), drawn }
}

/** A PDF without pages (pdf-lib would add a blank one unless told not to). */
export async function zeroPagePdf(): Promise<Buffer> {
  const doc = await PDFDocument.create()
  return Buffer.from(await doc.save({ addDefaultPage: false }))
}

/**
 * A PDF protected by an open (user) password. pdf-lib cannot encrypt, so the file is written by
 * hand: a one-page document whose trailer points to a standard security handler (RC4, revision 2)
 * with random /O and /U strings — the empty password cannot match /U, exactly as for a file whose
 * password the uploader did not remove. Poppler answers "Incorrect password".
 */
export function encryptedPdf(): Buffer {
  const hex = (bytes: number) => randomBytes(bytes).toString('hex')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 1191] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(32)}> /U <${hex(32)}> /P -44 >>`,
  ]
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(out.length)
    out += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  out += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${hex(16)}> <${hex(16)}>] >>\n`
  out += `startxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}

/** Starts like a PDF, then nothing but noise: no objects, no cross-reference table. */
export function corruptPdf(): Buffer {
  return Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), randomBytes(4096)])
}

/** A PDF of `pages` near-empty pages, padded with an unused stream to about `bytes`. */
export async function paddedPdf(bytes: number, pages = 1): Promise<Buffer> {
  const doc = await PDFDocument.create()
  for (let i = 0; i < pages; i++) doc.addPage([A3.width, A3.height])
  doc.setSubject(randomBytes(Math.max(0, Math.floor(bytes / 2))).toString('hex'))
  return Buffer.from(await doc.save())
}

/** Four invented stories of a provincial daily, as the newsroom stores them and the PDF prints them. */
export const SAMPLE_STORIES = {
  bridge: {
    headline: 'Khởi công cầu mới qua sông Hồng nối Hưng Yên với Hà Nội',
    standfirst: 'Sáng nay, UBND tỉnh Hưng Yên tổ chức lễ khởi công cây cầu thứ ba bắc qua sông Hồng.',
    paragraphs: [
      'Cây cầu dài 1,2 km với bốn làn xe, tổng mức đầu tư khoảng 2.000 tỷ đồng từ ngân sách trung ương và địa phương.',
      'Theo chủ đầu tư, công trình dự kiến hoàn thành sau 30 tháng thi công, rút ngắn thời gian đi lại giữa hai bờ.',
      'Người dân các xã ven sông phấn khởi vì con đường vào mùa lũ sẽ không còn bị chia cắt như trước đây.',
    ],
  },
  rice: {
    headline: 'Nông dân Tiên Lữ được mùa lúa xuân',
    standfirst: 'Vụ lúa xuân năm nay, nông dân xã Tiên Lữ thu hoạch năng suất bình quân bảy tấn mỗi héc-ta.',
    paragraphs: [
      'Giá lúa ổn định giúp người trồng lúa có lãi khá sau nhiều vụ thua lỗ vì sâu bệnh và thời tiết thất thường.',
      'Hợp tác xã nông nghiệp đã ký hợp đồng bao tiêu sản phẩm với doanh nghiệp chế biến gạo xuất khẩu.',
    ],
  },
  school: {
    headline: 'Trường học vùng bãi có phòng máy tính mới',
    standfirst:
      'Trường tiểu học xã Hồng Châu vừa khánh thành phòng tin học với ba mươi máy tính kết nối mạng.',
    paragraphs: [
      'Phòng máy do các doanh nghiệp trên địa bàn tỉnh tài trợ, giúp học sinh vùng bãi được học tin học đúng chương trình.',
      'Thầy hiệu trưởng cho biết nhà trường sẽ mở thêm lớp kỹ năng số cho phụ huynh vào các buổi tối cuối tuần.',
    ],
  },
  football: {
    headline: 'Giải bóng đá thiếu niên toàn tỉnh khai mạc',
    standfirst: 'Mười sáu đội bóng tranh tài tại sân vận động tỉnh trong hai tuần của dịp hè.',
    paragraphs: ['Ban tổ chức trao cờ lưu niệm cho các đội tham dự và kêu gọi thi đấu cao thượng.'],
  },
} as const

export type SampleStory = (typeof SAMPLE_STORIES)[keyof typeof SAMPLE_STORIES]

export const articleOf = (story: SampleStory, box: Rect): PdfArticle => ({
  headline: story.headline,
  paragraphs: [story.standfirst, ...story.paragraphs],
  box,
})

/** A Lexical body of plain paragraphs, as the admin's editor stores it. */
export const lexicalParagraphs = (paragraphs: readonly string[]) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      textFormat: 0,
      children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
    })),
  },
})

/** The story as the newsroom stores it: headline, standfirst and body. */
export const sampleStoryData = (story: SampleStory) => ({
  headline: story.headline,
  standfirst: story.standfirst,
  body: lexicalParagraphs(story.paragraphs),
})
