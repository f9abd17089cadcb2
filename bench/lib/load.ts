import autocannon, { type Request } from 'autocannon'

export type LoadResult = {
  rps: number
  p50: number
  p99: number
  ok: number
  failed: number
  seconds: number
}

export type LoadTarget = {
  port: number
  /** A fixed path, or one chosen afresh for every request (e.g. a random story slug). */
  path: string | (() => string)
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number
}

/**
 * One fixed-duration autocannon run on loopback. Latencies are collected per response from
 * autocannon's own timer rather than its histogram, which rounds to whole milliseconds (too
 * coarse for 3 ms single-story reads). Requests/s counts 2xx answers only: an error page
 * served fast must not look like throughput.
 */
export function runLoad(target: LoadTarget, connections: number, seconds: number): Promise<LoadResult> {
  const request: Request =
    typeof target.path === 'string'
      ? { method: 'GET', path: target.path }
      : { method: 'GET', setupRequest: (req) => ({ ...req, path: (target.path as () => string)() }) }
  const latencies: number[] = []
  let failed = 0
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${target.port}`,
        connections,
        duration: seconds,
        // Pages of 20 on SQLite at 32 clients queue for seconds; a timeout would hide them.
        timeout: 60,
        requests: [request],
      },
      (error, result) => {
        if (error) return reject(error)
        latencies.sort((a, b) => a - b)
        const elapsed = result.duration || seconds
        resolve({
          rps: latencies.length / elapsed,
          p50: percentile(latencies, 50),
          p99: percentile(latencies, 99),
          ok: latencies.length,
          failed: failed + result.errors + result.timeouts,
          seconds: elapsed,
        })
      },
    )
    instance.on('response', (_client: unknown, status: number, _bytes: number, responseTime: number) => {
      if (status >= 200 && status < 300) latencies.push(responseTime)
      else failed++
    })
  })
}

/**
 * Warm-up by whole requests, one at a time, until `seconds` have passed (at least one):
 * a timed autocannon run would leave requests queued in the server, and on slow cases
 * (seconds per page) they would run into the measurement.
 */
export async function warmUp(target: LoadTarget, seconds: number): Promise<void> {
  const until = performance.now() + seconds * 1000
  do {
    const path = typeof target.path === 'string' ? target.path : target.path()
    const response = await fetch(`http://127.0.0.1:${target.port}${path}`)
    await response.arrayBuffer()
    if (!response.ok) throw new Error(`warm-up GET ${path}: HTTP ${response.status}`)
  } while (performance.now() < until)
}
