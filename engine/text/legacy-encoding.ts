/**
 * Vietnamese typed in the legacy 8-bit encodings TCVN3 (ABC, fonts .VnTime) and VNI (VNI-Times).
 * Excel stores such text as the Windows-1252 characters of its bytes ("Th«ng tin", "Vieät Nam"),
 * so this works on those characters, never on bytes. Host-neutral: used by the add-in as well.
 */

import { VIETNAMESE_MARKED_LETTERS } from './vietnamese-letters';

export type LegacyEncoding = 'TCVN3' | 'VNI';

// Tone marks in the order both tables list them: huyền, hỏi, ngã, sắc, nặng.
const TONES = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const;
const compose = (base: string, tone: string): string => (base + tone).normalize('NFC');
const ch = (code: number): string => String.fromCharCode(code);

// ---------------------------------------------------------------------------------------------
// TCVN3: one byte per letter. Lower-case letters exist with every tone; upper case only for the
// base letters with breve, circumflex, horn and Đ (the .VnTimeH fonts draw capitals from the
// lower-case codes, so capitals with tones decode as lower case).

const TCVN3_TONED: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['a', [0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ['ă', [0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ['â', [0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ['e', [0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ['ê', [0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ['i', [0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ['o', [0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ['ô', [0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ['ơ', [0xea, 0xeb, 0xec, 0xed, 0xee]],
  ['u', [0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ['ư', [0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ['y', [0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
];
const TCVN3_PLAIN: ReadonlyArray<readonly [string, number]> = [
  ['Ă', 0xa1],
  ['Â', 0xa2],
  ['Ê', 0xa3],
  ['Ô', 0xa4],
  ['Ơ', 0xa5],
  ['Ư', 0xa6],
  ['Đ', 0xa7],
  ['ă', 0xa8],
  ['â', 0xa9],
  ['ê', 0xaa],
  ['ô', 0xab],
  ['ơ', 0xac],
  ['ư', 0xad],
  ['đ', 0xae],
];

const TCVN3_DECODE = new Map<string, string>();
for (const [base, codes] of TCVN3_TONED) {
  codes.forEach((code, i) => TCVN3_DECODE.set(ch(code), compose(base, TONES[i])));
}
for (const [letter, code] of TCVN3_PLAIN) TCVN3_DECODE.set(ch(code), letter);

const TCVN3_ENCODE = new Map<string, string>();
for (const [legacy, unicode] of TCVN3_DECODE) {
  TCVN3_ENCODE.set(unicode, legacy);
  // Capitals with a tone have no code of their own: written with the lower-case code.
  const upper = unicode.toUpperCase();
  if (!TCVN3_ENCODE.has(upper)) TCVN3_ENCODE.set(upper, legacy);
}

// ---------------------------------------------------------------------------------------------
// VNI: a base letter followed by a mark character; i with a tone, ỵ, đ, ơ and ư are one character.
// Capitals take the upper-case mark; a capital with a lower-case mark is read too.

const VNI_TONE = ['ø', 'û', 'õ', 'ù', 'ï'];
const VNI_CIRCUMFLEX = ['â', 'à', 'å', 'ã', 'á', 'ä']; // the mark alone, then with each tone
const VNI_BREVE = ['ê', 'è', 'ú', 'ü', 'é', 'ë'];
const VNI_I = ['ì', 'æ', 'ó', 'í', 'ò'];

/** Unicode letter → its VNI spelling, lower case; capitals are derived. */
const VNI_LOWER: Array<readonly [string, string]> = [
  ['đ', 'ñ'],
  ['ơ', 'ô'],
  ['ư', 'ö'],
];
for (const [base, vni] of [
  ['a', 'a'],
  ['e', 'e'],
  ['o', 'o'],
  ['u', 'u'],
  ['y', 'y'],
  ['ơ', 'ô'],
  ['ư', 'ö'],
]) {
  TONES.forEach((tone, i) => VNI_LOWER.push([compose(base, tone), vni + VNI_TONE[i]]));
}
for (const base of ['a', 'e', 'o']) {
  const hat = compose(base, '\u0302');
  VNI_LOWER.push([hat, base + VNI_CIRCUMFLEX[0]]);
  TONES.forEach((tone, i) => VNI_LOWER.push([compose(hat, tone), base + VNI_CIRCUMFLEX[i + 1]]));
}
VNI_LOWER.push(['ă', 'a' + VNI_BREVE[0]]);
TONES.forEach((tone, i) => VNI_LOWER.push([compose('ă', tone), 'a' + VNI_BREVE[i + 1]]));
TONES.forEach((tone, i) => VNI_LOWER.push([compose('i', tone), VNI_I[i]]));
VNI_LOWER.push(['ỵ', 'î']); // listed after "yï" so that the encoder writes the single character

const VNI_DECODE = new Map<string, string>();
const VNI_ENCODE = new Map<string, string>();
for (const [unicode, vni] of VNI_LOWER) {
  const upperUnicode = unicode.toUpperCase();
  const upperVni = vni.toUpperCase();
  VNI_DECODE.set(vni, unicode);
  VNI_DECODE.set(upperVni, upperUnicode);
  if (vni.length === 2) VNI_DECODE.set(upperVni[0] + vni[1], upperUnicode);
  VNI_ENCODE.set(unicode, vni);
  VNI_ENCODE.set(upperUnicode, upperVni);
}

// ---------------------------------------------------------------------------------------------

function decodeWith(encoding: LegacyEncoding, text: string): string {
  let out = '';
  if (encoding === 'TCVN3') {
    for (const c of text) out += TCVN3_DECODE.get(c) ?? c;
    return out;
  }
  for (let i = 0; i < text.length;) {
    const pair = text.length - i >= 2 ? VNI_DECODE.get(text.slice(i, i + 2)) : undefined;
    if (pair !== undefined) {
      out += pair;
      i += 2;
    } else {
      out += VNI_DECODE.get(text[i]) ?? text[i];
      i += 1;
    }
  }
  return out;
}

/** Legacy characters → Unicode (NFC). Characters outside the table are kept. */
export function decodeLegacy(text: string, encoding: LegacyEncoding): string {
  return decodeWith(encoding, text).normalize('NFC');
}

/** Unicode → the characters Excel shows for legacy text; used to build samples and tests. */
export function encodeLegacy(text: string, encoding: LegacyEncoding): string {
  const table = encoding === 'TCVN3' ? TCVN3_ENCODE : VNI_ENCODE;
  let out = '';
  for (const c of text.normalize('NFC')) out += table.get(c) ?? c;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Vietnamese syllable shape: initial + vowel nucleus + final, at most one tone, and the spelling
// rules (k/gh/ngh before i e ê y; ch/nh after a ê i; stops take only sắc or nặng).

const INITIALS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'th', 'tr', 'qu', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];
// "k" as a final is kept for Central Highlands names (Đắk Lắk, Krông Búk).
const FINALS = ['ch', 'ng', 'nh', 'c', 'k', 'm', 'n', 'p', 't', ''];
const STOPS = new Set(['c', 'ch', 'k', 'p', 't']);
const OPEN = new Set([
  'y',
  'ai',
  'ao',
  'au',
  'ay',
  'âu',
  'ây',
  'eo',
  'êu',
  'ia',
  'iu',
  'oi',
  'ôi',
  'ơi',
  'ua',
  'ui',
  'ưa',
  'ưi',
  'ưu',
  'uơ',
  'iêu',
  'yêu',
  'oai',
  'oao',
  'oay',
  'oeo',
  'uây',
  'uôi',
  'ươi',
  'ươu',
  'uya',
  'uyu',
]);
// "oo" (xoong, boong) is left out on purpose: VNI "oâ" read as TCVN3 gives "oõ", a false reading.
const CLOSED = new Set(['ă', 'â', 'iê', 'yê', 'uô', 'ươ', 'uâ', 'oă', 'uyê']);
const EITHER = new Set(['a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'oa', 'oe', 'uê', 'uy']);
const PALATAL_OK = new Set(['a', 'ê', 'i', 'oa', 'uê', 'uy']); // before ch, nh
const VELAR_BAD = new Set(['ê', 'i', 'y', 'uy', 'uê', 'ơ']); // never before c, ng
const FRONT = /^[ieêy]/u;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
// The class lists combining marks one by one (a mark after a mark is not a consonant), not a combined character.
// eslint-disable-next-line no-misleading-character-class
const TONE_ON_CONSONANT = /(^|[^aeiouy\u0302\u0306\u031b\u0300\u0301\u0303\u0309\u0323])[\u0300\u0301\u0303\u0309\u0323]/u;

function validRhyme(initial: string, nucleus: string, final: string, tone: string): boolean {
  const closedOk = EITHER.has(nucleus) || CLOSED.has(nucleus) || (nucleus === 'y' && initial === 'qu');
  if (final ? !closedOk : !(EITHER.has(nucleus) || OPEN.has(nucleus))) return false;
  if ((final === 'ch' || final === 'nh') && !(PALATAL_OK.has(nucleus) || nucleus === 'y')) return false;
  if ((final === 'c' || final === 'ng') && VELAR_BAD.has(nucleus)) return false;
  if (STOPS.has(final) && tone !== '\u0301' && tone !== '\u0323') return false;
  if ((initial === 'k' || initial === 'gh' || initial === 'ngh') && !FRONT.test(nucleus)) return false;
  if ((initial === 'c' || initial === 'ng') && FRONT.test(nucleus)) return false;
  if (initial === 'g' && /^[eê]/u.test(nucleus)) return false;
  if (initial === 'qu' && /^[uo]/u.test(nucleus)) return false;
  return true;
}

/** True when the word has the shape of one Vietnamese syllable (either tone placement). */
export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.toLowerCase().normalize('NFD');
  const tones = nfd.match(TONE_MARKS) ?? [];
  if (tones.length > 1 || TONE_ON_CONSONANT.test(nfd)) return false;
  const base = nfd.replace(TONE_MARKS, '').normalize('NFC');
  const tone = tones[0] ?? '';
  for (const initial of INITIALS) {
    if (!base.startsWith(initial)) continue;
    const rest = base.slice(initial.length);
    for (const final of FINALS) {
      if (!rest.endsWith(final)) continue;
      const nucleus = rest.slice(0, rest.length - final.length);
      if (nucleus && validRhyme(initial, nucleus, final, tone)) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Detection. Legacy text read by Excel holds only characters up to U+00FF, so any Vietnamese
// Unicode letter or combining mark means the text is Unicode. Otherwise each word the decoder
// changes is judged: legacy text turns into valid syllables from words that were not valid
// Vietnamese before (Unicode "Hoà" would decode to VNI "Hồ": both valid, so it does not count).

const HAS_LATIN1_HIGH = /[\u00a1-\u00ff]/u;
// TCVN3 puts letters on Latin-1 symbols (¸ µ « §…); VNI uses only Latin-1 letters.
const TCVN3_SYMBOL = /[\u00a1-\u00bf]/u;
const HAS_UNICODE_LETTER = /(?![\u0000-\u00ff])[\p{L}\p{M}]/u;
const WORD = /[A-Za-z\u00a1-\u00ff]+/gu;

interface Verdict {
  encoding: LegacyEncoding;
  unicode: string;
  score: number;
}

/** What decoding one word does: nothing (null), or whether the word and its decoding are syllables. */
interface WordReading {
  decodedValid: boolean;
  originalValid: boolean;
}

// The same words ("Xã", "Huyện", "Sản") recur across thousands of names: read each once per encoding.
const wordReadings: Record<LegacyEncoding, Map<string, WordReading | null>> = { TCVN3: new Map(), VNI: new Map() };
const WORD_CACHE_LIMIT = 50_000;

function readWord(word: string, encoding: LegacyEncoding): WordReading | null {
  const cache = wordReadings[encoding];
  let reading = cache.get(word);
  if (reading === undefined) {
    const decoded = decodeLegacy(word, encoding);
    reading = decoded === word ? null : { decodedValid: isVietnameseSyllable(decoded), originalValid: isVietnameseSyllable(word) };
    if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
    cache.set(word, reading);
  }
  return reading;
}

function judge(text: string, encoding: LegacyEncoding): Verdict | null {
  let changed = 0;
  let letters = 0;
  let decodedValid = 0;
  let originalValid = 0;
  let originalInvalid = 0;
  for (const word of text.match(WORD) ?? []) {
    const reading = readWord(word, encoding);
    if (reading === null) continue;
    changed += 1;
    letters += word.length;
    if (reading.decodedValid) decodedValid += 1;
    if (reading.originalValid) originalValid += 1;
    else originalInvalid += 1;
  }
  if (changed === 0 || letters < 3) return null;
  // A few words may be names the syllable check does not know; most must read as Vietnamese.
  if (decodedValid * 3 < changed * 2) return null;
  if (originalInvalid === 0 || originalInvalid < originalValid) return null;
  return { encoding, unicode: decodeLegacy(text, encoding), score: decodedValid + originalInvalid };
}

export function detectLegacyEncoding(text: string): { encoding: LegacyEncoding; unicode: string } | null {
  if (!HAS_LATIN1_HIGH.test(text) || HAS_UNICODE_LETTER.test(text)) return null;
  const tcvn3 = judge(text, 'TCVN3');
  const vni = judge(text, 'VNI');
  let best = tcvn3 ?? vni;
  if (tcvn3 && vni && vni.score !== tcvn3.score) best = vni.score > tcvn3.score ? vni : tcvn3;
  else if (tcvn3 && vni) best = TCVN3_SYMBOL.test(text) ? tcvn3 : vni;
  return best ? { encoding: best.encoding, unicode: best.unicode } : null;
}

/** The precomposed Vietnamese letters beyond Latin-1 (ả, ạ, ă, đ, ơ, ư…), by UTF-16 code. */
const VIETNAMESE_BEYOND_LATIN1: ReadonlySet<number> = (() => {
  const set = new Set<number>();
  for (const letter of VIETNAMESE_MARKED_LETTERS) {
    for (const c of [letter, letter.toUpperCase()]) if (c.charCodeAt(0) > 0xff) set.add(c.charCodeAt(0));
  }
  return set;
})();

/**
 * True when the text is plainly Unicode Vietnamese: besides ASCII and Latin-1 letters, only
 * precomposed Vietnamese letters, at least one of them beyond Latin-1 (where no legacy font puts a
 * letter), and no combining mark. Such text is neither legacy-encoded nor decomposed, so the
 * checks below need not run; it is most of what a workbook holds ("Sản phẩm", "Huyện").
 */
export function isPlainVietnamese(text: string): boolean {
  let beyondLatin1 = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x100) continue;
    if (!VIETNAMESE_BEYOND_LATIN1.has(code)) return false;
    beyondLatin1 = true;
  }
  return beyondLatin1;
}

/** Unicode in decomposed form (NFD): letters followed by combining marks, as some Mac tools write. */
export function isDecomposed(text: string): boolean {
  return /\p{M}/u.test(text) && text !== text.normalize('NFC');
}

export function describeEncoding(encoding: LegacyEncoding | 'NFD'): string {
  switch (encoding) {
    case 'TCVN3':
      return 'mã TCVN3 (ABC, phông .VnTime)';
    case 'VNI':
      return 'mã VNI (phông VNI-Times)';
    case 'NFD':
      return 'Unicode tổ hợp (NFD)';
  }
}
