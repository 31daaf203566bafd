import type { TargetResult } from '../../../engine';
import { formatWithUnit } from '../../../engine';
import { formatPercent } from '../../../engine';
import { TARGET_STATUS_NAMES, TEXT } from '../labels';
import { clear, el } from './dom';

function value(t: TargetResult, n: number | null): string {
  return n === null ? '—' : formatWithUnit(t.code, n, t.unit);
}

/** 0–100 for the bar: the engine's completion, clamped. */
export function progressPercent(t: TargetResult): number | null {
  return t.completion === null ? null : Math.max(0, Math.min(100, t.completion));
}

export function renderTargets(container: HTMLElement, targets: readonly TargetResult[]): void {
  clear(container);
  if (targets.length === 0) {
    container.appendChild(el('p', { className: 'empty', text: TEXT.noTargets }));
    return;
  }
  const list = el('ul', { className: 'targets' });
  for (const t of targets) {
    const percent = progressPercent(t);
    const bar = el('progress', { className: `bar ${t.status}`, attrs: { max: '100', 'aria-label': `Mức hoàn thành: ${t.description || t.code}` } });
    if (percent !== null) bar.value = percent;
    const figures = `Thực hiện: ${value(t, t.actual)} · Mục tiêu: ${t.comparator} ${value(t, t.target)}${t.deadline ? ` (năm ${t.deadline})` : ''}`;
    list.appendChild(
      el('li', { className: 'target' }, [
        el('div', { className: 'target-head' }, [
          el('span', { className: 'target-name', text: t.description || t.code }),
          el('span', { className: `badge ${t.status}`, text: TARGET_STATUS_NAMES[t.status] }),
        ]),
        el('div', { className: 'target-figures', text: figures }),
        t.scope ? el('div', { className: 'target-scope', text: `Phạm vi: ${t.scope}` }) : null,
        t.failingUnits && t.failingUnits.length > 0 ? el('div', { className: 'target-scope', text: `Chưa đạt: ${t.failingUnits.join(', ')}` }) : null,
        percent !== null ? el('div', { className: 'bar-row' }, [bar, el('span', { className: 'bar-text', text: formatPercent(percent, 1) })]) : null,
      ]),
    );
  }
  container.appendChild(list);
}
