import { describe, expect, it } from '@jest/globals'

import { parseAiSettings } from './aiSettings'

const parse = (env: Record<string, string>) => {
  const problems: string[] = []
  return { settings: parseAiSettings(env, problems), problems }
}

describe('parseAiSettings', () => {
  it('runs on the local provider with documented defaults when nothing is set', () => {
    const { settings, problems } = parse({})
    expect(problems).toEqual([])
    expect(settings.remote).toBeUndefined()
    expect(settings.monthlyTokenBudget).toBe(0)
    expect(settings.assistedMinShare).toBe(0.05)
    expect(settings.generatedMinShare).toBe(0.5)
    expect(settings.labelPolicy).toBe('generated')
    expect(settings.labelText.vi).toContain('trí tuệ nhân tạo')
  })

  it('reads an endpoint with per-task models', () => {
    const { settings, problems } = parse({
      AI_BASE_URL: 'https://llm.example.vn/v1/',
      AI_API_KEY: 'sk-test',
      AI_MODEL: 'viet-7b',
      AI_MODEL_RADIO_SCRIPT: 'viet-radio',
      AI_MODEL_TRANSLATE: 'viet-mt',
      AI_MAX_RETRY_WAIT_SECONDS: '5',
      AI_STREAM: 'true',
    })
    expect(problems).toEqual([])
    expect(settings.remote).toMatchObject({
      baseURL: 'https://llm.example.vn/v1',
      apiKey: 'sk-test',
      model: 'viet-7b',
      taskModels: { radioScript: 'viet-radio', translate: 'viet-mt' },
      maxRetryWaitMs: 5000,
      stream: true,
    })
  })

  it('reports every bad value with its name', () => {
    const { problems } = parse({
      AI_BASE_URL: 'ftp://x',
      AI_TIMEOUT_MS: '-1',
      AI_ASSISTED_MIN_SHARE: '0.6',
      AI_GENERATED_MIN_SHARE: '0.5',
      AI_LABEL_POLICY: 'always',
      AI_MONTHLY_TOKEN_BUDGET: '1.5',
      AI_COST_CURRENCY: 'dong',
    })
    const text = problems.join('\n')
    for (const name of [
      'AI_BASE_URL',
      'AI_MODEL',
      'AI_TIMEOUT_MS',
      'AI_GENERATED_MIN_SHARE',
      'AI_LABEL_POLICY',
      'AI_MONTHLY_TOKEN_BUDGET',
      'AI_COST_CURRENCY',
    ]) {
      expect(text).toContain(name)
    }
  })

  it('refuses a key or model without an endpoint rather than silently staying local', () => {
    expect(parse({ AI_API_KEY: 'sk-x' }).problems.join()).toContain('AI_BASE_URL')
  })
})
