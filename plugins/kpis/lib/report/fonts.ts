import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * DejaVu Sans has every Vietnamese letter (the PDF base fonts have none of ơ, ư, ạ …). Found by
 * walking up from this module's own folder to the node_modules holding `dejavu-fonts-ttf`, so the
 * report works whatever the working directory; plain file-system lookups, so no bundler rewrites
 * them when the admin build pulls this module in (only the API server renders reports).
 */
function findFont(file: string): string {
  const wanted = path.join('node_modules', 'dejavu-fonts-ttf', 'ttf', file)
  for (const start of [path.dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
    let dir = start
    for (;;) {
      const candidate = path.join(dir, wanted)
      if (existsSync(candidate)) return candidate
      const parent = path.dirname(dir)
      if (parent === dir) break
      dir = parent
    }
  }
  throw new Error(`Không tìm thấy phông chữ ${file} (gói dejavu-fonts-ttf chưa được cài).`)
}

let fonts: { regular: string; bold: string } | undefined

/** Paths of DejaVu Sans and DejaVu Sans Bold, looked up once. */
export function reportFonts(): { regular: string; bold: string } {
  fonts ??= { regular: findFont('DejaVuSans.ttf'), bold: findFont('DejaVuSans-Bold.ttf') }
  return fonts
}
