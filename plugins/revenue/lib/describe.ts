/** Entries said in words for messages: "tháng 03/2026, Báo in, Quảng cáo trên báo in, thực hiện". */
import type { PayloadRequest } from 'payload'

import { isRevenueLine, KIND_LABELS, LINE_INFO, isEntryKind } from './lines'
import { formatMonth } from './months'
import { AGENCY_WIDE_NAME } from './summarise'

export const formatVnd = (amount: number) => `${amount.toLocaleString('vi-VN')} đ`

export type Slot = { month: string; publication?: number | string | null; line: string; kind: string }

export async function publicationNames(
  req: PayloadRequest,
  ids: ReadonlyArray<number | string>,
): Promise<Map<string, string>> {
  const unique = [...new Set(ids.map(String))]
  if (unique.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'publications',
    where: { id: { in: unique } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { name: true },
    req,
  })
  return new Map(docs.map((doc) => [String(doc.id), String((doc as { name?: unknown }).name ?? doc.id)]))
}

export function describeSlot(slot: Slot, names: ReadonlyMap<string, string>): string {
  const publication =
    slot.publication === null || slot.publication === undefined
      ? AGENCY_WIDE_NAME.toLowerCase()
      : (names.get(String(slot.publication)) ?? `kênh #${slot.publication}`)
  const line = isRevenueLine(slot.line) ? LINE_INFO[slot.line].label.vi : slot.line
  const kind = isEntryKind(slot.kind) ? KIND_LABELS[slot.kind].vi.toLowerCase() : slot.kind
  return `tháng ${formatMonth(slot.month)}, ${publication}, ${line}, ${kind}`
}
