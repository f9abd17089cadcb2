/**
 * Maturity levels by total score. The decisions name only the ends (Yếu under 50, Xuất sắc from 90);
 * the three bands between are our reading, documented in docs/maturity.md.
 */
export const LEVEL_KEYS = ['weak', 'average', 'fair', 'good', 'excellent'] as const
export type LevelKey = (typeof LEVEL_KEYS)[number]

export type Level = { key: LevelKey; min: number; label: { vi: string; en: string } }

/** Highest first: the first band whose minimum the total reaches. */
export const LEVELS: readonly Level[] = [
  { key: 'excellent', min: 90, label: { vi: 'Xuất sắc', en: 'Excellent' } },
  { key: 'good', min: 80, label: { vi: 'Tốt', en: 'Good' } },
  { key: 'fair', min: 65, label: { vi: 'Khá', en: 'Fair' } },
  { key: 'average', min: 50, label: { vi: 'Trung bình', en: 'Average' } },
  { key: 'weak', min: 0, label: { vi: 'Yếu', en: 'Weak' } },
]

export function levelFor(total: number): Level {
  return LEVELS.find((level) => total >= level.min) ?? LEVELS[LEVELS.length - 1]!
}
