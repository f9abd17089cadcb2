import type { ContentProblem, DistributionAdapter, PublicStory, TargetConfig } from '../types'

/**
 * What a target would refuse in the story as it stands: a story without a version in the target's
 * locale is refused outright (never sent in another language), else the adapter's own rules.
 * The one check behind the story's panel, the fan-out and every delivery attempt.
 */
export function contentProblems(
  adapter: DistributionAdapter,
  story: PublicStory,
  target: TargetConfig,
): ContentProblem[] {
  if (!story.headline)
    return [
      {
        field: 'headline',
        message: `Tin chưa có bản ngôn ngữ "${story.locale}" (no version in this locale).`,
      },
    ]
  return adapter.validate(story, target)
}

/** The fields of a delivery that fails on its content, nothing having been sent. */
export function refusedDelivery(adapter: DistributionAdapter, problems: ContentProblem[]) {
  return {
    status: 'failed' as const,
    problems,
    failedAt: new Date().toISOString(),
    lastError:
      `Nội dung chưa đạt yêu cầu của ${adapter.label.vi}: ${problems.map((p) => p.message).join(' ')}`.slice(
        0,
        1000,
      ),
  }
}
