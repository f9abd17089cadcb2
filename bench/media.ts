/**
 * media: the media worker's two costs.
 *
 *   renditions   processImage (plugins/media/lib/image.ts: one shrink-on-load decode to a raw
 *                intermediate, the 8 renditions cut from it, plus EXIF/IPTC read and pHash) on a
 *                6000×4000 camera-like JPEG, against plain sharp making the same 8 outputs (same
 *                sizes, crops, formats and qualities) as 8 independent pipelines from the file,
 *                run concurrently, as a naive implementation would. Same process, runs
 *                interleaved and the order alternated, medians reported. Goal: ratio ≥ 0.8.
 *   transcode    a child Node process that loads plugins/media/lib/video.ts and runs processVideo
 *                (what the worker's processMedia job runs for a video) on a ~1 GB file; its RSS
 *                is read from /proc every 100 ms, idle (after the imports) and during the
 *                transcode, and so is ffmpeg's. Goal: < 300 MB above idle.
 *
 * Environment: BENCH_IMAGE_RUNS (5 timed runs of each), BENCH_VIDEO_MB (1024: size of the
 * generated video), FFMPEG_THREADS (x264 threads, the worker's setting; default 2).
 * Inputs are cached in bench/.cache/.
 */
import { fork } from 'node:child_process'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import sharp from 'sharp'

import { CARD_WIDTH, LARGE_WIDTH, processImage, SOCIAL, THUMBNAIL } from '../plugins/media/lib/image'
import { onExit } from './lib/cleanup'
import { photo, PHOTO, video } from './lib/mediaInputs'
import { childPids, mb, procMemory } from './lib/procStats'
import { envInt, figure, note, type Section } from './lib/report'
import type { TranscodeMessage } from './lib/transcodeProcess'

type Output = { name: string; width: number; height: number; bytes: number }
type Contender = 'ours' | 'sharp'

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/** report.ts gives units it does not know 0 decimals; a rate of a few per second needs two. */
function rate(name: string, value: number): void {
  console.log(`${name} ${Number.isFinite(value) ? value.toFixed(2) : 'NaN'} renditions/s`)
}

async function ours(input: string, dir: string): Promise<Output[]> {
  const { renditions } = await processImage(input, dir)
  return renditions.map((r) => ({
    name: r.name,
    width: r.width ?? 0,
    height: r.height ?? 0,
    bytes: r.filesize,
  }))
}

/**
 * The same 8 outputs as processImage, each its own pipeline from the file (sharp's shrink-on-load
 * still applies to each decode). Qualities and AVIF effort copied from image.ts; the crops there
 * use the focal point, 50/50 by default, which is sharp's centred cover.
 */
const NAIVE: Array<{
  name: string
  ext: string
  shape: (image: sharp.Sharp) => sharp.Sharp
}> = [
  {
    name: 'thumbnail',
    ext: 'webp',
    shape: (s) => s.resize(THUMBNAIL.width, THUMBNAIL.height, { fit: 'cover' }).webp({ quality: 75 }),
  },
  { name: 'cardWebp', ext: 'webp', shape: (s) => s.resize({ width: CARD_WIDTH }).webp({ quality: 80 }) },
  {
    name: 'cardAvif',
    ext: 'avif',
    shape: (s) => s.resize({ width: CARD_WIDTH }).avif({ quality: 55, effort: 2 }),
  },
  { name: 'cardJpeg', ext: 'jpg', shape: (s) => s.resize({ width: CARD_WIDTH }).jpeg({ quality: 82 }) },
  { name: 'largeWebp', ext: 'webp', shape: (s) => s.resize({ width: LARGE_WIDTH }).webp({ quality: 80 }) },
  {
    name: 'largeAvif',
    ext: 'avif',
    shape: (s) => s.resize({ width: LARGE_WIDTH }).avif({ quality: 55, effort: 2 }),
  },
  { name: 'largeJpeg', ext: 'jpg', shape: (s) => s.resize({ width: LARGE_WIDTH }).jpeg({ quality: 82 }) },
  {
    name: 'social',
    ext: 'jpg',
    shape: (s) => s.resize(SOCIAL.width, SOCIAL.height, { fit: 'cover' }).jpeg({ quality: 85 }),
  },
]

async function plainSharp(input: string, dir: string): Promise<Output[]> {
  return Promise.all(
    NAIVE.map(async ({ name, ext, shape }) => {
      const info = await shape(sharp(input).rotate()).toFile(path.join(dir, `${name}.${ext}`))
      return { name, width: info.width, height: info.height, bytes: info.size }
    }),
  )
}

const CONTENDERS: Record<Contender, (input: string, dir: string) => Promise<Output[]>> = {
  ours,
  sharp: plainSharp,
}

/** One timed run in a fresh folder; the folder is removed outside the timing. */
async function timed(who: Contender, input: string): Promise<{ seconds: number; outputs: Output[] }> {
  const dir = await mkdtemp(path.join(tmpdir(), `bench-media-${who}-`))
  try {
    const started = performance.now()
    const outputs = await CONTENDERS[who](input, dir)
    return { seconds: (performance.now() - started) / 1000, outputs }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Both must make the same renditions at the same sizes, or the rates compare different work. */
function checkSameOutputs(a: Output[], b: Output[]): void {
  const describe = (outputs: Output[]) =>
    outputs
      .map((o) => `${o.name} ${o.width}×${o.height}`)
      .sort()
      .join(', ')
  if (describe(a) !== describe(b))
    throw new Error(`outputs differ:\n  ours:  ${describe(a)}\n  sharp: ${describe(b)}`)
}

async function renditions(): Promise<void> {
  const runs = envInt('BENCH_IMAGE_RUNS', 5)
  const started = performance.now()
  const { file, made } = await photo()
  const { size } = await stat(file)
  note(
    `input: ${PHOTO.width}×${PHOTO.height} JPEG q${PHOTO.quality} with grain, ${(size / 1024 / 1024).toFixed(1)} MB` +
      (made ? ` (generated in ${((performance.now() - started) / 1000).toFixed(1)} s)` : ' (cached)'),
  )
  // Untimed warm-up of each (codec initialisation, JIT), which also checks they make the same files.
  const first = { ours: await timed('ours', file), sharp: await timed('sharp', file) }
  checkSameOutputs(first.ours.outputs, first.sharp.outputs)
  const count = first.ours.outputs.length
  const kb = (outputs: Output[]) => Math.round(outputs.reduce((sum, o) => sum + o.bytes, 0) / 1024)
  note(
    `${count} renditions each (${first.ours.outputs.map((o) => o.name).join(', ')}); ` +
      `total size ours ${kb(first.ours.outputs)} KB, sharp ${kb(first.sharp.outputs)} KB`,
  )

  const seconds: Record<Contender, number[]> = { ours: [], sharp: [] }
  for (let run = 0; run < runs; run++) {
    const order: Contender[] = run % 2 === 0 ? ['ours', 'sharp'] : ['sharp', 'ours']
    for (const who of order) seconds[who].push((await timed(who, file)).seconds)
  }
  const list = (values: number[]) => values.map((s) => s.toFixed(2)).join(' ')
  note(`seconds per image, ours: ${list(seconds.ours)}; sharp: ${list(seconds.sharp)}`)
  const oursRate = count / median(seconds.ours)
  const sharpRate = count / median(seconds.sharp)
  rate('media.renditions.ours', oursRate)
  rate('media.renditions.sharp', sharpRate)
  figure('media.renditions.ratio', oursRate / sharpRate, 'ratio')
}

type Samples = { rssKb: number[]; peakKb: number; ffmpegPeakKb: number; combinedPeakKb: number }

/**
 * Forks transcodeProcess.ts, measures it idle, tells it to transcode, samples it and its tool
 * children every 100 ms until it reports back.
 */
async function transcode(input: string): Promise<void> {
  const entry = fileURLToPath(new URL('./lib/transcodeProcess.ts', import.meta.url))
  const child = fork(entry, [], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] })
  const output: string[] = []
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split('\n').filter(Boolean))
    output.splice(0, Math.max(0, output.length - 40))
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  }
  const removeExitHook = onExit(kill)
  const pid = child.pid as number

  const next = (timeoutMs: number) =>
    new Promise<TranscodeMessage>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs)
      const onExitEarly = (code: number | null, signal: string | null) =>
        reject(new Error(`transcode process exited (${signal ?? `code ${code}`})\n${output.join('\n')}`))
      child.once('exit', onExitEarly)
      child.once('message', (message: TranscodeMessage) => {
        clearTimeout(timer)
        child.off('exit', onExitEarly)
        if (message.type === 'error') reject(new Error(message.message))
        else resolve(message)
      })
    })

  const sample = (samples: Samples) => {
    const node = procMemory(pid)
    if (!node) return
    samples.rssKb.push(node.rssKb)
    samples.peakKb = Math.max(samples.peakKb, node.rssKb)
    let tools = 0
    for (const childPid of childPids(pid)) {
      const tool = procMemory(childPid)
      if (!tool) continue
      tools += tool.rssKb
      if (tool.name === 'ffmpeg') samples.ffmpegPeakKb = Math.max(samples.ffmpegPeakKb, tool.hwmKb)
    }
    samples.combinedPeakKb = Math.max(samples.combinedPeakKb, node.rssKb + tools)
  }
  const sampleFor = async (ms: number) => {
    const samples: Samples = { rssKb: [], peakKb: 0, ffmpegPeakKb: 0, combinedPeakKb: 0 }
    const end = performance.now() + ms
    while (performance.now() < end) {
      sample(samples)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    return samples
  }

  try {
    await next(120_000)
    const idle = await sampleFor(2000)
    const idleKb = median(idle.rssKb)

    const during: Samples = { rssKb: [], peakKb: 0, ffmpegPeakKb: 0, combinedPeakKb: 0 }
    const timer = setInterval(() => sample(during), 100)
    const done = next(4 * 60 * 60_000)
    child.send({ type: 'go', input })
    let result: TranscodeMessage
    try {
      result = await done
    } finally {
      clearInterval(timer)
    }
    if (result.type !== 'done') throw new Error(`unexpected message ${result.type}`)
    // The kernel's high-water mark (reset just before the transcode) catches what falls between samples.
    const peakKb = Math.max(during.peakKb, result.hwmKb ?? 0)
    note(
      `renditions: ${result.renditions.join('; ')}; ` +
        `${result.durationSeconds?.toFixed(0) ?? '?'} s of footage, ${during.rssKb.length} samples` +
        (result.hwmKb === undefined ? ' (VmHWM reset unavailable: peak from samples only)' : ''),
    )
    figure('media.worker.idle_rss', mb(idleKb), 'MB')
    figure('media.worker.peak_rss', mb(peakKb), 'MB')
    figure('media.worker.peak_rss_above_idle', mb(peakKb - idleKb), 'MB')
    figure('media.ffmpeg.peak_rss', mb(during.ffmpegPeakKb), 'MB')
    figure('media.worker_and_ffmpeg.peak_rss_above_idle', mb(during.combinedPeakKb - idleKb), 'MB')
    figure('media.transcode.seconds', result.seconds, 's')
  } finally {
    removeExitHook()
    kill()
  }
}

async function transcodeSection(): Promise<void> {
  const megabytes = envInt('BENCH_VIDEO_MB', 1024)
  const started = performance.now()
  const { file, made } = await video(megabytes)
  const { size } = await stat(file)
  note(
    `input: ${path.relative(process.cwd(), file)}, 1280×720 25 fps Motion JPEG + PCM` +
      (made ? ` (generated in ${((performance.now() - started) / 1000).toFixed(0)} s)` : ' (cached)'),
  )
  figure('media.transcode.input_mb', size / 1024 / 1024, 'MB')
  await transcode(file)
}

async function run(): Promise<boolean> {
  const [one, five] = loadavg()
  note(
    `load average ${one?.toFixed(1)} / ${five?.toFixed(1)} on ${availableParallelism()} cores; ` +
      `sharp: ${sharp.concurrency()} threads per image, libuv pool ${process.env.UV_THREADPOOL_SIZE ?? 4}`,
  )
  note('renditions/s = renditions per image ÷ median seconds per image; ratio = ours ÷ sharp (goal ≥ 0.8)')
  note(
    'worker = a Node process running processVideo (the job’s video path), not the whole worker; goal: peak < 300 MB above idle',
  )
  let ok = true
  for (const [name, part] of [
    ['renditions', renditions],
    ['transcode', transcodeSection],
  ] as const) {
    try {
      await part()
    } catch (error) {
      ok = false
      console.log(
        `# media.${name} FAILED: ${((error as Error).stack ?? String(error)).split('\n').join('\n#   ')}`,
      )
    }
  }
  return ok
}

const media: Section = {
  title: 'media — renditions per second (ours vs plain sharp) and worker memory while transcoding',
  run,
}
export default media
