import type { Payload } from 'payload'

export type RevenuePluginOptions = {
  /** The year growth is measured against (FIGURES_BASELINE_YEAR). */
  baselineYear: number
  maxImportBytes: number
}

export type RevenueFilter = {
  year: number
  /** A publication/channel id; all of them when absent. */
  publication?: number | string
}

/** One month of one year: planned and actual, split state-funded vs market. VND, whole đồng. */
export type RevenueMonth = {
  month: string
  plan: number
  actual: number
  stateFunded: number
  market: number
  /** Actual of the same month the year before (0 when none recorded). */
  previousYearActual: number
}

/** Contract the kpis plugin reads (`loadRevenueYear` in `plugins/revenue/lib/loadRevenueYear.ts`). */
export type RevenueYear = {
  year: number
  baselineYear: number
  plan: number
  actual: number
  stateFunded: number
  market: number
  /** Actual for the same months of the previous year (only months with actuals this year). */
  previousYearSamePeriod: number
  previousYearActual: number
  baselineActual: number
  /** Actual of the baseline year for the same months as `previousYearSamePeriod`. */
  baselineSamePeriod: number
  /**
   * % against the baseline year's actual; null when the baseline has no revenue recorded or the
   * year comes before the configured baseline (see baselineNote).
   */
  growthVsBaselinePct: number | null
  /**
   * % against the baseline year's same months: like for like while the year is not over
   * (equal to growthVsBaselinePct once all twelve months have actuals).
   */
  growthVsBaselineSamePeriodPct: number | null
  /**
   * Set (and both growths against the baseline null) when the year comes before the configured
   * baseline and no baseline was asked for: the year is then its own baseline.
   */
  baselineNote: string | null
  /** % against `previousYearSamePeriod` (like for like); null when that is 0. */
  growthVsPreviousYearPct: number | null
  /** Months of the year that have at least one actual entry. */
  monthsWithActuals: number
  months: RevenueMonth[]
  byLine: Array<{
    line: string
    plan: number
    actual: number
    /** The previous year's actual for the same months (like `previousYearSamePeriod`). */
    previousYearActual: number
    stateFunded: boolean
  }>
  byPublication: Array<{ publication: number | string | null; name: string; plan: number; actual: number }>
  /** Line × month of the year, only where something is recorded (the admin's ledger table). */
  byLineMonth: Array<{ line: string; month: string; plan: number; actual: number }>
}

export type LoadRevenueYear = (
  payload: Payload,
  filter: RevenueFilter & { baselineYear?: number },
) => Promise<RevenueYear>
