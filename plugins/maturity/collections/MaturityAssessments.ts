import type { CollectionConfig } from 'payload'

import { nobodyField } from '../../../src/access'
import { canKeepFigures, canReadFigures } from '../../../src/access/figures'
import { createEndpoint } from '../endpoints/create'
import { prefillEndpoint } from '../endpoints/prefill'
import { scoreEndpoint } from '../endpoints/score'
import { bumpAssessmentRevision } from '../hooks/bumpAssessmentRevision'
import { checkAnswers } from '../hooks/checkAnswers'
import { checkAssessmentRevision } from '../hooks/checkAssessmentRevision'
import { checkAssessmentYear } from '../hooks/checkAssessmentYear'
import { guardSubmission } from '../hooks/guardSubmission'
import { keepPrefilledText } from '../hooks/keepPrefilledText'
import { prefillAnswers } from '../hooks/prefillAnswers'
import { refuseDeletingSubmittedAssessment } from '../hooks/refuseDeletingSubmittedAssessment'
import { removeAssessmentEvidence } from '../hooks/removeAssessmentEvidence'
import { requireAssessmentRevision } from '../hooks/requireAssessmentRevision'
import { storeScore } from '../hooks/storeScore'
import { validateAssessmentYear } from '../lib/assessmentYear'
import { LEVELS } from '../lib/levels'
import { PILLARS } from '../lib/pillars'
import { ADMIN_GROUP, ASSESSMENTS_SLUG, CRITERIA_SLUG, EVIDENCE_SLUG } from '../lib/slugs'

/** Kept by hooks only: clients can neither set nor change them. */
const systemField = { access: { create: nobodyField, update: nobodyField }, admin: { readOnly: true } }

export const STATUS_LABELS = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  submitted: { vi: 'Đã nộp (khóa)', en: 'Submitted (locked)' },
}

/**
 * The agency's self-assessment for one year: one answer per criterion (points, note, evidence
 * files, the KPI figures pre-filled as evidence), and the score and level it comes to. Submitted
 * means reported and locked; only an administrator reopens it.
 */
export const MaturityAssessments: CollectionConfig = {
  slug: ASSESSMENTS_SLUG,
  labels: {
    singular: { vi: 'Bản tự đánh giá mức độ CĐS', en: 'Maturity self-assessment' },
    plural: { vi: 'Tự đánh giá mức độ CĐS', en: 'Maturity self-assessments' },
  },
  admin: {
    useAsTitle: 'title',
    group: ADMIN_GROUP,
    defaultColumns: ['year', 'status', 'total', 'level', 'submittedAt'],
  },
  access: { read: canReadFigures, create: canKeepFigures, update: canKeepFigures, delete: canKeepFigures },
  defaultSort: '-year',
  // Our create first: it computes the KPIs before Payload's create opens its transaction.
  endpoints: [createEndpoint, scoreEndpoint, prefillEndpoint],
  hooks: {
    beforeOperation: [requireAssessmentRevision],
    beforeChange: [
      checkAssessmentRevision,
      bumpAssessmentRevision,
      guardSubmission,
      checkAssessmentYear,
      prefillAnswers,
      keepPrefilledText,
      checkAnswers,
      storeScore,
    ],
    beforeDelete: [refuseDeletingSubmittedAssessment, removeAssessmentEvidence],
  },
  fields: [
    { name: 'title', type: 'text', label: { vi: 'Tên', en: 'Title' }, ...systemField },
    {
      type: 'row',
      fields: [
        {
          name: 'year',
          type: 'number',
          required: true,
          unique: true,
          label: { vi: 'Năm đánh giá', en: 'Year' },
          validate: validateAssessmentYear,
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'draft',
          options: [
            { value: 'draft', label: STATUS_LABELS.draft },
            { value: 'submitted', label: STATUS_LABELS.submitted },
          ],
          label: { vi: 'Trạng thái', en: 'Status' },
        },
        {
          // Not a systemField: field access would swap the revision a client sends for the stored
          // one before checkAssessmentRevision compares them; bumpAssessmentRevision sets it anyway.
          name: 'revision',
          type: 'number',
          defaultValue: 0,
          label: { vi: 'Phiên bản', en: 'Revision' },
          admin: {
            readOnly: true,
            description: {
              vi: 'Tăng mỗi lần lưu; dùng để phát hiện sửa chồng',
              en: 'Bumped on every save; detects conflicting edits',
            },
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'total',
          type: 'number',
          label: { vi: 'Tổng điểm (/100)', en: 'Total (/100)' },
          ...systemField,
        },
        {
          name: 'level',
          type: 'select',
          options: LEVELS.map((level) => ({ value: level.key, label: level.label })),
          label: { vi: 'Mức độ', en: 'Level' },
          ...systemField,
        },
        {
          name: 'submittedAt',
          type: 'date',
          label: { vi: 'Nộp lúc', en: 'Submitted at' },
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
          access: systemField.access,
        },
        {
          name: 'submittedBy',
          type: 'relationship',
          relationTo: 'users',
          label: { vi: 'Người nộp', en: 'Submitted by' },
          ...systemField,
        },
      ],
    },
    {
      name: 'pillarScores',
      type: 'group',
      label: { vi: 'Điểm theo trụ cột', en: 'Score per pillar' },
      admin: { readOnly: true },
      fields: [
        {
          type: 'row',
          fields: PILLARS.map((pillar) => ({
            name: pillar.key,
            type: 'number' as const,
            label: { vi: `${pillar.label.vi} (/${pillar.max})`, en: `${pillar.label.en} (/${pillar.max})` },
            ...systemField,
          })),
        },
      ],
    },
    {
      name: 'answers',
      type: 'array',
      // PostgreSQL cuts identifiers at 63 characters: the default table name made a foreign-key
      // name that a schema push would see as changed on every start.
      dbName: 'maturity_answers',
      label: { vi: 'Chấm điểm theo tiêu chí', en: 'Answers' },
      labels: { singular: { vi: 'Tiêu chí', en: 'Answer' }, plural: { vi: 'Tiêu chí', en: 'Answers' } },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'criterion',
              type: 'relationship',
              relationTo: CRITERIA_SLUG,
              required: true,
              label: { vi: 'Tiêu chí', en: 'Criterion' },
            },
            { name: 'points', type: 'number', min: 0, label: { vi: 'Điểm tự chấm', en: 'Points' } },
          ],
        },
        { name: 'note', type: 'textarea', label: { vi: 'Giải trình', en: 'Note' } },
        {
          name: 'evidence',
          type: 'relationship',
          relationTo: EVIDENCE_SLUG,
          hasMany: true,
          label: { vi: 'Tệp minh chứng', en: 'Evidence files' },
        },
        {
          name: 'prefilled',
          type: 'textarea',
          label: { vi: 'Minh chứng từ số liệu KPI', en: 'Evidence from the KPIs' },
          ...systemField,
        },
      ],
    },
  ],
  timestamps: true,
}
