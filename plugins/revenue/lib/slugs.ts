export const REVENUE_ENTRIES_SLUG = 'revenue-entries'
export const REVENUE_IMPORTS_SLUG = 'revenue-imports'
export const REVENUE_PERIODS_SLUG = 'revenue-periods'
