/**
 * Exchange with another news agency in IPTC ninjs 2.1. With target.baseURL the item is POSTed there;
 * without it the partner pulls from our ninjs endpoint and delivery only records that it is offered.
 * A kill sends the item again with pubstatus "canceled" — but agencies keep what they received, so
 * the adapter is not removable: staff see the kill as "not removable" while the partner is told.
 *
 * Settings: agencyName (copyright holder; the target's name when absent), uriBase (URI prefix,
 * default `urn:newsroom:<site host>:`, the same ids the feeds use). Credentials: apiKey (optional, Bearer).
 */
import { toNinjs, type NinjsItem } from '../lib/feeds/ninjs'
import { urnNamespace } from '../lib/feeds/stories'
import type {
  AdapterContext,
  AdapterResult,
  ContentProblem,
  DeliveryAction,
  DistributionAdapter,
  PublicStory,
  TargetConfig,
} from '../types'
import { httpUrlProblem, postDelivery } from './postDelivery'

function setting(target: TargetConfig, key: string): string | undefined {
  const value = target.settings[key]
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}

export function ninjsFor(story: PublicStory, target: TargetConfig, action: DeliveryAction): NinjsItem {
  const item = action === 'remove' ? { ...story, state: 'killed' as const } : story
  return toNinjs(item, {
    agencyName: setting(target, 'agencyName') ?? target.name,
    uriBase: setting(target, 'uriBase') ?? urnNamespace(story.url),
  })
}

/** The partner's id for what it received, when its answer names one. */
function remoteIdOf(text: string, fallback: string): string {
  try {
    const body = JSON.parse(text) as Record<string, unknown>
    for (const key of ['id', 'uri', 'guid'])
      if (typeof body[key] === 'string' && body[key]) return body[key] as string
  } catch {
    // an empty or plain-text answer
  }
  return fallback
}

const NOTES: Record<DeliveryAction, { pushed: string; pulled: string }> = {
  publish: {
    pushed: 'Đã gửi bản NINJS cho đối tác (sent).',
    pulled: 'Bản NINJS sẵn sàng để đối tác lấy về (offered for pull).',
  },
  update: {
    pushed: 'Đã gửi bản cập nhật NINJS cho đối tác (update sent).',
    pulled: 'Bản cập nhật NINJS sẵn sàng để đối tác lấy về (update offered for pull).',
  },
  remove: {
    pushed: 'Đã báo đối tác hủy tin (pubstatus canceled); bản họ đã nhận có thể vẫn còn.',
    pulled: 'Bản NINJS đã chuyển sang hủy (canceled) cho đối tác lấy về; bản họ đã nhận có thể vẫn còn.',
  },
}

async function exchange(context: AdapterContext, action: DeliveryAction): Promise<AdapterResult> {
  const { target, story, delivery } = context
  const item = ninjsFor(story, target, action)
  if (!target.baseURL) return { confirmed: true, remoteId: item.uri, note: NOTES[action].pulled }

  const headers: Record<string, string> = {
    'Content-Type': 'application/json; charset=utf-8',
    Accept: 'application/json',
    'Idempotency-Key': delivery.idempotencyKey,
  }
  if (target.credentials.apiKey) headers.Authorization = `Bearer ${target.credentials.apiKey}`
  const { text } = await postDelivery(context, target.baseURL, JSON.stringify(item), headers)
  return { confirmed: true, remoteId: remoteIdOf(text, item.uri), note: NOTES[action].pushed }
}

export const ninjsAdapter: DistributionAdapter = {
  kind: 'ninjs',
  label: { vi: 'Trao đổi tin NINJS với cơ quan khác', en: 'NINJS exchange' },
  domestic: true,
  canRemove: false,
  validate(story: PublicStory, target: TargetConfig): ContentProblem[] {
    const problems: ContentProblem[] = []
    if (!story.headline?.trim())
      problems.push({ field: 'headline', message: 'Tin chưa có tiêu đề (headline missing).' })
    if (target.baseURL) {
      const urlProblem = httpUrlProblem(target.baseURL, 'Địa chỉ nhận NINJS của đối tác')
      if (urlProblem) problems.push({ field: 'baseURL', message: urlProblem })
    }
    return problems
  },
  publish: (context) => exchange(context, 'publish'),
  update: (context) => exchange(context, 'update'),
  remove: (context) => exchange(context, 'remove'),
}
