/**
 * Whether an XML part declares a DTD (<!DOCTYPE …>, and with it <!ENTITY …>). Office never writes
 * one, and entity expansion is how "billion laughs" and external-entity attacks work, so such a
 * part is refused. A DTD can only stand before the root element, so the scan stops at the first
 * start tag: only the prologue (XML declaration, comments, processing instructions) is read.
 */

interface Source {
  indexOf(needle: string, from: number): number;
  startsWith(needle: string, at: number): boolean;
}

function bufferSource(data: Uint8Array): Source {
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return {
    indexOf: (needle, from) => buffer.indexOf(needle, from, 'latin1'),
    startsWith: (needle, at) => at + needle.length <= buffer.length && buffer.toString('latin1', at, at + needle.length) === needle,
  };
}

function stringSource(text: string): Source {
  return { indexOf: (n, from) => text.indexOf(n, from), startsWith: (n, at) => text.startsWith(n, at) };
}

/** UTF-16 parts are decoded; UTF-8 and single-byte parts are scanned as bytes (markup is ASCII). */
function sourceOf(data: Uint8Array): Source {
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0x3c && data[1] === 0x00)) {
    return stringSource(new TextDecoder('utf-16le').decode(data));
  }
  if ((data[0] === 0xfe && data[1] === 0xff) || (data[0] === 0x00 && data[1] === 0x3c)) {
    return stringSource(new TextDecoder('utf-16be').decode(data));
  }
  return bufferSource(data);
}

export function declaresDtd(data: Uint8Array): boolean {
  const source = sourceOf(data);
  for (let at = 0; ;) {
    const open = source.indexOf('<', at);
    if (open < 0) return false;
    if (source.startsWith('<?', open)) {
      const end = source.indexOf('?>', open + 2);
      if (end < 0) return false;
      at = end + 2;
    } else if (source.startsWith('<!--', open)) {
      const end = source.indexOf('-->', open + 4);
      if (end < 0) return false;
      at = end + 3;
    } else {
      // "<!" before the root is a DOCTYPE (or ENTITY); anything else is the root element.
      return source.startsWith('<!', open);
    }
  }
}
