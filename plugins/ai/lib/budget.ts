import type { Payload } from 'payload'

import type { AiSettings } from '../../../src/config/aiSettings'
import { AI_CALLS_SLUG } from '../collections/AiCalls'
import type { CallRecord } from '../types'
import { AiBudgetExceededError } from './errors'

/** The budget's month: calendar month in UTC, as stored on each call. */
export const monthOf = (date: Date = new Date()): string => date.toISOString().slice(0, 7)

export type MonthUsage = { tokens: number; cost: number; calls: number }

export async function monthUsage(payload: Payload, month = monthOf()): Promise<MonthUsage> {
  const { docs } = await payload.find({
    collection: AI_CALLS_SLUG,
    where: { month: { equals: month } },
    select: { inputTokens: true, outputTokens: true, cost: true } as never,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const usage = { tokens: 0, cost: 0, calls: docs.length }
  for (const doc of docs as Array<{ inputTokens?: number; outputTokens?: number; cost?: number }>) {
    usage.tokens += (doc.inputTokens ?? 0) + (doc.outputTokens ?? 0)
    usage.cost += doc.cost ?? 0
  }
  return usage
}

export function costOf(call: Pick<CallRecord, 'inputTokens' | 'outputTokens'>, settings: AiSettings): number {
  const cost =
    (call.inputTokens * settings.pricePerMillionInput + call.outputTokens * settings.pricePerMillionOutput) /
    1e6
  return Math.round(cost * 1e6) / 1e6
}

/**
 * Checked before every model call of one job: with a budget set, a call that would take the month
 * past it is refused with a message saying how much was used. The month's use is read once per
 * job and the job's own calls are added as they are made (their estimate: input plus the whole
 * output allowance), so a long story's chunks cost one query. Jobs running at the same time each
 * see the others' finished calls only: the budget can be passed by at most one call per running
 * job (WORKER_AI_CONCURRENCY × workers).
 */
export function budgetGuard(payload: Payload, settings: AiSettings) {
  let used: number | undefined
  return async (estimatedTokens: number): Promise<void> => {
    const budget = settings.monthlyTokenBudget
    if (!budget) return
    used ??= (await monthUsage(payload)).tokens
    if (used + estimatedTokens > budget) throw new AiBudgetExceededError(used, budget)
    used += estimatedTokens
  }
}
