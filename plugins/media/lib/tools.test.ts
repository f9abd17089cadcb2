import path from 'node:path'

import {
  asContentError,
  CorruptMediaError,
  findTool,
  isToolAvailable,
  MissingToolError,
  resetToolCache,
  runTool,
  stderrSummary,
  ToolFailedError,
  ToolTimeoutError,
} from './tools'

const savedEnv = { ...process.env }

afterEach(() => {
  for (const key of ['FFMPEG_PATH', 'FFPROBE_PATH', 'PDFTOPPM_PATH', 'PDFINFO_PATH', 'PATH']) {
    if (savedEnv[key] === undefined) delete process.env[key]
    else process.env[key] = savedEnv[key]
  }
  resetToolCache()
})

describe('findTool', () => {
  it('finds the tools on PATH and caches the lookup', async () => {
    const ffmpeg = await findTool('ffmpeg')
    expect(path.isAbsolute(ffmpeg)).toBe(true)
    expect(path.basename(ffmpeg)).toBe('ffmpeg')
    process.env.PATH = ''
    // Still answered from the cache although PATH no longer leads anywhere.
    await expect(findTool('ffmpeg')).resolves.toBe(ffmpeg)
    resetToolCache()
    await expect(findTool('ffmpeg')).rejects.toBeInstanceOf(MissingToolError)
  })

  it('prefers the *_PATH environment overrides', async () => {
    const real = await findTool('ffprobe')
    resetToolCache()
    process.env.FFPROBE_PATH = real
    process.env.PATH = ''
    await expect(findTool('ffprobe')).resolves.toBe(real)
  })

  it('names the tool and the Debian package in Vietnamese when a tool is missing', async () => {
    process.env.FFMPEG_PATH = '/khong/ton/tai/ffmpeg'
    const error = await findTool('ffmpeg').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MissingToolError)
    expect((error as MissingToolError).message).toMatch(/chưa cài công cụ "ffmpeg"/)
    expect((error as MissingToolError).message).toContain('apt-get install ffmpeg')

    process.env.PDFTOPPM_PATH = '/khong/ton/tai/pdftoppm'
    const pdfError = await runTool('pdftoppm', ['-v']).catch((e: unknown) => e)
    expect(pdfError).toBeInstanceOf(MissingToolError)
    expect((pdfError as MissingToolError).debianPackage).toBe('poppler-utils')
    expect((pdfError as Error).message).toContain('apt-get install poppler-utils')
    await expect(isToolAvailable('pdftoppm')).resolves.toBe(false)
    await expect(isToolAvailable('pdfinfo')).resolves.toBe(true)
  })
})

describe('runTool', () => {
  it('collects stdout', async () => {
    const { stdout } = await runTool('ffprobe', ['-version'])
    expect(stdout).toMatch(/^ffprobe version/)
  })

  it('streams stdout to onStdout instead of collecting it', async () => {
    let bytes = 0
    const { stdout } = await runTool(
      'ffmpeg',
      [
        ...['-nostdin', '-v', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=8000:duration=1'],
        ...['-f', 's16le', '-ac', '1', 'pipe:1'],
      ],
      { onStdout: (chunk) => (bytes += chunk.length) },
    )
    expect(stdout).toBe('')
    expect(bytes).toBe(8000 * 2)
  })

  it('rejects with the exit code and the end of stderr', async () => {
    const error = await runTool('ffprobe', ['-v', 'error', '/khong/co/tep.mp4']).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ToolFailedError)
    expect((error as ToolFailedError).exitCode).toBeGreaterThan(0)
    expect((error as ToolFailedError).stderrTail).toMatch(/No such file/)
    expect((error as Error).message).toMatch(/thất bại \(mã thoát \d+\)/)
  })

  it('keeps only the tail of a chatty stderr', async () => {
    const { stderrTail } = await runTool(
      'ffmpeg',
      ['-nostdin', '-v', 'debug', '-f', 'lavfi', '-i', 'sine=duration=0.5', '-f', 'null', '-'],
      { stderrTailBytes: 1000 },
    )
    expect(stderrTail.length).toBeGreaterThan(500)
    expect(Buffer.byteLength(stderrTail)).toBeLessThanOrEqual(1000)
  })

  it('kills the process when the signal aborts', async () => {
    const controller = new AbortController()
    const started = Date.now()
    setTimeout(() => controller.abort(), 200)
    const error = await runTool(
      'ffmpeg',
      ['-nostdin', '-v', 'error', '-re', '-f', 'lavfi', '-i', 'sine=duration=30', '-f', 'null', '-'],
      { signal: controller.signal },
    ).catch((e: unknown) => e)
    expect((error as Error).name).toBe('AbortError')
    expect(Date.now() - started).toBeLessThan(5000)
    await expect(runTool('ffprobe', ['-version'], { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    })
  })

  it('kills the process after the timeout', async () => {
    const error = await runTool(
      'ffmpeg',
      ['-nostdin', '-v', 'error', '-re', '-f', 'lavfi', '-i', 'sine=duration=30', '-f', 'null', '-'],
      { timeoutMs: 300 },
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ToolTimeoutError)
    expect((error as Error).message).toMatch(/chạy quá/)
  })
})

describe('asContentError', () => {
  const stderr = '[mp3float @ 0x55d0c1a2b3c0] Header missing\n/tmp/media-1/original.mp3: Invalid data found\n'

  it('turns an exit with an error into a permanent, readable CorruptMediaError', () => {
    const error = asContentError(
      new ToolFailedError('ffmpeg', 1, null, stderr),
      'Không chuyển được',
      '/tmp/media-1/original.mp3',
    )
    expect(error).toBeInstanceOf(CorruptMediaError)
    expect((error as Error).message).toBe('Không chuyển được: Header missing | tệp: Invalid data found')
  })

  it('leaves kills, timeouts, full disks and other errors retryable', () => {
    const killed = new ToolFailedError('ffmpeg', null, 'SIGKILL', stderr)
    expect(asContentError(killed, 'x')).toBe(killed)
    const timeout = new ToolTimeoutError('ffmpeg', 1000, stderr)
    expect(asContentError(timeout, 'x')).toBe(timeout)
    const disk = new ToolFailedError('ffmpeg', 1, null, 'video.mp4: No space left on device')
    expect(asContentError(disk, 'x')).toBe(disk)
    const other = new Error('boom')
    expect(asContentError(other, 'x')).toBe(other)
  })

  it('summarises stderr without ffmpeg prefixes', () => {
    expect(stderrSummary(stderr, 1)).toBe('/tmp/media-1/original.mp3: Invalid data found')
    expect(stderrSummary('', 2)).toBe('')
  })
})
