import type { Finding, FindingSummary } from '../../../engine';
import { groupFindings } from '../../../engine';
import { SEVERITY_NAMES, TEXT, WHOLE_WORKBOOK } from '../labels';
import { clear, el } from './dom';

export function renderSummary(container: HTMLElement, summary: FindingSummary): void {
  clear(container);
  const item = (cls: string, label: string, n: number) =>
    el('div', { className: `count ${cls}` }, [el('span', { className: 'count-n', text: String(n) }), el('span', { className: 'count-label', text: label })]);
  container.appendChild(item('error', SEVERITY_NAMES.error, summary.errors));
  container.appendChild(item('warning', SEVERITY_NAMES.warning, summary.warnings));
  container.appendChild(item('info', SEVERITY_NAMES.info, summary.infos));
  container.hidden = false;
}

function countsText(counts: Record<'error' | 'warning' | 'info', number>): string {
  return (['error', 'warning', 'info'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${SEVERITY_NAMES[s].toLowerCase()}`)
    .join(', ');
}

export interface FindingActions {
  onSelect: (f: Finding) => void;
  /** Sheets that are hidden in the workbook: their group says so and offers to show the sheet. */
  hiddenSheets: ReadonlySet<string>;
  onShowSheet: (sheet: string) => void;
}

/** Findings by sheet, then severity; a click on a finding calls onSelect with it. */
export function renderFindings(container: HTMLElement, findings: readonly Finding[], actions: FindingActions): void {
  clear(container);
  if (findings.length === 0) {
    container.appendChild(el('p', { className: 'empty', text: TEXT.noFindings }));
    return;
  }
  for (const group of groupFindings(findings)) {
    const details = el('details', { className: 'sheet-group' });
    // Sheets with errors start open; sheets with only notes start closed, to keep the list calm.
    details.open = group.counts.error > 0 || group.counts.warning > 0;
    details.appendChild(el('summary', {}, [el('span', { className: 'sheet-name', text: group.sheet ?? WHOLE_WORKBOOK }), el('span', { className: 'sheet-counts', text: countsText(group.counts) })]));
    if (group.sheet !== null && actions.hiddenSheets.has(group.sheet)) {
      const sheet = group.sheet;
      const show = el('button', { text: TEXT.showSheet, attrs: { type: 'button', 'aria-label': `${TEXT.showSheet} "${sheet}"` } });
      show.addEventListener('click', () => actions.onShowSheet(sheet));
      details.appendChild(el('p', { className: 'hidden-note' }, [el('span', { text: TEXT.hiddenSheetNote }), show]));
    }
    for (const sev of group.groups) {
      details.appendChild(el('h3', { className: `severity-title ${sev.severity}`, text: `${SEVERITY_NAMES[sev.severity]} (${sev.findings.length})` }));
      const list = el('ul', { className: 'findings' });
      for (const f of sev.findings) {
        // Screen readers hear the severity first, which the colour alone does not say.
        const label = `${SEVERITY_NAMES[f.severity]}${f.cell ? `, ô ${f.cell}` : ''}: ${f.message}${f.hint ? ` ${f.hint}` : ''}`;
        const button = el('button', { className: `finding ${f.severity}`, attrs: { type: 'button', 'data-code': f.code, 'aria-label': label } }, [
          el('span', { className: 'cell', text: f.cell ?? '—' }),
          el('span', { className: 'message', text: f.message }),
          f.hint ? el('span', { className: 'hint', text: f.hint }) : null,
        ]);
        if (f.sheet !== null) button.addEventListener('click', () => actions.onSelect(f));
        else button.disabled = true;
        list.appendChild(el('li', {}, [button]));
      }
      details.appendChild(list);
    }
    container.appendChild(details);
  }
}
