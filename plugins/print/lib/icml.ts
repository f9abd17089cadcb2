/**
 * InCopy Markup Language (ICML): the stand-alone story format InDesign places with File > Place
 * (IDML specification, "InCopy Interchange"). One Document with the paragraph and character
 * styles the newsroom's templates define by name, and one Story of ParagraphStyleRange /
 * CharacterStyleRange / Content, each paragraph ended by <Br/>. Pure; no Node-only imports.
 */
import {
  FORCED_LINE_BREAK,
  mergeRuns,
  type Run,
  type TextParagraph,
  type TextParagraphKind,
} from './printParagraphs'

/** A linked picture: the file travels beside the ICML (the package's Links/ folder). */
export type IcmlImage = {
  /** Relative path from the ICML file to the picture, e.g. `../Links/12-anh.jpg`. */
  href: string
  widthPx: number
  heightPx: number
}

export type IcmlParagraph = TextParagraph | { kind: 'image'; image: IcmlImage }

export type IcmlStory = {
  headline: string
  standfirst?: string | null
  body: TextParagraph[]
  /** "Nguyễn Văn A", "Ảnh: Trần Thị B" … (one credits paragraph at the end, as papers here set it). */
  credits: string[]
  image?: (IcmlImage & { caption?: string | null }) | null
}

export type IcmlOptions = {
  /** InDesign's story title (Story > Story Options). */
  title: string
  /** Width of the picture frame in points; the picture is scaled to it (default: two columns). */
  imageWidthPt?: number
}

/** Our paragraph kinds → the style names the InDesign templates use. */
export const PARAGRAPH_STYLES: Record<
  TextParagraphKind,
  { name: string; attributes: Record<string, string> }
> = {
  headline: { name: 'Tít', attributes: { PointSize: '28', FontStyle: 'Bold', SpaceAfter: '6' } },
  standfirst: { name: 'Sapo', attributes: { PointSize: '11', FontStyle: 'Bold', SpaceAfter: '6' } },
  body: { name: 'Thân bài', attributes: { PointSize: '10.5', FirstLineIndent: '10' } },
  subhead: { name: 'Tiêu đề phụ', attributes: { PointSize: '11', FontStyle: 'Bold', SpaceBefore: '6' } },
  credit: {
    name: 'Tác giả',
    attributes: { FontStyle: 'Bold', Justification: 'RightAlign', SpaceBefore: '6' },
  },
  caption: { name: 'Chú thích ảnh', attributes: { PointSize: '9', FontStyle: 'Italic', SpaceAfter: '6' } },
}

export const CHARACTER_STYLES = {
  bold: { name: 'Đậm', fontStyle: 'Bold' },
  italic: { name: 'Nghiêng', fontStyle: 'Italic' },
  boldItalic: { name: 'Đậm nghiêng', fontStyle: 'Bold Italic' },
} as const

const NO_CHARACTER_STYLE = 'CharacterStyle/$ID/[No character style]'
const NORMAL_PARAGRAPH_STYLE = 'ParagraphStyle/$ID/NormalParagraphStyle'
const DEFAULT_IMAGE_WIDTH_PT = 240

/** Characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/FFFF) are dropped. */
// eslint-disable-next-line no-control-regex -- naming the control characters XML allows is the point
const ILLEGAL_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

export function cleanXmlText(value: string): string {
  return value.normalize('NFC').replace(ILLEGAL_XML, '')
}

export function escapeXml(value: string): string {
  return cleanXmlText(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

const attributes = (values: Record<string, string>) =>
  Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('')

export const paragraphStyleRef = (kind: TextParagraphKind) => `ParagraphStyle/${PARAGRAPH_STYLES[kind].name}`

function characterStyleRef(run: Run): string {
  if (run.bold && run.italic) return `CharacterStyle/${CHARACTER_STYLES.boldItalic.name}`
  if (run.bold) return `CharacterStyle/${CHARACTER_STYLES.bold.name}`
  if (run.italic) return `CharacterStyle/${CHARACTER_STYLES.italic.name}`
  return NO_CHARACTER_STYLE
}

/** Underline, strike-through and super/subscript stay local overrides: templates rarely style them. */
function localOverrides(run: Run): Record<string, string> {
  const local: Record<string, string> = {}
  if (run.underline) local.Underline = 'true'
  if (run.strike) local.StrikeThru = 'true'
  if (run.position === 'superscript') local.Position = 'Superscript'
  if (run.position === 'subscript') local.Position = 'Subscript'
  return local
}

/** Inside a paragraph a newline is a forced line break; a paragraph return would split it. */
const contentText = (text: string) => escapeXml(text.replace(/\r\n|\r|\n/g, FORCED_LINE_BREAK))

function styles(): string {
  const character = Object.values(CHARACTER_STYLES)
    .map(
      (style) =>
        `    <CharacterStyle Self="CharacterStyle/${escapeXml(style.name)}" Name="${escapeXml(style.name)}" FontStyle="${style.fontStyle}">\n` +
        `      <Properties><BasedOn type="object">${escapeXml(NO_CHARACTER_STYLE)}</BasedOn></Properties>\n` +
        `    </CharacterStyle>\n`,
    )
    .join('')
  const paragraph = Object.values(PARAGRAPH_STYLES)
    .map(
      (style) =>
        `    <ParagraphStyle Self="ParagraphStyle/${escapeXml(style.name)}" Name="${escapeXml(style.name)}"${attributes(style.attributes)}>\n` +
        `      <Properties><BasedOn type="object">${escapeXml(NORMAL_PARAGRAPH_STYLE)}</BasedOn></Properties>\n` +
        `    </ParagraphStyle>\n`,
    )
    .join('')
  return (
    `  <RootCharacterStyleGroup Self="toasoan_character_styles">\n` +
    `    <CharacterStyle Self="${escapeXml(NO_CHARACTER_STYLE)}" Name="$ID/[No character style]"/>\n` +
    character +
    `  </RootCharacterStyleGroup>\n` +
    `  <RootParagraphStyleGroup Self="toasoan_paragraph_styles">\n` +
    `    <ParagraphStyle Self="ParagraphStyle/$ID/[No paragraph style]" Name="$ID/[No paragraph style]"/>\n` +
    `    <ParagraphStyle Self="${escapeXml(NORMAL_PARAGRAPH_STYLE)}" Name="$ID/NormalParagraphStyle"/>\n` +
    paragraph +
    `  </RootParagraphStyleGroup>\n`
  )
}

const points = (value: number) => String(Math.round(value * 1000) / 1000)

/**
 * An inline (anchored) graphic frame: a Rectangle whose path is the frame in points, holding an
 * Image at its native size (pixels = points at 72 ppi) scaled into it, linked, not embedded.
 */
function imageFrame(image: IcmlImage, id: number, widthPt: number): string {
  const widthPx = Math.max(1, image.widthPx)
  const heightPx = Math.max(1, image.heightPx)
  const scale = widthPt / widthPx
  const hw = points(widthPt / 2)
  const hh = points((heightPx * scale) / 2)
  const corners = [
    [`-${hw}`, `-${hh}`],
    [`-${hw}`, hh],
    [hw, hh],
    [hw, `-${hh}`],
  ]
    .map(
      ([x, y]) => `<PathPointType Anchor="${x} ${y}" LeftDirection="${x} ${y}" RightDirection="${x} ${y}"/>`,
    )
    .join('')
  return (
    `<Rectangle Self="toasoan_frame${id}" ContentType="GraphicType" StrokeWeight="0" ItemTransform="1 0 0 1 ${hw} -${hh}">` +
    `<Properties><PathGeometry><GeometryPathType PathOpen="false"><PathPointArray>${corners}</PathPointArray></GeometryPathType></PathGeometry></Properties>` +
    `<Image Self="toasoan_image${id}" ItemTransform="${points(scale)} 0 0 ${points(scale)} -${hw} -${hh}">` +
    `<Properties><GraphicBounds Left="0" Top="0" Right="${widthPx}" Bottom="${heightPx}"/></Properties>` +
    `<Link Self="toasoan_link${id}" LinkResourceURI="${escapeXml(`file:${encodeURI(image.href)}`)}"/>` +
    `</Image></Rectangle>`
  )
}

/** All paragraphs of the stories in order: headline, standfirst, picture + caption, body, credits. */
export function storyParagraphs(story: IcmlStory): IcmlParagraph[] {
  const out: IcmlParagraph[] = [{ kind: 'headline', runs: [{ text: story.headline }] }]
  const standfirst = story.standfirst?.trim()
  if (standfirst) out.push({ kind: 'standfirst', runs: [{ text: standfirst }] })
  if (story.image) {
    out.push({ kind: 'image', image: story.image })
    const caption = story.image.caption?.trim()
    if (caption) out.push({ kind: 'caption', runs: [{ text: caption }] })
  }
  out.push(...story.body)
  const credits = story.credits.map((c) => c.trim()).filter(Boolean)
  if (credits.length) out.push({ kind: 'credit', runs: [{ text: credits.join(' – ') }] })
  return out
}

function paragraphXml(
  paragraph: IcmlParagraph,
  last: boolean,
  imageId: () => number,
  widthPt: number,
): string {
  const br = last ? '' : '<Br/>'
  if (paragraph.kind === 'image') {
    return (
      `    <ParagraphStyleRange AppliedParagraphStyle="${escapeXml(NORMAL_PARAGRAPH_STYLE)}">` +
      `<CharacterStyleRange AppliedCharacterStyle="${escapeXml(NO_CHARACTER_STYLE)}">` +
      `${imageFrame(paragraph.image, imageId(), widthPt)}${br}</CharacterStyleRange></ParagraphStyleRange>\n`
    )
  }
  const runs = mergeRuns(paragraph.runs)
  if (!runs.length) runs.push({ text: '' })
  const ranges = runs
    .map((run, index) => {
      const end = index === runs.length - 1 ? br : ''
      return (
        `<CharacterStyleRange AppliedCharacterStyle="${escapeXml(characterStyleRef(run))}"${attributes(localOverrides(run))}>` +
        `<Content>${contentText(run.text)}</Content>${end}</CharacterStyleRange>`
      )
    })
    .join('')
  return `    <ParagraphStyleRange AppliedParagraphStyle="${escapeXml(paragraphStyleRef(paragraph.kind))}">${ranges}</ParagraphStyleRange>\n`
}

/** One ICML document holding the stories one after the other (a page is its stories in order). */
export function buildIcml(stories: IcmlStory[], options: IcmlOptions): string {
  const paragraphs = stories.flatMap(storyParagraphs)
  let images = 0
  const nextImage = () => ++images
  const width = options.imageWidthPt ?? DEFAULT_IMAGE_WIDTH_PT
  const body = paragraphs
    .map((p, i) => paragraphXml(p, i === paragraphs.length - 1, nextImage, width))
    .join('')
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<?aid style="50" type="snippet" readerVersion="6.0" featureSet="513" product="8.0(370)" ?>\n` +
    `<?aid SnippetType="InCopyInterchange"?>\n` +
    `<Document DOMVersion="8.0" Self="toasoan_doc">\n` +
    styles() +
    `  <Story Self="toasoan_story" AppliedTOCStyle="n" TrackChanges="false" StoryTitle="${escapeXml(options.title)}" AppliedNamedGrid="n">\n` +
    `    <StoryPreference OpticalMarginAlignment="false" OpticalMarginSize="12" FrameType="TextFrameType" StoryOrientation="Horizontal" StoryDirection="LeftToRightDirection"/>\n` +
    `    <InCopyExportOption IncludeGraphicProxies="true" IncludeAllResources="false"/>\n` +
    body +
    `  </Story>\n` +
    `</Document>\n`
  )
}
