'use client'

import { boxStyle, mutedStyle, useTr } from '../../../src/admin/ui'
import type { Id, PageFit } from './api'
import { FitBadge, FitBar } from './FitBar'

/** One page of the edition: its section and colour, each placed story with its fit, and the page total. */
export function PageCard({
  page,
  api,
  admin,
  editionId,
}: {
  page: PageFit
  api: string
  admin: string
  editionId: Id
}) {
  const { tr } = useTr()
  return (
    <section style={{ ...boxStyle, marginBottom: 0 }} data-testid={`print-page-${page.number}`}>
      <header style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'baseline' }}>
        <h3 style={{ margin: 0 }}>
          {tr('Trang', 'Page')} {page.number}
        </h3>
        <span style={mutedStyle}>
          {[page.section?.name, page.colour === 'colour' ? tr('Màu', 'Colour') : tr('Đen trắng', 'Mono')]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </header>
      {page.note && <p style={{ ...mutedStyle, margin: '4px 0' }}>{page.note}</p>}
      {page.placements.length === 0 ? (
        <p style={mutedStyle}>{tr('Chưa có tin bài.', 'No stories yet.')}</p>
      ) : (
        <ol style={{ listStyle: 'none', padding: 0, margin: 'calc(var(--base) / 2) 0' }}>
          {page.placements.map((placement) => (
            <li key={String(placement.id)} style={{ marginBottom: 'calc(var(--base) / 2)' }}>
              <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                <span>
                  {placement.slot && <strong>{placement.slot}: </strong>}
                  {placement.story ? (
                    <a href={`${admin}/collections/stories/${placement.story.id}`}>
                      {placement.story.headline}
                    </a>
                  ) : (
                    <em>{tr('(tin đã xoá)', '(deleted story)')}</em>
                  )}
                </span>
                <FitBadge status={placement.status} />
              </div>
              <FitBar
                planned={placement.planned}
                actual={placement.actual}
                status={placement.status}
                testId={`print-fit-${placement.id}`}
              />
            </li>
          ))}
        </ol>
      )}
      <footer style={{ borderTop: '1px solid var(--theme-elevation-150)', paddingTop: 6 }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
          <strong>{tr('Cả trang', 'Page total')}</strong>
          <FitBadge status={page.totals.status} />
        </div>
        <FitBar
          planned={page.totals.planned || null}
          actual={page.totals.actual}
          status={page.totals.status}
        />
        {page.placements.length > 0 && (
          <a
            href={`${api}/editions/${encodeURIComponent(String(editionId))}/pages/${page.number}/icml`}
            style={{ fontSize: '0.85em' }}
            download
          >
            {tr('Tải ICML của trang', 'Download page ICML')}
          </a>
        )}
      </footer>
    </section>
  )
}
