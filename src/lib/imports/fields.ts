import type { Field, TextField } from 'payload'

/**
 * Fields every import record has (airtime, revenue and audience imports): written once by the
 * import endpoint in the same transaction as its rows, never edited.
 */
export const READ_ONLY = { readOnly: true } as const

export const fileNameField: Field = {
  name: 'fileName',
  type: 'text',
  label: { vi: 'Tên tệp', en: 'File name' },
  admin: READ_ONLY,
}

/** SHA-256 of the file (or of its checked rows); `unique` where the same content twice is refused. */
export const sha256Field = (options: Partial<Pick<TextField, 'unique' | 'admin'>> = {}): Field =>
  ({
    name: 'sha256',
    type: 'text',
    required: true,
    index: true,
    label: 'SHA-256',
    ...options,
    admin: { ...READ_ONLY, ...options.admin },
  }) as Field

/** How the text was decoded (src/lib/imports/decodeText). */
export const encodingField: Field = {
  name: 'encoding',
  type: 'select',
  options: [
    { value: 'utf-8', label: 'UTF-8' },
    { value: 'utf-8-bom', label: 'UTF-8 (BOM)' },
    { value: 'windows-1258', label: 'Windows-1258' },
  ],
  label: { vi: 'Bảng mã', en: 'Encoding' },
  admin: READ_ONLY,
}

export const rowsField: Field = {
  name: 'rows',
  type: 'number',
  label: { vi: 'Số dòng', en: 'Rows' },
  admin: READ_ONLY,
}

/** How many stored rows the import replaced (replace=true), in the importer's own words. */
export const replacedField = (label: { vi: string; en: string }): Field => ({
  name: 'replaced',
  type: 'number',
  defaultValue: 0,
  label,
  admin: READ_ONLY,
})

/** Who sent the file (airtime's records call it `importedBy`). */
export const importerField = (name: 'uploadedBy' | 'importedBy' = 'uploadedBy'): Field => ({
  name,
  type: 'relationship',
  relationTo: 'users',
  label: { vi: 'Người nhập', en: name === 'uploadedBy' ? 'Uploaded by' : 'Imported by' },
  admin: READ_ONLY,
})
