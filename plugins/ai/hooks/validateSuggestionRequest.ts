import type { CollectionBeforeChangeHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { relationId } from '../../../src/lib/relationId'
import { monthUsage } from '../lib/budget'
import { canEditStory } from '../lib/storyAccess'
import type { AiRuntime } from '../lib/runtime'
import { providerFor } from '../lib/runtime'
import { TASK_FIELDS } from '../lib/storyFields'
import { TASK_LABELS } from '../lib/taskLabels'
import { validateParams } from '../lib/validateParams'
import type { AiTask } from '../types'

/**
 * A request for AI help is checked before it is queued: the user may edit the story, the
 * parameters make sense, some provider can do the task, and the month's budget is not used up.
 * The worker owns every field but the request's own.
 */
export const validateSuggestionRequest =
  (runtime: AiRuntime): CollectionBeforeChangeHook =>
  async ({ data, operation, req }) => {
    if (operation !== 'create') return data
    const task = data.task as AiTask
    const locale = typeof data.locale === 'string' && data.locale ? data.locale : 'vi'
    if (!runtime.locales.includes(locale)) {
      throw httpError(
        400,
        `Ngôn ngữ "${locale}" không có trong các ngôn ngữ nội dung (${runtime.locales.join(', ')}).`,
      )
    }
    const checked = validateParams(task, data.params, locale, runtime.locales)
    if ('problem' in checked) throw httpError(400, checked.problem)

    const allowedFields = TASK_FIELDS[task]
    let field: string | null = typeof data.field === 'string' && data.field ? data.field : null
    if (allowedFields) {
      field ??= allowedFields[0] as string
      if (!allowedFields.includes(field as never)) {
        throw httpError(
          400,
          `${TASK_LABELS[task].vi}: trường đích phải là một trong ${allowedFields.join(', ')}.`,
        )
      }
    } else if (field) {
      throw httpError(400, `${TASK_LABELS[task].vi} không nhận trường đích (field).`)
    }

    const storyId = relationId(data.story)!
    if (req.user && !(await canEditStory(req, storyId))) {
      throw httpError(403, 'Bạn không có quyền sửa tin này nên không thể yêu cầu gợi ý AI cho nó.')
    }
    const story = await req.payload
      .findByID({
        collection: 'stories',
        id: storyId,
        locale: locale as never,
        depth: 0,
        req,
        overrideAccess: true,
      })
      .catch(() => null)
    if (!story) throw httpError(404, `Không tìm thấy tin "${String(storyId)}".`)
    if (!story.headline?.trim() && !story.body && !story.standfirst?.trim()) {
      throw httpError(400, 'Tin chưa có nội dung để AI xử lý.')
    }

    const preference = data.provider === 'local' ? 'local' : 'auto'
    const provider = providerFor(runtime, task, preference)
    if (!provider) {
      throw httpError(
        400,
        task === 'translate'
          ? 'Dịch cần một nhà cung cấp AI (AI_BASE_URL); bộ xử lý cục bộ không dịch được.'
          : `Không có nhà cung cấp AI nào làm được việc "${TASK_LABELS[task].vi}".`,
      )
    }
    const budget = runtime.settings.monthlyTokenBudget
    if (provider.kind === 'remote' && budget) {
      const { tokens } = await monthUsage(req.payload)
      if (tokens >= budget) {
        throw httpError(
          429,
          `Đã dùng hết hạn mức AI của tháng (${tokens.toLocaleString('vi-VN')} / ${budget.toLocaleString('vi-VN')} token). ` +
            'Có thể chọn bộ xử lý cục bộ (provider: "local") cho việc này, hoặc chờ sang tháng.',
        )
      }
    }

    return {
      story: storyId,
      task,
      locale,
      field,
      params: checked.params,
      provider: preference,
      status: 'queued',
      providerKind: provider.kind,
      providerLabel: provider.label,
      requestedBy: req.user?.id ?? null,
    }
  }
