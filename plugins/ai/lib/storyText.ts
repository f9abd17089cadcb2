import { lexicalToPlainText } from '../../../src/lib/textMeasure'
import type { StoryText } from '../types'
import { TEXT_FIELD_PATHS, readPath, type TextFieldPath } from './storyFields'

type StoryLike = Record<string, unknown>

/** The story as tasks read it: body paragraphs separated by a blank line. */
export function toStoryText(story: StoryLike, locale: string): StoryText {
  return {
    headline: String(story.headline ?? ''),
    standfirst: String(story.standfirst ?? ''),
    body: lexicalToPlainText(story.body)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n\n'),
    locale,
  }
}

/** Every text field's current value as plain text, for measuring what AI wrote of it. */
export function storyFieldTexts(story: StoryLike): Record<TextFieldPath, string> {
  const texts = {} as Record<TextFieldPath, string>
  for (const path of TEXT_FIELD_PATHS) {
    const value = readPath(story, path)
    texts[path] = path === 'body' ? lexicalToPlainText(value) : typeof value === 'string' ? value : ''
  }
  return texts
}

/** Plain text (paragraphs separated by blank lines) as a Lexical document, for translated bodies. */
export function plainTextToLexical(text: string) {
  const paragraphs = text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean)
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: paragraphs.map((paragraph) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [
          { type: 'text', text: paragraph, format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
        ],
      })),
    },
  }
}
