import { relationIds } from '../../../../src/lib/relationId'
import type { TaskOutput, TagOption } from '../../types'
import { applySpelling, type SpellingFix } from '../applySpelling'
import { writePath } from '../storyFields'
import { plainTextToLexical } from '../storyText'

export type AcceptBody = {
  option?: unknown
  text?: unknown
  fields?: unknown
  tags?: unknown
  issues?: unknown
}

export type ProvenanceDraft = {
  field: string
  locale: string
  kind: 'text' | 'tags'
  aiText: string
  appliedText: string
  decision: 'accepted' | 'edited'
  tags?: TagOption[]
}

export type Acceptance = {
  /** The story update, in `locale`. */
  locale: string
  update: Record<string, unknown>
  provenance: ProvenanceDraft[]
  decision: Record<string, unknown>
  edited: boolean
}

export class AcceptError extends Error {}

type StoryState = Record<string, unknown> & { headline?: string; standfirst?: string; body?: unknown }

const LIMITS: Record<string, number> = {
  headline: 250,
  'web.headline': 250,
  'print.headline': 250,
  'web.seoDescription': 320,
  'social.text': 300,
}

const isIndexList = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((v) => Number.isInteger(v) && v >= 0)

/**
 * Turns a person's decision on a ready suggestion into the story update and the provenance to
 * record. Pure: the endpoint loads the records and writes the result in one transaction.
 */
export function buildAcceptance(
  suggestion: {
    task: string
    field?: string | null
    locale?: string | null
    params?: { targetLocale?: string } | null
  },
  output: TaskOutput,
  story: StoryState,
  body: AcceptBody,
): Acceptance {
  const locale = suggestion.locale || 'vi'
  const update: Record<string, unknown> = {}
  if (output.kind === 'text') {
    const index = body.option ?? 0
    if (!Number.isInteger(index) || (index as number) < 0 || (index as number) >= output.options.length) {
      throw new AcceptError(
        `Phương án "${String(index)}" không có; gợi ý này có ${output.options.length} phương án.`,
      )
    }
    const aiText = output.options[index as number]!.text
    if (body.text !== undefined && typeof body.text !== 'string')
      throw new AcceptError('"text" phải là chuỗi.')
    const applied = (typeof body.text === 'string' ? body.text : aiText).trim()
    if (!applied) throw new AcceptError('Nội dung áp dụng đang trống.')
    const field = suggestion.field || 'headline'
    const limit = LIMITS[field]
    if (limit && applied.length > limit) {
      throw new AcceptError(
        `Nội dung dài ${applied.length} ký tự, vượt giới hạn ${limit} ký tự của trường ${field}.`,
      )
    }
    writePath(update, field, applied)
    const edited = applied !== aiText
    return {
      locale,
      update,
      edited,
      provenance: [
        {
          field,
          locale,
          kind: 'text',
          aiText,
          appliedText: applied,
          decision: edited ? 'edited' : 'accepted',
        },
      ],
      decision: { option: index, field, text: applied },
    }
  }

  if (output.kind === 'translation') {
    const target = suggestion.params?.targetLocale
    if (!target) throw new AcceptError('Gợi ý dịch thiếu ngôn ngữ đích.')
    const edits = (body.fields ?? {}) as Record<string, unknown>
    if (typeof edits !== 'object' || Array.isArray(edits))
      throw new AcceptError('"fields" phải là một đối tượng.')
    const provenance: ProvenanceDraft[] = []
    let edited = false
    for (const field of ['headline', 'standfirst', 'body'] as const) {
      const aiText = output.fields[field]
      if (aiText === undefined) continue
      const edit = edits[field]
      if (edit !== undefined && typeof edit !== 'string')
        throw new AcceptError(`"fields.${field}" phải là chuỗi.`)
      const applied = (edit ?? aiText).trim()
      if (field === 'headline' && !applied) throw new AcceptError('Tít bản dịch không được để trống.')
      const changed = applied !== aiText
      edited ||= changed
      update[field] = field === 'body' ? plainTextToLexical(applied) : applied
      provenance.push({
        field,
        locale: target,
        kind: 'text',
        aiText,
        appliedText: applied,
        decision: changed ? 'edited' : 'accepted',
      })
    }
    return {
      locale: target,
      update,
      edited,
      provenance,
      decision: { locale: target, fields: Object.keys(update) },
    }
  }

  if (output.kind === 'tags') {
    const chosen = body.tags ?? output.tags.map((_, i) => i)
    if (!isIndexList(chosen) || chosen.some((i) => i >= output.tags.length)) {
      throw new AcceptError('"tags" phải là danh sách vị trí các thẻ được chọn.')
    }
    const tags = chosen.map((i) => output.tags[i]!)
    if (!tags.length) throw new AcceptError('Chưa chọn thẻ nào.')
    const add = (field: 'topics' | 'places', kind: 'topic' | 'place') => {
      const ids = relationIds(story[field])
      for (const tag of tags)
        if (tag.kind === kind && tag.ref !== undefined && !ids.some((id) => String(id) === String(tag.ref)))
          ids.push(tag.ref)
      update[field] = ids
    }
    add('topics', 'topic')
    add('places', 'place')
    for (const [field, kind] of [
      ['people', 'person'],
      ['organisations', 'organisation'],
    ] as const) {
      const names = new Set((story[field] as string[] | undefined) ?? [])
      for (const tag of tags) if (tag.kind === kind) names.add(tag.label)
      update[field] = [...names]
    }
    const edited = chosen.length !== output.tags.length
    return {
      locale,
      update,
      edited,
      provenance: [
        {
          field: 'tags',
          locale,
          kind: 'tags',
          aiText: output.tags.map((t) => t.label).join(', '),
          appliedText: tags.map((t) => t.label).join(', '),
          decision: edited ? 'edited' : 'accepted',
          tags,
        },
      ],
      decision: { tags: chosen },
    }
  }

  // Spelling fixes correct the author's own text: recorded, but they add no AI characters.
  const chosen = body.issues
  if (!Array.isArray(chosen) || !chosen.length)
    throw new AcceptError('"issues" phải liệt kê các lỗi được sửa.')
  const fixes: SpellingFix[] = chosen.map((entry) => {
    const { index, replacement } = (entry ?? {}) as { index?: unknown; replacement?: unknown }
    const issue = Number.isInteger(index) ? output.issues[index as number] : undefined
    if (!issue || typeof replacement !== 'string') {
      throw new AcceptError('Mỗi mục trong "issues" cần "index" của lỗi và "replacement".')
    }
    return { offset: issue.offset, length: issue.length, word: issue.word, replacement }
  })
  const result = applySpelling(
    { headline: story.headline ?? '', standfirst: story.standfirst ?? '', body: story.body },
    fixes,
  )
  if (!result.applied.length)
    throw new AcceptError('Không sửa được lỗi nào: tin đã thay đổi từ lúc soát; hãy soát lại.')
  Object.assign(update, { headline: result.headline, standfirst: result.standfirst, body: result.body })
  // A fix the editor typed instead of one the checker offered is theirs, not the checker's.
  const edited = fixes.some(
    (fix, i) => !output.issues[(chosen[i] as { index: number }).index]!.suggestions.includes(fix.replacement),
  )
  return {
    locale,
    update,
    edited,
    provenance: [
      {
        field: 'spelling',
        locale,
        kind: 'text',
        aiText: result.applied.map((f) => `${f.word} → ${f.replacement}`).join('; '),
        appliedText: result.applied.map((f) => f.replacement).join('; '),
        decision: edited ? 'edited' : 'accepted',
      },
    ],
    decision: { applied: result.applied, skipped: result.skipped },
  }
}
