/**
 * ai: the built-in (local) AI on a labelled corpus of Vietnamese news texts written for this
 * benchmark (ai/corpus; the labelling policy heads its index.ts).
 *
 *   tagger   tagStory (plugins/ai/lib/tagging) with the seed tagging context
 *            (src/seed/taggingContext.ts: 34 provinces, the 104 wards and communes of Hưng Yên,
 *            the topic taxonomy; place id = official code, topic id = slug) on every text. Its
 *            tags of each kind against the labels, as sets per text, summed over the corpus:
 *            micro-averaged precision, recall and F1 for places, topics, people and
 *            organisations, then the errors. Goal: places precision ≥ 0.95, recall ≥ 0.85.
 *            Then the same on the held-out set (ai/heldout: 30 texts written and labelled
 *            without the tagger in view), reported apart as ai.tagger.heldout.* with its own
 *            errors (at most 25 lines): the unbiased figure, since the corpus may have been
 *            seen while the tagger was tuned.
 *   local    p50/p95 milliseconds per story of tagStory and of every task of the local
 *            provider (provider.run, as the job calls it), after one untimed warm-up; the first
 *            spelling call, which loads the dictionary, is reported on its own.
 *
 *   pipeline the cost of measuring provenance on every save, and request → ready through the
 *            outbox, Redis and the worker (ai/pipeline.ts; BENCH_AI_JOBS requests, default 30).
 *
 * Environment: BENCH_AI_ROUNDS (1: timed passes over the corpus), BENCH_AI_ERRORS (40: error
 * lines shown). Figures, not a test: a missed goal is reported; only an exception fails the
 * section.
 */
import { seedTaggingContext } from '../src/seed/taggingContext'
import { measureLatency } from './ai/latency'
import { measureJobLatency, measureProvenanceCost } from './ai/pipeline'
import { measureQuality } from './ai/quality'
import { envInt, note, type Section } from './lib/report'

const section: Section = {
  title: 'built-in AI: tagger precision/recall on a labelled corpus, local task latency, job pipeline',
  async run() {
    const rounds = envInt('BENCH_AI_ROUNDS', 1)
    const maxErrorLines = envInt('BENCH_AI_ERRORS', 40, 0)
    const context = seedTaggingContext()
    note(`context: ${context.places.length} places, ${context.topics.length} topics`)
    measureQuality(context, maxErrorLines)
    const tasksOk = await measureLatency(context, rounds)
    measureProvenanceCost(rounds)
    const jobsOk = await measureJobLatency(envInt('BENCH_AI_JOBS', 30))
    return tasksOk && jobsOk
  },
}

export default section
