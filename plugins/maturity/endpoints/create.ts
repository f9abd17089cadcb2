import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { errorResponse } from '../../../src/lib/httpErrors'
import { duplicateYearMessage, isAssessmentYear } from '../lib/assessmentYear'
import { findAssessmentOfYear } from '../lib/criteriaStore'
import { refuseKeeper } from '../lib/http'
import { KPI_TEXTS_CONTEXT, loadKpiTexts } from '../lib/kpiEvidence'
import { ASSESSMENTS_SLUG } from '../lib/slugs'

/**
 * `POST /api/maturity-assessments`, in place of Payload's own create (same body, same answer):
 * the year's KPIs are computed first, outside the create's transaction, and handed to the
 * prefill hook, so the KPIs' own cache writes never wait on it.
 */
export const createEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    const refused = refuseKeeper(req)
    if (refused) return refused
    try {
      await addDataAndFileToRequest(req)
    } catch {
      return errorResponse(400, 'Nội dung yêu cầu phải là một đối tượng JSON hợp lệ.')
    }
    const data = req.data
    if (!data || typeof data !== 'object' || Array.isArray(data))
      return errorResponse(400, 'Nội dung yêu cầu phải là một đối tượng JSON hợp lệ.')
    const year = (data as { year?: unknown }).year
    // Only a year the validator will accept, and that has no assessment yet, is worth computing
    // the KPIs for; the create's own hook still checks the year, inside the transaction.
    let context = {}
    if (isAssessmentYear(year)) {
      const existing = await findAssessmentOfYear(req, year)
      if (existing) return errorResponse(409, duplicateYearMessage(year, existing.id))
      context = { [KPI_TEXTS_CONTEXT]: await loadKpiTexts(req.payload, year) }
    }
    // Absent, Payload's default depth, as its own create.
    const depthText = req.searchParams.get('depth')
    const depth = depthText === null || depthText.trim() === '' ? NaN : Number(depthText)
    const doc = await req.payload.create({
      collection: ASSESSMENTS_SLUG as never,
      data: data as never,
      depth: Number.isInteger(depth) && depth >= 0 && depth <= 10 ? depth : undefined,
      overrideAccess: false,
      user: req.user,
      context,
      req,
    })
    return Response.json(
      { doc, message: `Đã tạo bản tự đánh giá năm ${(doc as { year?: number }).year}.` },
      { status: 201 },
    )
  },
}
