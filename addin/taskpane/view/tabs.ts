import { byId } from './dom';

/**
 * Findings and targets as two tabs right under the summary, so the targets are one click away
 * however long the list of findings is. Arrow keys move between the tabs, as in any tab list.
 */
const TABS = [
  { tab: 'tab-findings', panel: 'findings-panel' },
  { tab: 'tab-targets', panel: 'targets-panel' },
];

export function selectTab(index: number): void {
  TABS.forEach((t, i) => {
    const tab = byId<HTMLButtonElement>(t.tab);
    tab.setAttribute('aria-selected', String(i === index));
    tab.tabIndex = i === index ? 0 : -1;
    byId(t.panel).hidden = i !== index;
  });
}

export function setUpTabs(): void {
  TABS.forEach((t, i) => {
    const tab = byId<HTMLButtonElement>(t.tab);
    tab.addEventListener('click', () => selectTab(i));
    tab.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
      const next = (i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length;
      selectTab(next);
      byId<HTMLButtonElement>(TABS[next].tab).focus();
    });
  });
}

export function showTabs(findings: number, targets: number): void {
  byId('tabs').hidden = false;
  byId('tab-findings').textContent = `Phát hiện (${findings})`;
  byId('tab-targets').textContent = `Tiến độ chỉ tiêu (${targets})`;
}
