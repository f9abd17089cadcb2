/**
 * Why an AI task failed, in words an editor can act on. `permanent` errors fail the job at once
 * (retrying cannot help); the others are retried by the queue with backoff.
 */
export class AiError extends Error {
  readonly permanent: boolean
  constructor(message: string, { permanent = false, cause }: { permanent?: boolean; cause?: unknown } = {}) {
    super(message, { cause })
    this.name = 'AiError'
    this.permanent = permanent
  }
}

/** The model declined to answer (a refusal or a content filter). */
export class AiRefusalError extends AiError {
  constructor(reason: string) {
    super(`Mô hình từ chối trả lời: ${reason}`, { permanent: true })
    this.name = 'AiRefusalError'
  }
}

/** The month's token budget is used up (or this call would pass it). */
export class AiBudgetExceededError extends AiError {
  constructor(used: number, budget: number) {
    super(
      `Đã dùng hết hạn mức AI của tháng: ${used.toLocaleString('vi-VN')} / ${budget.toLocaleString('vi-VN')} token. ` +
        'Quản trị viên có thể nâng AI_MONTHLY_TOKEN_BUDGET hoặc chờ sang tháng.',
      { permanent: true },
    )
    this.name = 'AiBudgetExceededError'
  }
}

/** The provider cannot do this task (the local provider does not translate). */
export class AiUnsupportedTaskError extends AiError {
  constructor(message: string) {
    super(message, { permanent: true })
    this.name = 'AiUnsupportedTaskError'
  }
}

/** The answer could not be understood (not the JSON the prompt asked for). Retryable. */
export class AiResponseError extends AiError {
  constructor(message: string, cause?: unknown) {
    super(message, { cause })
    this.name = 'AiResponseError'
  }
}

/** The endpoint could not be reached, timed out or kept answering 429/5xx. Retryable. */
export class AiUnavailableError extends AiError {
  /** From Retry-After when the endpoint gave one. */
  readonly retryAfterMs?: number
  constructor(message: string, { retryAfterMs, cause }: { retryAfterMs?: number; cause?: unknown } = {}) {
    super(message, { cause })
    this.name = 'AiUnavailableError'
    this.retryAfterMs = retryAfterMs
  }
}
