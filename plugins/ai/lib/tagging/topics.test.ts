import { describe, expect, it } from '@jest/globals'

import { seedTaggingContext } from '../../../../src/seed/taggingContext'
import type { TopicEntry } from '../../types'
import { readDoc } from './text'
import { buildTopicIndex, tagTopics, TOPIC_SCORING } from './topics'

const seedIndex = buildTopicIndex(seedTaggingContext().topics)

function topics(body: string, headline = '', index = seedIndex) {
  return tagTopics(readDoc({ headline, standfirst: '', body }), index)
}

const STORM: TopicEntry = { id: 1, name: 'Bão lũ', slug: 'bao-lu', keywords: ['cơn bão', 'bão', 'lũ'] }

describe('tagTopics', () => {
  it('finds the topics of a story by several distinct phrases, best first', () => {
    const found = topics(
      'Từ ngày 1/7, người dân xã Khoái Châu nộp hồ sơ trên Cổng dịch vụ công, dùng tài khoản định danh điện tử ' +
        'và ký số ngay tại nhà.\n\nTổ công nghệ số cộng đồng hướng dẫn người cao tuổi thanh toán không dùng tiền mặt.',
      'Chuyển đổi số ở xã mới sau sắp xếp',
    )
    expect(found.map((t) => t.label)).toEqual(['Chuyển đổi số', 'Sắp xếp đơn vị hành chính'])
    expect(found[0]).toMatchObject({ kind: 'topic', ref: 'chuyen-doi-so', evidence: 'Chuyển đổi số' })
    expect(found[0]!.confidence).toBeGreaterThan(0.9)
  })

  it('leaves out a topic touched by one passing phrase in the body', () => {
    expect(topics('Trong buổi làm việc, lãnh đạo xã cũng nhắc tới tai nạn giao thông dịp cuối năm.')).toEqual(
      [],
    )
  })

  it('counts the headline more than the body', () => {
    const inBody = topics('Tai nạn giao thông giảm mạnh.')
    const inHeadline = topics('', 'Tai nạn giao thông giảm mạnh')
    expect(inBody).toEqual([])
    expect(inHeadline.map((t) => t.label)).toEqual(['Giao thông'])
  })

  it('matches whole words only, with their diacritics', () => {
    const index = buildTopicIndex([STORM])
    expect(topics('Báo Hưng Yên đưa tin, phóng viên báo chí có mặt từ sớm.', '', index)).toEqual([])
    expect(
      topics('Cơn bão số 3 gây mưa lớn; lũ trên sông Hồng lên nhanh.', 'Bão đổ bộ', index),
    ).toMatchObject([{ label: 'Bão lũ', ref: 1, evidence: 'Bão' }])
    expect(topics('Lũy tre làng xanh mát.', 'Lũy tre', index)).toEqual([])
  })

  it('lets plain text match phrases written with diacritics', () => {
    const index = buildTopicIndex([STORM])
    expect(topics('Con bao so 3 gay lu lon tren song Hong.', 'Bao do bo', index)).toMatchObject([
      { label: 'Bão lũ' },
    ])
  })

  it('counts overlapping phrases of one topic once', () => {
    const index = buildTopicIndex([
      { id: 2, name: 'Tuyển sinh', slug: 'ts', keywords: ['tuyển sinh lớp 10', 'lớp 10'] },
    ])
    const once = topics('Kỳ tuyển sinh lớp 10 năm nay.', '', index)
    const twice = topics('Kỳ tuyển sinh lớp 10 năm nay, thí sinh lớp 10 đông.', '', index)
    expect(once).toEqual([])
    expect(twice).toHaveLength(1)
  })

  it('keeps at most five topics', () => {
    const many: TopicEntry[] = Array.from({ length: 7 }, (_, i) => ({
      id: i,
      name: `Chủ đề ${i}`,
      slug: `t${i}`,
      keywords: ['nông thôn mới'],
    }))
    const found = topics('Xây dựng nông thôn mới.', 'Nông thôn mới', buildTopicIndex(many))
    expect(found).toHaveLength(TOPIC_SCORING.maxTopics)
  })
})
