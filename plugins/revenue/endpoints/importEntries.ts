import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type Endpoint,
  type PayloadRequest,
} from 'payload'

import { errorResponse } from '../../../src/lib/httpErrors'
import { relationId } from '../../../src/lib/relationId'
import { booleanParam, isUniqueClash } from '../../../src/lib/imports/responses'
import { closedMonthsMessage } from '../lib/closedMonths'
import { ledgerHash } from '../lib/contentHash'
import { formatVnd } from '../lib/describe'
import { lineErrorsResponse, moreMessage, refuseNonKeeper } from '../lib/http'
import { capList, checkLedger, type PublicationRef } from '../lib/ledgerRows'
import { formatMonth } from '../lib/months'
import { readTable } from '../lib/readTable'
import { REVENUE_IMPORTS_SLUG } from '../lib/slugs'
import { readRevenueUpload } from '../lib/upload'
import { writeImport, type Collision } from '../lib/writeImport'
import type { RevenuePluginOptions } from '../types'

const when = (iso: unknown) =>
  typeof iso === 'string' ? new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '?'

/** The earlier import of the same figures, said in words for the 409. */
async function earlierImport(req: PayloadRequest, sha256: string): Promise<string | undefined> {
  const { docs } = await req.payload.find({
    collection: REVENUE_IMPORTS_SLUG,
    where: { sha256: { equals: sha256 } },
    limit: 1,
    depth: 1,
    overrideAccess: true,
  })
  const earlier = docs[0] as
    | { id: number | string; createdAt?: string; fileName?: string; uploadedBy?: unknown }
    | undefined
  if (!earlier) return undefined
  const by = (earlier.uploadedBy as { email?: string } | null)?.email ?? relationId(earlier.uploadedBy) ?? '?'
  return (
    `Tệp này (cùng nội dung) đã được nhập lúc ${when(earlier.createdAt)} bởi ${String(by)} ` +
    `(lượt nhập #${earlier.id}, tệp "${earlier.fileName ?? ''}"); không nhập lại để khỏi tính hai lần. ` +
    'Nếu cần nhập lại, hãy xóa lượt nhập cũ trước (các mục của nó sẽ được xóa theo).'
  )
}

async function publicationRefs(req: PayloadRequest): Promise<PublicationRef[]> {
  const { docs } = await req.payload.find({
    collection: 'publications',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { code: true, name: true },
  })
  return docs.map((doc) => ({ id: doc.id, code: String(doc.code ?? ''), name: String(doc.name ?? '') }))
}

/** The 409 for rows colliding with stored entries: the first MAX_LISTED_ERRORS of them, and a count. */
function collisionResponse(collisions: readonly Collision[]): Response {
  const lines = new Set(collisions.map((c) => c.line)).size
  const { listed, more } = capList(collisions)
  return Response.json(
    {
      errors: [
        {
          message:
            `${lines} dòng của tệp trùng với ${collisions.length} mục đã có; không có gì được lưu. ` +
            'Gửi lại với replace=true để thay đúng các mục đó bằng số trong tệp.',
        },
        ...listed.map((c) => ({ line: c.line, message: `Dòng ${c.line}: ${c.message}` })),
        ...(more > 0
          ? [{ line: 0, message: moreMessage(more, 'mục trùng', 'replace=true thay cả những mục này') }]
          : []),
      ],
      collisions: listed,
      totalCollisions: collisions.length,
    },
    { status: 409 },
  )
}

/**
 * `POST /api/revenue-entries/import[?replace=true]` — multipart (`file`, optional `replace`) or
 * the raw CSV/XLSX body. The whole file is checked first and every bad line reported (400); a file
 * already imported is refused (409), as are closed months (409) and rows colliding with stored
 * entries (409, unless replace=true, which swaps exactly those). One transaction.
 */
export const importEntriesEndpoint = (options: RevenuePluginOptions): Endpoint => ({
  path: '/import',
  method: 'post',
  handler: async (req) => {
    const refused = refuseNonKeeper(req)
    if (refused) return refused
    const upload = await readRevenueUpload(req, options.maxImportBytes)
    if (upload instanceof Response) return upload
    const replace = booleanParam(upload.fields.replace, false, 'replace')
    if (replace instanceof Response) return replace
    if (upload.bytes.byteLength === 0) return errorResponse(400, `Tệp "${upload.name}" rỗng.`)

    const read = await readTable(upload.bytes)
    if (!read.ok) return lineErrorsResponse(read.problems)
    const { table } = read
    const checked = checkLedger(table, { publications: await publicationRefs(req), now: new Date() })
    if (checked.errors.length > 0) return lineErrorsResponse(checked.errors, checked.moreErrors)

    const sha256 = ledgerHash(checked.rows)
    const duplicate = await earlierImport(req, sha256)
    if (duplicate) return errorResponse(409, duplicate)

    const shouldCommit = await initTransaction(req)
    try {
      const outcome = await writeImport(req, {
        rows: checked.rows,
        replace,
        fileName: upload.name,
        sha256,
        format: table.format,
        encoding: table.encoding,
      })
      if (!outcome.ok) {
        if (shouldCommit) await killTransaction(req)
        if ('closed' in outcome)
          return errorResponse(409, `Không nhập tệp "${upload.name}". ${closedMonthsMessage(outcome.closed)}`)
        return collisionResponse(outcome.collisions)
      }
      if (shouldCommit) await commitTransaction(req)
      const { record, created, replaced, months } = outcome
      return Response.json(
        {
          import: record,
          created,
          replaced,
          months,
          format: table.format,
          encoding: table.encoding,
          delimiter: table.delimiter,
          message:
            `Đã nhập ${created} mục doanh thu (${months.map(formatMonth).join(', ')}; thực hiện ` +
            `${formatVnd(Number(record.totalActual ?? 0))}, kế hoạch ${formatVnd(Number(record.totalPlan ?? 0))})` +
            (replaced ? `, thay ${replaced} mục cũ.` : '.'),
        },
        { status: 201 },
      )
    } catch (error) {
      if (shouldCommit) await killTransaction(req)
      // Two uploads of the same figures at once: the second loses on the unique fingerprint.
      if (isUniqueClash(error, 'sha256'))
        return errorResponse(
          409,
          'Tệp này (cùng nội dung) vừa được nhập; không nhập lại để khỏi tính hai lần.',
        )
      req.payload.logger.error({ err: error }, 'Revenue import failed')
      return errorResponse(500, 'Lỗi máy chủ khi ghi sổ doanh thu; không có dòng nào được lưu, hãy thử lại.')
    }
  },
})
