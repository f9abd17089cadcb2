import { labelOf, ITEM_TYPES, type BroadcastKind, type ItemType } from '../types'
import { formatLength, vietnameseDate } from './clock'
import { escapeXml } from './mos'

/**
 * Prompter export (pure): the items that will air, in running order, each with its slug, timing
 * and the words to read. Radio reads `radio.script`, TV `tv.script`; the TV shot list is for the
 * director and never reaches the prompter. Bracketed cues ("[Dẫn vào phóng sự]") stay in the text
 * and are set apart in the HTML so the presenter does not read them out.
 */

export type PrompterEntry = {
  number: number
  title: string
  type: ItemType
  frontTime: string | null
  plannedSeconds: number
  script: string
  notes?: string | null
  /** The linked story was killed (withdrawn): its words must not be read on air. */
  withdrawn?: boolean
}

export type PrompterInput = {
  title: string
  channelName: string
  kind: BroadcastKind
  date: string
  startTime: string
  plannedDurationSeconds: number
  entries: readonly PrompterEntry[]
}

/** The story fields a prompter reads. */
export type PrompterStory = {
  headline?: string | null
  workflowState?: string | null
  radio?: { script?: string | null } | null
  tv?: { script?: string | null; shotList?: string | null } | null
}

/** Scripts typed on some keyboards arrive decomposed (NFD): prompters and fonts want NFC. */
const nfc = (text: string | null | undefined) => (text ?? '').normalize('NFC').replace(/\r\n?/g, '\n').trim()

export function scriptOf(story: PrompterStory | undefined, kind: BroadcastKind): string {
  return nfc(kind === 'radio' ? story?.radio?.script : story?.tv?.script)
}

/** A killed story has been withdrawn (a legal or factual problem): the prompter shows a warning instead. */
export const isWithdrawn = (story: PrompterStory | undefined) => story?.workflowState === 'killed'

export const WITHDRAWN_WARNING = '⚠ TIN ĐÃ BỊ GỠ — KHÔNG ĐỌC. Báo biên tập viên để bỏ mục này.'

const heading = (input: PrompterInput) =>
  `${nfc(input.title)}\n${nfc(input.channelName)} · ${vietnameseDate(input.date)} · ${input.startTime} · ${formatLength(input.plannedDurationSeconds)}`

const entryLine = (entry: PrompterEntry) =>
  [
    `[${entry.number}]`,
    entry.frontTime ?? '',
    formatLength(entry.plannedSeconds),
    labelOf(ITEM_TYPES, entry.type).vi.toUpperCase(),
  ]
    .filter(Boolean)
    .join(' · ')

export function buildPrompterText(input: PrompterInput): string {
  const rule = '='.repeat(60)
  const parts = [`KỊCH BẢN DẪN — ${heading(input)}`, rule]
  for (const entry of input.entries) {
    parts.push(entryLine(entry), nfc(entry.title).toUpperCase())
    if (entry.notes?.trim()) parts.push(`(Ghi chú: ${nfc(entry.notes)})`)
    const words = entry.withdrawn ? WITHDRAWN_WARNING : entry.script || '(Không có lời dẫn)'
    parts.push('', words, '', '-'.repeat(60))
  }
  parts.push('HẾT')
  return `${parts.join('\n')}\n`
}

/** Paragraphs of a script, with bracketed cues marked. */
function scriptHtml(script: string): string {
  if (!script) return '<p class="empty">(Không có lời dẫn)</p>'
  return script
    .split(/\n\s*\n/)
    .map((paragraph) => {
      const marked = escapeXml(paragraph).replace(/\[([^\]\n]*)\]/g, '<span class="cue">[$1]</span>')
      return `<p>${marked.replace(/\n/g, '<br>')}</p>`
    })
    .join('\n')
}

const STYLE = `
  html { background: #000; }
  body { margin: 0 8vw 50vh; color: #fff; background: #000; font-family: 'Noto Sans', 'Segoe UI', Arial, sans-serif;
    font-size: 64px; line-height: 1.45; }
  header { font-size: 28px; color: #bbb; padding: 24px 0; border-bottom: 2px solid #444; }
  section { padding-top: 32px; border-top: 4px solid #333; margin-top: 48px; }
  .slug { font-size: 30px; color: #ffd54f; letter-spacing: 0.02em; }
  h2 { font-size: 48px; margin: 8px 0 24px; color: #fff; }
  .notes { font-size: 30px; color: #90caf9; }
  .cue { font-size: 0.55em; color: #80cbc4; }
  .empty { color: #777; font-size: 36px; }
  .withdrawn { color: #000; background: #ff5252; font-weight: bold; padding: 16px; }
  footer { font-size: 36px; color: #bbb; margin-top: 64px; }
`

export function buildPrompterHtml(input: PrompterInput): string {
  const sections = input.entries.map(
    (entry) => `<section id="item-${entry.number}">
<div class="slug">${escapeXml(entryLine(entry))}</div>
<h2>${escapeXml(nfc(entry.title))}</h2>
${entry.notes?.trim() ? `<div class="notes">Ghi chú: ${escapeXml(nfc(entry.notes))}</div>\n` : ''}${entry.withdrawn ? `<p class="withdrawn">${escapeXml(WITHDRAWN_WARNING)}</p>` : scriptHtml(entry.script)}
</section>`,
  )
  const lines = heading(input).split('\n').map(escapeXml)
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${lines[0]}</title>
<style>${STYLE}</style>
</head>
<body>
<header><strong>${lines[0]}</strong><br>${lines[1]}</header>
${sections.join('\n')}
<footer>HẾT</footer>
</body>
</html>
`
}
