export { callsOfFailedRun, createRemoteProvider, type RemoteProviderOptions } from './openaiProvider'
export { CHARS_PER_TOKEN, estimateTokens } from './chunking'
export { loadPrompt, type Prompt, type PromptName } from './prompts'
