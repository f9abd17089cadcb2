import { describe, expect, it } from '@jest/globals'
import { Readable } from 'node:stream'

import { unzipSync } from 'fflate'

import { zipStream } from './zipStream'

const bytes = (length: number, seed: number) =>
  Buffer.from(Array.from({ length }, (_, i) => (i * seed) % 251))

describe('zipStream', () => {
  it('zips text and streamed files that unzip to the same bytes', async () => {
    const picture = bytes(300_000, 7)
    const stream = zipStream([
      { name: 'README.txt', text: 'Gói dàn trang — Số 123' },
      // Several chunks, as a storage read delivers them.
      {
        name: 'Links/1-anh.jpg',
        open: async () => Readable.from([picture.subarray(0, 1000), picture.subarray(1000)]),
      },
      { name: 'trang-01/tin.icml', text: '<?xml version="1.0"?><Document/>' },
    ])
    const zip = new Uint8Array(await new Response(stream).arrayBuffer())
    const files = unzipSync(zip)
    expect(Object.keys(files)).toEqual(['README.txt', 'Links/1-anh.jpg', 'trang-01/tin.icml'])
    expect(new TextDecoder().decode(files['README.txt'])).toBe('Gói dàn trang — Số 123')
    expect(Buffer.from(files['Links/1-anh.jpg']!).equals(picture)).toBe(true)
  })

  it('closes the file being read when the client goes away', async () => {
    let source: Readable | undefined
    const stream = zipStream([
      {
        name: 'Links/big.jpg',
        open: async () => {
          // Endless: only a cancel ends it.
          source = new Readable({
            read() {
              this.push(bytes(64 * 1024, 3))
            },
          })
          return source
        },
      },
    ])
    const reader = stream.getReader()
    await reader.read()
    await reader.read()
    await reader.cancel()
    expect(source?.destroyed).toBe(true)
  })

  it('fails the download when a stored file cannot be read', async () => {
    const stream = zipStream([
      { name: 'a.txt', text: 'a' },
      {
        name: 'Links/gone.jpg',
        open: async () => Promise.reject(Object.assign(new Error('missing'), { code: 'ENOENT' })),
      },
    ])
    await expect(new Response(stream).arrayBuffer()).rejects.toThrow('missing')
  })
})
