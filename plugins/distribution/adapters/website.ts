/**
 * The agency's own website: after a story is published, corrected or killed, tell the site which
 * pages to rebuild. The content itself comes from the headless delivery API; this is only the cache
 * revalidation webhook.
 *
 * Target: baseURL = the site's webhook endpoint; credentials.secret = the shared HMAC key;
 * settings.sectionPathPrefix (optional, default '') = what precedes a section's slug in site paths,
 * e.g. '/chuyen-muc' for /chuyen-muc/kinh-te.
 *
 * Wire format (like GitHub webhooks): POST JSON `{ event, story, paths, at }` with headers
 * `X-Newsroom-Event`, `X-Newsroom-Delivery` (stable across retries: receivers drop repeats) and
 * `X-Newsroom-Signature: sha256=<hex HMAC-SHA256 of the raw body>`.
 */
import { createHmac } from 'node:crypto'

import type {
  AdapterContext,
  AdapterResult,
  ContentProblem,
  DeliveryAction,
  DistributionAdapter,
  PublicStory,
  TargetConfig,
} from '../types'
import { DeliveryError } from '../types'
import { httpUrlProblem, postDelivery } from './postDelivery'

export type WebsiteEvent = {
  event: DeliveryAction
  story: {
    id: string
    slug: string
    url: string
    revision: number
    locale: string
    section?: string
    publications: string[]
  }
  /** Site paths whose cached pages show this story. */
  paths: string[]
  at: string
}

export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`
}

function storyPath(story: PublicStory): string {
  try {
    return new URL(story.url).pathname
  } catch {
    return `/${story.slug}`
  }
}

export function websiteEvent(
  story: PublicStory,
  action: DeliveryAction,
  target: TargetConfig,
  at: Date,
): WebsiteEvent {
  const prefix =
    typeof target.settings.sectionPathPrefix === 'string' ? target.settings.sectionPathPrefix : ''
  const sectionPath = story.section ? `${prefix.replace(/\/+$/, '')}/${story.section.slug}` : undefined
  const paths = [storyPath(story), ...(sectionPath ? [sectionPath] : []), '/']
  return {
    event: action,
    story: {
      id: story.id,
      slug: story.slug,
      url: story.url,
      revision: story.revision,
      locale: story.locale,
      section: story.section?.slug,
      publications: story.publications.map((publication) => publication.code),
    },
    paths: [...new Set(paths)],
    at: at.toISOString(),
  }
}

const NOTES: Record<DeliveryAction, string> = {
  publish: 'Trang web đã nhận tin và làm mới bộ đệm (site revalidated).',
  update: 'Trang web đã làm mới bản cập nhật (site revalidated).',
  remove: 'Trang web đã gỡ tin và làm mới bộ đệm (removed from the site).',
}

async function notifySite(context: AdapterContext, action: DeliveryAction): Promise<AdapterResult> {
  const { target, story, delivery } = context
  const secret = target.credentials.secret
  if (!secret) {
    throw new DeliveryError('Chưa cấu hình khóa bí mật để ký webhook (credentials.secret missing).', {
      retryable: false,
    })
  }
  const urlProblem = httpUrlProblem(target.baseURL, 'Địa chỉ webhook của trang web')
  if (urlProblem) throw new DeliveryError(urlProblem, { retryable: false })
  const body = JSON.stringify(websiteEvent(story, action, target, new Date()))
  await postDelivery(context, target.baseURL!, body, {
    'Content-Type': 'application/json; charset=utf-8',
    'User-Agent': 'ToaSoanHoiTu-Webhook/1',
    'X-Newsroom-Event': action,
    'X-Newsroom-Delivery': delivery.idempotencyKey,
    'X-Newsroom-Signature': signBody(body, secret),
  })
  return { confirmed: true, remoteUrl: action === 'remove' ? undefined : story.url, note: NOTES[action] }
}

export const websiteAdapter: DistributionAdapter = {
  kind: 'website',
  label: { vi: 'Trang web của cơ quan', en: 'Agency website' },
  domestic: true,
  canRemove: true,
  validate(story: PublicStory, target: TargetConfig): ContentProblem[] {
    const problems: ContentProblem[] = []
    const urlProblem = httpUrlProblem(target.baseURL, 'Địa chỉ webhook của trang web')
    if (urlProblem) problems.push({ field: 'baseURL', message: urlProblem })
    if (!story.slug?.trim())
      problems.push({ field: 'slug', message: 'Tin chưa có đường dẫn (slug missing).' })
    return problems
  },
  publish: (context) => notifySite(context, 'publish'),
  update: (context) => notifySite(context, 'update'),
  remove: (context) => notifySite(context, 'remove'),
}
