import { describe, expect, it } from '@jest/globals'
import type { PayloadRequest } from 'payload'

import { errorResponse } from '../httpErrors'
import { dispositionFileName, type ImportUploadOptions, readImportUpload, readUploadForm } from './upload'

const options: ImportUploadOptions = {
  maxBytes: 1024,
  tooBig: () => errorResponse(413, 'quá lớn'),
  rawTypes: new Set(['text/csv']),
  wrongType: (type) => errorResponse(415, `sai kiểu "${type}"`),
  defaultName: () => 'mac-dinh.csv',
  missingFile: 'thiếu tệp',
}

/** The parts of a PayloadRequest the readers use, from a real fetch Request. */
function requestOf(url: string, init: RequestInit): PayloadRequest {
  const request = new Request(url, { method: 'POST', ...init })
  return {
    headers: request.headers,
    body: request.body,
    searchParams: new URL(url).searchParams,
  } as unknown as PayloadRequest
}

function formRequest(url: string, build: (form: FormData) => void): PayloadRequest {
  const form = new FormData()
  build(form)
  return requestOf(url, { body: form })
}

async function status(answer: unknown): Promise<[number, string]> {
  expect(answer).toBeInstanceOf(Response)
  const response = answer as Response
  const body = (await response.json()) as { errors: { message: string }[] }
  return [response.status, body.errors[0]!.message]
}

const text = (value: string) => new TextEncoder().encode(value)

describe('readImportUpload', () => {
  it('reads a form upload, its fields overriding the query string', async () => {
    const req = formRequest('http://x/import?replace=false&platform=zalo', (form) => {
      form.set('replace', 'true')
      form.set('file', new Blob(['ngày,lượt xem\n']), 'thang-5.csv')
    })
    const upload = await readImportUpload(req, options)
    expect(upload).not.toBeInstanceOf(Response)
    const { name, bytes, fields } = upload as Exclude<typeof upload, Response>
    expect(name).toBe('thang-5.csv')
    expect(new TextDecoder().decode(bytes)).toBe('ngày,lượt xem\n')
    expect(fields).toEqual({ replace: 'true', platform: 'zalo' })
  })

  it('reads a raw body, named by the query, then Content-Disposition, then the default', async () => {
    const named = await readImportUpload(
      requestOf('http://x/import?filename=a.csv', { body: 'x', headers: { 'content-type': 'text/csv' } }),
      options,
    )
    expect(named).toMatchObject({ name: 'a.csv', fields: { filename: 'a.csv' } })
    const disposed = await readImportUpload(
      requestOf('http://x/import', {
        body: 'x',
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': "attachment; filename*=UTF-8''kh%C3%A1n-gi%E1%BA%A3.csv",
        },
      }),
      options,
    )
    expect(disposed).toMatchObject({ name: 'khán-giả.csv' })
    const unnamed = await readImportUpload(
      requestOf('http://x/import', { body: 'x', headers: { 'content-type': 'text/csv' } }),
      options,
    )
    expect(unnamed).toMatchObject({ name: 'mac-dinh.csv', bytes: text('x') })
  })

  it('refuses other content types, a form without a file, two files and oversized files', async () => {
    const json = requestOf('http://x/import', { body: '{}', headers: { 'content-type': 'application/json' } })
    expect(await status(await readImportUpload(json, options))).toEqual([415, 'sai kiểu "application/json"'])
    const noType = requestOf('http://x/import', { body: new Uint8Array([1, 2]) })
    expect((await status(await readImportUpload(noType, options)))[0]).toBe(415)

    const noFile = formRequest('http://x/import', (form) => form.set('replace', 'true'))
    expect(await status(await readImportUpload(noFile, options))).toEqual([400, 'thiếu tệp'])

    const twoFiles = formRequest('http://x/import', (form) => {
      form.append('file', new Blob(['a']), 'a.csv')
      form.append('file', new Blob(['b']), 'b.csv')
    })
    expect((await status(await readImportUpload(twoFiles, options)))[0]).toBe(400)

    const bigForm = formRequest('http://x/import', (form) =>
      form.set('file', new Blob(['x'.repeat(2048)]), 'big.csv'),
    )
    expect(await status(await readImportUpload(bigForm, options))).toEqual([413, 'quá lớn'])
    const bigRaw = requestOf('http://x/import', {
      body: 'x'.repeat(2048),
      headers: { 'content-type': 'text/csv' },
    })
    expect(await status(await readImportUpload(bigRaw, options))).toEqual([413, 'quá lớn'])
  })
})

describe('readUploadForm', () => {
  it('refuses a body that is not multipart, and a corrupt one', async () => {
    const raw = requestOf('http://x/import', { body: 'x', headers: { 'content-type': 'text/csv' } })
    expect((await status(await readUploadForm(raw, options)))[0]).toBe(400)
    const corrupt = requestOf('http://x/import', {
      body: '--b\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nabc',
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
    })
    expect(await status(await readUploadForm(corrupt, options))).toEqual([
      400,
      'Dữ liệu multipart/form-data bị hỏng, không đọc được.',
    ])
  })
})

describe('dispositionFileName', () => {
  it('prefers the UTF-8 name, then the plain one', () => {
    expect(dispositionFileName('attachment; filename="a.csv"; filename*=UTF-8\'\'%C4%91.csv')).toBe('đ.csv')
    expect(dispositionFileName('attachment; filename="doanh thu.csv"')).toBe('doanh thu.csv')
    expect(dispositionFileName("attachment; filename*=UTF-8''%E0%A4%A")).toBeUndefined()
    expect(dispositionFileName(null)).toBeUndefined()
  })
})
