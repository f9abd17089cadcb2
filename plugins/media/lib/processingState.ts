type WithGeneration = { processing?: { generation?: number | null } | null } | null | undefined

/** Every new file, and every request to process again, gets the next generation of its asset. */
export function nextGeneration(doc: WithGeneration): number {
  return (doc?.processing?.generation ?? 0) + 1
}

/** The processing state of an asset waiting for the worker (nothing left from an earlier run). */
export function pendingProcessing(generation: number) {
  return {
    status: 'pending',
    generation,
    attempts: 0,
    error: null,
    startedAt: null,
    finishedAt: null,
  } as const
}
