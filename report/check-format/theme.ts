import type { XmlElement } from '../xml/tree';
import { findAllDeep } from '../xml/tree';
import { attr, child } from './xml-access';

/** The two Latin fonts of a theme: rFonts w:asciiTheme="minorHAnsi" means the minor one. */
export interface ThemeFonts {
  major?: string;
  minor?: string;
}

export function readThemeFonts(theme: XmlElement | undefined): ThemeFonts {
  if (!theme) return {};
  const scheme = findAllDeep(theme, 'a:fontScheme')[0];
  const latin = (name: string) => attr(child(child(scheme, name), 'a:latin'), 'typeface') || undefined;
  return { major: latin('a:majorFont'), minor: latin('a:minorFont') };
}

/** A theme font reference ("minorHAnsi", "majorAscii", …) as the font it stands for. */
export function themeFont(fonts: ThemeFonts, ref: string | undefined): string | undefined {
  if (!ref) return undefined;
  if (ref.startsWith('major')) return fonts.major ?? ref;
  if (ref.startsWith('minor')) return fonts.minor ?? ref;
  return undefined;
}
