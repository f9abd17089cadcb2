import type { AiSettings } from '../../../src/config/aiSettings'
import type { AiProvider, AiTask } from '../types'
import { createLocalProvider } from './local'
import { createRemoteProvider } from './remote'

/** What the AI plugin's hooks, endpoints and job share: settings and the two providers. */
export type AiRuntime = {
  settings: AiSettings
  locales: string[]
  readRate: number
  local: AiProvider
  remote: AiProvider | undefined
}

export function createAiRuntime(settings: AiSettings, locales: string[], readRate: number): AiRuntime {
  const remote = settings.remote
    ? createRemoteProvider({
        baseURL: settings.remote.baseURL,
        apiKey: settings.remote.apiKey,
        model: settings.remote.model,
        taskModels: settings.remote.taskModels,
        timeoutMs: settings.remote.timeoutMs,
        maxRetries: settings.remote.maxRetries,
        maxRetryWaitMs: settings.remote.maxRetryWaitMs,
        contextTokens: settings.remote.contextTokens,
        maxOutputTokens: settings.remote.maxOutputTokens,
        stream: settings.remote.stream,
        temperature: settings.remote.temperature,
        jsonMode: settings.remote.jsonMode,
      })
    : undefined
  return { settings, locales, readRate, local: createLocalProvider({ readRate }), remote }
}

/**
 * The remote model when one is configured and can do the task (unless the request asked for the
 * local provider); otherwise the built-in one; undefined when neither can (translation offline).
 */
export function providerFor(
  runtime: AiRuntime,
  task: AiTask,
  preference: 'auto' | 'local' = 'auto',
): AiProvider | undefined {
  if (preference !== 'local' && runtime.remote?.supports(task)) return runtime.remote
  return runtime.local.supports(task) ? runtime.local : undefined
}
