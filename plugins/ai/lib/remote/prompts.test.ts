import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'

import { describe, expect, it } from '@jest/globals'

import { AI_TASKS } from '../../types'
import { loadPrompt, parsePromptFile, type PromptName } from './prompts'

const NAMES: PromptName[] = [...AI_TASKS.filter((task) => task !== 'spelling'), 'condense']

describe('parsePromptFile', () => {
  const raw = '---\nversion: 3\ntask: headlines\n---\nHệ thống.\n'

  it('reads version and body and hashes the whole file', () => {
    const hash = createHash('sha256').update(raw).digest('hex').slice(0, 8)
    expect(parsePromptFile('headlines', raw)).toEqual({
      name: 'headlines',
      version: 3,
      system: 'Hệ thống.',
      promptVersion: `headlines@v3+${hash}`,
    })
  })

  it('gives an edited prompt a new version string', () => {
    const edited = parsePromptFile('headlines', raw.replace('Hệ thống.', 'Hệ thống mới.'))
    expect(edited.promptVersion).not.toBe(parsePromptFile('headlines', raw).promptVersion)
    expect(edited.promptVersion).toMatch(/^headlines@v3\+[0-9a-f]{8}$/)
  })

  it('rejects files without front matter, version or matching task', () => {
    expect(() => parsePromptFile('headlines', 'Hệ thống.')).toThrow(/front matter/)
    expect(() => parsePromptFile('headlines', '---\ntask: headlines\n---\nx')).toThrow(/version/)
    expect(() => parsePromptFile('headlines', '---\nversion: 1\ntask: tagging\n---\nx')).toThrow(/tagging/)
  })
})

describe('shipped prompts', () => {
  it.each(NAMES)('%s loads, asks for JSON and states the newsroom rules', async (name) => {
    const prompt = await loadPrompt(name)
    const raw = await readFile(new URL(`../../prompts/${name}.md`, import.meta.url), 'utf8')
    const hash = createHash('sha256').update(raw).digest('hex').slice(0, 8)
    expect(prompt.promptVersion).toBe(`${name}@v${prompt.version}+${hash}`)
    expect(prompt.system).toContain('JSON')
    expect(prompt.system).toContain('=== BÀI VIẾT ===')
    expect(prompt.system).toMatch(/Không thêm sự kiện, trích dẫn, số liệu/)
    expect(prompt.system).not.toMatch(/^---/)
  })
})
