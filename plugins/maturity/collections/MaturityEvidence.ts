import type { CollectionConfig } from 'payload'

import { nobodyField } from '../../../src/access'
import { canKeepFigures, canReadFigures } from '../../../src/access/figures'
import { checkEvidenceLinks } from '../hooks/checkEvidenceLinks'
import { linkEvidenceToAnswer } from '../hooks/linkEvidenceToAnswer'
import { refuseEvidenceChangeWhenLocked } from '../hooks/refuseEvidenceChangeWhenLocked'
import { refuseEvidenceDeleteWhenLocked } from '../hooks/refuseEvidenceDeleteWhenLocked'
import { stampEvidence } from '../hooks/stampEvidence'
import { validateEvidenceFile } from '../hooks/validateEvidenceFile'
import { EVIDENCE_MIME_TYPES } from '../lib/evidenceFile'
import { ADMIN_GROUP, ASSESSMENTS_SLUG, CRITERIA_SLUG, EVIDENCE_SLUG } from '../lib/slugs'
import type { MaturityPluginOptions } from '../types'

/**
 * An evidence document of a self-assessment (a decision, a plan, a screenshot, a spreadsheet),
 * kept outside the media library and never public: files are served only through Payload's
 * access-checked file route, to those who may read the figures.
 */
export const maturityEvidence = (options: MaturityPluginOptions): CollectionConfig => ({
  slug: EVIDENCE_SLUG,
  labels: {
    singular: { vi: 'Tệp minh chứng CĐS', en: 'Maturity evidence' },
    plural: { vi: 'Tệp minh chứng CĐS', en: 'Maturity evidence' },
  },
  admin: {
    useAsTitle: 'title',
    group: ADMIN_GROUP,
    defaultColumns: ['title', 'assessment', 'criterion', 'filename', 'filesize', 'createdAt'],
  },
  access: { read: canReadFigures, create: canKeepFigures, update: canKeepFigures, delete: canKeepFigures },
  upload: {
    staticDir: options.evidenceDir,
    mimeTypes: EVIDENCE_MIME_TYPES,
    crop: false,
    focalPoint: false,
    bulkUpload: false,
  },
  hooks: {
    beforeOperation: [validateEvidenceFile(options.maxEvidenceBytes)],
    beforeChange: [checkEvidenceLinks, refuseEvidenceChangeWhenLocked, stampEvidence],
    afterChange: [linkEvidenceToAnswer],
    beforeDelete: [refuseEvidenceDeleteWhenLocked],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'assessment',
          type: 'relationship',
          relationTo: ASSESSMENTS_SLUG,
          required: true,
          index: true,
          label: { vi: 'Bản tự đánh giá', en: 'Assessment' },
        },
        {
          name: 'criterion',
          type: 'relationship',
          relationTo: CRITERIA_SLUG,
          index: true,
          label: { vi: 'Tiêu chí', en: 'Criterion' },
        },
      ],
    },
    { name: 'title', type: 'text', required: true, label: { vi: 'Tên minh chứng', en: 'Title' } },
    { name: 'note', type: 'textarea', label: { vi: 'Ghi chú', en: 'Note' } },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người tải lên', en: 'Uploaded by' },
      access: { create: nobodyField, update: nobodyField },
      admin: { readOnly: true },
    },
  ],
  timestamps: true,
})
