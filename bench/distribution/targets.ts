/**
 * The six targets every bench story goes to, each with a local receiving end speaking the
 * platform's wire format (test/helpers): two agency websites (revalidation webhook), two Zalo
 * OAs (create → verify), a partner that pulls the RSS feed (nothing sent), a NINJS exchange
 * pushed to a partner agency. No rate limit (ratePerMinute 0): the figures are the pipeline's,
 * not a platform quota's (with the default 60 per minute a run of sequential publishes would
 * hit the limit after a minute and measure the wait).
 */
import type { Payload } from 'payload'

import { startWebhookServer } from '../../test/helpers/webhookServer'
import { startZaloServer } from '../../test/helpers/zaloServer'

type Webhook = Awaited<ReturnType<typeof startWebhookServer>>
type Zalo = Awaited<ReturnType<typeof startZaloServer>>

export type Received = { requests: number; distinct: number }

export type LocalTargets = {
  count: number
  /**
   * Per receiving end: requests (webhooks) or article creations (Zalo), and how many distinct
   * deliveries they were (by idempotency header, or articles kept): more requests than distinct
   * deliveries means a delivery was sent twice. The feed partner pulls, so it gets nothing.
   */
  received: () => Record<string, Received>
  close: () => Promise<void>
}

function webhookCount(server: Webhook, header: string): Received {
  return { requests: server.received.length, distinct: new Set(server.keys(header)).size }
}

function zaloCount(server: Zalo): Received {
  const creates = server.calls.filter((call) => call.path === '/v2.0/article/create').length
  return { requests: creates, distinct: server.articles.size }
}

const inTwentyHours = () => new Date(Date.now() + 20 * 3600_000).toISOString()

function zaloTarget(name: string, zalo: Zalo, token: string) {
  return {
    name,
    kind: 'zalo',
    baseURL: zalo.url,
    settings: { oauthURL: zalo.oauthURL },
    credentials: {
      appId: zalo.appId,
      secretKey: zalo.secretKey,
      accessToken: token,
      refreshToken: `${token}-refresh`,
      accessTokenExpiresAt: inTwentyHours(),
    },
  }
}

export async function createLocalTargets(payload: Payload, serverURL: string): Promise<LocalTargets> {
  const [site, radioSite, partnerAgency, zaloMain, zaloYouth] = await Promise.all([
    startWebhookServer(),
    startWebhookServer(),
    startWebhookServer(),
    startZaloServer({ appId: 'oa-main', accessToken: 'at-main', refreshToken: 'at-main-refresh' }),
    startZaloServer({ appId: 'oa-youth', accessToken: 'at-youth', refreshToken: 'at-youth-refresh' }),
  ])
  const targets = [
    {
      name: 'Báo Hưng Yên điện tử',
      kind: 'website',
      baseURL: `${site.url}/revalidate`,
      credentials: { secret: 'site-webhook-secret-bench-0001' },
    },
    {
      name: 'Trang Phát thanh – Truyền hình',
      kind: 'website',
      baseURL: `${radioSite.url}/revalidate`,
      credentials: { secret: 'site-webhook-secret-bench-0002' },
    },
    zaloTarget('Zalo OA Báo Hưng Yên', zaloMain, 'at-main'),
    zaloTarget('Zalo OA Tuổi trẻ Hưng Yên', zaloYouth, 'at-youth'),
    {
      name: 'Báo Mới (RSS)',
      kind: 'feed',
      settings: { fullText: true, feedURL: `${serverURL}/feeds/web/rss.xml` },
      credentials: { token: 'baomoi-partner-token-bench' },
    },
    {
      name: 'TTXVN (NINJS)',
      kind: 'ninjs',
      baseURL: `${partnerAgency.url}/ninjs`,
      credentials: { apiKey: 'ttx-key-bench' },
    },
  ]
  for (const target of targets) {
    await payload.create({
      collection: 'distribution-targets' as never,
      data: { ...target, defaults: { all: true }, ratePerMinute: 0 } as never,
      depth: 0,
    })
  }
  const servers = [site, radioSite, partnerAgency, zaloMain, zaloYouth]
  return {
    count: targets.length,
    received: () => ({
      website: webhookCount(site, 'x-newsroom-delivery'),
      website2: webhookCount(radioSite, 'x-newsroom-delivery'),
      ninjs: webhookCount(partnerAgency, 'idempotency-key'),
      zalo: zaloCount(zaloMain),
      zalo2: zaloCount(zaloYouth),
    }),
    close: async () => {
      await Promise.all(servers.map((server) => server.close()))
    },
  }
}
