import { allBold } from './facts';
import { followers, HEAD_SCAN, isAppendixLabel, isDateLine, isNumberLine, isRecipientsLabel, longestLine, QUOC_HIEU, ruleUnder, typeName } from './layout-helpers';
import type { DocModel, DocParagraph, DocTable } from './model';
import { fold, isBlank, isUnderscoreRule } from './text';

export { longestLine } from './layout-helpers';

/**
 * Finds the ND30 elements in a document by their text and position, not by style names, so that
 * documents typed by hand (Word or LibreOffice, with or without the two-column header table) are
 * read as well as our own reports.
 */
export interface RuleLine {
  paragraph: DocParagraph;
  /** Estimated length in twips; undefined for a drawn shape (its length is not read). */
  length?: number;
}

export interface Layout {
  headerTable?: DocTable;
  quocHieu?: DocParagraph;
  tieuNgu?: DocParagraph;
  tieuNguRule?: RuleLine;
  chuQuan: DocParagraph[];
  coQuan: DocParagraph[];
  coQuanRule?: RuleLine;
  so?: DocParagraph;
  vv: DocParagraph[];
  date?: DocParagraph;
  tenLoai?: DocParagraph;
  trichYeu: DocParagraph[];
  trichYeuRule?: RuleLine;
  kinhGui: DocParagraph[];
  body: DocParagraph[];
  noiNhanLabel?: DocParagraph;
  noiNhan: DocParagraph[];
  signer: DocParagraph[];
  appendices: Appendix[];
  /** Sections holding the main document (before the first appendix). */
  mainSections: number;
}

export interface Appendix {
  label: DocParagraph;
  title: DocParagraph[];
  reference?: DocParagraph;
  ownSection: boolean;
}

/** Ô 1–4 (and 5b): Quốc hiệu, Tiêu ngữ, the agency, Số, V/v and the date, in the header table or the first paragraphs. */
function findHeader(model: DocModel, layout: Layout): void {
  const head = model.paragraphs.filter((p) => p.place === 'body').slice(0, HEAD_SCAN);

  // Ô 1: Quốc hiệu and Tiêu ngữ.
  layout.quocHieu = head.find((p) => fold(p.text).includes(QUOC_HIEU));
  const qh = layout.quocHieu;
  if (qh) {
    const next = followers(model, qh).find((q) => !isBlank(q));
    if (next && /doc lap/.test(fold(next.text))) layout.tieuNgu = next;
  } else {
    layout.tieuNgu = head.find((p) => /^doc lap\s*[-–—]?\s*tu do/.test(fold(p.text)));
  }
  if (layout.tieuNgu) layout.tieuNguRule = ruleUnder(model, layout.tieuNgu, longestLine(layout.tieuNgu));
  const anchor = qh ?? layout.tieuNgu;
  if (anchor?.cell) layout.headerTable = model.tables.find((t) => t.index === anchor.cell!.table);

  // Ô 3, 4, 5b: Số, the date line, V/v.
  const headerParas = layout.headerTable ? layout.headerTable.rows.flat(2) : head.slice(0, 25);
  layout.so = headerParas.find(isNumberLine) ?? head.slice(0, 25).find(isNumberLine);
  layout.date = headerParas.find(isDateLine) ?? head.slice(0, 25).find(isDateLine);
  if (layout.so)
    layout.vv = followers(model, layout.so)
      .filter((q) => /^v\/v\b/.test(fold(q.text)))
      .slice(0, 1);
  if (layout.vv.length > 0)
    layout.vv.push(
      ...followers(model, layout.vv[0])
        .filter((q) => !isBlank(q) && !isNumberLine(q))
        .slice(0, 2),
    );

  // Ô 2: the agency names, above Số in the left cell (or before the Quốc hiệu without a table).
  const agencyLines: DocParagraph[] = [];
  if (layout.so && layout.headerTable) {
    const box = headerParas.filter((p) => p.cell && layout.so!.cell && p.cell.col === layout.so!.cell.col);
    for (const p of box) {
      if (p === layout.so || isNumberLine(p) || p === qh || p === layout.tieuNgu) break;
      if (isBlank(p) || isUnderscoreRule(p.text)) {
        if (agencyLines.length > 0) break;
        continue;
      }
      if (isDateLine(p)) break;
      agencyLines.push(p);
    }
  } else {
    // Without a table the agency stands right above Số (or above the Quốc hiệu when Số is not found).
    const stop = layout.so ?? anchor;
    const before = stop ? head.slice(0, head.indexOf(stop)) : [];
    for (let i = before.length - 1; i >= 0; i--) {
      const p = before[i];
      if (isBlank(p) || isUnderscoreRule(p.text)) {
        if (agencyLines.length > 0) break;
        continue;
      }
      if (p === qh || p === layout.tieuNgu || isDateLine(p) || p.cell || p.inTextBox) break;
      agencyLines.unshift(p);
    }
  }
  let split = agencyLines.length;
  while (split > 0 && allBold(agencyLines[split - 1])) split--;
  if (split === agencyLines.length && agencyLines.length > 0) split = agencyLines.length - 1;
  layout.chuQuan = agencyLines.slice(0, split);
  layout.coQuan = agencyLines.slice(split);
  const lastAgency = layout.coQuan[layout.coQuan.length - 1];
  if (lastAgency) layout.coQuanRule = ruleUnder(model, lastAgency, longestLine(lastAgency));
}

/** The top-level paragraphs after the header, and the table that holds "Nơi nhận" (with how many paragraphs precede it). */
function afterHeader(model: DocModel, layout: Layout): { topParas: DocParagraph[]; tableAfterBody?: DocTable; tablePos: number } {
  const top = model.blocks;
  let at: number;
  if (layout.headerTable) at = top.findIndex((b) => b.kind === 'table' && b.table === layout.headerTable) + 1;
  else {
    // The title follows the last header element, whichever order the paragraphs are in.
    const ends = [layout.date, layout.so, layout.tieuNguRule?.paragraph, layout.tieuNgu, layout.quocHieu].map((p) => top.findIndex((b) => b.kind === 'paragraph' && b.paragraph === p));
    at = Math.max(0, ...ends) + (ends.some((i) => i >= 0) ? 1 : 0);
  }
  const topParas: DocParagraph[] = [];
  let tableAfterBody: DocTable | undefined;
  let tablePos = -1;
  for (let i = Math.max(0, at); i < top.length; i++) {
    const b = top[i];
    if (b.kind === 'paragraph') {
      if (b.paragraph.place === 'body') topParas.push(b.paragraph);
    } else if (!tableAfterBody && b.table.rows.flat(2).some(isRecipientsLabel)) {
      tableAfterBody = b.table;
      tablePos = topParas.length;
    }
  }
  return { topParas, tableAfterBody, tablePos };
}

/** Ô 5a and 9a: tên loại, trích yếu and its rule, Kính gửi; returns the index of the first body paragraph. */
function findTitle(model: DocModel, layout: Layout, topParas: DocParagraph[], typeNames: readonly string[]): number {
  let k = 0;
  while (k < topParas.length && isBlank(topParas[k])) k++;
  if (k < topParas.length && typeName(topParas[k], typeNames)) {
    layout.tenLoai = topParas[k++];
    while (
      k < topParas.length &&
      topParas[k].props.jc === 'center' &&
      !isBlank(topParas[k]) &&
      !/^kinh gui/.test(fold(topParas[k].text)) &&
      layout.trichYeu.length < 4 &&
      !isUnderscoreRule(topParas[k].text)
    ) {
      layout.trichYeu.push(topParas[k++]);
    }
    const lastTitle = layout.trichYeu[layout.trichYeu.length - 1] ?? layout.tenLoai;
    layout.trichYeuRule = ruleUnder(model, lastTitle, Math.max(...(layout.trichYeu.length ? layout.trichYeu : [lastTitle]).map(longestLine)));
    if (layout.trichYeuRule && layout.trichYeuRule.paragraph !== lastTitle) k = topParas.indexOf(layout.trichYeuRule.paragraph) + 1;
  }
  while (k < topParas.length && isBlank(topParas[k])) k++;
  if (k < topParas.length && /^kinh gui/.test(fold(topParas[k].text))) {
    layout.kinhGui.push(topParas[k++]);
    while (k < topParas.length && /^[-–+•]/.test(topParas[k].text.trim())) layout.kinhGui.push(topParas[k++]);
  }

  return k;
}

/** Appendices: a short centred "Phụ lục …" line after the body; returns the paragraphs before the first. */
function findAppendices(model: DocModel, layout: Layout, rest: DocParagraph[]): DocParagraph[] {
  const appendixAt = rest.findIndex((p) => isAppendixLabel(p) && p.props.jc === 'center');
  const bodyAndClose = appendixAt >= 0 ? rest.slice(0, appendixAt) : rest;
  if (appendixAt >= 0) {
    const labels = model.paragraphs.filter(
      (p) => !p.cell && p.place === 'body' && isAppendixLabel(p) && p.props.jc === 'center' && model.paragraphs.indexOf(p) >= model.paragraphs.indexOf(rest[appendixAt]),
    );
    for (const label of labels) {
      const after = followers(model, label);
      const title: DocParagraph[] = [];
      let reference: DocParagraph | undefined;
      for (const q of after.slice(0, 6)) {
        if (isBlank(q)) continue;
        if (/^\(kem theo/.test(fold(q.text))) {
          reference = q;
          break;
        }
        if (q.props.jc !== 'center' || title.length >= 3) break;
        title.push(q);
      }
      const sectionStart = model.paragraphs.find((p) => p.section === label.section && p.place === 'body' && !isBlank(p));
      layout.appendices.push({ label, title, reference, ownSection: label.section > 0 && sectionStart === label });
    }
    layout.mainSections = layout.appendices[0].ownSection ? layout.appendices[0].label.section : layout.appendices[0].label.section + 1;
  }

  return bodyAndClose;
}

/** Ô 9b and 7: Nơi nhận and the signature, in a table after the body or as paragraphs; the body is what precedes them. */
function findClosing(layout: Layout, bodyAndClose: DocParagraph[], tableAfterBody: DocTable | undefined, tablePos: number): void {
  if (tableAfterBody) {
    const cells = tableAfterBody.rows.flat();
    const labelCell = cells.find((c) => c.some(isRecipientsLabel))!;
    layout.noiNhanLabel = labelCell.find(isRecipientsLabel);
    layout.noiNhan = labelCell.slice(labelCell.indexOf(layout.noiNhanLabel!) + 1).filter((p) => !isBlank(p));
    layout.signer = cells
      .filter((c) => c !== labelCell)
      .flat()
      .filter((p) => !isBlank(p));
    layout.body = bodyAndClose.slice(0, Math.max(0, tablePos));
  } else {
    const labelAt = bodyAndClose.findIndex(isRecipientsLabel);
    if (labelAt >= 0) {
      layout.noiNhanLabel = bodyAndClose[labelAt];
      let j = labelAt + 1;
      while (j < bodyAndClose.length && (isBlank(bodyAndClose[j]) || /^[-–+•]/.test(bodyAndClose[j].text.trim()))) {
        if (!isBlank(bodyAndClose[j])) layout.noiNhan.push(bodyAndClose[j]);
        j++;
      }
      // The signature stands either just before "Nơi nhận" (paragraph layout) or after the list.
      const before = bodyAndClose.slice(0, labelAt);
      let s = before.length;
      while (s > 0 && (isBlank(before[s - 1]) || before[s - 1].props.jc === 'center' || before[s - 1].props.jc === 'right')) s--;
      const signerBefore = before.slice(s).filter((p) => !isBlank(p));
      layout.signer = signerBefore.length > 0 ? signerBefore : bodyAndClose.slice(j).filter((p) => !isBlank(p));
      layout.body = signerBefore.length > 0 ? before.slice(0, s) : before;
    } else {
      layout.body = bodyAndClose;
    }
  }
}

export function findLayout(model: DocModel, documentTypes: readonly string[]): Layout {
  const layout: Layout = { chuQuan: [], coQuan: [], vv: [], trichYeu: [], kinhGui: [], body: [], noiNhan: [], signer: [], appendices: [], mainSections: model.sections.length };
  findHeader(model, layout);
  const { topParas, tableAfterBody, tablePos } = afterHeader(model, layout);
  const k = findTitle(model, layout, topParas, documentTypes.map(fold));
  const bodyAndClose = findAppendices(model, layout, topParas.slice(k));
  findClosing(layout, bodyAndClose, tableAfterBody, tablePos - k);
  layout.body = layout.body.filter((p) => !layout.signer.includes(p) && p.section < layout.mainSections);
  return layout;
}
