import type { Endpoint } from 'payload'

import { hasRole } from '../../../src/access'
import { errorResponse } from '../../../src/lib/httpErrors'
import { monthUsage } from '../lib/budget'
import type { AiRuntime } from '../lib/runtime'
import { providerFor } from '../lib/runtime'
import { TASK_FIELDS } from '../lib/storyFields'
import { TASK_LABELS } from '../lib/taskLabels'
import { AI_TASKS } from '../types'

/** `GET /api/ai/status`: which provider serves each task, and the month's use of the budget. */
export const aiStatusEndpoint = (runtime: AiRuntime): Endpoint => ({
  path: '/ai/status',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return errorResponse(401, 'Cần đăng nhập.')
    if (!hasRole(req, 'reporter', 'editor', 'deskChief', 'manager', 'admin')) {
      return errorResponse(403, 'Chỉ nhân sự tòa soạn dùng được trợ lý AI.')
    }
    const main = runtime.remote ?? runtime.local
    const usage = await monthUsage(req.payload)
    const budget = runtime.settings.monthlyTokenBudget
    return Response.json({
      provider: { kind: main.kind, label: main.label, model: runtime.settings.remote?.model ?? 'local' },
      budget: {
        monthlyTokens: budget,
        usedTokens: usage.tokens,
        cost: Math.round(usage.cost * 100) / 100,
        currency: runtime.settings.currency,
        exceeded: budget > 0 && usage.tokens >= budget,
      },
      tasks: AI_TASKS.map((task) => ({
        task,
        label: TASK_LABELS[task],
        provider: providerFor(runtime, task)?.kind ?? null,
        fields: TASK_FIELDS[task] ?? [],
      })),
      labelPolicy: runtime.settings.labelPolicy,
      locales: runtime.locales,
    })
  },
})
