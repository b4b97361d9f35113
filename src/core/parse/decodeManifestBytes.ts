// Bytes of a manifest file to text, as kubectl reads them: cli-runtime's FileVisitor.Visit
// (resource/visitor.go) wraps every file in `transform.NewReader(f,
// unicode.BOMOverride(unicode.UTF8.NewDecoder()))`: a UTF-16 BOM (LE or BE) switches to UTF-16,
// a UTF-8 BOM is dropped, and anything else is read as UTF-8. Without this a UTF-16 file read as
// UTF-8 is NUL-riddled text in which nothing is found at all.

const UTF8 = new TextDecoder('utf-8'); // drops a UTF-8 BOM, as VS Code's documents do
const UTF16LE = new TextDecoder('utf-16le', { ignoreBOM: true });
const UTF16BE = new TextDecoder('utf-16be', { ignoreBOM: true });

export function decodeManifestBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return UTF16LE.decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return UTF16BE.decode(bytes.subarray(2));
  return UTF8.decode(bytes);
}
