import type { Endpoint } from 'payload'

import { errorResponse } from '../../../src/lib/httpErrors'
import { lockedMessage } from '../lib/assessmentLock'
import { mergePrefill, type AnswerRow } from '../lib/answers'
import { loadCriteria } from '../lib/criteriaStore'
import { assessmentFromURL, refuseKeeper } from '../lib/http'
import { loadKpiTexts } from '../lib/kpiEvidence'
import { REVISION_CHECK, storedRevision, type RevisionCheck } from '../lib/revision'
import { ASSESSMENTS_SLUG } from '../lib/slugs'

/**
 * `POST /api/maturity-assessments/:id/prefill`: the KPI evidence texts written again from this
 * year's figures, and an answer added for every active criterion that has none. Points, notes
 * and files people entered are never touched. A submitted assessment is locked (409).
 */
export const prefillEndpoint: Endpoint = {
  path: '/:id/prefill',
  method: 'post',
  handler: async (req) => {
    const refused = refuseKeeper(req)
    if (refused) return refused
    const assessment = await assessmentFromURL(req)
    if (assessment instanceof Response) return assessment
    if (assessment.status === 'submitted')
      return errorResponse(409, lockedMessage(assessment.year, 'điền lại minh chứng'))
    // Before any transaction: the KPIs read (and may cache) on connections of their own.
    const kpis = await loadKpiTexts(req.payload, assessment.year)
    const criteria = await loadCriteria(req, { activeOnly: true })
    const merged = mergePrefill(criteria, (assessment.answers ?? []) as AnswerRow[], kpis)
    const updated = await req.payload.update({
      collection: ASSESSMENTS_SLUG as never,
      id: assessment.id,
      // The answers were read before the (slow) KPIs: a save made meanwhile would be undone, so
      // the write is refused (409) unless the assessment is still at the revision read then.
      data: { answers: merged.answers, revision: storedRevision(assessment.revision) } as never,
      depth: 0,
      // Checked above; the KPI texts are a field no client may write, so the write is the system's.
      overrideAccess: true,
      context: { maturityPrefill: true, [REVISION_CHECK]: 'enforce' satisfies RevisionCheck },
      req,
    })
    return Response.json({
      doc: updated,
      added: merged.added,
      refreshed: merged.refreshed,
      kpisAvailable: kpis.available,
      message: `Đã điền minh chứng từ số liệu KPI năm ${assessment.year}: thêm ${merged.added} tiêu chí, cập nhật ${merged.refreshed} minh chứng.${kpis.available ? '' : ` ${kpis.fallback}`}`,
    })
  },
}
