/**
 * The airtime rules as data: what each measures, its threshold and the legal text it comes from.
 * Thresholds that change over time (the Vietnamese-film share) are phases by date, so a day is
 * judged by the rule in force on that day.
 */
import type { Bilingual } from './vocabulary'

export const RULE_IDS = ['coverage', 'domestic', 'newSelfProduced', 'foreign', 'vietnameseFilm'] as const
export type RuleId = (typeof RULE_IDS)[number]

/** `min`: the share must be at least the threshold; `max`: at most. */
export type Comparison = 'min' | 'max'

export type RuleDefinition = {
  rule: RuleId
  label: Bilingual
  /** What is divided by what, in words. */
  measure: Bilingual
  comparison: Comparison
  /** Percent thresholds by the first day they apply; the last phase not after the day wins. */
  phases: ReadonlyArray<{ from: string; percent: number }>
  /** The legal basis, in Vietnamese as published. */
  source: { document: string; text: string }
}

const QD_362 = 'Quyết định 362/QĐ-TTg ngày 03/4/2019 (Quy hoạch phát triển và quản lý báo chí toàn quốc)'
const QD_362_TEXT =
  'Bảo đảm thời lượng phát sóng chương trình sản xuất trong nước của kênh phát thanh, kênh truyền hình ' +
  'phục vụ nhiệm vụ chính trị, thông tin tuyên truyền thiết yếu … đạt tỷ lệ tối thiểu 70% tổng thời lượng ' +
  'phát sóng trong 01 ngày của từng kênh chương trình (trong đó, thời lượng chương trình tự sản xuất mới đạt ' +
  'tối thiểu 30% thời lượng các chương trình sản xuất trong nước); việc khai thác các nội dung từ kênh ' +
  'chương trình nước ngoài … không vượt quá 30% tổng thời lượng phát sóng trong 01 ngày của kênh đó.'

export const RULES: Readonly<Record<RuleId, RuleDefinition>> = {
  coverage: {
    rule: 'coverage',
    label: { vi: 'Phát sóng đủ 24 giờ/ngày', en: '24 hours a day on air' },
    measure: {
      vi: 'thời gian có chương trình / 24 giờ; không khoảng trống, không chồng lấn',
      en: 'time covered / 24 h; no gap, no overlap',
    },
    comparison: 'min',
    phases: [{ from: '1900-01-01', percent: 100 }],
    source: {
      document: `${QD_362}; kế hoạch thực hiện của tỉnh`,
      text:
        'Tăng thời lượng phát sóng các chương trình phát thanh, truyền hình phục vụ nhiệm vụ chính trị, ' +
        'thông tin tuyên truyền thiết yếu của quốc gia và địa phương đạt 24h/ngày.',
    },
  },
  domestic: {
    rule: 'domestic',
    label: { vi: 'Chương trình sản xuất trong nước ≥ 70%', en: 'Domestic production ≥ 70%' },
    measure: {
      vi: 'thời lượng tự sản xuất và khai thác trong nước / tổng thời lượng phát sóng',
      en: 'self-produced and domestic airtime / total airtime',
    },
    comparison: 'min',
    phases: [{ from: '1900-01-01', percent: 70 }],
    source: { document: QD_362, text: QD_362_TEXT },
  },
  newSelfProduced: {
    rule: 'newSelfProduced',
    label: {
      vi: 'Tự sản xuất mới ≥ 30% thời lượng sản xuất trong nước',
      en: 'New self-produced ≥ 30% of domestic airtime',
    },
    measure: {
      vi: 'thời lượng tự sản xuất mới / thời lượng sản xuất trong nước',
      en: 'new self-produced airtime / domestic airtime',
    },
    comparison: 'min',
    phases: [{ from: '1900-01-01', percent: 30 }],
    source: { document: QD_362, text: QD_362_TEXT },
  },
  foreign: {
    rule: 'foreign',
    label: { vi: 'Khai thác nước ngoài ≤ 30%', en: 'Foreign content ≤ 30%' },
    measure: {
      vi: 'thời lượng khai thác từ nước ngoài / tổng thời lượng phát sóng',
      en: 'foreign airtime / total airtime',
    },
    comparison: 'max',
    phases: [{ from: '1900-01-01', percent: 30 }],
    source: { document: QD_362, text: QD_362_TEXT },
  },
  vietnameseFilm: {
    rule: 'vietnameseFilm',
    label: { vi: 'Phim Việt Nam trong tổng thời lượng phim', en: 'Vietnamese films in film airtime' },
    measure: {
      vi: 'thời lượng phim Việt Nam / tổng thời lượng phát sóng phim',
      en: 'Vietnamese film airtime / all film airtime',
    },
    comparison: 'min',
    // Decree 131/2022 took effect on 1 January 2023; before that no share was required.
    phases: [
      { from: '2023-01-01', percent: 15 },
      { from: '2026-01-01', percent: 20 },
    ],
    source: {
      document:
        'Nghị định 131/2022/NĐ-CP ngày 31/12/2022 quy định chi tiết một số điều của Luật Điện ảnh, Điều 11',
      text:
        'Giai đoạn 1: Từ ngày 01/01/2023 đến hết ngày 31/12/2025, bảo đảm đạt ít nhất 15% thời lượng phát ' +
        'sóng phim Việt Nam so với tổng thời lượng phát sóng phim trên các kênh truyền hình trong nước; ' +
        'Giai đoạn 2: Từ ngày 01/01/2026, bảo đảm đạt ít nhất 20% thời lượng phát sóng phim Việt Nam so với ' +
        'tổng thời lượng phát sóng phim trên các kênh truyền hình trong nước.',
    },
  },
}

/** The threshold in force on `date` ("YYYY-MM-DD"), or undefined before the rule existed. */
export function thresholdOn(rule: RuleId, date: string | undefined): number | undefined {
  const phases = RULES[rule].phases
  if (!date) return phases[phases.length - 1]!.percent
  let percent: number | undefined
  for (const phase of phases) if (phase.from <= date) percent = phase.percent
  return percent
}
