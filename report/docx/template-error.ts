import type { TemplateProblem } from '../placeholders/occurrences';

/** The template cannot be used: not a .docx, or placeholders that are unknown or malformed. */
export class TemplateError extends Error {
  constructor(
    message: string,
    readonly problems: TemplateProblem[] = [],
    readonly notDocx = false,
  ) {
    super(message);
    this.name = 'TemplateError';
  }
}

export function describeProblems(problems: TemplateProblem[]): string {
  return problems.map((p) => `- ${p.placeholder}: ${p.message}; tại đoạn "${p.location}"${p.part === 'word/document.xml' ? '' : ` (${partName(p.part)})`}`).join('\n');
}

function partName(part: string): string {
  if (part.includes('header')) return 'đầu trang';
  if (part.includes('footer')) return 'chân trang';
  return part;
}
