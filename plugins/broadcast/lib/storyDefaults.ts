import { estimateReadSeconds } from '../../../src/lib/textMeasure'
import type { BroadcastKind } from '../types'

/** The parts of a story a rundown item takes its defaults from. */
export type LinkedStory = {
  id: number | string
  headline?: string | null
  revision?: number | null
  workflowState?: string | null
  radio?: { script?: string | null; targetSeconds?: number | null; estimatedSeconds?: number | null } | null
  tv?: {
    script?: string | null
    shotList?: string | null
    targetSeconds?: number | null
    estimatedSeconds?: number | null
  } | null
}

const positive = (value: unknown) => (typeof value === 'number' && value > 0 ? Math.round(value) : undefined)

/**
 * How long a story's item should run on a channel of this kind: the measured read time of its
 * script for that channel, else (no stored measure, e.g. a script only in another language was
 * measured) the script read at `readRate`, else the reporter's target, else unknown.
 */
export function defaultSecondsOf(story: LinkedStory, kind: BroadcastKind, readRate: number): number | null {
  const variant = kind === 'radio' ? story.radio : story.tv
  const script = variant?.script?.trim()
  return (
    positive(variant?.estimatedSeconds) ??
    (script ? positive(estimateReadSeconds(script, readRate)) : undefined) ??
    positive(variant?.targetSeconds) ??
    null
  )
}
