'use client'

import { FileImportForm } from '../../../src/admin/FileImportForm'
import { useTr } from '../../../src/admin/ui'

/** Upload of a CSV or XLSX ledger; colliding entries are replaced only after a confirm. */
export function UploadForm({ api, onImported }: { api: string; onImported: () => void }) {
  const { tr } = useTr()
  return (
    <FileImportForm
      url={`${api}/revenue-entries/import`}
      testId="revenue-import"
      title={tr('Nhập sổ doanh thu từ CSV hoặc Excel', 'Import a ledger (CSV or Excel)')}
      accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      help={tr(
        'Cột: tháng; kênh/ấn phẩm (mã hoặc tên, để trống nếu của toàn cơ quan); nguồn thu; loại (kế hoạch/thực hiện); số tiền (đồng); ghi chú. CSV UTF-8 hoặc Windows-1258, hoặc trang tính đầu tiên của tệp .xlsx. Xem docs/revenue.md.',
        'Columns: month; channel (code or name, empty for agency-wide); line; kind (plan/actual); amount (VND); note. CSV (UTF-8 or Windows-1258) or the first sheet of an .xlsx file.',
      )}
      replace={{
        confirm: tr(
          'Thay các mục đã có bằng số trong tệp?',
          'Replace the stored entries with the file’s figures?',
        ),
        label: tr('Thay các mục trùng bằng số trong tệp', 'Replace the colliding entries'),
      }}
      onImported={onImported}
    />
  )
}
