import { normalizeRuns } from '../xml/normalize-runs';
import { parseXml, XmlSyntaxError, type XmlElement } from '../xml/tree';
import { TemplateError } from './template-error';

/** A template part our parser cannot read: the template is damaged, not the program. */
export function parseTemplatePart(part: string, xml: string): XmlElement {
  return asTemplatePart(part, () => parseXml(xml));
}

/** A part parsed, with its placeholders made whole (see normalizeRuns). */
export function readTemplatePart(part: string, xml: string): XmlElement {
  return asTemplatePart(part, () => {
    const root = parseXml(xml);
    normalizeRuns(root);
    return root;
  });
}

/** Runs `work` on a part; XML it cannot read (a bad tag, a character reference to nothing) is the template's. */
export function asTemplatePart<T>(part: string, work: () => T): T {
  try {
    return work();
  } catch (err) {
    if (err instanceof XmlSyntaxError) throw damaged(part, err);
    throw err;
  }
}

function damaged(part: string, err: unknown): TemplateError {
  const reason = String((err as Error)?.message ?? err).split('\n')[0];
  return new TemplateError(`Mẫu có phần XML bị hỏng (${part}: ${reason}); mở mẫu bằng Word và lưu lại dưới dạng .docx.`, [], true);
}
