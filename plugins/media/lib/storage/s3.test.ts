import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { HeadObjectCommand } from '@aws-sdk/client-s3'
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { startS3Server, type TestS3Server } from '../../../../test/helpers/s3server'
import { describeMediaStorageContract } from './contract'
import { attachmentContentDisposition, createS3Storage, s3ClientConfig, type S3MediaStorage } from './s3'

describeMediaStorageContract('s3 (s3rver)', {
  presigned: true,
  async setup() {
    const server = await startS3Server({ bucket: 'newsroom-media' })
    const storage = createS3Storage(server)
    return {
      storage,
      async teardown() {
        storage.destroy()
        await server.stop()
      },
    }
  },
})

describe('s3 storage specifics', () => {
  let server: TestS3Server
  let storage: S3MediaStorage

  beforeAll(async () => {
    server = await startS3Server({ bucket: 'specifics' })
    storage = createS3Storage(server)
  })

  afterAll(async () => {
    storage?.destroy()
    await server?.stop()
  })

  it('shares one client configuration, path-style and checksums only when required', () => {
    expect(
      s3ClientConfig({
        endpoint: 'https://s3.example.vn',
        bucket: 'b',
        accessKeyId: 'k',
        secretAccessKey: 's',
      }),
    ).toMatchObject({
      endpoint: 'https://s3.example.vn',
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'k', secretAccessKey: 's' },
      requestChecksumCalculation: 'WHEN_REQUIRED',
    })
  })

  it('encodes download names per RFC 5987 with an ASCII fallback', () => {
    expect(attachmentContentDisposition('Đường "Hồ Chí Minh" (bản đồ)*.pdf')).toBe(
      'attachment; filename="Duong _Ho Chi Minh_ (ban do)*.pdf"; ' +
        "filename*=UTF-8''%C4%90%C6%B0%E1%BB%9Dng%20%22H%E1%BB%93%20Ch%C3%AD%20Minh%22%20%28b%E1%BA%A3n%20%C4%91%E1%BB%93%29%2A.pdf",
    )
    expect(attachmentContentDisposition('../../etc/passwd')).toContain('filename="passwd"')
  })

  it('uses multipart for large files and a single PUT for small ones', async () => {
    // s3rver's ETags are whole-object MD5s, so watch the commands instead.
    const commands: string[] = []
    storage.client.middlewareStack.add(
      (next, context) => (args) => {
        commands.push(context.commandName ?? '?')
        return next(args)
      },
      { step: 'initialize', name: 'recordCommands' },
    )
    const dir = await mkdtemp(path.join(tmpdir(), 's3-multipart-'))
    try {
      const big = path.join(dir, 'big.bin')
      await writeFile(big, '')
      await truncate(big, 40 * 1024 * 1024)
      await storage.upload('big.bin', big, 'application/octet-stream')
      // 40 MiB in 16 MiB parts is 3 parts.
      expect(commands).toEqual([
        'CreateMultipartUploadCommand',
        'UploadPartCommand',
        'UploadPartCommand',
        'UploadPartCommand',
        'CompleteMultipartUploadCommand',
      ])

      commands.length = 0
      const small = path.join(dir, 'small.txt')
      await writeFile(small, 'small')
      await storage.upload('small.txt', small, 'text/plain')
      expect(commands).toEqual(['PutObjectCommand'])

      const head = await storage.client.send(
        new HeadObjectCommand({ Bucket: storage.bucket, Key: 'small.txt' }),
      )
      expect(head.ContentType).toBe('text/plain')
      expect(head.ContentLength).toBe(5)
    } finally {
      storage.client.middlewareStack.remove('recordCommands')
      await rm(dir, { recursive: true, force: true })
    }
  })
})
