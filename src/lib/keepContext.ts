import type { PayloadRequest } from 'payload'

/**
 * Runs a nested Local API call that shares the hook's `req` but passes a `context` of its own.
 * Payload merges that context into `req.context` for good, so without this the flags meant for the
 * nested call (`skipAudit`, say) would reach the outer operation's later hooks too.
 */
export async function keepContext<T>(req: PayloadRequest, call: () => Promise<T>): Promise<T> {
  const outer = req.context
  try {
    return await call()
  } finally {
    req.context = outer
  }
}
