'use client'

import { useState } from 'react'

import { FileImportForm } from '../../../src/admin/FileImportForm'
import { useTr } from '../../../src/admin/ui'
import { PLATFORMS } from '../lib/platforms'

/** Platforms whose figures come from their exports: the beacon alone counts the website and app. */
const IMPORTED_PLATFORMS = PLATFORMS.filter((platform) => !platform.beacon)

const ENCODINGS = [
  { value: 'auto', label: { vi: 'Tự nhận bảng mã', en: 'Detect the encoding' } },
  { value: 'utf-8', label: { vi: 'UTF-8', en: 'UTF-8' } },
  { value: 'windows-1258', label: { vi: 'Windows-1258', en: 'Windows-1258' } },
]

const selectStyle = { padding: '4px 6px' }

/**
 * Upload of a platform's audience export (Zalo OA, YouTube, FPT Play…): the platform from the
 * file's own column or chosen here for every line; rows an earlier import gave are replaced only
 * after a confirm.
 */
export function AudienceImportForm({ api, onImported }: { api: string; onImported: () => void }) {
  const { tr, pick } = useTr()
  const [platform, setPlatform] = useState('')
  const [encoding, setEncoding] = useState('auto')
  return (
    <FileImportForm
      url={`${api}/audience-daily/import`}
      testId="audience-import"
      title={tr('Nhập số liệu khán giả từ nền tảng (CSV)', 'Import a platform’s audience export (CSV)')}
      accept=".csv,text/csv"
      fields={{ platform, encoding }}
      controls={
        <>
          <label>
            {tr('Nền tảng', 'Platform')}{' '}
            <select
              style={selectStyle}
              value={platform}
              onChange={(event) => setPlatform(event.target.value)}
              data-testid="audience-import-platform"
            >
              <option value="">
                {tr('Theo cột "nền tảng" trong tệp', 'From the file’s platform column')}
              </option>
              {IMPORTED_PLATFORMS.map((item) => (
                <option key={item.key} value={item.key}>
                  {pick(item.label)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {tr('Bảng mã', 'Encoding')}{' '}
            <select
              style={selectStyle}
              value={encoding}
              onChange={(event) => setEncoding(event.target.value)}
            >
              {ENCODINGS.map((item) => (
                <option key={item.value} value={item.value}>
                  {pick(item.label)}
                </option>
              ))}
            </select>
          </label>
        </>
      }
      help={tr(
        'Cột: ngày; bài (đường dẫn, mã hoặc slug); nền tảng; lượt xem; người đọc; lượt nghe; phút xem; chia sẻ; di động. Số liệu website và ứng dụng do tòa soạn tự đếm, không nhập từ tệp. Xem docs/audience.md.',
        'Columns: day; story (URL, id or slug); platform; views; unique readers; listens; watch minutes; shares; mobile. The website and app are counted by the newsroom itself, not imported. See docs/audience.md.',
      )}
      replace={{
        confirm: tr(
          'Thay số liệu các lượt nhập trước bằng số trong tệp này?',
          'Replace the earlier imports’ figures with this file’s?',
        ),
        label: tr('Thay số liệu trùng bằng số trong tệp', 'Replace the overlapping figures'),
      }}
      onImported={onImported}
    />
  )
}
