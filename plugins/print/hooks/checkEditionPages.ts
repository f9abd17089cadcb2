import type { CollectionBeforeChangeHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'

type PlacedStory = { page?: number; slot?: string | null; story?: { headline?: string } | number | null }

/**
 * Page numbers are unique within an edition, and a page that still carries stories cannot be
 * removed: the placements would point at nothing (400 naming them, so the desk moves them first).
 */
export const checkEditionPages: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (!Array.isArray(data.pages)) return data
  const numbers = (data.pages as Array<{ number?: unknown } | null>)
    .map((page) => page?.number)
    .filter((n): n is number => Number.isInteger(n))
  const seen = new Set<number>()
  const twice = new Set<number>()
  for (const n of numbers) (seen.has(n) ? twice : seen).add(n)
  if (twice.size) {
    const list = [...twice].sort((a, b) => a - b).join(', ')
    throw httpError(400, `Mỗi trang chỉ có một lần trong số báo: trang ${list} bị lặp.`)
  }
  // Pages with a wrong number type are refused by the field validation; don't judge orphans on them.
  if (operation !== 'update' || numbers.length !== data.pages.length || originalDoc?.id === undefined)
    return data

  const { docs } = await req.payload.find({
    collection: 'placements',
    where: {
      and: [{ edition: { equals: originalDoc.id } }, { page: { not_in: numbers.length ? numbers : [-1] } }],
    },
    depth: 1,
    pagination: false,
    sort: 'page',
    overrideAccess: true,
    req,
  })
  if (docs.length) {
    const named = (docs as PlacedStory[]).map((placement) => {
      const headline = typeof placement.story === 'object' ? placement.story?.headline : undefined
      const where = [`trang ${placement.page}`, placement.slot].filter(Boolean).join(', ')
      return `"${headline ?? 'tin đã xoá'}" (${where})`
    })
    const pages = [...new Set((docs as PlacedStory[]).map((p) => p.page))].join(', ')
    throw httpError(
      400,
      `Không thể bỏ trang ${pages}: trên đó còn ${docs.length} tin: ${named.join('; ')}. Hãy chuyển hoặc gỡ các tin này trước.`,
    )
  }
  return data
}
