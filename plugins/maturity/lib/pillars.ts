/**
 * The five pillars of the national press digital-transformation maturity index (QĐ 3560/QĐ-BVHTTDL
 * 2025, after QĐ 951/QĐ-BTTTT 2023 and QĐ 1827/QĐ-BTTTT 2024): 100 points. Fixed in code because the
 * decision fixes them; the criteria under them are data an administrator edits.
 */
export const PILLAR_KEYS = ['strategy', 'infrastructure', 'organisation', 'audience', 'technology'] as const
export type PillarKey = (typeof PILLAR_KEYS)[number]

export type Pillar = { key: PillarKey; number: number; max: number; label: { vi: string; en: string } }

export const PILLARS: readonly Pillar[] = [
  { key: 'strategy', number: 1, max: 18, label: { vi: 'Chiến lược', en: 'Strategy' } },
  {
    key: 'infrastructure',
    number: 2,
    max: 24,
    label: {
      vi: 'Hạ tầng số, nền tảng số và an toàn thông tin',
      en: 'Digital infrastructure, platforms and information security',
    },
  },
  {
    key: 'organisation',
    number: 3,
    max: 20,
    label: { vi: 'Đồng nhất tổ chức và chuyên môn', en: 'Organisation and skills' },
  },
  {
    key: 'audience',
    number: 4,
    max: 23,
    label: { vi: 'Độc giả, khán giả, thính giả', en: 'Readers, viewers and listeners' },
  },
  {
    key: 'technology',
    number: 5,
    max: 15,
    label: { vi: 'Ứng dụng công nghệ số', en: 'Use of digital technology' },
  },
]

export const MAX_TOTAL = PILLARS.reduce((sum, pillar) => sum + pillar.max, 0)

export function isPillarKey(value: unknown): value is PillarKey {
  return typeof value === 'string' && (PILLAR_KEYS as readonly string[]).includes(value)
}

export function pillarOf(key: PillarKey): Pillar {
  return PILLARS.find((pillar) => pillar.key === key)!
}

/** Points are kept to hundredths: sums of them are then exact once rounded, so 49.99 never shows as 50. */
export const roundPoints = (value: number) => Math.round(value * 100) / 100

export const hasAtMostTwoDecimals = (value: number) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6

/** "18", "2,5": points as the newsroom writes them. */
export const formatPoints = (value: number) =>
  roundPoints(value).toLocaleString('vi-VN', { maximumFractionDigits: 2 })

/**
 * Why a pillar's active criteria cannot have these maxima, or undefined when they fit: the sum may
 * stay below the pillar's maximum while the set is being edited, never above it.
 */
export function pillarSumProblem(key: PillarKey, othersSum: number, adding: number): string | undefined {
  const pillar = pillarOf(key)
  const total = roundPoints(othersSum + adding)
  if (total <= pillar.max) return undefined
  return (
    `Trụ cột "${pillar.label.vi}" có tối đa ${formatPoints(pillar.max)} điểm; các tiêu chí đang áp dụng khác ` +
    `đã chiếm ${formatPoints(othersSum)} điểm, thêm ${formatPoints(adding)} điểm sẽ thành ${formatPoints(total)} điểm. ` +
    `Hãy giảm điểm tối đa của tiêu chí này hoặc của tiêu chí khác, hoặc bỏ chọn "Đang áp dụng" ở tiêu chí cũ.`
  )
}
