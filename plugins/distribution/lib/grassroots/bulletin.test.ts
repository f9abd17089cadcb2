import { describe, expect, it } from '@jest/globals'

import type { BulletinSpec, PublicStory } from '../../types'
import type { BulletinAudio } from './audio'
import {
  BULLETIN_FORMAT,
  buildBulletinMessage,
  bulletinIdFor,
  ledLength,
  ledTextFor,
  normaliseCommunes,
  spokenTextFor,
  trimToSentence,
} from './bulletin'
import type { NormalisedSchedule } from './schedule'

const spec: BulletinSpec = {
  priority: 'priority',
  communes: [
    { code: ' 04321 ', name: 'Xã Đức Long' },
    { code: '04324', name: 'Phường Hòa Chung' },
    { code: '04321', name: 'trùng' },
  ],
  schedule: { startDate: '2026-03-10', daysOfWeek: [], times: ['06:30'], repeats: 2 },
  ledText: '',
  spokenText: '',
  voice: 'vi',
}

const story = {
  id: '42',
  revision: 3,
  headline: 'Lịch cắt điện ngày 12/3',
  standfirst: 'Điện lực thông báo tạm ngừng cấp điện để bảo trì',
  bodyText: 'Khu vực thôn Nà Mè mất điện từ 7 giờ.\nĐề nghị bà con chủ động!',
  url: 'https://baocaobang.vn/lich-cat-dien',
  publishedAt: '2026-03-09T01:00:00.000Z',
  updatedAt: '2026-03-09T02:00:00.000Z',
  bulletin: spec,
} as PublicStory

describe('texts', () => {
  it('reads the editor’s spoken text as written, else headline, lead and body as sentences', () => {
    expect(spokenTextFor(story, { ...spec, spokenText: '  Kính thưa bà con  ' }, 20)).toBe('Kính thưa bà con')
    expect(spokenTextFor(story, spec, 1500)).toBe(
      'Lịch cắt điện ngày 12/3. Điện lực thông báo tạm ngừng cấp điện để bảo trì. ' +
        'Khu vực thôn Nà Mè mất điện từ 7 giờ. Đề nghị bà con chủ động!',
    )
  })

  it('caps the composed text on a sentence end, or a word with an ellipsis', () => {
    expect(spokenTextFor(story, spec, 100)).toBe(
      'Lịch cắt điện ngày 12/3. Điện lực thông báo tạm ngừng cấp điện để bảo trì.',
    )
    expect(trimToSentence('một hai ba bốn năm sáu bảy', 12)).toBe('một hai ba…')
    expect(trimToSentence('ngắn.', 12)).toBe('ngắn.')
  })

  it('shows the LED text, or the headline when there is none, counted as a reader sees it', () => {
    expect(ledTextFor(story, { ...spec, ledText: ' Cắt điện 12/3 ' })).toBe('Cắt điện 12/3')
    expect(ledTextFor(story, spec)).toBe('Lịch cắt điện ngày 12/3')
    // "ệ" typed as e + two combining marks is one character on the board.
    expect(ledLength('Điê\u0323n')).toBe(4)
  })

  it('drops duplicate communes and trims codes', () => {
    expect(normaliseCommunes(spec.communes)).toEqual([
      { code: '04321', name: 'Xã Đức Long' },
      { code: '04324', name: 'Phường Hòa Chung' },
    ])
  })
})

describe('buildBulletinMessage', () => {
  it('builds the documented message', () => {
    const schedule: NormalisedSchedule = {
      timezone: 'Asia/Ho_Chi_Minh',
      startDate: '2026-03-10',
      endDate: null,
      daysOfWeek: [1, 2, 3, 4, 5, 6, 7],
      times: ['06:30'],
      repeats: 2,
      playImmediately: false,
    }
    const audio: BulletinAudio = {
      path: '/tmp/x.mp3',
      mimeType: 'audio/mpeg',
      bytes: 3,
      durationSeconds: 1.5,
      sha256: 'ab'.repeat(32),
      source: 'tts',
      voice: 'vi',
    }
    const message = buildBulletinMessage({
      story,
      spec,
      action: 'update',
      schedule,
      spokenText: 'Kính thưa bà con.',
      audio,
      audioBase64: 'AAAA',
      sentAt: new Date('2026-03-09T03:00:00Z'),
    })
    expect(bulletinIdFor('42')).toBe('story-42')
    expect(message).toEqual({
      format: BULLETIN_FORMAT,
      action: 'update',
      id: 'story-42',
      version: 3,
      priority: 'priority',
      priorityLabel: 'ưu tiên',
      title: 'Lịch cắt điện ngày 12/3',
      ledText: 'Lịch cắt điện ngày 12/3',
      spokenText: 'Kính thưa bà con.',
      communes: [
        { code: '04321', name: 'Xã Đức Long' },
        { code: '04324', name: 'Phường Hòa Chung' },
      ],
      schedule,
      audio: {
        mimeType: 'audio/mpeg',
        bytes: 3,
        durationSeconds: 1.5,
        sha256: 'ab'.repeat(32),
        source: 'tts',
        voice: 'vi',
        dataBase64: 'AAAA',
      },
      source: {
        storyId: '42',
        url: 'https://baocaobang.vn/lich-cat-dien',
        publishedAt: '2026-03-09T01:00:00.000Z',
        updatedAt: '2026-03-09T02:00:00.000Z',
      },
      sentAt: '2026-03-09T03:00:00.000Z',
    })
  })
})
