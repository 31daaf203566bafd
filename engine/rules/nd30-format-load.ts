import { z } from 'zod';
import nd30Json from '../../rules/nd30-format.json';
import { Nd30FormatSchema, type Nd30Format } from './nd30-format-schema';

let cached: Nd30Format | undefined;

/** The ND30 layout rules, parsed once; a malformed file stops the program at load with the file's name. */
export function loadNd30Format(): Nd30Format {
  if (cached) return cached;
  const result = Nd30FormatSchema.safeParse(nd30Json);
  if (!result.success) throw new Error(`Dữ liệu quy tắc rules/nd30-format.json không hợp lệ:\n${z.prettifyError(result.error)}`);
  cached = result.data;
  return cached;
}
