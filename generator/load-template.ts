import { inspectDocxBytes } from './inspect-input';
import { readInputFile } from './io';

/** A Word template, read once and checked as a container (zip, not encrypted, no DOCTYPE) before docx opens it. */
export async function loadTemplateFile(file: string): Promise<Uint8Array> {
  const bytes = await readInputFile(file, 'mẫu báo cáo');
  inspectDocxBytes(bytes, file);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
