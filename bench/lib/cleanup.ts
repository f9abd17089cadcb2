/**
 * Clean-ups that must run even when the run is interrupted (Ctrl-C, SIGTERM): killing the
 * server children and dropping the PostgreSQL bench database. Each returns its remover.
 */
const hooks = new Set<() => unknown>()
let installed = false

export function onExit(hook: () => unknown): () => void {
  hooks.add(hook)
  if (!installed) {
    installed = true
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, async () => {
        console.error(`\n# bench: ${signal}, cleaning up`)
        await runExitHooks()
        process.exit(130)
      })
    }
  }
  return () => hooks.delete(hook)
}

export async function runExitHooks(): Promise<void> {
  for (const hook of [...hooks]) {
    hooks.delete(hook)
    await Promise.resolve()
      .then(hook)
      .catch(() => undefined)
  }
}
