import JSZip from 'jszip';
import { TemplateError } from './template-error';

/** Opens a .docx; anything that is not one becomes a TemplateError with a Vietnamese message. */
export async function loadDocx(data: Uint8Array): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw new TemplateError('Tệp mẫu không phải tệp Word .docx (không mở được dạng nén của .docx).', [], true);
  }
  if (!zip.file('word/document.xml')) {
    throw new TemplateError('Tệp mẫu không phải tệp Word .docx (thiếu phần word/document.xml).', [], true);
  }
  return zip;
}
