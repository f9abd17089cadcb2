import { parseS3Settings } from './s3Settings'

const full = {
  S3_ENDPOINT: 'http://minio:9000/',
  S3_BUCKET: 'toasoan-media',
  S3_ACCESS_KEY: 'access',
  S3_SECRET: 'secret',
}

function parse(env: Record<string, string | undefined>) {
  const problems: string[] = []
  return { settings: parseS3Settings(env, problems), problems }
}

describe('parseS3Settings', () => {
  it('keeps media on disk when nothing is set', () => {
    expect(parse({})).toEqual({ settings: undefined, problems: [] })
    expect(parse({ S3_ENDPOINT: '  ', S3_REGION: 'ap-southeast-1' })).toEqual({
      settings: undefined,
      problems: [],
    })
  })

  it('uses the bucket with path-style and us-east-1 by default', () => {
    expect(parse(full)).toEqual({
      settings: {
        endpoint: 'http://minio:9000',
        bucket: 'toasoan-media',
        accessKeyId: 'access',
        secretAccessKey: 'secret',
        region: 'us-east-1',
        forcePathStyle: true,
      },
      problems: [],
    })
  })

  it('reads region and path style', () => {
    const { settings, problems } = parse({ ...full, S3_REGION: 'hcm-1', S3_FORCE_PATH_STYLE: 'false' })
    expect(problems).toEqual([])
    expect(settings).toMatchObject({ region: 'hcm-1', forcePathStyle: false })
  })

  it('names what is missing when only some are set', () => {
    const { settings, problems } = parse({ S3_ENDPOINT: 'https://s3.example.vn', S3_BUCKET: 'media' })
    expect(settings).toBeUndefined()
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain('S3_ACCESS_KEY, S3_SECRET are missing')
    expect(problems[0]).toContain('S3_ENDPOINT, S3_BUCKET are set')

    expect(parse({ ...full, S3_SECRET: '' }).problems[0]).toContain('S3_SECRET is missing')
  })

  it('rejects endpoints that are not http(s) URLs and bad flags', () => {
    for (const endpoint of [
      'minio:9000',
      's3://bucket',
      'ftp://x',
      'https://user:pw@s3.example.vn',
      'nonsense',
    ]) {
      const { problems } = parse({ ...full, S3_ENDPOINT: endpoint })
      expect(problems).toEqual([expect.stringContaining('S3_ENDPOINT')])
    }
    expect(parse({ ...full, S3_FORCE_PATH_STYLE: 'maybe' }).problems).toEqual([
      expect.stringContaining('S3_FORCE_PATH_STYLE'),
    ])
    expect(parse({ ...full, S3_BUCKET: 'media/originals' }).problems).toEqual([
      expect.stringContaining('S3_BUCKET'),
    ])
  })
})
