import type { PayloadRequest } from 'payload'

/**
 * Values one hook hands to a later hook of the same request, keyed (e.g. by story id). Kept per
 * request rather than in `context`: every nested Local API call replaces req.context with a copy,
 * so a key set in beforeChange may not be in the object afterChange receives.
 */
export function perRequest<V>() {
  const store = new WeakMap<PayloadRequest, Map<string, V>>()
  return {
    set(req: PayloadRequest, key: number | string, value: V): void {
      if (!store.has(req)) store.set(req, new Map())
      store.get(req)!.set(String(key), value)
    },
    get(req: PayloadRequest, key: number | string): V | undefined {
      return store.get(req)?.get(String(key))
    },
    /** The value, removed so it is used once. */
    take(req: PayloadRequest, key: number | string): V | undefined {
      const value = store.get(req)?.get(String(key))
      store.get(req)?.delete(String(key))
      return value
    },
  }
}
