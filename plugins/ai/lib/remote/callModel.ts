/**
 * One logical request to the model, with our own retries: the client's are off so that every
 * attempt is recorded (audit and token budget) and Retry-After is honoured or handed to the queue.
 */
import { APIConnectionTimeoutError, APIError, type OpenAI } from 'openai'

import type { CallRecord, RunOptions } from '../../types'
import { AiError, AiRefusalError, AiResponseError, AiUnavailableError } from '../errors'
import { estimateMessagesTokens, estimateTokens } from './chunking'
import { backoffMs, classifyFailure, type Failure, permanentMessage, unavailableMessage } from './failures'
import { AnswerFormatError } from './parseOutput'

export type ChatMessage = { role: 'system' | 'user'; content: string }

export type ModelSettings = {
  client: OpenAI
  /** Host of the endpoint, named in error messages. */
  host: string
  /** The API key, scrubbed from anything recorded or shown in case a server echoes it. */
  secret: string
  timeoutMs: number
  maxRetries: number
  maxRetryWaitMs: number
  maxOutputTokens: number
  stream: boolean
  temperature?: number
  jsonMode: boolean
}

export type ModelRequest = { model: string; promptVersion: string; messages: ChatMessage[] }

type Usage = { prompt_tokens?: number | null; completion_tokens?: number | null } | null | undefined

type RawAnswer = { content: string; refusal: string; finishReason: string | null; usage: Usage }

function requestBody(settings: ModelSettings, request: ModelRequest) {
  return {
    model: request.model,
    messages: request.messages,
    max_tokens: settings.maxOutputTokens,
    ...(settings.temperature !== undefined ? { temperature: settings.temperature } : {}),
    ...(settings.jsonMode ? { response_format: { type: 'json_object' as const } } : {}),
  }
}

type Body = ReturnType<typeof requestBody>

/**
 * Runs `work` with a deadline of `timeoutMs` that `touch` pushes back (each streamed chunk). Our
 * own timer rather than the client's: its timeout stops at the response headers when streaming,
 * and an abort it reports can arrive as a bare "{}" error under test runners, so only a timer we
 * own tells a timeout apart from a dropped connection for sure.
 */
async function withDeadline<T>(
  timeoutMs: number,
  signal: AbortSignal | undefined,
  work: (signal: AbortSignal, touch: () => void) => Promise<T>,
): Promise<T> {
  const deadline = new AbortController()
  let timedOut = false
  let timer: NodeJS.Timeout | undefined
  const touch = () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      timedOut = true
      deadline.abort()
    }, timeoutMs)
  }
  touch()
  try {
    const result = await work(signal ? AbortSignal.any([signal, deadline.signal]) : deadline.signal, touch)
    // An abort ends the client's stream quietly instead of throwing.
    if (timedOut) throw new APIConnectionTimeoutError()
    return result
  } catch (error) {
    throw timedOut ? new APIConnectionTimeoutError() : error
  } finally {
    clearTimeout(timer)
  }
}

/** The client's own timeout stays as a backstop, later than ours. */
const backstop = (settings: ModelSettings) => settings.timeoutMs * 2 + 1000

function sendPlain(settings: ModelSettings, body: Body, signal?: AbortSignal): Promise<RawAnswer> {
  return withDeadline(settings.timeoutMs, signal, async (combined) => {
    const completion = await settings.client.chat.completions.create(
      { ...body, stream: false },
      { signal: combined, timeout: backstop(settings), maxRetries: 0 },
    )
    const choice = completion?.choices?.[0]
    if (!choice) throw new AnswerFormatError('Phản hồi không có "choices".')
    return {
      content: choice.message?.content ?? '',
      refusal: choice.message?.refusal ?? '',
      finishReason: choice.finish_reason ?? null,
      usage: completion.usage,
    }
  })
}

/** Streaming: `timeoutMs` is the longest silence, before the headers or between two chunks. */
function sendStreaming(settings: ModelSettings, body: Body, signal?: AbortSignal): Promise<RawAnswer> {
  return withDeadline(settings.timeoutMs, signal, async (combined, touch) => {
    const answer: RawAnswer = { content: '', refusal: '', finishReason: null, usage: undefined }
    const stream = await settings.client.chat.completions.create(
      { ...body, stream: true, stream_options: { include_usage: true } },
      { signal: combined, timeout: backstop(settings), maxRetries: 0 },
    )
    for await (const chunk of stream) {
      touch()
      if (chunk.usage) answer.usage = chunk.usage
      const choice = chunk.choices?.[0]
      answer.content += choice?.delta?.content ?? ''
      answer.refusal += choice?.delta?.refusal ?? ''
      answer.finishReason = choice?.finish_reason ?? answer.finishReason
    }
    return answer
  })
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

function errorBody(error: unknown): string {
  if (error instanceof APIError && error.error !== undefined) return JSON.stringify(error.error)
  return error instanceof Error ? error.message : String(error)
}

/**
 * Sends `request` and returns `parse(answer)`. Retries 429/5xx/timeouts/connection errors up to
 * `maxRetries` times (waiting Retry-After when it is at most `maxRetryWaitMs`, else backoff) and an
 * unreadable answer once. Every attempt is appended to `calls`, also when this throws.
 *
 * Tokens recorded: the server's `usage`; for an answer without it, estimates (estimateTokens); for
 * HTTP errors and timeouts, 0 (no answer was produced).
 */
export async function callModel<T>(
  settings: ModelSettings,
  request: ModelRequest,
  parse: (content: string) => T,
  calls: CallRecord[],
  options: RunOptions = {},
): Promise<T> {
  const { signal, guard } = options
  const body = requestBody(settings, request)
  const recordedRequest = settings.stream
    ? { ...body, stream: true, stream_options: { include_usage: true } }
    : body
  const estimatedInput = estimateMessagesTokens(request.messages)
  const redact = (text: string) =>
    settings.secret.length >= 4 ? text.split(settings.secret).join('***') : text
  let transientRetries = 0
  let malformedRetries = 0

  for (let attempt = 1; ; attempt++) {
    signal?.throwIfAborted()
    await guard?.(estimatedInput + settings.maxOutputTokens)
    const started = performance.now()
    const record = (
      fields: Pick<CallRecord, 'response' | 'inputTokens' | 'outputTokens' | 'status' | 'error'>,
    ) => {
      calls.push({
        model: request.model,
        promptVersion: request.promptVersion,
        request: recordedRequest,
        durationMs: Math.round(performance.now() - started),
        attempt,
        ...fields,
        response: redact(fields.response),
        ...(fields.error !== undefined ? { error: redact(fields.error) } : {}),
      })
    }

    let failure: Failure
    try {
      const answer = await (settings.stream ? sendStreaming : sendPlain)(settings, body, signal)
      // A stream cut short by the abort ends quietly with a partial answer: do not parse it.
      signal?.throwIfAborted()
      const tokens = {
        inputTokens: answer.usage?.prompt_tokens ?? estimatedInput,
        outputTokens: answer.usage?.completion_tokens ?? estimateTokens(answer.content + answer.refusal),
      }
      if (answer.refusal.trim() || answer.finishReason === 'content_filter') {
        const reason = answer.refusal.trim() || 'bộ lọc nội dung của máy chủ đã chặn câu trả lời'
        record({ status: 'refused', response: answer.refusal || answer.content, error: reason, ...tokens })
        throw new AiRefusalError(redact(reason))
      }
      try {
        const value = parse(answer.content)
        record({ status: 'ok', response: answer.content, ...tokens })
        return value
      } catch (error) {
        if (!(error instanceof AnswerFormatError)) throw error
        const cut =
          answer.finishReason === 'length' ? ' (câu trả lời bị cắt vì chạm giới hạn token đầu ra)' : ''
        failure = { kind: 'malformed', detail: `${error.message}${cut}` }
        record({ status: 'error', response: answer.content, error: failure.detail, ...tokens })
      }
    } catch (error) {
      if (error instanceof AiError) throw error
      if (signal?.aborted) {
        record({ status: 'error', response: '', error: 'aborted', inputTokens: 0, outputTokens: 0 })
        throw signal.reason
      }
      const classified = classifyFailure(error)
      if (!classified) throw error
      failure = classified
      // A 200 with an unreadable body was still answered (and likely billed): count the input.
      const inputTokens = failure.kind === 'malformed' ? estimatedInput : 0
      record({
        status: 'error',
        response: errorBody(error),
        error: failure.detail,
        inputTokens,
        outputTokens: 0,
      })
    }

    if (failure.kind === 'malformed') {
      if (malformedRetries++ < 1) continue
      throw new AiResponseError(
        `Câu trả lời của mô hình "${request.model}" không đúng định dạng JSON yêu cầu: ${redact(failure.detail)}`,
      )
    }
    if (failure.kind === 'permanent') {
      const message = permanentMessage(failure.status, failure.detail, settings.host, request.model)
      throw new AiError(redact(message), { permanent: true })
    }
    const { retryAfterMs } = failure
    if (
      (retryAfterMs !== undefined && retryAfterMs > settings.maxRetryWaitMs) ||
      transientRetries >= settings.maxRetries
    ) {
      const message = unavailableMessage(failure, settings.host, attempt, settings.timeoutMs)
      throw new AiUnavailableError(redact(message), { retryAfterMs })
    }
    await sleep(retryAfterMs ?? backoffMs(transientRetries), signal)
    transientRetries++
  }
}
