import type { SpellingIssue, TagKind, TagOption } from '../types'

/** The editor's choices on a suggestion, and the accept request body each kind of output needs. */

/** Tags at least this sure start ticked; the rest wait for the editor to tick them. */
export const TAG_PRESELECT_CONFIDENCE = 0.6

export const TAG_KINDS: readonly TagKind[] = ['topic', 'place', 'person', 'organisation']

export const initialTagSelection = (tags: readonly TagOption[]) =>
  tags.map((tag) => tag.confidence >= TAG_PRESELECT_CONFIDENCE)

/** Tags by kind in a fixed order, each keeping its index into `output.tags` (what accept sends). */
export function groupTags(tags: readonly TagOption[]) {
  return TAG_KINDS.map((kind) => ({
    kind,
    items: tags.map((tag, index) => ({ tag, index })).filter(({ tag }) => tag.kind === kind),
  })).filter((group) => group.items.length > 0)
}

export const tagsAcceptBody = (selected: readonly boolean[]) => ({
  tags: selected.flatMap((on, index) => (on ? [index] : [])),
})

/** `text` only when edited, so the server can tell "accepted" from "accepted with edits". */
export function textAcceptBody(option: number, original: string, edited: string) {
  return edited.trim() === original.trim() ? { option } : { option, text: edited.trim() }
}

export type TranslationFields = { headline?: string; standfirst?: string; body?: string }
const TRANSLATION_KEYS = ['headline', 'standfirst', 'body'] as const

export function translationAcceptBody(original: TranslationFields, edited: TranslationFields) {
  const fields: TranslationFields = {}
  for (const key of TRANSLATION_KEYS) {
    const value = edited[key]
    if (value !== undefined && value.trim() !== (original[key] ?? '').trim()) fields[key] = value.trim()
  }
  return Object.keys(fields).length > 0 ? { fields } : {}
}

export type SpellingChoice = { checked: boolean; replacement: string }

/**
 * Spelling mistakes with a suggested fix start ticked with the first suggestion; style remarks
 * are a matter of taste and start unticked.
 */
export const initialSpellingChoices = (issues: readonly SpellingIssue[]): SpellingChoice[] =>
  issues.map((issue) => ({
    checked: issue.kind === 'spelling' && issue.suggestions.length > 0,
    replacement: issue.suggestions[0] ?? '',
  }))

/** Only ticked issues with a replacement to put in; a blank replacement would delete the word. */
export const spellingAcceptBody = (choices: readonly SpellingChoice[]) => ({
  issues: choices.flatMap((choice, index) =>
    choice.checked && choice.replacement.trim() ? [{ index, replacement: choice.replacement }] : [],
  ),
})
