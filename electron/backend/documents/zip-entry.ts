import { inflateRawSync } from 'node:zlib'

// Just enough of the ZIP format to read one small part of a Word file (its custom properties)
// without a dependency: the end record, the central directory, one local header.
const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50
const STORED = 0
const DEFLATED = 8

/** True when the bytes begin like a ZIP archive (a .docx is one). */
export const looksLikeZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && Buffer.from(bytes.subarray(0, 4)).readUInt32LE(0) === LOCAL_HEADER

function endOfDirectory(buf: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  const stop = Math.max(0, buf.length - 22 - 0xffff)
  for (let i = buf.length - 22; i >= stop; i--)
    if (buf.readUInt32LE(i) === END_OF_DIRECTORY) return i
  throw new Error('not a ZIP archive: no end of central directory')
}

/**
 * The uncompressed bytes of one entry of a ZIP archive, or undefined when the archive has no
 * such entry. Throws on a damaged archive or an entry larger than `maxBytes`.
 */
export function readZipEntry(
  bytes: Uint8Array,
  name: string,
  maxBytes = 1024 * 1024,
): Buffer | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = endOfDirectory(buf)
  const entries = buf.readUInt16LE(end + 10)
  let at = buf.readUInt32LE(end + 16)
  for (let i = 0; i < entries; i++) {
    if (buf.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Error('damaged ZIP central directory')
    const method = buf.readUInt16LE(at + 10)
    const compressed = buf.readUInt32LE(at + 20)
    const size = buf.readUInt32LE(at + 24)
    const nameLength = buf.readUInt16LE(at + 28)
    const extraLength = buf.readUInt16LE(at + 30)
    const commentLength = buf.readUInt16LE(at + 32)
    const local = buf.readUInt32LE(at + 42)
    const entryName = buf.toString('utf8', at + 46, at + 46 + nameLength)
    at += 46 + nameLength + extraLength + commentLength
    if (entryName !== name) continue
    if (size > maxBytes) throw new Error(`ZIP entry ${name} is larger than ${maxBytes} bytes`)
    if (buf.readUInt32LE(local) !== LOCAL_HEADER) throw new Error('damaged ZIP local header')
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28)
    const data = buf.subarray(start, start + compressed)
    if (method === STORED) return Buffer.from(data)
    if (method === DEFLATED) return inflateRawSync(data, { maxOutputLength: maxBytes })
    throw new Error(`ZIP entry ${name} uses an unsupported compression method (${method})`)
  }
  return undefined
}
