import type { MediaStorage } from '../../media/types'
import { originalKey } from '../../media/lib/keys'
import { editionDay } from './editionDate'
import { editionSummary, storyOf, type EditionPlan } from './editionPlan'
import { buildIcml } from './icml'
import { pageFolder, pageIcml } from './pageIcml'
import { linkFileName, printableImage, printHeadline, storyFileBase, toIcmlStory } from './storyIcml'
import type { ZipEntry } from './zipStream'

export type PackageLink = { path: string; media: number | string; key: string; missing: boolean }

export type EditionPackage = { fileName: string; entries: ZipEntry[]; manifest: Record<string, unknown> }

/**
 * What goes into an edition's package: per page a folder with one ICML per story and one for the
 * whole page, the stories' pictures (originals) in Links/, a manifest and a README for the
 * layout desk. Pictures are checked in storage first, so a missing file is reported in the
 * manifest instead of breaking the download halfway.
 */
export async function buildEditionPackage(
  plan: EditionPlan,
  storage: MediaStorage | undefined,
  serverURL: string,
): Promise<EditionPackage> {
  const { edition, fit } = plan
  const title = edition.title ?? `Số ${edition.number}`
  const texts: ZipEntry[] = []
  const links = new Map<string, PackageLink>()
  const pages = []

  for (const page of fit.pages) {
    const folder = pageFolder(page.number)
    const placed = page.placements.map((placementFit) => {
      const placement = plan.placements.find((p) => p.id === placementFit.id)
      const story = placement ? storyOf(placement) : null
      if (!story) return { ...placementFit, icml: null, links: [] as string[] }
      const icmlPath = `${folder}/${storyFileBase(story)}.icml`
      texts.push({
        name: icmlPath,
        text: buildIcml([toIcmlStory(story, '../')], { title: printHeadline(story) }),
      })
      const image = printableImage(story)
      const storyLinks: string[] = []
      if (image) {
        const path = `Links/${linkFileName(image)}`
        links.set(path, { path, media: image.id, key: originalKey(image), missing: false })
        storyLinks.push(path)
      }
      return { ...placementFit, icml: icmlPath, links: storyLinks }
    })
    const pageXml = pageIcml(plan, page.number, '../')
    const pagePath = pageXml ? `${folder}/${folder}.icml` : null
    if (pageXml && pagePath) texts.push({ name: pagePath, text: pageXml })
    pages.push({ ...page, folder, icml: pagePath, placements: placed })
  }

  for (const link of links.values())
    link.missing = !storage || !(await storage.exists(link.key).catch(() => false))
  const linkList = [...links.values()]
  const manifest = {
    format: 'toasoan-print-package',
    version: 1,
    generatedAt: new Date().toISOString(),
    edition: editionSummary(edition),
    tolerance: fit.tolerance,
    totals: fit.totals,
    pages,
    orphans: fit.orphans,
    links: linkList.map(({ path, media, missing }) => ({ path, media, missing })),
  }
  const images: ZipEntry[] = linkList
    .filter((link) => !link.missing)
    .map((link) => ({ name: link.path, open: async () => (await storage!.read(link.key)).body }))
  const day = editionDay(edition.date) ?? 'khong-ngay'
  const code =
    typeof edition.publication === 'object' && edition.publication.code ? `${edition.publication.code}-` : ''
  return {
    fileName: `${code}so-${edition.number}-${day}.zip`.toLowerCase().replace(/[^a-z0-9.-]+/g, '-'),
    entries: [
      {
        name: 'README.txt',
        text: readme(title, pages, linkList, `${serverURL}/admin/print?edition=${edition.id}`),
      },
      { name: 'manifest.json', text: `${JSON.stringify(manifest, null, 2)}\n` },
      ...texts,
      ...images,
    ],
    manifest,
  }
}

function readme(
  title: string,
  pages: Array<{ number: number; folder: string; icml: string | null; placements: unknown[] }>,
  links: PackageLink[],
  planURL: string,
): string {
  const lines = [
    `GÓI DÀN TRANG BÁO IN — ${title}`,
    '',
    'Cách dùng trong Adobe InDesign / InCopy:',
    '1. Giải nén cả gói, giữ nguyên cấu trúc thư mục (các tệp .icml tìm ảnh trong ../Links/).',
    '2. File > Place (Ctrl+D), chọn tệp .icml của từng tin trong thư mục trang, hoặc tệp trang-NN.icml',
    '   để đặt cả trang theo thứ tự dàn trang.',
    '3. Các kiểu đoạn: Tít, Sapo, Thân bài, Tiêu đề phụ, Tác giả, Chú thích ảnh; kiểu ký tự: Đậm,',
    '   Nghiêng, Đậm nghiêng. Đặt sẵn các kiểu cùng tên trong mẫu trang để chữ nhận đúng định dạng.',
    '4. Ảnh là bản gốc trong Links/; nếu InDesign báo thiếu liên kết, dùng Links > Relink to Folder.',
    '',
    'Các trang:',
    ...pages.map(
      (page) =>
        `- Trang ${page.number}: ${page.placements.length} tin${page.icml ? ` (${page.icml})` : ' — chưa có tin'}`,
    ),
    '',
    'manifest.json ghi độ dài kế hoạch và thực tế (ký tự) của từng tin để kiểm tra viết vừa khuôn.',
    `Dàn trang trực tuyến: ${planURL}`,
  ]
  const missing = links.filter((link) => link.missing)
  if (missing.length) {
    lines.push('', 'Ảnh không còn trong kho lưu trữ (cần lấy lại từ thư viện tư liệu):')
    lines.push(...missing.map((link) => `- ${link.path} (tư liệu ${link.media})`))
  }
  // Windows Notepad needs the BOM and CRLF to show Vietnamese on older desks' machines.
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
