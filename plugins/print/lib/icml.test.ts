import { describe, expect, it } from '@jest/globals'

import { buildIcml, cleanXmlText, escapeXml, type IcmlStory } from './icml'
import { lexicalParagraphs, plainParagraphs } from './printParagraphs'
import { readIcml } from './readIcml'
import { linkFileName, toIcmlStory } from './storyIcml'

const text = (value: string, format = 0) => ({ type: 'text', text: value, format, version: 1 })
const lexical = (...children: unknown[]) => ({ root: { type: 'root', children } })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children })

const body = lexical(
  paragraph(text('Sáng 22/11, tỉnh '), text('Hưng Yên', 1), text(' khai mạc '), text('lễ hội', 2), text('.')),
  { type: 'heading', tag: 'h2', children: [text('Đường về quê lúa')] },
  paragraph(text('Đậm nghiêng', 3), { type: 'linebreak' }, text('dòng hai'), text(' m', 0), text('2', 64)),
  {
    type: 'list',
    listType: 'number',
    start: 1,
    children: [
      { type: 'listitem', children: [text('Thứ nhất')] },
      { type: 'listitem', children: [{ type: 'link', children: [text('Thứ hai', 8)] }] },
    ],
  },
  paragraph(text('   ')),
)

const story: IcmlStory = {
  headline: 'Lễ hội & "Văn hóa" <Phố Hiến> 2026',
  standfirst: 'Hàng nghìn người dân và du khách đổ về Phố Hiến.',
  body: lexicalParagraphs(body),
  credits: ['Nguyễn Thị Hoa', 'Ảnh: Trần Văn Bình'],
  image: {
    href: '../Links/7-anh-le-hoi.jpg',
    widthPx: 1200,
    heightPx: 800,
    caption: 'Rước kiệu (Ảnh: TTXVN)',
  },
}

describe('lexicalParagraphs', () => {
  it('keeps paragraphs, sub-headings, list numbers and format bits', () => {
    const paragraphs = lexicalParagraphs(body)
    expect(paragraphs.map((p) => p.kind)).toEqual(['body', 'subhead', 'body', 'body', 'body'])
    expect(paragraphs[0]!.runs).toEqual([
      { text: 'Sáng 22/11, tỉnh ' },
      { text: 'Hưng Yên', bold: true },
      { text: ' khai mạc ' },
      { text: 'lễ hội', italic: true },
      { text: '.' },
    ])
    expect(paragraphs[2]!.runs).toEqual([
      { text: 'Đậm nghiêng', bold: true, italic: true },
      { text: '\u2028dòng hai m' },
      { text: '2', position: 'superscript' },
    ])
    expect(paragraphs[3]!.runs).toEqual([{ text: '1. Thứ nhất' }])
    expect(paragraphs[4]!.runs).toEqual([{ text: '2. ' }, { text: 'Thứ hai', underline: true }])
  })

  it('reads the plain print variant line by line', () => {
    expect(plainParagraphs('Dòng một\r\n\n  Dòng hai  \n')).toEqual([
      { kind: 'body', runs: [{ text: 'Dòng một' }] },
      { kind: 'body', runs: [{ text: 'Dòng hai' }] },
    ])
  })
})

describe('buildIcml', () => {
  const xml = buildIcml([story], { title: story.headline })
  const icml = readIcml(xml)

  it('is an InCopy snippet with the newsroom styles', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')).toBe(true)
    expect(icml.instructions[0]).toMatch(/^style="50" type="snippet" readerVersion="6.0"/)
    expect(icml.instructions[1]).toBe('SnippetType="InCopyInterchange"')
    expect(icml.paragraphStyles).toEqual(
      expect.arrayContaining(['Tít', 'Sapo', 'Thân bài', 'Tiêu đề phụ', 'Tác giả', 'Chú thích ảnh']),
    )
    expect(icml.characterStyles).toEqual(expect.arrayContaining(['Đậm', 'Nghiêng', 'Đậm nghiêng']))
    expect(icml.storyTitle).toBe(story.headline)
  })

  it('sets each paragraph in its style, Vietnamese and escaped text intact', () => {
    expect(icml.paragraphs.map((p) => [p.style, p.text])).toEqual([
      ['Tít', 'Lễ hội & "Văn hóa" <Phố Hiến> 2026'],
      ['Sapo', 'Hàng nghìn người dân và du khách đổ về Phố Hiến.'],
      ['$ID/NormalParagraphStyle', ''],
      ['Chú thích ảnh', 'Rước kiệu (Ảnh: TTXVN)'],
      ['Thân bài', 'Sáng 22/11, tỉnh Hưng Yên khai mạc lễ hội.'],
      ['Tiêu đề phụ', 'Đường về quê lúa'],
      ['Thân bài', 'Đậm nghiêng\u2028dòng hai m2'],
      ['Thân bài', '1. Thứ nhất'],
      ['Thân bài', '2. Thứ hai'],
      ['Tác giả', 'Nguyễn Thị Hoa – Ảnh: Trần Văn Bình'],
    ])
    expect(xml).toContain('&amp; &quot;Văn hóa&quot; &lt;Phố Hiến&gt;')
  })

  it('marks bold and italic with character styles, the rest as local overrides', () => {
    const first = icml.paragraphs[4]!.ranges
    expect(first.map((r) => [r.characterStyle, r.text])).toEqual([
      ['CharacterStyle/$ID/[No character style]', 'Sáng 22/11, tỉnh '],
      ['CharacterStyle/Đậm', 'Hưng Yên'],
      ['CharacterStyle/$ID/[No character style]', ' khai mạc '],
      ['CharacterStyle/Nghiêng', 'lễ hội'],
      ['CharacterStyle/$ID/[No character style]', '.'],
    ])
    const third = icml.paragraphs[6]!.ranges
    expect(third[0]!.characterStyle).toBe('CharacterStyle/Đậm nghiêng')
    expect(third[2]).toMatchObject({ text: '2', attributes: { Position: 'Superscript' } })
    expect(icml.paragraphs[8]!.ranges[1]).toMatchObject({
      text: 'Thứ hai',
      attributes: { Underline: 'true' },
    })
  })

  it('ends every paragraph but the last with a paragraph return', () => {
    expect((xml.match(/<Br\/>/g) ?? []).length).toBe(icml.paragraphs.length - 1)
    expect(xml).not.toMatch(/<Br\/><\/CharacterStyleRange><\/ParagraphStyleRange>\n {2}<\/Story>/)
  })

  it('links the picture in a scaled frame instead of embedding it', () => {
    expect(icml.links).toEqual(['file:../Links/7-anh-le-hoi.jpg'])
    expect(xml).toContain('<GraphicBounds Left="0" Top="0" Right="1200" Bottom="800"/>')
    expect(xml).toContain('ItemTransform="0.2 0 0 0.2 -120 -80"')
  })

  it('puts several stories one after the other with unique frame ids', () => {
    const two = buildIcml([story, { ...story, headline: 'Tin hai', credits: [] }], { title: 'Trang 1' })
    const read = readIcml(two)
    expect(read.paragraphs.filter((p) => p.style === 'Tít').map((p) => p.text)).toEqual([
      story.headline,
      'Tin hai',
    ])
    expect(two).toContain('Self="toasoan_frame1"')
    expect(two).toContain('Self="toasoan_frame2"')
    expect(read.paragraphs[read.paragraphs.length - 1]!.style).toBe('Thân bài')
  })
})

describe('XML safety', () => {
  it('drops characters XML 1.0 forbids and composes Vietnamese', () => {
    expect(cleanXmlText('a\u0000b\u0007c\u000bd\uFFFEe\uD800f\tg\n')).toBe('abcdef\tg\n')
    expect(cleanXmlText('Vie\u0302\u0323t')).toBe('Việt')
    expect(escapeXml(`<a href="x">&'`)).toBe(`&lt;a href=&quot;x&quot;&gt;&amp;'`)
    const xml = buildIcml([{ headline: 'Tít\u0001 lỗi\u0008', body: [], credits: [] }], { title: 'x\u0002' })
    expect(readIcml(xml).paragraphs[0]!.text).toBe('Tít lỗi')
  })
})

describe('toIcmlStory', () => {
  const stored = {
    id: 4,
    headline: 'Tít web',
    slug: 'tit-web',
    standfirst: 'Sapo',
    body: body,
    bylines: [
      { name: 'Lê Văn Nam', contribution: 'writer' },
      { user: { fullName: 'Phạm Thu' }, contribution: 'photographer' },
      { name: 'Biên tập viên', contribution: 'editor' },
    ],
    featuredImage: {
      id: 7,
      filename: 'Ảnh Lễ hội Phố Hiến.JPG',
      mimeType: 'image/jpeg',
      width: 1200,
      height: 800,
      alt: 'Rước kiệu',
      credit: 'TTXVN',
    },
  }

  it('uses the master story when there is no print variant', () => {
    const icml = toIcmlStory(stored, '../')
    expect(icml.headline).toBe('Tít web')
    expect(icml.body).toEqual(lexicalParagraphs(body))
    expect(icml.credits).toEqual(['Lê Văn Nam', 'Ảnh: Phạm Thu'])
    expect(icml.image).toEqual({
      href: '../Links/7-anh-le-hoi-pho-hien.jpg',
      widthPx: 1200,
      heightPx: 800,
      caption: 'Rước kiệu (Ảnh: TTXVN)',
    })
  })

  it('prefers the print headline and text', () => {
    const icml = toIcmlStory({ ...stored, print: { headline: 'Tít báo in', text: 'Đoạn một\nĐoạn hai' } })
    expect(icml.headline).toBe('Tít báo in')
    expect(icml.body.map((p) => p.runs[0]!.text)).toEqual(['Đoạn một', 'Đoạn hai'])
  })

  it('leaves out a featured asset that is not a picture', () => {
    const video = { ...stored, featuredImage: { id: 8, filename: 'clip.mp4', kind: 'video' } }
    expect(toIcmlStory(video).image).toBeNull()
    expect(linkFileName({ id: 9, filename: 'no-extension' })).toBe('9-no-extension')
  })
})
