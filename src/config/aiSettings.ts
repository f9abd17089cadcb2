import { AI_TASKS, type AiTask } from '../../plugins/ai/types'

import { boolValue, intValue, numberValue, type Env } from './envValues'

export type AiLabelPolicy = 'off' | 'generated' | 'assisted'

export type RemoteAiSettings = {
  baseURL: string
  apiKey: string
  model: string
  taskModels: Partial<Record<AiTask, string>>
  timeoutMs: number
  maxRetries: number
  maxRetryWaitMs: number
  contextTokens: number
  maxOutputTokens: number
  stream: boolean
  temperature: number
  /** Ask for `response_format: json_object`; off for servers that refuse the field. */
  jsonMode: boolean
}

export type AiSettings = {
  /** Undefined: no endpoint configured, every task runs on the built-in local provider. */
  remote: RemoteAiSettings | undefined
  /** Tokens per calendar month across all calls; 0 means no limit. */
  monthlyTokenBudget: number
  pricePerMillionInput: number
  pricePerMillionOutput: number
  currency: string
  /** A story whose surviving AI text is at least this share of its text is AI-assisted. */
  assistedMinShare: number
  /** … and at least this share: AI-generated. */
  generatedMinShare: number
  /** Whether accepted AI tags (topics, places) alone make a story AI-assisted. */
  taggingCountsAsAssisted: boolean
  labelPolicy: AiLabelPolicy
  labelText: { vi: string; en: string }
  concurrency: number
}

/** AI_MODEL_RADIO_SCRIPT → radioScript */
const taskEnvName = (task: AiTask) => `AI_MODEL_${task.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`

const DEFAULT_LABEL = {
  vi: 'Tin bài có sử dụng trí tuệ nhân tạo (AI) hỗ trợ và đã được biên tập viên kiểm duyệt.',
  en: 'This story was produced with the help of artificial intelligence and reviewed by an editor.',
}

function parseRemote(env: Env, problems: string[]): RemoteAiSettings | undefined {
  const baseURL = env.AI_BASE_URL?.trim().replace(/\/+$/, '')
  if (!baseURL) {
    if (env.AI_API_KEY?.trim() || env.AI_MODEL?.trim()) {
      problems.push('AI_BASE_URL: AI_API_KEY or AI_MODEL is set but AI_BASE_URL is not; set the endpoint too')
    }
    return undefined
  }
  let url: URL | undefined
  try {
    url = new URL(baseURL)
  } catch {
    // reported below
  }
  if (!url || !/^https?:$/.test(url.protocol)) {
    problems.push(
      `AI_BASE_URL: "${baseURL}" must be an http:// or https:// URL such as https://llm.example.vn/v1`,
    )
  } else if (url.username || url.password) {
    problems.push('AI_BASE_URL: put the key in AI_API_KEY, not in the URL')
  }
  const model = env.AI_MODEL?.trim()
  if (!model) problems.push('AI_MODEL: required when AI_BASE_URL is set (the model name the endpoint serves)')
  const taskModels: Partial<Record<AiTask, string>> = {}
  for (const task of AI_TASKS) {
    const value = env[taskEnvName(task)]?.trim()
    if (value) taskModels[task] = value
  }
  const contextTokens = intValue(env, 'AI_CONTEXT_TOKENS', 8_192, 1_024, problems)
  const maxOutputTokens = intValue(env, 'AI_MAX_OUTPUT_TOKENS', 1_024, 64, problems)
  if (maxOutputTokens >= contextTokens / 2) {
    problems.push(
      'AI_MAX_OUTPUT_TOKENS: must be less than half of AI_CONTEXT_TOKENS, to leave room for the text',
    )
  }
  return {
    baseURL,
    apiKey: env.AI_API_KEY?.trim() ?? '',
    model: model ?? '',
    taskModels,
    timeoutMs: intValue(env, 'AI_TIMEOUT_MS', 60_000, 100, problems),
    maxRetries: intValue(env, 'AI_MAX_RETRIES', 3, 0, problems),
    maxRetryWaitMs: intValue(env, 'AI_MAX_RETRY_WAIT_SECONDS', 30, 0, problems) * 1000,
    contextTokens,
    maxOutputTokens,
    stream: boolValue(env, 'AI_STREAM', false, problems),
    temperature: numberValue(env, 'AI_TEMPERATURE', 0.3, { min: 0, max: 2 }, problems),
    jsonMode: boolValue(env, 'AI_JSON_MODE', true, problems),
  }
}

/**
 * AI settings: an OpenAI-compatible endpoint when AI_BASE_URL is set (a domestic provider or a
 * self-hosted model server work the same), otherwise the built-in local provider; the budget,
 * the classification thresholds and the public label policy.
 */
export function parseAiSettings(env: Env, problems: string[]): AiSettings {
  const assistedMinShare = numberValue(env, 'AI_ASSISTED_MIN_SHARE', 0.05, { min: 0, max: 1 }, problems)
  const generatedMinShare = numberValue(env, 'AI_GENERATED_MIN_SHARE', 0.5, { min: 0, max: 1 }, problems)
  if (generatedMinShare <= assistedMinShare) {
    problems.push('AI_GENERATED_MIN_SHARE: must be greater than AI_ASSISTED_MIN_SHARE')
  }
  const policy = (env.AI_LABEL_POLICY?.trim() || 'generated') as AiLabelPolicy
  if (!['off', 'generated', 'assisted'].includes(policy)) {
    problems.push(`AI_LABEL_POLICY: "${policy}" must be off, generated or assisted`)
  }
  const currency = env.AI_COST_CURRENCY?.trim() || 'USD'
  if (!/^[A-Z]{3}$/.test(currency))
    problems.push(`AI_COST_CURRENCY: "${currency}" must be a code like USD or VND`)
  return {
    remote: parseRemote(env, problems),
    monthlyTokenBudget: intValue(env, 'AI_MONTHLY_TOKEN_BUDGET', 0, 0, problems),
    pricePerMillionInput: numberValue(env, 'AI_PRICE_INPUT_PER_MTOK', 0, { min: 0, max: 1e9 }, problems),
    pricePerMillionOutput: numberValue(env, 'AI_PRICE_OUTPUT_PER_MTOK', 0, { min: 0, max: 1e9 }, problems),
    currency,
    assistedMinShare,
    generatedMinShare,
    taggingCountsAsAssisted: boolValue(env, 'AI_TAGGING_COUNTS_AS_ASSISTED', true, problems),
    labelPolicy: ['off', 'generated', 'assisted'].includes(policy) ? policy : 'generated',
    labelText: {
      vi: env.AI_LABEL_TEXT_VI?.trim() || DEFAULT_LABEL.vi,
      en: env.AI_LABEL_TEXT_EN?.trim() || DEFAULT_LABEL.en,
    },
    concurrency: intValue(env, 'WORKER_AI_CONCURRENCY', 2, 1, problems),
  }
}
