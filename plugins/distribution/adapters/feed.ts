/**
 * A partner that pulls our RSS (Báo Mới and other aggregators, under a written agreement). Nothing
 * is sent: the feed endpoints list every published story for the partner, so "delivering" means the
 * story is now in (or, removed, out of) that partner's feed, and the record says so.
 *
 * Settings (set by the distribution plugin when the target is created):
 * - feedURL: the URL of the partner's feed (shown to staff as the remote copy);
 * - fullText: true when the agreement gives the partner full text (content:encoded), else excerpts.
 * Domestic or foreign is the target record's own flag (TargetConfig.domestic); aggregators default to domestic.
 */
import type {
  AdapterContext,
  AdapterResult,
  ContentProblem,
  DistributionAdapter,
  PublicStory,
  TargetConfig,
} from '../types'
import { httpUrlProblem } from './postDelivery'

export function feedURLOf(target: TargetConfig): string | undefined {
  const value = target.settings.feedURL
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}

function inFeed(context: AdapterContext): Promise<AdapterResult> {
  return Promise.resolve({
    confirmed: true,
    remoteUrl: feedURLOf(context.target),
    note: 'Có trong nguồn tin RSS của đối tác (in the partner RSS feed).',
  })
}

export const feedAdapter: DistributionAdapter = {
  kind: 'feed',
  label: { vi: 'Nguồn tin RSS cho đối tác', en: 'Partner RSS feed' },
  domestic: true,
  canRemove: true,
  validate(story: PublicStory, target: TargetConfig): ContentProblem[] {
    const problems: ContentProblem[] = []
    if (!story.headline?.trim())
      problems.push({ field: 'headline', message: 'Tin chưa có tiêu đề (headline missing).' })
    const urlProblem = httpUrlProblem(story.url, 'Đường dẫn bài trên trang web')
    if (urlProblem) problems.push({ field: 'url', message: urlProblem })
    if (target.settings.fullText === true && !story.bodyHtml?.trim()) {
      problems.push({
        field: 'body',
        message: 'Đối tác nhận toàn văn nhưng tin chưa có nội dung (full-text partner needs a body).',
      })
    }
    return problems
  },
  publish: inFeed,
  update: inFeed,
  remove: (context) =>
    Promise.resolve({
      confirmed: true,
      remoteUrl: feedURLOf(context.target),
      note: 'Đã rút khỏi nguồn tin RSS của đối tác (removed from the feed).',
    }),
}
