/**
 * What a file that is neither a zip nor a CFB container probably is, from its first bytes, so the
 * message can tell the user what they gave ("a CSV", "a web page") instead of only "not a workbook".
 */

export type SniffedFormat = 'csv' | 'text' | 'html' | 'xml-spreadsheet' | 'xml' | 'pdf' | 'unknown';

const SAMPLE = 64 * 1024;

const startsWith = (bytes: Uint8Array, prefix: string): boolean => bytes.length >= prefix.length && [...prefix].every((c, i) => bytes[i] === c.charCodeAt(0));

function sampleText(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, SAMPLE);
  if (sample[0] === 0xff && sample[1] === 0xfe) return new TextDecoder('utf-16le').decode(sample.subarray(2));
  if (sample[0] === 0xfe && sample[1] === 0xff) return new TextDecoder('utf-16be').decode(sample.subarray(2));
  let control = 0;
  for (const b of sample) {
    if (b === 0) return null;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control += 1;
  }
  // A few stray control bytes are tolerated (old exports); many mean binary data.
  if (control > sample.length / 100) return null;
  // Windows-1252 or UTF-8 both read well enough to recognise markup and separators.
  return new TextDecoder('utf-8').decode(sample).replace(/^\uFEFF/u, '');
}

/** CSV when most of the first lines share the same count (> 0) of one separator. */
function looksLikeCsv(text: string): boolean {
  const lines = text
    .split(/\r\n|\n|\r/u)
    .filter((l) => l.trim() !== '')
    .slice(0, 20);
  if (lines.length === 0) return false;
  return [',', ';', '\t', '|'].some((sep) => {
    const counts = lines.map((l) => l.split(sep).length - 1);
    const first = counts[0];
    return first > 0 && counts.filter((c) => c === first).length >= Math.ceil(lines.length * 0.8);
  });
}

export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (startsWith(bytes, '%PDF')) return 'pdf';
  const text = sampleText(bytes);
  if (text === null) return 'unknown';
  const head = text.trimStart().slice(0, 4096).toLowerCase();
  if (head.startsWith('<?xml') || head.startsWith('<workbook')) {
    return head.includes('urn:schemas-microsoft-com:office:spreadsheet') ? 'xml-spreadsheet' : 'xml';
  }
  if (/^<(!doctype html|html|table|head|body|meta)\b/u.test(head) || head.includes('<html')) return 'html';
  return looksLikeCsv(text) ? 'csv' : 'text';
}
