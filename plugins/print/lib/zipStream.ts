import type { Readable } from 'node:stream'

import { Zip, ZipDeflate, ZipPassThrough } from 'fflate'

/** A text file built in memory, or a stored file opened when its turn comes (never held whole). */
export type ZipEntry = { name: string; text: string } | { name: string; open: () => Promise<Readable> }

/**
 * Streams a zip: text deflated, pictures stored as they are (JPEG does not shrink). The web
 * stream pulls one piece at a time, so a slow client never makes the server read the whole
 * Links folder into memory; a client that goes away closes the file being read.
 */
export function zipStream(entries: ZipEntry[]): ReadableStream<Uint8Array> {
  let produced = 0
  let source: Readable | undefined
  let controller!: ReadableStreamDefaultController<Uint8Array>
  const zip = new Zip((error, chunk, final) => {
    if (error) return controller.error(error)
    produced++
    controller.enqueue(chunk)
    if (final) controller.close()
  })

  async function* feed(): AsyncGenerator<void> {
    for (const entry of entries) {
      if ('text' in entry) {
        const file = new ZipDeflate(entry.name, { level: 6 })
        zip.add(file)
        file.push(new TextEncoder().encode(entry.text), true)
        yield
        continue
      }
      const file = new ZipPassThrough(entry.name)
      zip.add(file)
      source = await entry.open()
      try {
        for await (const chunk of source) {
          file.push(chunk as Uint8Array)
          yield
        }
      } finally {
        source.destroy()
        source = undefined
      }
      file.push(new Uint8Array(0), true)
      yield
    }
    zip.end()
  }
  const steps = feed()

  return new ReadableStream<Uint8Array>(
    {
      start(c) {
        controller = c
      },
      // A pull must enqueue something (or finish), or the stream would wait for ever.
      async pull() {
        const before = produced
        while (produced === before) {
          const step = await steps.next()
          if (step.done) return
        }
      },
      async cancel() {
        source?.destroy()
        await steps.return(undefined)
      },
    },
    { highWaterMark: 1024 * 1024, size: (chunk) => chunk.byteLength },
  )
}
