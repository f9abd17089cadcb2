import { createPrng, seedFrom } from '../lib/prng'

export type Motif =
  | 'fields'
  | 'orchard'
  | 'river'
  | 'building'
  | 'temple'
  | 'sea'
  | 'factory'
  | 'school'
  | 'clinic'
  | 'studio'
  | 'loudspeaker'
  | 'market'

export const WIDTH = 1600
export const HEIGHT = 1067
const HORIZON = 640

type Rand = () => number
type Draw = (rand: Rand, ground: string) => string

const between = (rand: Rand, min: number, max: number) => Math.round(min + rand() * (max - min))

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function hills(rand: Rand, colour: string, baseY: number, amplitude: number, opacity: number): string {
  let d = `M0 ${baseY}`
  for (let x = 0; x <= WIDTH; x += 200)
    d += ` Q${x + 100} ${baseY - between(rand, 0, amplitude)} ${x + 200} ${baseY}`
  return `<path d="${d} L${WIDTH} ${HEIGHT} L0 ${HEIGHT} Z" fill="${colour}" opacity="${opacity}"/>`
}

function house(x: number, y: number, w: number, h: number, wall: string, roof: string): string {
  return (
    `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${wall}"/>` +
    `<polygon points="${x - 12},${y} ${x + w / 2},${y - h * 0.45} ${x + w + 12},${y}" fill="${roof}"/>`
  )
}

function windows(
  x: number,
  y: number,
  cols: number,
  rows: number,
  w: number,
  h: number,
  colour: string,
): string {
  let out = ''
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++)
      out += `<rect x="${x + c * w * 1.8}" y="${y + r * h * 1.7}" width="${w}" height="${h}" fill="${colour}"/>`
  return out
}

const MOTIFS: Record<Motif, Draw> = {
  fields: (rand, ground) => {
    let out = hills(rand, '#6d9c3c', HORIZON, 40, 0.9)
    for (let i = 0; i < 14; i++) {
      const y = HORIZON + 20 + i * i * 2.4
      out += `<rect x="0" y="${y}" width="${WIDTH}" height="${6 + i}" fill="${i % 2 ? '#e7c65a' : ground}" opacity="0.8"/>`
    }
    out += `<rect x="${between(rand, 300, 900)}" y="${HORIZON + 120}" width="180" height="90" rx="14" fill="#c0392b"/>`
    return out + `<circle cx="1320" cy="200" r="80" fill="#fff4c2"/>`
  },
  orchard: (rand, ground) => {
    let out = hills(rand, ground, HORIZON + 30, 30, 1)
    for (let i = 0; i < 9; i++) {
      const x = 100 + i * 175 + between(rand, -30, 30)
      const y = HORIZON + between(rand, -40, 120)
      const r = between(rand, 80, 120)
      out += `<rect x="${x - 10}" y="${y}" width="20" height="${r * 1.4}" fill="#6b4a2b"/>`
      out += `<circle cx="${x}" cy="${y}" r="${r}" fill="#2f6b2a"/>`
      for (let k = 0; k < 6; k++)
        out += `<circle cx="${x + between(rand, -r / 2, r / 2)}" cy="${y + between(rand, -r / 2, r / 2)}" r="9" fill="#d9b65b"/>`
    }
    return out
  },
  river: (rand, ground) => {
    let out = `<rect x="0" y="${HORIZON}" width="${WIDTH}" height="${HEIGHT - HORIZON}" fill="${ground}"/>`
    out += `<path d="M0 ${HORIZON + 80} C500 ${HORIZON + 20} 1100 ${HORIZON + 200} ${WIDTH} ${HORIZON + 90} L${WIDTH} ${HORIZON + 300} C1000 ${HORIZON + 380} 600 ${HORIZON + 220} 0 ${HORIZON + 330} Z" fill="#7aa6c2"/>`
    out += `<rect x="0" y="${HORIZON + 40}" width="${WIDTH}" height="24" fill="#555c66"/>`
    for (const x of [500, 1100]) {
      out += `<polygon points="${x - 18},${HORIZON + 60} ${x},${HORIZON - 260} ${x + 18},${HORIZON + 60}" fill="#e8e8e8"/>`
      for (let k = 1; k <= 6; k++) {
        out += `<line x1="${x}" y1="${HORIZON - 240 + k * 20}" x2="${x - k * 70}" y2="${HORIZON + 44}" stroke="#f5f5f5" stroke-width="3"/>`
        out += `<line x1="${x}" y1="${HORIZON - 240 + k * 20}" x2="${x + k * 70}" y2="${HORIZON + 44}" stroke="#f5f5f5" stroke-width="3"/>`
      }
    }
    return out + `<circle cx="${between(rand, 200, 400)}" cy="260" r="90" fill="#ffd58a" opacity="0.9"/>`
  },
  building: (rand, ground) => {
    let out = `<rect x="0" y="${HORIZON}" width="${WIDTH}" height="${HEIGHT - HORIZON}" fill="${ground}"/>`
    out += `<rect x="360" y="${HORIZON - 300}" width="880" height="320" fill="#f3e3b3"/>`
    out += `<rect x="340" y="${HORIZON - 330}" width="920" height="40" fill="#b23a2e"/>`
    out += windows(420, HORIZON - 260, 8, 2, 56, 70, '#5d7f99')
    out += `<rect x="740" y="${HORIZON - 120}" width="120" height="140" fill="#4b3b2a"/>`
    for (let i = 0; i < 6; i++)
      out += `<circle cx="${between(rand, 80, 1520)}" cy="${HORIZON + between(rand, 120, 300)}" r="${between(rand, 40, 70)}" fill="#3f7d3a"/>`
    return out
  },
  temple: (rand, ground) => {
    let out = `<rect x="0" y="${HORIZON}" width="${WIDTH}" height="${HEIGHT - HORIZON}" fill="${ground}"/>`
    out += `<rect x="420" y="${HORIZON - 200}" width="760" height="220" fill="#8a3b22"/>`
    out += `<path d="M300 ${HORIZON - 190} Q800 ${HORIZON - 250} 1300 ${HORIZON - 190} L1370 ${HORIZON - 270} Q800 ${HORIZON - 370} 230 ${HORIZON - 270} Z" fill="#5a3a24"/>`
    for (let i = 0; i < 7; i++) {
      const x = 460 + i * 115
      out += `<line x1="${x}" y1="${HORIZON - 190}" x2="${x}" y2="${HORIZON - 150}" stroke="#333" stroke-width="3"/>`
      out += `<ellipse cx="${x}" cy="${HORIZON - 125}" rx="26" ry="32" fill="#d62b1f"/>`
    }
    for (let i = 0; i < 40; i++)
      out += `<circle cx="${between(rand, 0, WIDTH)}" cy="${HORIZON + between(rand, 80, 380)}" r="14" fill="${['#1f4e79', '#c0392b', '#f1c40f', '#27ae60'][i % 4]}"/>`
    return out
  },
  sea: (rand, ground) => {
    let out = `<rect x="0" y="${HORIZON - 120}" width="${WIDTH}" height="260" fill="#2f86b8"/>`
    for (let i = 0; i < 8; i++) {
      const y = HORIZON - 100 + i * 30
      out += `<path d="M0 ${y} Q100 ${y - 10} 200 ${y} T400 ${y} T600 ${y} T800 ${y} T1000 ${y} T1200 ${y} T1400 ${y} T1600 ${y}" stroke="#e8f6fb" stroke-width="3" fill="none" opacity="0.7"/>`
    }
    out += `<path d="M0 ${HORIZON + 120} Q800 ${HORIZON + 60} ${WIDTH} ${HORIZON + 140} L${WIDTH} ${HEIGHT} L0 ${HEIGHT} Z" fill="${ground}"/>`
    for (let i = 0; i < 5; i++) {
      const x = between(rand, 100, 1500)
      out += `<line x1="${x}" y1="${HORIZON + 320}" x2="${x}" y2="${HORIZON + 180}" stroke="#6b4a2b" stroke-width="6"/>`
      out += `<path d="M${x - 70} ${HORIZON + 200} Q${x} ${HORIZON + 130} ${x + 70} ${HORIZON + 200} Z" fill="${['#e74c3c', '#f39c12', '#16a085'][i % 3]}"/>`
    }
    return out + `<circle cx="1350" cy="180" r="70" fill="#fffbe0"/>`
  },
  factory: (rand, ground) => {
    let out = `<rect x="0" y="${HORIZON}" width="${WIDTH}" height="${HEIGHT - HORIZON}" fill="${ground}"/>`
    for (let i = 0; i < 4; i++) {
      const x = 80 + i * 380
      out += `<rect x="${x}" y="${HORIZON - 180}" width="340" height="200" fill="#d6dde3"/>`
      out += `<polygon points="${x},${HORIZON - 180} ${x + 170},${HORIZON - 240} ${x + 340},${HORIZON - 180}" fill="#3d6e99"/>`
      out += windows(x + 30, HORIZON - 140, 5, 2, 36, 26, '#7c8e9c')
    }
    for (const x of [300, 1050]) {
      out += `<rect x="${x}" y="${HORIZON - 420}" width="40" height="260" fill="#9b5b45"/>`
      out += `<circle cx="${x + 40}" cy="${HORIZON - 450}" r="${between(rand, 40, 60)}" fill="#ffffff" opacity="0.6"/>`
    }
    return out
  },
  school: (rand, ground) => {
    let out = `<rect x="0" y="${HORIZON}" width="${WIDTH}" height="${HEIGHT - HORIZON}" fill="${ground}"/>`
    out += `<rect x="300" y="${HORIZON - 360}" width="1000" height="380" fill="#f2c94c"/>`
    out += windows(340, HORIZON - 330, 12, 3, 48, 60, '#fdfdfd')
    out += `<rect x="300" y="${HORIZON - 380}" width="1000" height="24" fill="#c0392b"/>`
    for (let i = 0; i < 30; i++)
      out += `<rect x="${between(rand, 100, 1500)}" y="${HORIZON + between(rand, 100, 340)}" width="14" height="40" fill="${i % 2 ? '#ffffff' : '#1f4e79'}"/>`
    return out
  },
  clinic: (rand, ground) => {
    let out = `<rect x="0" y="${HORIZON}" width="${WIDTH}" height="${HEIGHT - HORIZON}" fill="${ground}"/>`
    out += house(420, HORIZON - 200, 760, 220, '#fbfbf7', '#b5492f')
    out += windows(470, HORIZON - 150, 8, 1, 50, 70, '#6f9bb8')
    out += `<rect x="760" y="${HORIZON - 300}" width="80" height="24" fill="#1e8449"/><rect x="788" y="${HORIZON - 328}" width="24" height="80" fill="#1e8449"/>`
    for (let i = 0; i < 5; i++)
      out += `<circle cx="${between(rand, 80, 360)}" cy="${HORIZON + between(rand, 40, 200)}" r="${between(rand, 40, 70)}" fill="#4a8b3f"/>`
    return out
  },
  studio: (rand) => {
    let out = `<rect x="0" y="${HORIZON}" width="${WIDTH}" height="${HEIGHT - HORIZON}" fill="#1b1f27"/>`
    out += `<rect x="500" y="160" width="600" height="340" rx="12" fill="#2e86c1" opacity="0.85"/>`
    out += `<rect x="560" y="${HORIZON - 40}" width="480" height="110" fill="#d0d3d4"/>`
    for (const x of [220, 1380]) {
      out += `<rect x="${x - 60}" y="${HORIZON + 60}" width="120" height="80" fill="#555"/><rect x="${x - 6}" y="${HORIZON + 140}" width="12" height="180" fill="#444"/>`
      out += `<circle cx="${x + 60}" cy="${HORIZON + 100}" r="26" fill="#222" stroke="#888" stroke-width="6"/>`
    }
    for (let i = 0; i < 6; i++)
      out += `<circle cx="${200 + i * 240}" cy="80" r="22" fill="#fff7d6" opacity="${0.6 + rand() * 0.4}"/>`
    return out
  },
  loudspeaker: (rand, ground) => {
    let out = hills(rand, ground, HORIZON, 30, 1)
    out += `<rect x="1100" y="220" width="18" height="${HEIGHT - 220}" fill="#7f8c8d"/>`
    for (const [dx, dy, flip] of [
      [0, 240, 1],
      [0, 330, -1],
    ] as const) {
      out += `<polygon points="${1109 + dx},${dy} ${1109 + flip * 150},${dy - 50} ${1109 + flip * 150},${dy + 50}" fill="#bdc3c7"/>`
    }
    out += `<rect x="1070" y="420" width="80" height="60" fill="#2c3e50"/><rect x="1080" y="430" width="60" height="14" fill="#27ae60"/>`
    for (let i = 0; i < 4; i++)
      out += house(120 + i * 210, HORIZON - 40 + between(rand, 0, 30), 150, 100, '#f5efe0', '#a84632')
    return out
  },
  market: (rand, ground) => {
    let out = `<rect x="0" y="${HORIZON - 60}" width="${WIDTH}" height="${HEIGHT - HORIZON + 60}" fill="${ground}"/>`
    const colours = ['#e74c3c', '#2980b9', '#27ae60', '#f39c12', '#8e44ad']
    for (let i = 0; i < 5; i++) {
      const x = 60 + i * 310
      out += `<polygon points="${x},${HORIZON - 160} ${x + 280},${HORIZON - 160} ${x + 300},${HORIZON - 80} ${x - 20},${HORIZON - 80}" fill="${colours[i]}"/>`
      out += `<rect x="${x + 10}" y="${HORIZON - 80}" width="260" height="150" fill="#f6e7c8"/>`
      for (let k = 0; k < 8; k++)
        out += `<circle cx="${x + 30 + k * 30}" cy="${HORIZON + 40 - between(rand, 0, 30)}" r="14" fill="${colours[(i + k) % 5]}"/>`
    }
    return out
  },
}

/** A deterministic illustration (same key → same picture) with its label in a caption bar. */
export function renderScene(
  key: string,
  motif: Motif,
  palette: readonly [string, string, string],
  label: string,
): string {
  const rand = createPrng(seedFrom(key))
  const [skyTop, skyBottom, ground] = palette
  const clouds = Array.from({ length: 4 }, () => {
    const x = between(rand, 60, 1400)
    const y = between(rand, 80, 320)
    return `<ellipse cx="${x}" cy="${y}" rx="${between(rand, 90, 160)}" ry="${between(rand, 24, 40)}" fill="#ffffff" opacity="0.45"/>`
  }).join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${skyTop}"/><stop offset="1" stop-color="${skyBottom}"/></linearGradient>
<linearGradient id="bar" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.75"/></linearGradient></defs>
<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>${motif === 'studio' ? '' : clouds}
${MOTIFS[motif](rand, ground)}
<rect x="0" y="${HEIGHT - 190}" width="${WIDTH}" height="190" fill="url(#bar)"/>
<text x="60" y="${HEIGHT - 70}" font-family="DejaVu Sans, Noto Sans, Arial, sans-serif" font-size="52" font-weight="bold" fill="#ffffff">${escapeXml(label)}</text>
<text x="${WIDTH - 40}" y="60" text-anchor="end" font-family="DejaVu Sans, Noto Sans, Arial, sans-serif" font-size="26" fill="#ffffff" opacity="0.8">Ảnh minh họa – dữ liệu demo</text>
</svg>`
}
