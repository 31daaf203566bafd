import { fold } from './fold';

/**
 * A name as a file name both hosts write the same way: "Thành phố Ngã Bảy" → "thanh-pho-nga-bay"
 * (no diacritics, no spaces, nothing a file system refuses). Empty when nothing is left.
 */
export function fileSlug(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
