/**
 * The tagger's quality on the labelled corpus and, separately, on the held-out set: tagStory on
 * every text, its tags of each kind compared with the labels as sets, counts summed over the set
 * (micro-averaged). The held-out set (ai/heldout) was written and labelled without the tagger's
 * code in view, so its figures are the unbiased ones; the two sets are never pooled.
 */
import {
  exactKey,
  looseKey,
  predictionsOf,
  scoreCorpus,
  type Mismatch,
  type Score,
  type TextResult,
} from '../../plugins/ai/lib/eval/score'
import { tagStory } from '../../plugins/ai/lib/tagging'
import type { StoryText, TagKind, TaggingContext } from '../../plugins/ai/types'
import { figure, note } from '../lib/report'
import { CORPUS, type LabelledText } from './corpus'
import { HELDOUT_TEXTS } from './heldout'

export const GOALS = { placePrecision: 0.95, placeRecall: 0.85 } as const
/** Extra confidence cut-offs shown for places and topics, above the tagger's own minimum. */
const THRESHOLDS = [0.6, 0.7, 0.8, 0.9]
/** The held-out errors are a second list after the corpus's: kept short so both stay readable. */
const HELDOUT_ERROR_LINES = 25

type KindSpec = {
  kind: TagKind
  name: 'places' | 'topics' | 'people' | 'organisations'
  labels: (text: LabelledText) => readonly string[] | undefined
  /** Official names and slugs must match as written; names of people only up to tone marks. */
  key: (name: string) => string
  /** Errors are listed for the kinds the goal and the editors' filing depend on. */
  listErrors: boolean
}

const KINDS: readonly KindSpec[] = [
  { kind: 'place', name: 'places', labels: (t) => t.places, key: exactKey, listErrors: true },
  { kind: 'topic', name: 'topics', labels: (t) => t.topics, key: exactKey, listErrors: true },
  { kind: 'person', name: 'people', labels: (t) => t.people, key: looseKey, listErrors: false },
  {
    kind: 'organisation',
    name: 'organisations',
    labels: (t) => t.organisations,
    key: looseKey,
    listErrors: false,
  },
]

export function storyOf(text: LabelledText): StoryText {
  return { headline: text.headline, standfirst: '', body: text.body, locale: 'vi' }
}

const show = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? '–' : value.toFixed(2)

function errorLine(kind: string, m: Mismatch): string {
  const what = m.kind === 'miss' ? 'missed' : 'wrong'
  const confidence =
    m.confidence === undefined ? '' : ` (${show(m.confidence)}${m.kind === 'miss' ? ', below the cut' : ''})`
  const evidence = m.evidence ? ` ← "${m.evidence}"` : ''
  return `${m.textId} ${kind} ${what}: ${m.name}${confidence}${evidence}`
}

function reportScore(prefix: string, score: Score): void {
  figure(`${prefix}.precision`, score.precision, 'ratio')
  figure(`${prefix}.recall`, score.recall, 'ratio')
  figure(`${prefix}.f1`, score.f1, 'ratio')
}

type KindResults = Map<TagKind, TextResult[]>

/** tagStory on every text, its predictions of each kind beside the labels; `firstMs`: the first call. */
function tagAll(texts: readonly LabelledText[], context: TaggingContext) {
  const results: KindResults = new Map(KINDS.map((k) => [k.kind, []]))
  let firstMs = NaN
  for (const [index, text] of texts.entries()) {
    const started = performance.now()
    const tags = tagStory(storyOf(text), context)
    if (index === 0) firstMs = performance.now() - started
    for (const spec of KINDS) {
      results.get(spec.kind)!.push({
        id: text.id,
        expected: spec.labels(text),
        predicted: predictionsOf(tags, spec.kind, context),
      })
    }
  }
  return { results, firstMs }
}

function reportGoals(placeScore: Score | undefined): void {
  const precisionMet = (placeScore?.precision ?? NaN) >= GOALS.placePrecision
  const recallMet = (placeScore?.recall ?? NaN) >= GOALS.placeRecall
  note(
    `goal places precision ≥ ${GOALS.placePrecision}: ${precisionMet ? 'met' : 'NOT met'} (${show(placeScore?.precision)})`,
  )
  note(
    `goal places recall ≥ ${GOALS.placeRecall}: ${recallMet ? 'met' : 'NOT met'} (${show(placeScore?.recall)})`,
  )
}

function reportErrors(errors: readonly string[], maxLines: number, label: string, more: string): void {
  note(`${label} (places, then topics; ${errors.length} in all):`)
  for (const line of errors.slice(0, maxLines)) note(`  ${line}`)
  if (errors.length > maxLines) note(`  … ${errors.length - maxLines} more (${more})`)
}

/**
 * Prints the corpus and tagger figures and the errors, then the held-out set's. The first call
 * builds the tagger's indexes for the context, so it is reported on its own.
 */
export function measureQuality(context: TaggingContext, maxErrorLines: number): void {
  figure('ai.corpus.texts', CORPUS.length, 'count')
  figure(
    'ai.corpus.place_labels',
    CORPUS.reduce((sum, t) => sum + t.places.length, 0),
    'count',
  )
  figure(
    'ai.corpus.topic_labels',
    CORPUS.reduce((sum, t) => sum + t.topics.length, 0),
    'count',
  )

  const { results, firstMs } = tagAll(CORPUS, context)
  figure('ai.tagger.first_story', firstMs, 'ms')

  const errors: string[] = []
  let placeScore: Score | undefined
  for (const spec of KINDS) {
    const kindResults = results.get(spec.kind)!
    const { score, texts, mismatches } = scoreCorpus(kindResults, { key: spec.key })
    if (spec.kind === 'place') placeScore = score
    note(
      `${spec.name}: ${score.tp} right, ${score.fp} wrong, ${score.fn} missed over ${texts} labelled texts` +
        (spec.listErrors ? '' : ' (informative, not part of the goal)'),
    )
    reportScore(`ai.tagger.${spec.name}`, score)
    if (spec.kind === 'place' || spec.kind === 'topic') {
      for (const threshold of THRESHOLDS) {
        const cut = scoreCorpus(kindResults, { key: spec.key, threshold }).score
        note(
          `  ${spec.name} at confidence ≥ ${threshold.toFixed(1)}: precision ${show(cut.precision)}, recall ${show(cut.recall)}, F1 ${show(cut.f1)}`,
        )
      }
    }
    if (spec.listErrors) errors.push(...mismatches.map((m) => errorLine(spec.kind, m)))
  }

  reportGoals(placeScore)
  reportErrors(errors, maxErrorLines, 'errors', 'BENCH_AI_ERRORS to show them')

  measureHeldout(context, Math.min(maxErrorLines, HELDOUT_ERROR_LINES))
}

/**
 * The held-out set: places and topics precision and recall under their own names, people and
 * organisations as notes only, then its own errors.
 */
function measureHeldout(context: TaggingContext, maxErrorLines: number): void {
  note(
    'held-out set (ai/heldout: written and labelled without the tagger in view; not pooled with the corpus):',
  )
  figure('ai.heldout.texts', HELDOUT_TEXTS.length, 'count')
  const { results } = tagAll(HELDOUT_TEXTS, context)

  const errors: string[] = []
  let placeScore: Score | undefined
  for (const spec of KINDS) {
    const { score, texts, mismatches } = scoreCorpus(results.get(spec.kind)!, { key: spec.key })
    note(
      `held-out ${spec.name}: ${score.tp} right, ${score.fp} wrong, ${score.fn} missed over ${texts} labelled texts` +
        (spec.listErrors
          ? ''
          : `; precision ${show(score.precision)}, recall ${show(score.recall)} (informative, not part of the goal)`),
    )
    if (!spec.listErrors) continue
    if (spec.kind === 'place') placeScore = score
    figure(`ai.tagger.heldout.${spec.name}.precision`, score.precision, 'ratio')
    figure(`ai.tagger.heldout.${spec.name}.recall`, score.recall, 'ratio')
    errors.push(...mismatches.map((m) => errorLine(spec.kind, m)))
  }

  reportGoals(placeScore)
  const more =
    maxErrorLines < HELDOUT_ERROR_LINES
      ? `BENCH_AI_ERRORS to show up to ${HELDOUT_ERROR_LINES}`
      : `at most ${HELDOUT_ERROR_LINES} shown`
  reportErrors(errors, maxErrorLines, 'held-out errors', more)
}
