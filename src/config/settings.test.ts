import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { loadSettings, parseExtraLocales, SettingsError } from './settings'

const tmp = () => mkdtempSync(path.join(tmpdir(), 'settings-'))

describe('loadSettings', () => {
  it('uses embedded defaults and keeps a generated secret across loads', () => {
    const cwd = tmp()
    const first = loadSettings({}, cwd)
    expect(first.port).toBe(3000)
    expect(first.databaseURL).toBe(`file:${path.join(cwd, 'data', 'newsroom-dev.db')}`)
    expect(first.redisURL).toBe('redis://127.0.0.1:6379')
    expect(first.payloadSecret).toHaveLength(64)
    expect(loadSettings({}, cwd).payloadSecret).toBe(first.payloadSecret)
    expect(loadSettings({ NODE_ENV: 'production' }, cwd).databaseURL).toContain('newsroom.db')
  })

  it('reports every bad value at once', () => {
    let error: unknown
    try {
      loadSettings(
        { PORT: 'abc', DATABASE_URL: 'mysql://x', REDIS_URL: 'http://x', PAYLOAD_SECRET: 'short' },
        tmp(),
      )
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(SettingsError)
    const message = (error as Error).message
    for (const name of ['PORT', 'DATABASE_URL', 'REDIS_URL', 'PAYLOAD_SECRET']) {
      expect(message).toContain(name)
    }
  })
})

describe('parseExtraLocales', () => {
  it('parses code:label pairs', () => {
    const problems: string[] = []
    expect(parseExtraLocales("hmn:Tiếng H'Mông, tay:Tiếng Tày", problems)).toEqual([
      { code: 'hmn', label: "Tiếng H'Mông" },
      { code: 'tay', label: 'Tiếng Tày' },
    ])
    expect(problems).toEqual([])
  })

  it('rejects built-in, duplicate and malformed codes', () => {
    const problems: string[] = []
    parseExtraLocales('vi:Việt,hmn:A,hmn:B,Not A Code', problems)
    expect(problems).toHaveLength(3)
  })
})
