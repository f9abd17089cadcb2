import OpenAI from 'openai'

import type { AiProvider, AiTask, CallRecord, ProviderResult, RunOptions, TaskInput } from '../../types'
import { AiUnsupportedTaskError } from '../errors'
import type { ModelSettings } from './callModel'
import { runTask } from './runTask'

export type RemoteProviderOptions = {
  /** e.g. http://127.0.0.1:8080/v1; any OpenAI-compatible server (domestic provider, vLLM, llama.cpp, Ollama). */
  baseURL: string
  /** May be '' for servers that need none. */
  apiKey: string
  /** Default model. */
  model: string
  /** Per-task override of `model`. */
  taskModels?: Partial<Record<AiTask, string>>
  /** Per HTTP call (for a streamed answer: the longest silence between two chunks). */
  timeoutMs: number
  /** Retries of one call on 429/5xx/timeout/connection error. */
  maxRetries: number
  /** Longest Retry-After waited inline; a longer one throws AiUnavailableError{retryAfterMs} for the queue. */
  maxRetryWaitMs: number
  /** The model's context window. */
  contextTokens: number
  maxOutputTokens: number
  /** Stream answers over SSE (usage from the last chunk via stream_options.include_usage). */
  stream?: boolean
  temperature?: number
  /**
   * Ask for `response_format: {type: 'json_object'}` (default true). Turn off for a server that
   * rejects the field; the prompts ask for JSON either way.
   */
  jsonMode?: boolean
  fetch?: typeof fetch
}

// The client insists on a key; servers without authentication ignore the header.
const PLACEHOLDER_KEY = 'khong-can-khoa'

/** Calls of runs that failed, so the caller can still audit them and count their tokens. */
const failedRunCalls = new WeakMap<object, CallRecord[]>()

/** The HTTP calls a failed `run` made before it threw `error` (empty when it made none). */
export function callsOfFailedRun(error: unknown): CallRecord[] {
  return (typeof error === 'object' && error && failedRunCalls.get(error)) || []
}

/** A provider for any server speaking the OpenAI chat-completions API. Spelling stays offline. */
export function createRemoteProvider(options: RemoteProviderOptions): AiProvider {
  const host = new URL(options.baseURL).host
  const client = new OpenAI({
    baseURL: options.baseURL,
    apiKey: options.apiKey || PLACEHOLDER_KEY,
    timeout: options.timeoutMs,
    // Our own loop retries (callModel) so that each attempt is recorded and Retry-After is explicit.
    maxRetries: 0,
    fetch: options.fetch,
    // Env defaults of the client would otherwise add OpenAI organisation headers to a domestic endpoint.
    organization: null,
    project: null,
    // Every failure becomes a CallRecord; the client's console output would only duplicate it.
    logLevel: 'off',
  })
  const settings: ModelSettings = {
    client,
    host,
    secret: options.apiKey,
    timeoutMs: options.timeoutMs,
    maxRetries: options.maxRetries,
    maxRetryWaitMs: options.maxRetryWaitMs,
    maxOutputTokens: options.maxOutputTokens,
    stream: options.stream ?? false,
    temperature: options.temperature,
    jsonMode: options.jsonMode ?? true,
  }
  const supports = (task: AiTask) => task !== 'spelling'

  return {
    kind: 'remote',
    label: `${options.model} @ ${host}`,
    supports,
    async run(input: TaskInput, runOptions: RunOptions = {}): Promise<ProviderResult> {
      const { task } = input
      if (task === 'spelling') {
        throw new AiUnsupportedTaskError(
          'Kiểm tra chính tả chạy bằng bộ kiểm tra ngoại tuyến, không gửi tới máy chủ AI.',
        )
      }
      const model = options.taskModels?.[task] ?? options.model
      const calls: CallRecord[] = []
      try {
        const run = { settings, model, contextTokens: options.contextTokens, calls, options: runOptions }
        const { output, promptVersion } = await runTask(run, { ...input, task })
        return { output, calls, model, promptVersion }
      } catch (error) {
        if (typeof error === 'object' && error) failedRunCalls.set(error, calls)
        throw error
      }
    },
  }
}
