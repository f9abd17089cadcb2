/**
 * Type checks Payload's default validators leave out: they accept a number for a text field
 * (stored as "12345"), an array for a headline, and pass an object to the database for a
 * textarea, which then fails with a 500. Each returns an error message or null.
 */

import { isLookupId } from '../../../src/lib/lookupId'

export type FieldKind =
  | 'text'
  | 'textarea'
  | 'email'
  | 'code'
  | 'number'
  | 'date'
  | 'richText'
  | 'relationship'
  | 'upload'
  | 'checkbox'
  | 'point'

const isNil = (value: unknown) => value === null || value === undefined

function each(value: unknown, hasMany: boolean, check: (v: unknown) => boolean): boolean {
  if (hasMany && Array.isArray(value)) return value.every(check)
  return check(value)
}

const isString = (v: unknown) => typeof v === 'string'
const isFiniteNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v)
/** Ids a row can have: past PostgreSQL's integer even the lookup would fail (a 500). */
const isId = isLookupId
const isRelationValue = (v: unknown) =>
  isId(v) ||
  (typeof v === 'object' &&
    v !== null &&
    ('value' in v ? isId((v as { value: unknown }).value) : isId((v as { id?: unknown }).id)))

export function typeError(kind: FieldKind, value: unknown, hasMany = false): string | null {
  if (isNil(value)) return null
  switch (kind) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return each(value, hasMany, isString) ? null : 'phải là chuỗi ký tự (expected text)'
    case 'number':
      return each(value, hasMany, isFiniteNumber) ? null : 'phải là một số (expected a number)'
    case 'checkbox':
      return typeof value === 'boolean' ? null : 'phải là true/false (expected a boolean)'
    case 'date':
      if (value instanceof Date)
        return Number.isNaN(value.getTime()) ? 'không phải ngày giờ hợp lệ (invalid date)' : null
      return typeof value === 'string' && !Number.isNaN(Date.parse(value))
        ? null
        : 'phải là ngày giờ ISO 8601, ví dụ 2026-11-22T08:00:00+07:00 (expected an ISO date)'
    case 'richText':
      return typeof value === 'object' && !Array.isArray(value) && 'root' in (value as object)
        ? null
        : 'phải là nội dung rich text (Lexical JSON có "root")'
    case 'relationship':
    case 'upload':
      if (hasMany) {
        return Array.isArray(value) && value.every(isRelationValue)
          ? null
          : 'phải là danh sách mã bản ghi (expected a list of ids)'
      }
      return isRelationValue(value) ? null : 'phải là mã bản ghi (expected an id)'
    case 'point':
      return Array.isArray(value) && value.length === 2 && value.every(isFiniteNumber)
        ? null
        : 'phải là [kinh độ, vĩ độ]'
  }
}

/** Ids referenced by a relationship value, grouped by collection. */
export function referencedIds(
  value: unknown,
  relationTo: string | string[],
): Map<string, Array<number | string>> {
  const byCollection = new Map<string, Array<number | string>>()
  const add = (collection: string, id: unknown) => {
    if (!isId(id)) return
    byCollection.set(collection, [...(byCollection.get(collection) ?? []), id as number | string])
  }
  for (const item of Array.isArray(value) ? value : [value]) {
    if (isNil(item)) continue
    if (typeof item === 'object') {
      const relation = item as { relationTo?: string; value?: unknown; id?: unknown }
      if (relation.relationTo) add(relation.relationTo, relation.value)
      else if (typeof relationTo === 'string') add(relationTo, relation.id)
    } else if (typeof relationTo === 'string') {
      add(relationTo, item)
    }
  }
  return byCollection
}
