import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'

export type PrivateRedis = {
  url: string
  port: number
  start: () => Promise<void>
  stop: () => Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

/**
 * A redis-server of the suite's own (Debian's binary, as the test command installs it), which a
 * test can stop and start again to play an outage without touching the shared one.
 */
export async function privateRedis(): Promise<PrivateRedis> {
  const port = await freePort()
  let child: ChildProcess | undefined
  const binary = process.env.REDIS_SERVER_PATH || 'redis-server'
  const start = async () => {
    child = spawn(
      binary,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    await new Promise<void>((resolve, reject) => {
      let output = ''
      const onData = (chunk: Buffer) => {
        output += chunk.toString()
        if (output.includes('Ready to accept connections')) resolve()
      }
      child!.stdout!.on('data', onData)
      child!.on('error', (error) => reject(new Error(`redis-server could not start: ${error.message}`)))
      child!.on('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output.slice(-500)}`)))
    })
  }
  const stop = async () => {
    const running = child
    child = undefined
    if (!running || running.exitCode !== null) return
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve())
      running.kill('SIGKILL')
    })
  }
  await start()
  return { url: `redis://127.0.0.1:${port}`, port, start, stop }
}
