/**
 * `npm run places:import -- <file.csv> [--dry-run]`: loads the national list of wards, communes
 * and special zones (docs/places-import.md); all of the file or nothing (see importPlaces).
 */
import { readFile } from 'node:fs/promises'

import { getPayload } from 'payload'

import { importPlaces } from '../collections/Places/importPlaces'
import config from '../src/payload.config'

async function main(): Promise<number> {
  const args = process.argv.slice(2)
  const dryRun = args.includes('--dry-run')
  const file = args.find((arg) => !arg.startsWith('--'))
  if (!file) {
    console.error('Cách dùng: npm run places:import -- <tệp.csv> [--dry-run]')
    return 2
  }
  const bytes = await readFile(file)
  const payload = await getPayload({ config })
  try {
    const result = await importPlaces(payload, bytes, { dryRun })
    if (!result.ok) {
      for (const { line, message } of result.errors)
        console.error(line > 0 ? `Dòng ${line}: ${message}` : message)
      console.error(`${result.errors.length} lỗi; không có gì được ghi vào cơ sở dữ liệu.`)
      return 1
    }
    const { created, updated, unchanged } = result.counts
    const verb = dryRun ? 'Chạy thử (không ghi)' : 'Đã nhập'
    console.log(`${verb} ${result.rows} đơn vị: ${created} mới, ${updated} cập nhật, ${unchanged} không đổi.`)
    return 0
  } catch (error) {
    console.error(
      'Ghi thất bại giữa chừng; mọi thay đổi đã được hoàn tác, cơ sở dữ liệu giữ nguyên như trước.',
    )
    throw error
  } finally {
    await payload.destroy()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
