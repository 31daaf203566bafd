import { allBold, allUnderlined, mainSize } from './facts';
import type { DocModel, DocParagraph, DocTable } from './model';
import { fold, isBlank, isUnderscoreRule, isUpperCase } from './text';
import { textWidth, wrapLines } from './text-width';

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

const QUOC_HIEU = 'cong hoa xa hoi chu nghia viet nam';
const HEAD_SCAN = 60;

const sameBox = (a: DocParagraph, b: DocParagraph) =>
  a.inTextBox === b.inTextBox && a.section === b.section && a.place === b.place &&
  (a.cell === undefined ? b.cell === undefined : b.cell !== undefined && a.cell.table === b.cell.table && a.cell.row === b.cell.row && a.cell.col === b.cell.col);

/** The paragraphs that follow `p` in the same cell, text box or body, in order. */
function followers(model: DocModel, p: DocParagraph): DocParagraph[] {
  const i = model.paragraphs.indexOf(p);
  const out: DocParagraph[] = [];
  for (let j = i + 1; j < model.paragraphs.length && out.length < 30; j++) {
    const q = model.paragraphs[j];
    if (sameBox(p, q)) out.push(q);
    else if (!q.inTextBox && !p.inTextBox && !p.cell) break;
  }
  return out;
}

/** The rule line drawn under `p`: its own bottom border or underline, or the next paragraph as a border, underscores or a shape. */
function ruleUnder(model: DocModel, p: DocParagraph, textLength: number): RuleLine | undefined {
  if (p.props.bottomBorder) return { paragraph: p, length: p.width };
  if (p.hasLineShape) return { paragraph: p };
  const next = followers(model, p).slice(0, 2);
  for (const q of next) {
    if (isBlank(q) && q.props.bottomBorder) return { paragraph: q, length: q.width };
    if (isBlank(q) && q.hasLineShape) return { paragraph: q };
    if (isUnderscoreRule(q.text)) return { paragraph: q, length: textWidth(q.text.trim(), mainSize(q), false) };
    if (!isBlank(q)) break;
    if (q.props.topBorder) return undefined;
  }
  if (allUnderlined(p)) return { paragraph: p, length: textLength };
  // A line shape anchored elsewhere in the same cell (Word anchors shapes to any paragraph).
  const box = model.paragraphs.filter((q) => p.cell && sameBox(p, q));
  const shape = box.find((q) => q.hasLineShape);
  return shape ? { paragraph: shape } : undefined;
}

/** The longest line of `p` as Word would wrap it. */
export function longestLine(p: DocParagraph): number {
  const size = mainSize(p);
  const bold = allBold(p);
  const lines = wrapLines(p.text, size, bold, p.width || 9000);
  return Math.max(0, ...lines.map((l) => textWidth(l, size, bold)));
}

function isNumberLine(p: DocParagraph): boolean {
  return /^so\s*[:.]?\s*[^/]{0,12}\//.test(fold(p.text)) && p.text.trim().length < 60;
}

function isDateLine(p: DocParagraph): boolean {
  return /ngay\b.*\bthang\b.*\bnam\b/.test(fold(p.text)) && p.text.length < 120;
}

/** "BÁO CÁO", "Quyết định", or a type name in capitals followed by a few words ("KẾ HOẠCH HÀNH ĐỘNG"). */
function typeName(p: DocParagraph, names: readonly string[]): boolean {
  const t = fold(p.text);
  return names.some((n) => t === n) || (isUpperCase(p.text.trim()) && names.some((n) => t.startsWith(`${n} `) && t.length < n.length + 25));
}

function isRecipientsLabel(p: DocParagraph): boolean {
  return /^noi nhan\s*:?$/.test(fold(p.text));
}

function isAppendixLabel(p: DocParagraph): boolean {
  return /^phu luc(\s+[ivxlc\d]+)?\.?$/.test(fold(p.text)) || /^phu luc( so)? [ivxlc\d]+\b/.test(fold(p.text)) && p.text.length < 30;
}

export function findLayout(model: DocModel, documentTypes: readonly string[]): Layout {
  const typeNames = documentTypes.map(fold);
  const layout: Layout = { chuQuan: [], coQuan: [], vv: [], trichYeu: [], kinhGui: [], body: [], noiNhan: [], signer: [], appendices: [], mainSections: model.sections.length };
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
  if (layout.so) layout.vv = followers(model, layout.so).filter((q) => /^v\/v\b/.test(fold(q.text))).slice(0, 1);
  if (layout.vv.length > 0) layout.vv.push(...followers(model, layout.vv[0]).filter((q) => !isBlank(q) && !isNumberLine(q)).slice(0, 2));

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

  // Ô 5a: tên loại and trích yếu, the first paragraphs after the header.
  const top = model.blocks;
  let at = 0;
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
  let k = 0;
  while (k < topParas.length && isBlank(topParas[k])) k++;
  if (k < topParas.length && typeName(topParas[k], typeNames)) {
    layout.tenLoai = topParas[k++];
    while (k < topParas.length && topParas[k].props.jc === 'center' && !isBlank(topParas[k]) && !/^kinh gui/.test(fold(topParas[k].text)) && layout.trichYeu.length < 4 && !isUnderscoreRule(topParas[k].text)) {
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

  // Appendices: a short "Phụ lục …" line after the body.
  const rest = topParas.slice(k);
  const appendixAt = rest.findIndex((p) => isAppendixLabel(p) && p.props.jc === 'center');
  const bodyAndClose = appendixAt >= 0 ? rest.slice(0, appendixAt) : rest;
  if (appendixAt >= 0) {
    const labels = model.paragraphs.filter((p) => !p.cell && p.place === 'body' && isAppendixLabel(p) && p.props.jc === 'center' && model.paragraphs.indexOf(p) >= model.paragraphs.indexOf(rest[appendixAt]));
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

  // Ô 9b and 7: Nơi nhận and the signature, in a table after the body or as paragraphs.
  if (tableAfterBody) {
    const cells = tableAfterBody.rows.flat();
    const labelCell = cells.find((c) => c.some(isRecipientsLabel))!;
    layout.noiNhanLabel = labelCell.find(isRecipientsLabel);
    layout.noiNhan = labelCell.slice(labelCell.indexOf(layout.noiNhanLabel!) + 1).filter((p) => !isBlank(p));
    layout.signer = cells.filter((c) => c !== labelCell).flat().filter((p) => !isBlank(p));
    layout.body = bodyAndClose.slice(0, Math.max(0, tablePos - k));
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
  layout.body = layout.body.filter((p) => !layout.signer.includes(p) && p.section < layout.mainSections);
  return layout;
}
