import { searchKey } from '../../../src/lib/vietnamese'
import type { GazetteerPlace, TagOption } from '../types'

type Resolver = { resolve(name: string): GazetteerPlace | undefined }

/**
 * Several lists of tags (a story's chunks, or two providers) as one: the same tag once, with its
 * highest confidence; the first list's wording wins.
 */
export function mergeTags(lists: readonly (readonly TagOption[])[]): TagOption[] {
  const merged = new Map<string, TagOption>()
  for (const tag of lists.flat()) {
    const key = `${tag.kind}:${tag.ref ?? searchKey(tag.label)}`
    const existing = merged.get(key)
    if (!existing) {
      merged.set(key, { ...tag })
    } else {
      existing.confidence = Math.max(existing.confidence, tag.confidence)
      if (!existing.evidence && tag.evidence) existing.evidence = tag.evidence
    }
  }
  return [...merged.values()]
}

/**
 * A remote model's tags merged with the local gazetteer's: place names the model gives are
 * resolved to our own place records (a name we cannot resolve is dropped rather than stored as
 * free text), and a tag both found is kept once, in the gazetteer's wording, with the higher
 * confidence.
 */
export function mergeWithGazetteer(
  remote: readonly TagOption[],
  local: readonly TagOption[],
  gazetteer: Resolver,
): TagOption[] {
  const resolved = remote.flatMap((tag) => {
    if (tag.kind !== 'place' || tag.ref !== undefined) return [tag]
    const place = gazetteer.resolve(tag.label)
    return place ? [{ ...tag, ref: place.id, code: place.code ?? undefined, label: place.name }] : []
  })
  return mergeTags([local, resolved]).sort((a, b) => b.confidence - a.confidence)
}
