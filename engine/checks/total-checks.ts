import type { Finding } from '../findings/finding';
import { totalMismatch } from '../findings/catalog';
import type { Cell } from '../model/cell';
import type { Table } from '../parse/read-table';
import { loadRules } from '../rules/load';
import type { Period } from '../rules/schemas';
import { criterionKey, type CommuneRecord } from '../workbook-layout/sheets';
import { parseViNumber } from '../text/vi-number';

/** What a totals row's figure under one column stands for, and how one record adds to it. */
export interface TotalCounter<R> {
  what: string;
  /** A record's share of the figure: true counts one, a number adds itself. */
  add: (record: R) => boolean | number | undefined;
}

/** A count as typed; a share ("93,3%", a cell shown as a percentage) is another figure, not compared. */
function typedNumber(cell: Cell): number | undefined {
  if (cell.type === 'number') return cell.numberFormat?.includes('%') ? undefined : (cell.value as number);
  if (cell.type === 'string' && !String(cell.value).includes('%')) return parseViNumber(String(cell.value))?.value;
  return undefined;
}

/** "Tổng cộng: 16 xã", "Cộng 45 sản phẩm": the count written into the label. */
function countInLabel(label: string): number | undefined {
  const m = /(\d+)\s*(?:xã|đơn vị|sản phẩm|sp)\b/iu.exec(label.normalize('NFC'));
  return m ? Number(m[1]) : undefined;
}

/**
 * Totals and subtotals rows against the records they cover (SPEC §3): no peer checks them, and a
 * hand-kept total is often out of date. Only figures the records determine are compared; a
 * column the counters do not know (an average income, a score) is left alone.
 */
export function checkTotals<R>(sheet: string, table: Table<R>, counters: Readonly<Record<string, TotalCounter<R>>>, names: { key: string; what: string }, findings: Finding[]): void {
  for (const total of table.totals) {
    const covered = table.rows.slice(total.covers.from, total.covers.to);
    if (covered.length === 0) continue;
    const base = { label: total.label, row: total.row, rowsCounted: covered.length };
    const inLabel = countInLabel(total.label);
    if (inLabel !== undefined && inLabel !== covered.length) {
      const cell = total.cells.get(names.key)?.address ?? `A${total.row}`;
      findings.push(totalMismatch(sheet, { ...base, cell, what: names.what, typed: inLabel, computed: covered.length }));
    }
    for (const [key, { cell, address }] of total.cells) {
      const counter = counters[key];
      if (!counter) continue;
      const typed = typedNumber(cell);
      if (typed === undefined) continue;
      let computed = 0;
      for (const record of covered) {
        const share = counter.add(record.values);
        if (share === true) computed += 1;
        else if (typeof share === 'number') computed += share;
      }
      if (Math.abs(typed - computed) > 1e-9) findings.push(totalMismatch(sheet, { ...base, cell: address, what: counter.what, typed, computed }));
    }
  }
}

/** Sheet "Xã": units, criteria met per column, communes at a recognised level, population. */
export function checkCommuneTotals(sheet: string, table: Table<CommuneRecord>, period: Period, findings: Finding[]): void {
  const rules = loadRules();
  const notRecognised = rules.levelById.get('chua-dat')!.name;
  const counters: Record<string, TotalCounter<CommuneRecord>> = {
    mucDatChuan: { what: 'số xã đạt chuẩn NTM trở lên', add: (v) => v.mucDatChuan !== undefined && v.mucDatChuan !== notRecognised },
    danSo: { what: 'dân số', add: (v) => v.danSo },
  };
  for (const c of rules.criteria[period].criteria) {
    const key = criterionKey(c.number);
    counters[key] = { what: `số xã đạt tiêu chí ${c.number} (${c.name})`, add: (v) => v[key] === true };
  }
  checkTotals(sheet, table, counters, { key: 'ten', what: 'số đơn vị' }, findings);
}

/** Sheet "OCOP": the number of products a totals label gives. */
export function checkOcopTotals<R>(sheet: string, table: Table<R>, findings: Finding[]): void {
  checkTotals(sheet, table, {}, { key: 'ten', what: 'số sản phẩm' }, findings);
}
