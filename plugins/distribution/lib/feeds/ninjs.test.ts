import { describe, expect, it } from '@jest/globals'

import { sampleStory } from './fixtures'
import { toNinjs } from './ninjs'

const options = { agencyName: 'Báo Hưng Yên', uriBase: 'urn:newsroom:baohungyen.vn:' }

// Property names of ninjs-schema_2.1.json (root ninjsType, whose root forbids anything else).
const NINJS_21_PROPERTIES = new Set(
  (
    'uri type representationtype profile version firstcreated versioncreated contentcreated embargoed pubstatus ' +
    'urgency copyrightholder copyrightnotice usageterms ednote language descriptions bodies headlines people ' +
    'organisations places subjects events objects infosources title by slugline located renditions associations ' +
    'altids trustindicators standard genres expires rightsinfo'
  ).split(' '),
)
const RENDITION_PROPERTIES = new Set(
  'name href contenttype title height width sizeinbytes duration format'.split(' '),
)

function expectSchemaNames(item: Record<string, unknown>, extra: string[] = []) {
  for (const key of Object.keys(item))
    expect([key, NINJS_21_PROPERTIES.has(key) || extra.includes(key)]).toEqual([key, true])
  for (const rendition of (item.renditions as Array<Record<string, unknown>>) ?? [])
    for (const key of Object.keys(rendition))
      expect([key, RENDITION_PROPERTIES.has(key)]).toEqual([key, true])
  for (const association of (item.associations as Array<Record<string, unknown>>) ?? []) {
    expect(association.name).toEqual(expect.any(String))
    expect(association.uri).toEqual(expect.any(String))
    expectSchemaNames(association, ['name'])
  }
}

describe('toNinjs', () => {
  it('maps a published story to ninjs 2.1', () => {
    const item = toNinjs(sampleStory(), options)
    expectSchemaNames(item as unknown as Record<string, unknown>)
    expect(item).toMatchObject({
      uri: 'urn:newsroom:baohungyen.vn:story:6512',
      standard: {
        name: 'ninjs',
        version: '2.1',
        schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json',
      },
      type: 'text',
      version: '3',
      versioncreated: '2024-11-05T09:15:00.000Z',
      firstcreated: '2024-11-05T07:30:00.000Z',
      pubstatus: 'usable',
      language: 'vi',
      copyrightholder: 'Báo Hưng Yên',
      by: 'Đỗ Thị Hằng, Lê Quang Định',
      headlines: [{ role: 'main', value: 'Khởi công đường Vành đai 4 đoạn qua huyện Văn Lâm' }],
      descriptions: [{ role: 'summary', contenttype: 'text/plain', value: sampleStory().standfirst }],
      subjects: [
        { name: 'Giao thông', literal: '41' },
        { name: 'Đầu tư công', literal: '42' },
      ],
      places: [
        { name: 'Huyện Văn Lâm', literal: '00327' },
        { name: 'Tỉnh Hưng Yên', literal: '33' },
      ],
    })
    expect(item.bodies).toEqual([
      {
        role: 'main',
        contenttype: 'text/html',
        value: sampleStory().bodyHtml,
        charcount: 206,
        wordcount: 45,
      },
    ])
  })

  it('lists the featured image and audio as associations with renditions', () => {
    const { associations } = toNinjs(sampleStory(), options)
    expect(associations).toEqual([
      {
        name: 'featureimage',
        uri: 'urn:newsroom:baohungyen.vn:media:img-901',
        type: 'picture',
        by: 'Lê Quang Định',
        headlines: [{ value: 'Lễ khởi công đường Vành đai 4' }],
        descriptions: [
          { role: 'caption', contenttype: 'text/plain', value: 'Đại biểu bấm nút khởi công dự án.' },
        ],
        renditions: [
          {
            name: 'original',
            href: 'https://baohungyen.vn/media/6512/vanh-dai-4.jpg',
            contenttype: 'image/jpeg',
            width: 1600,
            height: 900,
            sizeinbytes: 284512,
          },
          {
            name: 'cardWebp',
            href: 'https://baohungyen.vn/media/6512/vanh-dai-4-card.webp',
            contenttype: 'image/webp',
            width: 800,
            height: 450,
            sizeinbytes: 48210,
          },
        ],
      },
      {
        name: 'audio',
        uri: 'urn:newsroom:baohungyen.vn:media:aud-77',
        type: 'audio',
        headlines: [{ value: 'Bản đọc: Khởi công đường Vành đai 4' }],
        renditions: [
          {
            name: 'original',
            href: 'https://baohungyen.vn/media/6512/doc-bai.mp3',
            contenttype: 'audio/mpeg',
            sizeinbytes: 2345678,
            duration: 3725.4,
          },
        ],
      },
    ])
  })

  it('types a story whose audio or video is the point by its main asset', () => {
    const video = {
      id: 'vid-1',
      url: 'https://baohungyen.vn/v.mp4',
      mimeType: 'video/mp4',
      bytes: 10,
      durationSeconds: 90,
      poster: { url: 'https://baohungyen.vn/v.jpg', mimeType: 'image/jpeg', bytes: 5 },
    }
    const shortIntro = 'Phóng sự: mùa nhãn lồng Hưng Yên'
    expect(toNinjs(sampleStory({ video, bodyText: shortIntro }), options).type).toBe('video')
    expect(toNinjs(sampleStory({ bodyText: shortIntro }), options).type).toBe('audio')
    // The sample's 45-word report with a read-aloud version is still a text story.
    expect(toNinjs(sampleStory({ video }), options).type).toBe('text')
    const association = toNinjs(sampleStory({ video }), options).associations?.find((a) => a.name === 'video')
    expect(association?.renditions?.map((r) => r.name)).toEqual(['original', 'poster'])
  })

  it('states corrections, and turns a killed story into a cancellation without content', () => {
    const corrected = toNinjs(
      sampleStory({ state: 'corrected', corrections: [{ note: 'Sửa tên xã' }] }),
      options,
    )
    expect(corrected.pubstatus).toBe('usable')
    expect(corrected.descriptions).toContainEqual({
      role: 'correction',
      contenttype: 'text/plain',
      value: 'Sửa tên xã',
    })

    const killed = toNinjs(sampleStory({ state: 'killed', revision: 5 }), options)
    expectSchemaNames(killed as unknown as Record<string, unknown>)
    expect(killed).toMatchObject({
      uri: 'urn:newsroom:baohungyen.vn:story:6512',
      pubstatus: 'canceled',
      version: '5',
    })
    expect(killed.bodies).toBeUndefined()
    expect(killed.descriptions).toBeUndefined()
    expect(killed.associations).toBeUndefined()
  })

  it('derives the uri from a site URL, or uses any other prefix as given', () => {
    const fromSite = toNinjs(sampleStory(), { agencyName: 'Báo Hưng Yên', uriBase: 'https://BaoHungYen.vn/' })
    expect(fromSite.uri).toBe('urn:newsroom:baohungyen.vn:story:6512')
    expect(fromSite.associations?.[0].uri).toBe('urn:newsroom:baohungyen.vn:media:img-901')
    expect(toNinjs(sampleStory(), { agencyName: 'X', uriBase: 'urn:newsml:hy' }).uri).toBe(
      'urn:newsml:hy:story:6512',
    )
  })

  it('strips illegal control characters', () => {
    expect(toNinjs(sampleStory({ headline: 'Lũ\u0000 lụt' }), options).headlines?.[0].value).toBe('Lũ lụt')
  })
})
