export const CRITERIA_SLUG = 'maturity-criteria' as const
export const ASSESSMENTS_SLUG = 'maturity-assessments' as const
export const EVIDENCE_SLUG = 'maturity-evidence' as const

/** Group of the three collections in the admin nav. */
export const ADMIN_GROUP = { vi: 'Chuyển đổi số', en: 'Digital transformation' }
