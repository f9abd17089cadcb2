/**
 * The revenue ledger of a year as an accountant's spreadsheet exports it (`;`, Vietnamese headers
 * and line names, amounts grouped with `.`, UTF-8 with a BOM): plan and actual per month × channel
 * × revenue line. Seeded; the second year grows about 15 % on the first, as the province's target
 * asks. Pure.
 */
import { LINE_INFO, REVENUE_LINES } from '../../plugins/revenue/lib/lines'
import { createPrng } from '../../src/lib/prng'
import { groupThousands } from './audienceCsv'

export const REVENUE_HEADER = 'tháng;kênh/ấn phẩm;nguồn thu;loại;số tiền;ghi chú'

/** Monthly actual of each line for one channel in the first year, in đồng. */
const BASE: Record<(typeof REVENUE_LINES)[number], number> = {
  advertisingPrint: 60_000_000,
  advertisingOnline: 45_000_000,
  advertisingAirtime: 90_000_000,
  sponsorship: 30_000_000,
  stateOrders: 180_000_000,
  subscriptionsAndSales: 40_000_000,
  contentSales: 12_000_000,
  jointProduction: 25_000_000,
  events: 15_000_000,
  services: 10_000_000,
  other: 5_000_000,
}

export type RevenueFile = { name: string; bytes: Buffer; rows: number; actual: number; plan: number }

/**
 * One file per year for `years`, `rows` lines in all (split evenly): the (channel, line) slots in a
 * fixed order, each over the year's months with a plan and an actual line; the last slot of a year
 * may stop short of December to make the count exact. `channels` are publication codes ('' =
 * agency-wide).
 */
export function revenueFiles(
  years: readonly number[],
  rows: number,
  channels: readonly string[],
  seed: number,
): RevenueFile[] {
  const r = createPrng(seed)
  const slots = channels.flatMap((channel) => REVENUE_LINES.map((line) => ({ channel, line })))
  const perYear = years.map((_, i) => Math.floor(rows / years.length) + (i < rows % years.length ? 1 : 0))
  const needed = Math.ceil(Math.max(...perYear) / 24)
  if (needed > slots.length)
    throw new Error(`${rows} revenue rows need ${needed} channel × line slots, there are ${slots.length}`)
  // Each slot's own size, the same both years, so the growth is the ledger's, not the sampling's.
  const scale = slots.map(() => 0.5 + r())
  return years.map((year, y) => {
    const growth = 1 + 0.15 * y
    const lines = [REVENUE_HEADER]
    let actual = 0
    let plan = 0
    for (let s = 0; s < needed && lines.length - 1 < perYear[y]!; s++) {
      const { channel, line } = slots[s]!
      for (let m = 1; m <= 12 && lines.length - 1 < perYear[y]!; m++) {
        const month = `${year}-${String(m).padStart(2, '0')}`
        const planned = Math.round((BASE[line] * scale[s]! * growth) / 1000) * 1000
        const done = Math.round((planned * (0.85 + 0.3 * r())) / 1000) * 1000
        lines.push(`${month};${channel};${LINE_INFO[line].label.vi};kế hoạch;${groupThousands(planned)};`)
        plan += planned
        if (lines.length - 1 < perYear[y]!) {
          lines.push(`${month};${channel};${LINE_INFO[line].label.vi};thực hiện;${groupThousands(done)};`)
          actual += done
        }
      }
    }
    return {
      name: `so-doanh-thu-${year}.csv`,
      bytes: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8'),
      rows: lines.length - 1,
      actual,
      plan,
    }
  })
}
