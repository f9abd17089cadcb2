import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'

import { exifApp1, iptcApp13, makeJpeg, makeTempDir, removeDir } from '../../../test/helpers/mediaFixtures'
import { decodeText, readImageMetadata } from './imageMetadata'

const XMP = `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">Lễ hội đền Hùng năm 2026</rdf:li></rdf:Alt></dc:description>
<dc:creator><rdf:Seq><rdf:li>Nguyễn Văn Ảnh</rdf:li></rdf:Seq></dc:creator>
<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">© Báo Phú Thọ</rdf:li></rdf:Alt></dc:rights>
<dc:subject><rdf:Bag><rdf:li>lễ hội</rdf:li><rdf:li>Phú Thọ</rdf:li></rdf:Bag></dc:subject>
<photoshop:Credit>TTXVN</photoshop:Credit><photoshop:Headline>Giỗ Tổ Hùng Vương</photoshop:Headline>
<photoshop:DateCreated>2026-04-26T08:30:00+07:00</photoshop:DateCreated>
</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`

let dir: string

beforeAll(async () => {
  dir = await makeTempDir()
})

afterAll(() => removeDir(dir))

describe('readImageMetadata', () => {
  it('reads Vietnamese XMP (dc and photoshop namespaces)', async () => {
    const file = path.join(dir, 'xmp.jpg')
    await makeJpeg({ path: file, xmp: XMP })
    expect(await readImageMetadata(file)).toEqual({
      hasGps: false,
      caption: 'Lễ hội đền Hùng năm 2026',
      headline: 'Giỗ Tổ Hùng Vương',
      credit: 'TTXVN',
      creator: 'Nguyễn Văn Ảnh',
      copyright: '© Báo Phú Thọ',
      dateTaken: '2026-04-26T08:30:00+07:00',
      keywords: ['lễ hội', 'Phú Thọ'],
    })
  })

  it('reads EXIF written by sharp: camera, artist, date and GPS', async () => {
    const jpeg = await makeJpeg({
      exif: {
        IFD0: {
          Make: 'NIKON CORPORATION',
          Model: 'NIKON Z 6',
          Artist: 'Tran Van A',
          Copyright: 'Bao Lao Cai',
        },
        IFD2: { DateTimeOriginal: '2026:04:26 08:30:00', OffsetTimeOriginal: '+07:00' },
      },
      gps: { latitude: 22.4856, longitude: 103.9707 },
    })
    expect(await readImageMetadata(jpeg)).toEqual({
      hasGps: true,
      creator: 'Tran Van A',
      copyright: 'Bao Lao Cai',
      camera: 'NIKON Z 6',
      dateTaken: '2026-04-26T08:30:00+07:00',
    })
  })

  it('assumes the newsroom time zone when the camera gives none', async () => {
    const jpeg = await makeJpeg({
      exif: { IFD0: { Make: 'Canon', Model: 'EOS R6' }, IFD2: { DateTimeOriginal: '2025:12:31 23:59:59' } },
    })
    const meta = await readImageMetadata(jpeg)
    expect(meta.camera).toBe('Canon EOS R6')
    expect(meta.dateTaken).toBe('2025-12-31T23:59:59+07:00')
    expect((await readImageMetadata(jpeg, { assumedUtcOffset: '+00:00' })).dateTaken).toBe(
      '2025-12-31T23:59:59+00:00',
    )
  })

  it('reads UTF-8 IPTC from a Photoshop APP13 block, which wins over XMP and EXIF', async () => {
    const app13 = iptcApp13({
      caption: 'Cầu Long Biên trong sương sớm',
      headline: 'Hà Nội vào đông',
      credit: 'Báo Hà Nội Mới',
      byline: 'Lê Thị Hồng',
      copyright: '© Báo Hà Nội Mới 2026',
      keywords: ['Hà Nội', 'mùa đông', 'cầu Long Biên'],
      dateCreated: '20261201',
      timeCreated: '063000+0700',
    })
    const jpeg = await makeJpeg({ xmp: XMP, segments: [{ marker: 0xed, payload: app13 }] })
    expect(await readImageMetadata(jpeg)).toEqual({
      hasGps: false,
      caption: 'Cầu Long Biên trong sương sớm',
      headline: 'Hà Nội vào đông',
      credit: 'Báo Hà Nội Mới',
      creator: 'Lê Thị Hồng',
      copyright: '© Báo Hà Nội Mới 2026',
      dateTaken: '2026-12-01T06:30:00+07:00',
      keywords: ['Hà Nội', 'mùa đông', 'cầu Long Biên'],
    })
  })

  it('keeps legacy Latin-1 IPTC as it is', async () => {
    const app13 = iptcApp13({
      caption: 'Café Müller',
      byline: 'José',
      encoding: 'latin1',
      dateCreated: '20260102',
    })
    const meta = await readImageMetadata(await makeJpeg({ segments: [{ marker: 0xed, payload: app13 }] }))
    expect(meta).toMatchObject({ caption: 'Café Müller', creator: 'José', dateTaken: '2026-01-02' })
  })

  it('decodes EXIF ASCII written as UTF-8 or as Latin-1', async () => {
    const app1 = exifApp1({
      0x010e: Buffer.from('Photo © Café Müller', 'latin1'),
      0x013b: Buffer.from('Trần Thị Bé', 'utf8'),
      0x8298: Buffer.from('© Báo Đà Nẵng', 'utf8'),
    })
    const file = path.join(dir, 'raw-exif.jpg')
    await makeJpeg({ path: file, segments: [{ marker: 0xe1, payload: app1 }] })
    expect(await readImageMetadata(file)).toEqual({
      hasGps: false,
      caption: 'Photo © Café Müller',
      creator: 'Trần Thị Bé',
      copyright: '© Báo Đà Nẵng',
    })
  })

  it('gives only hasGps for images without metadata and for non-images', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#123456' } })
      .png()
      .toBuffer()
    expect(await readImageMetadata(png)).toEqual({ hasGps: false })
    const text = path.join(dir, 'note.txt')
    await writeFile(text, 'không phải ảnh')
    expect(await readImageMetadata(text)).toEqual({ hasGps: false })
  })
})

describe('decodeText', () => {
  it('repairs UTF-8 read as Latin-1 and leaves real Latin-1 and proper text alone', () => {
    expect(decodeText(Buffer.from('Đà Lạt', 'utf8').toString('latin1'))).toBe('Đà Lạt')
    expect(decodeText('Café')).toBe('Café')
    expect(decodeText('Nguyễn\0\0')).toBe('Nguyễn')
    // NFD (as macOS writes it) comes out composed.
    expect(decodeText('Hà Nội'.normalize('NFD'))).toBe('Hà Nội')
  })
})
