import type { FlattenedField } from 'payload'

type Data = Record<string, unknown>

/**
 * A document as Payload's create operation hands it to the database adapter, from the shape a
 * client sends: localized values keyed by locale (`{ vi: … }`), array rows with ids. Driven by
 * the collection's own (sanitized) fields, so the bench keeps up when a field becomes localized
 * or disappears; keys the schema does not know are dropped, as Payload would.
 */
export function toAdapterShape(
  fields: FlattenedField[],
  data: Data,
  locale: string,
  rowId: () => string,
  insideLocalized = false,
): Data {
  const out: Data = {}
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    const localized = Boolean(field.localized) && !insideLocalized
    let value = data[field.name]
    if ((field.type === 'group' || field.type === 'tab') && value && typeof value === 'object') {
      value = toAdapterShape(
        field.flattenedFields,
        value as Data,
        locale,
        rowId,
        insideLocalized || localized,
      )
    } else if (field.type === 'array' && Array.isArray(value)) {
      value = value.map((row: Data) => ({
        id: rowId(),
        ...toAdapterShape(field.flattenedFields, row, locale, rowId, insideLocalized || localized),
      }))
    }
    out[field.name] = localized ? { [locale]: value } : value
  }
  return out
}
