import type { Config, Plugin } from 'payload'

import { withAdminView } from '../../src/admin/withAdminView'
import { MaturityAssessments } from './collections/MaturityAssessments'
import { MaturityCriteria } from './collections/MaturityCriteria'
import { maturityEvidence } from './collections/MaturityEvidence'
import type { MaturityPluginOptions } from './types'

/**
 * The press digital-transformation maturity self-assessment (QĐ 3560/QĐ-BVHTTDL 2025): five fixed
 * pillars, criteria as data, one assessment per year with evidence files and the KPI figures
 * pre-filled as evidence, its score and level. Put after the KPIs plugin, whose `computeKpis`
 * (on `config.custom.kpis`) it reads when present.
 */
export const maturityPlugin =
  (options: MaturityPluginOptions): Plugin =>
  (config: Config): Config =>
    withAdminView(
      {
        ...config,
        collections: [
          ...(config.collections ?? []),
          MaturityCriteria,
          MaturityAssessments,
          maturityEvidence(options),
        ],
      },
      {
        key: 'maturity',
        path: '/maturity',
        Component: '/plugins/maturity/components/MaturityView#MaturityView',
        title: 'Tự đánh giá mức độ chuyển đổi số',
        navLink: '/plugins/maturity/components/MaturityNavLink#MaturityNavLink',
      },
    )
