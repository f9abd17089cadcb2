import { randomUUID } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, readdir, rename, rm, rmdir, stat, unlink } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import type { MediaStorage, StoredObject } from '../../types'

/**
 * Unfinished writes live here, inside the root so rename() stays on one file system, and
 * outside every key's folder so listings never see them. Whatever a killed worker leaves
 * behind can be swept at any time.
 */
export const PARTIAL_DIR = '.partial'

// Local files carry no metadata, so the type follows the extension (as Payload's own static
// handler does).
const CONTENT_TYPES: Record<string, string> = {
  avif: 'image/avif',
  gif: 'image/gif',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  png: 'image/png',
  svg: 'image/svg+xml',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  webp: 'image/webp',
  aac: 'audio/aac',
  flac: 'audio/flac',
  m4a: 'audio/mp4',
  mp3: 'audio/mpeg',
  oga: 'audio/ogg',
  ogg: 'audio/ogg',
  opus: 'audio/ogg',
  wav: 'audio/wav',
  m4v: 'video/mp4',
  mov: 'video/quicktime',
  mp4: 'video/mp4',
  webm: 'video/webm',
  json: 'application/json',
  pdf: 'application/pdf',
  txt: 'text/plain; charset=utf-8',
  vtt: 'text/vtt; charset=utf-8',
}

export function contentTypeForKey(key: string): string | undefined {
  return CONTENT_TYPES[path.posix.extname(key).slice(1).toLowerCase()]
}

export function createLocalStorage(rootDir: string): MediaStorage {
  const root = path.resolve(rootDir)

  /** Key → absolute path, refusing anything that could land outside the root. */
  function resolveKey(key: string, { allowEmpty = false } = {}): string {
    const problem = keyProblem(key, allowEmpty)
    if (problem) {
      throw Object.assign(new Error(`Invalid media storage key ${JSON.stringify(key)}: ${problem}`), {
        code: 'ERR_INVALID_MEDIA_KEY',
      })
    }
    const absolute = path.resolve(root, key)
    if (absolute !== root && !absolute.startsWith(root + path.sep)) {
      throw Object.assign(new Error(`Media storage key ${JSON.stringify(key)} escapes ${root}`), {
        code: 'ERR_INVALID_MEDIA_KEY',
      })
    }
    return absolute
  }

  async function writeAtomically(destination: string, write: (partial: string) => Promise<void>) {
    const partialDir = path.join(root, PARTIAL_DIR)
    await mkdir(partialDir, { recursive: true })
    const partial = path.join(partialDir, `${randomUUID()}.part`)
    try {
      await write(partial)
      await moveInto(partial, destination)
    } catch (error) {
      await rm(partial, { force: true })
      throw error
    }
  }

  async function statFile(key: string, absolute: string) {
    try {
      const stats = await stat(absolute)
      if (stats.isFile()) return stats
    } catch (error) {
      if (!isMissing(error)) throw error
    }
    throw Object.assign(new Error(`No stored object "${key}"`), { code: 'ENOENT' })
  }

  async function pruneEmptyFolders(fromDir: string) {
    let dir = fromDir
    while (dir !== root && dir.startsWith(root + path.sep)) {
      try {
        await rmdir(dir)
      } catch (error) {
        // Not empty (or already gone): the folders above are not empty either.
        if (isMissing(error)) {
          dir = path.dirname(dir)
          continue
        }
        return
      }
      dir = path.dirname(dir)
    }
  }

  return {
    kind: 'local',

    async upload(key, sourcePath) {
      const destination = resolveKey(key)
      await writeAtomically(destination, (partial) =>
        pipeline(createReadStream(sourcePath), createWriteStream(partial)),
      )
    },

    async download(key, destinationPath) {
      const source = resolveKey(key)
      await statFile(key, source)
      await mkdir(path.dirname(destinationPath), { recursive: true })
      // Beside the destination, not in our .partial, which may sit on another file system.
      const partial = `${destinationPath}.${randomUUID()}.partial`
      try {
        await pipeline(createReadStream(source), createWriteStream(partial))
        await rename(partial, destinationPath)
      } catch (error) {
        await rm(partial, { force: true })
        throw error
      }
    },

    async read(key, range) {
      const absolute = resolveKey(key)
      const { size: total } = await statFile(key, absolute)
      const contentType = contentTypeForKey(key)
      let start = 0
      let end = total - 1
      if (range) {
        if (
          !Number.isSafeInteger(range.start) ||
          !Number.isSafeInteger(range.end) ||
          range.start < 0 ||
          range.end < range.start
        ) {
          throw Object.assign(new RangeError(`Invalid byte range ${range.start}-${range.end}`), {
            code: 'ERR_INVALID_RANGE',
          })
        }
        if (range.start >= total) {
          throw Object.assign(
            new RangeError(
              `Range ${range.start}-${range.end} is not satisfiable for "${key}" (${total} bytes)`,
            ),
            { code: 'ERR_RANGE_NOT_SATISFIABLE' },
          )
        }
        // As in HTTP, an end past the last byte means "to the end".
        start = range.start
        end = Math.min(range.end, total - 1)
      }
      const size = Math.max(0, end - start + 1)
      // createReadStream with end -1 would still read one byte of an empty file.
      const body =
        size === 0
          ? createReadStream(absolute, { start: 0, end: 0 })
          : createReadStream(absolute, { start, end })
      const result: StoredObject = { body, size }
      if (contentType) result.contentType = contentType
      return result
    },

    async exists(key) {
      const absolute = resolveKey(key)
      try {
        return (await stat(absolute)).isFile()
      } catch (error) {
        if (isMissing(error)) return false
        throw error
      }
    },

    async remove(keys) {
      const paths = [...new Set(keys)].map((key) => resolveKey(key))
      const folders = new Set<string>()
      for (const absolute of paths) {
        try {
          await unlink(absolute)
        } catch (error) {
          if (!isMissing(error)) throw error
        }
        folders.add(path.dirname(absolute))
      }
      // Deepest first, so renditions/12/ goes before renditions/ is even tried.
      const deepestFirst = [...folders].sort((a, b) => b.length - a.length)
      for (const folder of deepestFirst) await pruneEmptyFolders(folder)
    },

    async list(prefix) {
      // S3 prefixes are plain string prefixes ("renditions/1" matches "renditions/12/…"),
      // so walk the folder that holds them and filter.
      const slash = prefix.lastIndexOf('/')
      const folderKey = slash === -1 ? '' : prefix.slice(0, slash)
      const folder = resolveKey(folderKey, { allowEmpty: true })
      const keys: string[] = []
      await walk(folder, folderKey, keys, folderKey === '')
      return keys.filter((key) => key.startsWith(prefix)).sort()
    },

    async presignedURL() {
      return undefined
    },
  }
}

function keyProblem(key: string, allowEmpty: boolean): string | undefined {
  if (typeof key !== 'string') return 'not a string'
  if (key === '') return allowEmpty ? undefined : 'empty'
  if (key.startsWith('/') || path.isAbsolute(key) || /^[A-Za-z]:/.test(key)) return 'absolute path'
  if (key.includes('\\')) return 'backslash'
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(key)) return 'control character'
  const segments = key.split('/')
  if (segments.some((segment) => segment === '..')) return 'parent-folder segment'
  if (segments.some((segment) => segment === '' || segment === '.')) return 'empty or "." segment'
  if (segments[0] === PARTIAL_DIR) return `reserved folder ${PARTIAL_DIR}`
  return undefined
}

async function walk(dir: string, keyPrefix: string, into: string[], isRoot: boolean): Promise<void> {
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch (error) {
    if (isMissing(error) || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return
    throw error
  }
  for (const entry of entries) {
    if (isRoot && entry.name === PARTIAL_DIR) continue
    const key = keyPrefix ? `${keyPrefix}/${entry.name}` : entry.name
    // Symbolic links are not followed: they could point outside the root.
    if (entry.isDirectory()) await walk(path.join(dir, entry.name), key, into, false)
    else if (entry.isFile()) into.push(key)
  }
}

/** rename(), re-creating the folder if a concurrent remove() pruned it in between. */
async function moveInto(partial: string, destination: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    await mkdir(path.dirname(destination), { recursive: true })
    try {
      await rename(partial, destination)
      return
    } catch (error) {
      if (!isMissing(error) || attempt >= 3) throw error
    }
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT'
}
