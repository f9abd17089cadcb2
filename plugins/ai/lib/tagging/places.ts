import type { GazetteerPlace, TagOption } from '../../types'
import type { Gazetteer, Pick, PlaceName } from './gazetteer'
import { findMentions, type Mention } from './mentions'
import { spanText, type Doc } from './text'

/**
 * How sure one mention makes us, by the evidence around it. A prefix names the level outright;
 * a bare province name is rarely anything else; a bare commune name ("Khoái Châu") is often a
 * former district, a school or a company, so it starts low and needs repeating.
 */
export const PLACE_CONFIDENCE = {
  prefixed: 0.95,
  formerProvincePrefixed: 0.9,
  listed: 0.9,
  formerDistrict: 0.8,
  formerCity: 0.7,
  levelMismatch: 0.75,
  provinceBare: 0.85,
  formerProvinceBare: 0.6,
  formerProvinceMarked: 0.8,
  communeBare: 0.55,
  linkedToPrefixed: 0.75,
  /** Factors: the name written without diacritics; a province inside a longer name. */
  loose: 0.8,
  insideName: 0.75,
  /** Each further mention closes this share of the remaining doubt... */
  repeatGain: 0.25,
  /** ...up to this. */
  max: 0.99,
  /** Below this a place is not suggested. */
  min: 0.5,
} as const

type Found = { place: GazetteerPlace; confidence: number; mention: Mention; name: PlaceName }

type Aggregate = {
  place: GazetteerPlace
  confidences: number[]
  first: Mention
  formerName?: string
  /** Named directly by its current name (not only as a former province or through a commune). */
  named: boolean
  implied: number
  impliedBy?: Mention
}

export type PlaceTags = { tags: TagOption[]; covered: ReadonlySet<number> }

/** Places the story names, each once with its province, and the tokens they cover. */
export function tagPlaces(doc: Doc, gazetteer: Gazetteer): PlaceTags {
  const mentions = findMentions(doc, gazetteer)
  const found: Found[] = []
  const linked = new Map<string, PlaceName>()
  for (const mention of mentions) {
    if (mention.cue === 'none') continue
    const picked =
      gazetteer.pick(mention.candidates, mention.want, mention.hint) ??
      (mention.cue === 'list' ? gazetteer.pick(mention.candidates, 'bare', mention.hint, true) : undefined)
    if (!picked) continue
    found.push(resolved(mention, picked))
    if (!linked.has(mention.key)) linked.set(mention.key, picked.name)
  }
  for (const mention of mentions) {
    if (mention.cue !== 'none') continue
    const link = linked.get(mention.key)
    if (link?.bareAllowed) {
      found.push({
        place: link.place,
        name: link,
        mention,
        confidence: scaled(PLACE_CONFIDENCE.linkedToPrefixed, mention),
      })
      continue
    }
    const candidates = mention.loose ? mention.candidates.filter((c) => c.provinceLevel) : mention.candidates
    const picked = gazetteer.pick(candidates, 'bare', mention.hint, true)
    if (picked) found.push(resolved(mention, picked))
  }
  const covered = new Set<number>()
  for (const { mention } of found) for (let k = mention.from; k < mention.to; k++) covered.add(k)
  return { tags: toTags(doc, gazetteer, found), covered }
}

function resolved(mention: Mention, { name, levelMismatch }: Pick): Found {
  const former = name.kind === 'former'
  let base: number
  switch (mention.want) {
    case 'province':
      base = former ? PLACE_CONFIDENCE.formerProvincePrefixed : PLACE_CONFIDENCE.prefixed
      break
    case 'city':
      base = name.provinceLevel
        ? former
          ? PLACE_CONFIDENCE.formerDistrict
          : PLACE_CONFIDENCE.prefixed
        : PLACE_CONFIDENCE.formerCity
      break
    case 'district':
      base = PLACE_CONFIDENCE.formerDistrict
      break
    case 'bare':
      if (name.provinceLevel && former) {
        base = mention.markedFormer
          ? PLACE_CONFIDENCE.formerProvinceMarked
          : PLACE_CONFIDENCE.formerProvinceBare
      } else base = name.provinceLevel ? PLACE_CONFIDENCE.provinceBare : PLACE_CONFIDENCE.communeBare
      break
    default:
      base = levelMismatch ? PLACE_CONFIDENCE.levelMismatch : PLACE_CONFIDENCE.prefixed
  }
  if (mention.cue === 'list') base = Math.min(base, PLACE_CONFIDENCE.listed)
  return { place: name.place, name, mention, confidence: scaled(base, mention) }
}

function scaled(base: number, mention: Mention): number {
  let confidence = base
  if (mention.loose) confidence *= PLACE_CONFIDENCE.loose
  if (mention.insideName) confidence *= PLACE_CONFIDENCE.insideName
  return confidence
}

function combine(confidences: readonly number[]): number {
  const best = Math.max(...confidences)
  const doubt = (1 - best) * (1 - PLACE_CONFIDENCE.repeatGain) ** (confidences.length - 1)
  return Math.min(PLACE_CONFIDENCE.max, 1 - doubt)
}

function toTags(doc: Doc, gazetteer: Gazetteer, found: readonly Found[]): TagOption[] {
  const byId = new Map<string, Aggregate>()
  const entry = (place: GazetteerPlace, mention: Mention): Aggregate => {
    const id = String(place.id)
    let aggregate = byId.get(id)
    if (!aggregate) {
      aggregate = { place, confidences: [], first: mention, named: false, implied: 0 }
      byId.set(id, aggregate)
    }
    return aggregate
  }
  for (const { place, confidence, mention, name } of found) {
    const aggregate = entry(place, mention)
    aggregate.confidences.push(confidence)
    if (mention.from < aggregate.first.from) aggregate.first = mention
    if (name.kind === 'former') aggregate.formerName ??= name.formerName
    else aggregate.named = true
  }
  for (const aggregate of [...byId.values()]) {
    if (aggregate.place.level === 'province') continue
    const province = gazetteer.provinceOf(aggregate.place)
    if (!province) continue
    const parent = entry(province, aggregate.first)
    const confidence = combine(aggregate.confidences)
    if (confidence > parent.implied) {
      parent.implied = confidence
      parent.impliedBy = aggregate.first
    }
  }
  const tags: Array<TagOption & { at: number }> = []
  for (const aggregate of byId.values()) {
    const own = aggregate.confidences.length > 0 ? combine(aggregate.confidences) : 0
    const confidence = Math.max(own, aggregate.implied)
    if (confidence < PLACE_CONFIDENCE.min) continue
    const evidenceFrom =
      own >= aggregate.implied || !aggregate.impliedBy ? aggregate.first : aggregate.impliedBy
    const place = aggregate.place
    tags.push({
      kind: 'place',
      label: labelOf(gazetteer, aggregate),
      ref: place.id,
      ...(place.code ? { code: place.code } : {}),
      confidence: Math.round(confidence * 100) / 100,
      evidence: evidenceOf(doc, evidenceFrom),
      at: evidenceFrom.from,
    })
  }
  tags.sort((a, b) => b.confidence - a.confidence || a.at - b.at)
  return tags.map(({ at: _at, ...tag }) => tag)
}

function labelOf(gazetteer: Gazetteer, aggregate: Aggregate): string {
  const { place } = aggregate
  if (place.level !== 'province') {
    const province = gazetteer.provinceOf(place)
    return province ? `${place.name}, ${province.name}` : place.name
  }
  const onlyFormer = !aggregate.named && aggregate.implied === 0 && aggregate.formerName
  return onlyFormer ? `${place.name} (tỉnh ${aggregate.formerName} cũ)` : place.name
}

/** The mention as written, with the closing bracket of "(cũ)". */
function evidenceOf(doc: Doc, mention: Mention): string {
  const text = spanText(doc.segments, doc.tokens, mention.from, mention.to)
  return text.split('(').length > text.split(')').length ? `${text})` : text
}
