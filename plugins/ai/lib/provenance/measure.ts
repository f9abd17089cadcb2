import { CHANNEL_FIELDS, CHANNEL_KEYS, type ChannelKey, type TextFieldPath } from '../storyFields'
import { survivingChars } from './survivingChars'

export type AiClass = 'human' | 'assisted' | 'generated'

export type Measure = { chars: number; aiChars: number }

/** What one accepted text suggestion contributed to one field, as the AI wrote it. */
export type TextProvenance = { field: TextFieldPath; aiText: string }

export type StoryMeasure = {
  fields: Partial<Record<TextFieldPath, Measure>>
  channels: Record<ChannelKey, Measure>
  /** Surviving characters per provenance entry, in the order given. */
  surviving: number[]
}

export type Thresholds = {
  assistedMinShare: number
  generatedMinShare: number
  taggingCountsAsAssisted: boolean
}

/**
 * Characters of each field and of each channel version that still come from AI. Several
 * suggestions accepted into one field (a headline accepted, later another) are not added up:
 * the field's AI characters are those of the suggestion that kept the most, so nothing is
 * counted twice and the share never exceeds 1.
 */
export function measureStory(
  texts: Partial<Record<TextFieldPath, string>>,
  provenance: readonly TextProvenance[],
): StoryMeasure {
  const fields: StoryMeasure['fields'] = {}
  for (const [path, text] of Object.entries(texts) as Array<[TextFieldPath, string]>) {
    fields[path] = { chars: text.normalize('NFC').length, aiChars: 0 }
  }
  const surviving = provenance.map(({ field, aiText }) => {
    const kept = survivingChars(aiText, texts[field] ?? '')
    const measure = (fields[field] ??= { chars: 0, aiChars: 0 })
    measure.aiChars = Math.min(measure.chars, Math.max(measure.aiChars, kept))
    return kept
  })
  const channels = Object.fromEntries(
    CHANNEL_KEYS.map((channel) => {
      const total: Measure = { chars: 0, aiChars: 0 }
      for (const [own, fallback] of CHANNEL_FIELDS[channel]) {
        const used = (texts[own] ?? '').trim() || !fallback ? own : fallback
        total.chars += fields[used]?.chars ?? 0
        total.aiChars += fields[used]?.aiChars ?? 0
      }
      return [channel, total]
    }),
  ) as Record<ChannelKey, Measure>
  return { fields, channels, surviving }
}

export const shareOf = ({ chars, aiChars }: Measure): number => (chars > 0 ? aiChars / chars : 0)

/**
 * Human / AI-assisted / AI-generated, by the share of a version's characters that still come
 * from AI (thresholds are settings: AI_ASSISTED_MIN_SHARE, AI_GENERATED_MIN_SHARE). Accepted AI
 * tags alone make a story assisted when AI_TAGGING_COUNTS_AS_ASSISTED is on.
 */
export function classify(measure: Measure, taggedByAi: boolean, thresholds: Thresholds): AiClass {
  const share = shareOf(measure)
  if (measure.aiChars > 0 && share >= thresholds.generatedMinShare) return 'generated'
  if (measure.aiChars > 0 && share >= thresholds.assistedMinShare) return 'assisted'
  if (taggedByAi && thresholds.taggingCountsAsAssisted) return 'assisted'
  return 'human'
}
