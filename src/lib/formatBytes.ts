/** A size in binary units as Vietnamese readers write it: "1,5 MB", "512 KB". */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${Number(value.toFixed(1)).toLocaleString('vi-VN')} ${units[unit]}`
}
