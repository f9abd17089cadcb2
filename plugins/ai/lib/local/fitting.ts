/**
 * Fitting a broadcast script to its slot: keep the locked parts (the lead), drop the weakest of
 * the rest, later sentences first (news is written most important first), until the estimated
 * read time fits.
 */
import { estimateReadSeconds } from '../../../../src/lib/textMeasure'

export type ScriptUnit = {
  /** What is read aloud (a soundbite's text counts too: it takes air time). */
  spoken: string
  score: number
  /** 0 for the first unit of the story, 1 for the last. */
  position: number
  locked: boolean
}

export type FitResult<T extends ScriptUnit> = { kept: T[]; seconds: number; dropped: number }

/** How much a unit is worth keeping: its score, discounted the further down the story it is. */
function keepValue(unit: ScriptUnit): number {
  return unit.score * (1 - 0.5 * unit.position)
}

export function fitToSeconds<T extends ScriptUnit>(
  units: T[],
  targetSeconds: number | undefined,
  readRate: number,
): FitResult<T> {
  const secondsOf = (kept: T[]) => estimateReadSeconds(kept.map((u) => u.spoken).join(' '), readRate)
  let kept = [...units]
  let seconds = secondsOf(kept)
  let dropped = 0
  if (!targetSeconds) return { kept, seconds, dropped }
  while (seconds > targetSeconds) {
    let weakest: T | undefined
    for (const unit of kept) {
      if (unit.locked) continue
      if (!weakest || keepValue(unit) < keepValue(weakest)) weakest = unit
    }
    if (!weakest) break
    kept = kept.filter((u) => u !== weakest)
    dropped++
    seconds = secondsOf(kept)
  }
  return { kept, seconds, dropped }
}

/** The editor's note: estimated length against the target, and what fitting did. */
export function timingNote(seconds: number, readRate: number, targetSeconds?: number, dropped = 0): string {
  const estimate = `Ước tính ${seconds} giây (đọc ${readRate} âm tiết/phút)`
  if (!targetSeconds) return `${estimate}.`
  const parts = [`${estimate}, mục tiêu ${targetSeconds} giây.`]
  if (dropped) parts.push(`Đã bỏ ${dropped} câu ít quan trọng để vừa thời lượng.`)
  if (seconds > targetSeconds)
    parts.push(`Vẫn dài hơn mục tiêu ${seconds - targetSeconds} giây: phần dẫn đã vượt thời lượng.`)
  return parts.join(' ')
}
