import type { CollectionBeforeChangeHook } from 'payload'

import type { AnswerRow } from '../lib/answers'
import { mergePrefill } from '../lib/answers'
import { isAssessmentYear } from '../lib/assessmentYear'
import { loadCriteria } from '../lib/criteriaStore'
import { KPI_TEXTS_CONTEXT, loadKpiTexts, NO_KPI_DATA, type KpiTexts } from '../lib/kpiEvidence'

/**
 * A new assessment starts with one answer per active criterion, the KPI figures already written
 * into the evidence of the criteria that name a KPI. Points and notes sent with it are kept. The
 * texts come from `context` when the caller computed them before the transaction (the REST
 * create does), else they are computed here.
 */
export const prefillAnswers: CollectionBeforeChangeHook = async ({ context, data, operation, req }) => {
  if (operation !== 'create') return data
  const sent = Array.isArray(data.answers) ? (data.answers as AnswerRow[]) : []
  const criteria = await loadCriteria(req, { activeOnly: true })
  // A year the validator will refuse is not worth a KPI computation: the create fails anyway.
  const year = isAssessmentYear(data.year) ? data.year : undefined
  const given = context[KPI_TEXTS_CONTEXT] as KpiTexts | undefined
  const kpis: KpiTexts =
    year === undefined
      ? { year: 0, available: false, texts: new Map(), fallback: `${NO_KPI_DATA}.` }
      : given?.year === year
        ? given
        : await loadKpiTexts(req.payload, year)
  // Only the KPIs write evidence texts, whatever a client sent.
  const cleared = sent.map((row) => ({ ...row, prefilled: null }))
  data.answers = mergePrefill(criteria, cleared, kpis).answers
  return data
}
