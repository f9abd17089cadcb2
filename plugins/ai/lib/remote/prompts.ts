import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AiTask } from '../../types'

/** Tasks the remote provider runs, plus the map step of the chunked map-reduce. */
export type PromptName = Exclude<AiTask, 'spelling'> | 'condense'

export type Prompt = {
  name: PromptName
  version: number
  /** The system message: the file without its front matter. */
  system: string
  /** `<task>@v<version>+<first 8 hex of sha256 of the file>`: an edited file gets a new value. */
  promptVersion: string
}

const PROMPTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../prompts')

/** Reads the front matter (`version`, `task`) and the body of a prompt file. */
export function parsePromptFile(name: PromptName, raw: string): Prompt {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(raw)
  if (!match) throw new Error(`Prompt ${name}: missing front matter (--- version/task ---)`)
  const fields = new Map<string, string>()
  for (const line of match[1]!.split(/\r?\n/)) {
    const separator = line.indexOf(':')
    if (separator > 0) fields.set(line.slice(0, separator).trim(), line.slice(separator + 1).trim())
  }
  const version = Number(fields.get('version'))
  if (!Number.isInteger(version) || version < 1) {
    throw new Error(`Prompt ${name}: front matter needs an integer "version" ≥ 1`)
  }
  if (fields.get('task') !== name) {
    throw new Error(`Prompt ${name}: front matter names task "${fields.get('task') ?? ''}"`)
  }
  const system = match[2]!.trim()
  if (!system) throw new Error(`Prompt ${name}: empty system prompt`)
  const hash = createHash('sha256').update(raw).digest('hex').slice(0, 8)
  return { name, version, system, promptVersion: `${name}@v${version}+${hash}` }
}

const cache = new Map<PromptName, Promise<Prompt>>()

/** The prompt file `plugins/ai/prompts/<name>.md`, read once per process. */
export function loadPrompt(name: PromptName): Promise<Prompt> {
  let prompt = cache.get(name)
  if (!prompt) {
    prompt = readFile(path.join(PROMPTS_DIR, `${name}.md`), 'utf8').then((raw) => parsePromptFile(name, raw))
    // A failed read is not cached: the next job tries again (say, after a deploy finished copying).
    prompt.catch(() => cache.delete(name))
    cache.set(name, prompt)
  }
  return prompt
}
