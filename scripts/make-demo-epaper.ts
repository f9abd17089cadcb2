/**
 * Writes `src/seed/assets/demo-epaper.pdf`: the printed PDF of the demo edition (số 4521 of Báo
 * Hưng Yên) that the seed hands to the e-paper. Four A3 pages set like the newspaper, each holding
 * the stories the print seed (src/seed/print.ts) places on it, with their headlines, standfirsts
 * and paragraphs, so the worker's zone matcher finds every placed story on its page.
 *
 *   bash scripts/with-node.sh tsx scripts/make-demo-epaper.ts
 *
 * Run it again after changing those stories or the page plan, and commit the PDF: the seed only
 * reads the file (pdf-lib is a devDependency). As in test/helpers/pdfs.ts, the text is folded to
 * ASCII and set in the standard fonts: embedding a Vietnamese TrueType font needs
 * @pdf-lib/fontkit, which the project does not install. The matcher folds both sides the same way.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { PDFDocument, type PDFFont, type PDFImage, type PDFPage, rgb, StandardFonts } from 'pdf-lib'
import sharp from 'sharp'

import { foldVietnamese } from '../src/lib/vietnamese'
import { IMAGES } from '../src/seed/content/images'
import { ECONOMY_STORIES } from '../src/seed/content/stories-economy'
import { NEWS_STORIES } from '../src/seed/content/stories-news'
import { SOCIETY_STORIES } from '../src/seed/content/stories-society'
import type { StorySeed } from '../src/seed/content/types'
import { renderScene, type Motif } from '../src/seed/svgScene'

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/seed/assets/demo-epaper.pdf')
const WIDTH = 842
const HEIGHT = 1191
const MARGIN = 40
const INNER = WIDTH - 2 * MARGIN
const INK = rgb(0.1, 0.1, 0.1)
const GREY = rgb(0.4, 0.4, 0.4)

/** Box in points from the page's top left, as a layout is drawn (pdf-lib counts from the bottom). */
type Box = { x: number; y: number; w: number }
type Line = { text: string; font: PDFFont; size: number; before: number }
type Fonts = Record<'head' | 'body' | 'bold' | 'caption' | 'mast', PDFFont>
type Ctx = { doc: PDFDocument; page: PDFPage; fonts: Fonts; number: number; drawn: string[] }

/** The print seed's page plan (src/seed/print.ts): the stories each page must carry. */
const PLAN: Record<number, string[]> = {
  1: ['xa-khoai-chau-100-ngay', 'hdnd-ky-hop-cuoi-nam'],
  2: ['gia-co-de-bien', 'tru-so-doi-du'],
  3: ['nhan-long-vao-mua', 'ke-hoach-vu-dong'],
  4: ['bien-dong-chau-mua-he'],
}

const STORIES = new Map([...NEWS_STORIES, ...ECONOMY_STORIES, ...SOCIETY_STORIES].map((s) => [s.key, s]))

function story(key: string): StorySeed {
  const found = STORIES.get(key)
  if (!found) throw new Error(`No demo story "${key}" in src/seed/content (renamed in the print seed?)`)
  return found
}

/** Folded to ASCII, then anything Helvetica's WinAnsi encoding lacks becomes a plain look-alike. */
const ascii = (text: string) =>
  foldVietnamese(text)
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/[^\x20-\x7e]/g, ' ')

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of ascii(text).split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line)
      line = word
    } else line = candidate
  }
  if (line) lines.push(line)
  return lines
}

const paragraph = (text: string, font: PDFFont, size: number, width: number, before = 0): Line[] =>
  wrap(text, font, size, width).map((t, i) => ({ text: t, font, size, before: i === 0 ? before : 0 }))

const lineHeight = (line: Line) => line.size * 1.22

function drawLine(ctx: Ctx, line: Line, x: number, top: number, colour = INK) {
  const baseline = top + line.size * 0.86
  ctx.page.drawText(line.text, { x, y: HEIGHT - baseline, size: line.size, font: line.font, color: colour })
}

/** One line of text at `top`, aligned left at x, centred, or right against the margin. */
function label(
  ctx: Ctx,
  text: string,
  font: PDFFont,
  size: number,
  x: number | 'centre' | 'right',
  top: number,
) {
  const folded = ascii(text)
  const width = font.widthOfTextAtSize(folded, size)
  const left = x === 'centre' ? (WIDTH - width) / 2 : x === 'right' ? WIDTH - MARGIN - width : x
  drawLine(ctx, { text: folded, font, size, before: 0 }, left, top)
}

/** Sets lines one under the other; returns the bottom. */
function stack(ctx: Ctx, lines: Line[], x: number, top: number, colour = INK): number {
  let y = top
  for (const line of lines) {
    y += line.before
    drawLine(ctx, line, x, y, colour)
    y += lineHeight(line)
  }
  return y
}

/** Sets lines in `columns` balanced columns; returns the bottom of the longest one. */
function columns(ctx: Ctx, lines: Line[], box: Box, count: number, gutter = 14): number {
  const width = (box.w - gutter * (count - 1)) / count
  const total = lines.reduce((sum, line) => sum + line.before + lineHeight(line), 0)
  const target = total / count
  let column = 0
  let y = 0
  let bottom = box.y
  for (const line of lines) {
    const height = (y ? line.before : 0) + lineHeight(line)
    if (y && y + height > target + lineHeight(line) / 2 && column < count - 1) {
      column++
      y = 0
    }
    y += y ? line.before : 0
    drawLine(ctx, line, box.x + column * (width + gutter), box.y + y)
    y += lineHeight(line)
    bottom = Math.max(bottom, box.y + y)
  }
  return bottom
}

const rule = (ctx: Ctx, x: number, y: number, w: number, h: number, thickness = 0.8) =>
  ctx.page.drawLine({
    start: { x, y: HEIGHT - y },
    end: { x: x + w, y: HEIGHT - y - h },
    thickness,
    color: GREY,
  })

/** A picture: one of the seed's illustrations (by key), or one drawn for the print edition only. */
type Picture =
  | string
  | { key: string; motif: Motif; palette: [string, string, string]; label: string; caption: string }

/** Encoded small enough that the four pages stay well under 200 KB. */
async function embedPicture(ctx: Ctx, picture: Exclude<Picture, string>): Promise<PDFImage> {
  const svg = renderScene(picture.key, picture.motif, picture.palette, picture.label)
  const jpeg = await sharp(Buffer.from(svg)).resize({ width: 720 }).jpeg({ quality: 50 }).toBuffer()
  return ctx.doc.embedJpg(jpeg)
}

function resolvePicture(picture: Picture, variant: string): Exclude<Picture, string> {
  if (typeof picture !== 'string') return picture
  const image = IMAGES.find((candidate) => candidate.key === picture)
  if (!image) throw new Error(`No demo image "${picture}" in src/seed/content/images.ts`)
  return { ...image, key: `${image.key}${variant}`, caption: `${image.caption} ${image.credit}` }
}

/** Draws a picture `height` high across the box with its caption; returns the bottom. */
async function figure(ctx: Ctx, picture: Picture, box: Box, height: number, variant = ''): Promise<number> {
  const resolved = resolvePicture(picture, variant)
  const image = await embedPicture(ctx, resolved)
  ctx.page.drawImage(image, { x: box.x, y: HEIGHT - box.y - height, width: box.w, height })
  const caption = paragraph(resolved.caption, ctx.fonts.caption, 8, box.w)
  return stack(ctx, caption, box.x, box.y + height + 4, GREY)
}

/** Illustrations for the print edition only (stories without a photo, the photo report). */
const DYKE: Picture = {
  key: 'de-bien-thai-thuy',
  motif: 'sea',
  palette: ['#8fb8d8', '#dfe9f0', '#8a9a6a'],
  label: 'Đê biển xã Thái Thụy',
  caption: 'Đoạn đê biển xung yếu ở xã Thái Thụy trong mùa mưa bão năm ngoái (ảnh minh họa).',
}
const SWIMMERS: Picture = {
  key: 'dong-chau-buoi-sang',
  motif: 'sea',
  palette: ['#6fb6e8', '#d6ecf8', '#f0dca8'],
  label: 'Buổi sáng ở Đồng Châu',
  caption: 'Buổi sáng sớm trên bãi tắm (ảnh minh họa).',
}
const EVENING: Picture = {
  key: 'dong-chau-hoang-hon',
  motif: 'sea',
  palette: ['#f2a65a', '#fbe3c0', '#e8cf98'],
  label: 'Hoàng hôn Đồng Châu',
  caption: 'Hoàng hôn trên biển Đồng Châu (ảnh minh họa).',
}
const OLD_OFFICE: Picture = {
  key: 'tru-so-xa-cu',
  motif: 'building',
  palette: ['#a9cfe8', '#eef5fa', '#b7a98a'],
  label: 'Trụ sở xã cũ',
  caption: 'Một trụ sở xã cũ sau sắp xếp đơn vị hành chính (ảnh minh họa).',
}

type ArticleOptions = { headline: number; columns: number; image?: { picture: Picture; height: number } }

/** An article: its photo, headline, standfirst across the box, then the body in columns. */
async function article(ctx: Ctx, key: string, box: Box, options: ArticleOptions): Promise<number> {
  const s = story(key)
  ctx.drawn.push(key)
  const { head, body, bold } = ctx.fonts
  let y = box.y
  if (options.image) y = (await figure(ctx, options.image.picture, box, options.image.height)) + 14
  y = stack(ctx, paragraph(s.print?.headline ?? s.headline, head, options.headline, box.w), box.x, y)
  if (s.standfirst) y = stack(ctx, paragraph(s.standfirst, bold, 12.5, box.w, 8), box.x, y) + 8
  const width = (box.w - 14 * (options.columns - 1)) / options.columns
  const lines = s.body.flatMap((text, i) =>
    text.startsWith('## ')
      ? paragraph(text.slice(3), bold, 11, width, 7)
      : paragraph(text, body, 10.5, width, i === 0 ? 0 : 5),
  )
  return columns(ctx, lines, { ...box, y }, options.columns)
}

function pageHeader(ctx: Ctx, section: string) {
  label(ctx, 'BÁO HƯNG YÊN', ctx.fonts.mast, 18, MARGIN, 37)
  label(ctx, section, ctx.fonts.head, 12, 'centre', 40)
  label(ctx, `Số 4521  –  Trang ${ctx.number}`, ctx.fonts.body, 10, 'right', 41)
  rule(ctx, MARGIN, 62, INNER, 0, 1.5)
}

function pageFooter(ctx: Ctx) {
  const text = `Báo Hưng Yên – số 4521 – trang ${ctx.number} – bản in thử nghiệm, dữ liệu demo`
  drawLine(ctx, { text: ascii(text), font: ctx.fonts.caption, size: 8, before: 0 }, MARGIN, HEIGHT - 31, GREY)
}

/**
 * A framed box that is not an article (weather, an advertisement, a notice): text the zone
 * matcher must leave alone, as it does on real pages. Returns the bottom of the frame.
 */
async function notice(
  ctx: Ctx,
  box: Box,
  title: string,
  texts: string[],
  image?: { picture: Picture; height: number },
): Promise<number> {
  let y = box.y
  if (image) y = (await figure(ctx, image.picture, box, image.height, '-quang-cao')) + 10
  const lines = [
    ...paragraph(title, ctx.fonts.head, 13, box.w),
    ...texts.flatMap((text) => paragraph(text, ctx.fonts.body, 11, box.w, 4)),
  ]
  const end = stack(ctx, lines, box.x, y)
  ctx.page.drawRectangle({
    x: box.x - 8,
    y: HEIGHT - end - 8,
    width: box.w + 16,
    height: end - box.y + 16,
    borderColor: GREY,
    borderWidth: 0.8,
  })
  return end + 8
}

async function frontPage(ctx: Ctx) {
  const { mast, body, head, caption } = ctx.fonts
  label(ctx, 'BÁO HƯNG YÊN', mast, 64, 'centre', 45)
  label(ctx, 'Cơ quan của Báo và Phát thanh, Truyền hình Hưng Yên', caption, 10, 'centre', 107)
  rule(ctx, MARGIN, 126, INNER, 0, 2)
  label(ctx, 'Số 4521', head, 10, MARGIN, 132)
  label(ctx, 'Bản in thử nghiệm – dữ liệu demo', body, 10, 'right', 132)
  rule(ctx, MARGIN, 148, INNER, 0)

  const lead = { x: MARGIN, y: 166, w: 520 }
  const side = { x: 586, y: 166, w: INNER - 546 }
  const leadBottom = await article(ctx, 'xa-khoai-chau-100-ngay', lead, {
    headline: 32,
    columns: 3,
    image: { picture: 'service-centre', height: 330 },
  })
  const storyBottom = await article(ctx, 'hdnd-ky-hop-cuoi-nam', side, { headline: 20, columns: 1 })
  const sideBottom = await notice(
    ctx,
    { ...side, x: side.x + 8, w: side.w - 16, y: storyBottom + 40 },
    'THỜI TIẾT',
    [
      'Ngày mai: nhiều mây, chiều tối có mưa rào vài nơi. Nhiệt độ thấp nhất 18 – 20 độ, cao nhất 24 – 26 độ.',
      'Vùng biển: gió đông bắc cấp 4, sóng cao 1 – 1,5 m.',
    ],
  )
  rule(ctx, 573, 166, 0, Math.max(leadBottom, sideBottom) - 166)

  // The index of the inside pages: other pages' headlines, which page 1's stories do not share.
  let y = Math.max(leadBottom, sideBottom) + 28
  rule(ctx, MARGIN, y, INNER, 0, 1.5)
  y = stack(ctx, paragraph('TRONG SỐ NÀY', head, 13, INNER), MARGIN, y + 10) + 4
  for (const [page, key] of [
    [2, 'gia-co-de-bien'],
    [3, 'nhan-long-vao-mua'],
    [4, 'bien-dong-chau-mua-he'],
  ] as const) {
    y = stack(ctx, paragraph(`Trang ${page}: ${story(key).headline}`, body, 11, INNER, 3), MARGIN, y)
  }
}

async function newsPage(ctx: Ctx) {
  pageHeader(ctx, 'THỜI SỰ')
  const top = await article(
    ctx,
    'gia-co-de-bien',
    { x: MARGIN, y: 84, w: INNER },
    {
      headline: 34,
      columns: 3,
      image: { picture: DYKE, height: 300 },
    },
  )
  rule(ctx, MARGIN, top + 22, INNER, 0)
  const y = top + 44
  const bottom = await article(
    ctx,
    'tru-so-doi-du',
    { x: MARGIN, y, w: 480 },
    {
      headline: 26,
      columns: 2,
      image: { picture: OLD_OFFICE, height: 230 },
    },
  )
  // An advertisement beside it, as provincial papers sell the space.
  const end = await notice(
    ctx,
    { x: 548, y, w: WIDTH - MARGIN - 548 },
    'PHIÊN CHỢ OCOP CUỐI TUẦN',
    ['Quảng trường trung tâm, 7 giờ – 21 giờ thứ Bảy và Chủ nhật.', 'Liên hệ đặt gian hàng: 0221 3 800 800.'],
    { picture: 'market', height: 160 },
  )
  rule(ctx, 530, y, 0, Math.max(bottom, end) - y)
}

async function economyPage(ctx: Ctx) {
  pageHeader(ctx, 'KINH TẾ')
  const main = { x: MARGIN, y: 84, w: 520 }
  const side = { x: 586, y: 84, w: INNER - 546 }
  const mainBottom = await article(ctx, 'nhan-long-vao-mua', main, {
    headline: 30,
    columns: 2,
    image: { picture: 'longan', height: 330 },
  })
  const sideBottom = await article(ctx, 'ke-hoach-vu-dong', side, {
    headline: 20,
    columns: 1,
    image: { picture: 'rice', height: 140 },
  })
  rule(ctx, 573, 84, 0, Math.max(mainBottom, sideBottom) - 84)
  const y = Math.max(mainBottom, sideBottom) + 40
  await notice(
    ctx,
    { x: MARGIN + 8, y, w: INNER - 16 },
    'THÔNG BÁO TUYỂN DỤNG',
    [
      'Công ty cổ phần may mặc tại cụm công nghiệp phía nam tỉnh cần tuyển 200 công nhân may, 20 nhân viên kỹ thuật. Thu nhập từ 8 triệu đồng/tháng, có xe đưa đón.',
      'Nộp hồ sơ tại phòng nhân sự của công ty hoặc gọi 0221 3 900 900 trong giờ hành chính.',
    ],
    { picture: 'industry', height: 200 },
  )
}

async function photoPage(ctx: Ctx) {
  pageHeader(ctx, 'PHÓNG SỰ ẢNH')
  const box = { x: MARGIN, y: 84, w: INNER }
  const bottom = await article(ctx, 'bien-dong-chau-mua-he', box, {
    headline: 36,
    columns: 3,
    image: { picture: 'beach', height: 480 },
  })
  const half = (INNER - 20) / 2
  await figure(ctx, SWIMMERS, { x: MARGIN, y: bottom + 30, w: half }, 220)
  await figure(ctx, EVENING, { x: MARGIN + half + 20, y: bottom + 30, w: half }, 220)
}

async function main() {
  const doc = await PDFDocument.create()
  doc.setTitle(ascii('Báo Hưng Yên – số 4521 (demo)'))
  doc.setProducer('Toa soan hoi tu - scripts/make-demo-epaper.ts')
  const fonts: Fonts = {
    head: await doc.embedFont(StandardFonts.HelveticaBold),
    body: await doc.embedFont(StandardFonts.TimesRoman),
    bold: await doc.embedFont(StandardFonts.TimesRomanBold),
    caption: await doc.embedFont(StandardFonts.HelveticaOblique),
    mast: await doc.embedFont(StandardFonts.TimesRomanBold),
  }
  const pages = [frontPage, newsPage, economyPage, photoPage]
  for (const [index, draw] of pages.entries()) {
    const ctx: Ctx = { doc, page: doc.addPage([WIDTH, HEIGHT]), fonts, number: index + 1, drawn: [] }
    await draw(ctx)
    pageFooter(ctx)
    if (ctx.drawn.join() !== PLAN[ctx.number]!.join()) {
      throw new Error(`Page ${ctx.number} sets ${ctx.drawn.join(', ')}; the plan says ${PLAN[ctx.number]}`)
    }
  }
  // A fixed date keeps the file byte-identical from run to run.
  const when = new Date('2026-01-01T00:00:00Z')
  doc.setCreationDate(when)
  doc.setModificationDate(when)
  const bytes = await doc.save()
  await mkdir(path.dirname(OUT), { recursive: true })
  await writeFile(OUT, bytes)
  console.log(
    `${path.relative(process.cwd(), OUT)}: ${pages.length} pages, ${Math.round(bytes.length / 1024)} KB`,
  )
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
