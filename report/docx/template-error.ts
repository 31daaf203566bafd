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

/** One problem met while filling a part (a condition that cannot be decided): the template's, not the program's. */
export class FillProblem extends Error {
  constructor(readonly problem: TemplateProblem) {
    super(problem.message);
    this.name = 'FillProblem';
  }
}

export function describeProblems(problems: TemplateProblem[]): string {
  return problems.map((p) => `- ${p.placeholder}: ${p.message}; tại đoạn "${p.location}"${p.part === 'word/document.xml' ? '' : ` (${partLabel(p.part)})`}`).join('\n');
}

/** Where in the file a part is, in a secretary's words. */
export function partLabel(part: string): string {
  if (part === 'word/document.xml') return 'thân văn bản';
  if (part.includes('header')) return 'đầu trang';
  if (part.includes('footer')) return 'chân trang';
  if (part === 'word/footnotes.xml') return 'chú thích cuối trang';
  if (part === 'word/endnotes.xml') return 'chú thích cuối văn bản';
  if (part === 'word/comments.xml') return 'ghi chú (comment)';
  return part;
}
