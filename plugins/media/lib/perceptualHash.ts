import sharp from 'sharp'

/**
 * Hashes at or below this Hamming distance are treated as the same picture (re-encoded, resized,
 * lightly retouched). DCT pHash of unrelated photos differs in about 32 of the 64 bits.
 */
export const DUPLICATE_DISTANCE = 10

const SIZE = 32
const LOW = 8

/** cos((2x+1)uπ / 2N) for u = 1…8: the low frequencies pHash keeps (u = 0, the mean, says nothing of shape). */
const COSINES: Float64Array[] = Array.from({ length: LOW }, (_, i) => {
  const u = i + 1
  const row = new Float64Array(SIZE)
  for (let x = 0; x < SIZE; x++) row[x] = Math.cos(((2 * x + 1) * u * Math.PI) / (2 * SIZE))
  return row
})

/**
 * 64-bit DCT perceptual hash as 16 hex digits. Chosen over dHash because its low-frequency
 * coefficients barely move under JPEG re-compression and resizing, which is how the same agency
 * photo usually comes back into the newsroom.
 */
export async function perceptualHash(input: string | Buffer | sharp.Sharp): Promise<string> {
  const image = typeof input === 'string' || Buffer.isBuffer(input) ? sharp(input) : input.clone()
  const pixels = await image
    .rotate()
    // Transparent pixels keep arbitrary colours underneath; flatten so only what is seen counts.
    .flatten({ background: '#ffffff' })
    .greyscale()
    .resize(SIZE, SIZE, { fit: 'fill' })
    .raw()
    .toBuffer()
  return hashPixels(pixels)
}

/** pHash of a 32×32 single-channel image (row-major bytes). */
export function hashPixels(pixels: Uint8Array): string {
  if (pixels.length !== SIZE * SIZE) throw new RangeError(`expected ${SIZE * SIZE} grey pixels`)
  // Separable 2D DCT restricted to the 8×8 block we keep: rows first, then columns.
  const rows = new Float64Array(SIZE * LOW)
  for (let y = 0; y < SIZE; y++) {
    for (let u = 0; u < LOW; u++) {
      let sum = 0
      const cos = COSINES[u]!
      for (let x = 0; x < SIZE; x++) sum += pixels[y * SIZE + x]! * cos[x]!
      rows[y * LOW + u] = sum
    }
  }
  const coefficients = new Float64Array(LOW * LOW)
  for (let v = 0; v < LOW; v++) {
    const cos = COSINES[v]!
    for (let u = 0; u < LOW; u++) {
      let sum = 0
      for (let y = 0; y < SIZE; y++) sum += rows[y * LOW + u]! * cos[y]!
      coefficients[v * LOW + u] = sum
    }
  }
  const sorted = Array.from(coefficients).sort((a, b) => a - b)
  const median = (sorted[31]! + sorted[32]!) / 2
  let hex = ''
  for (let nibble = 0; nibble < 16; nibble++) {
    let value = 0
    for (let bit = 0; bit < 4; bit++)
      value = (value << 1) | (coefficients[nibble * 4 + bit]! > median ? 1 : 0)
    hex += value.toString(16)
  }
  return hex
}

const POPCOUNT = [0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4]

/** Number of differing bits between two 16-hex-digit hashes. */
export function hammingDistance(a: string, b: string): number {
  if (!/^[0-9a-f]{16}$/i.test(a) || !/^[0-9a-f]{16}$/i.test(b)) {
    throw new RangeError('perceptual hashes must be 16 hexadecimal digits')
  }
  let distance = 0
  for (let i = 0; i < 16; i++) distance += POPCOUNT[parseInt(a[i]!, 16) ^ parseInt(b[i]!, 16)]!
  return distance
}

export function isDuplicate(a: string, b: string): boolean {
  return hammingDistance(a, b) <= DUPLICATE_DISTANCE
}
