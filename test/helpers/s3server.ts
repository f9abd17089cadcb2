import { mkdtemp, rm } from 'node:fs/promises'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { S3Settings } from '../../plugins/media/lib/storage'

type S3rverOptions = {
  address: string
  port: number
  directory: string
  silent: boolean
  // Path-style only: with vhost buckets on, a request to "127.0.0.1" is fine but any other
  // host name (say, a test that sets Host) would be taken for a bucket name.
  vhostBuckets: boolean
  configureBuckets: { name: string }[]
}

type S3rverInstance = {
  run(): Promise<AddressInfo>
  close(): Promise<void>
  httpServer?: Server
}

// s3rver is CommonJS without type declarations; createRequire keeps tsc and native-ESM jest happy.
const require = createRequire(import.meta.url)
const S3rver = require('s3rver') as new (options: S3rverOptions) => S3rverInstance

export type TestS3Server = Required<S3Settings> & {
  /** Where s3rver keeps the bucket on disk (removed by stop). */
  directory: string
  stop(): Promise<void>
}

/** A throw-away S3 endpoint (s3rver, in-process, random port) with one empty bucket. */
export async function startS3Server({ bucket }: { bucket: string }): Promise<TestS3Server> {
  const directory = await mkdtemp(path.join(tmpdir(), 's3rver-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory,
    silent: true,
    vhostBuckets: false,
    configureBuckets: [{ name: bucket }],
  })
  let address: AddressInfo
  try {
    address = await server.run()
  } catch (error) {
    await rm(directory, { recursive: true, force: true })
    throw error
  }
  let stopped = false
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    bucket,
    // s3rver's built-in account; it checks the key id, not V4 signatures.
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    region: 'us-east-1',
    forcePathStyle: true,
    directory,
    async stop() {
      if (stopped) return
      stopped = true
      const closing = server.close()
      // Clients keep sockets alive; without this close() waits for them to time out.
      server.httpServer?.closeAllConnections()
      await closing
      await rm(directory, { recursive: true, force: true })
    },
  }
}
