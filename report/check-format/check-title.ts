import type { CheckContext } from './check-context';
import { checkStyle } from './check-style';
import { sectionLocation } from './collector';
import { longestLine } from './layout';
import { fold } from './text';

/** ten-loai-trich-yeu and kinh-gui: ô 5a (or 5b for a công văn) and ô 9a. */
export function checkTitle(ctx: CheckContext): void {
  const { layout, rules, out } = ctx;
  const { tenLoai, trichYeu, vv } = layout;
  for (const p of vv) checkStyle(out, 'ten-loai-trich-yeu', p, 'Trích yếu công văn', { size: rules.sizes.trichYeuCongVan, italic: false });
  if (!tenLoai) {
    if (vv.length === 0) {
      out.add('element-missing', 'ten-loai-trich-yeu', layout.date ?? sectionLocation(0), {
        what: 'tên loại văn bản và trích yếu nội dung',
        expected: 'tên loại (BÁO CÁO, KẾ HOẠCH, QUYẾT ĐỊNH…) và trích yếu canh giữa dưới phần tiêu đề (ô 5a), hoặc “V/v …” dưới số, ký hiệu của công văn (ô 5b)',
        source: rules.sizes.tenLoai.source,
      });
    }
  } else {
    checkStyle(out, 'ten-loai-trich-yeu', tenLoai, 'Tên loại văn bản', { size: rules.sizes.tenLoai, bold: true, italic: false, upper: true, centred: true });
    if (trichYeu.length === 0) {
      out.add('element-missing', 'ten-loai-trich-yeu', tenLoai, {
        what: 'trích yếu nội dung',
        expected: 'trích yếu nội dung ngay dưới tên loại văn bản, canh giữa, in đậm',
        source: rules.sizes.trichYeu.source,
      });
    }
    for (const p of trichYeu) checkStyle(out, 'ten-loai-trich-yeu', p, 'Trích yếu nội dung', { size: rules.sizes.trichYeu, bold: true, italic: false, centred: true });
    const under = trichYeu[trichYeu.length - 1] ?? tenLoai;
    const text = Math.max(...(trichYeu.length > 0 ? trichYeu : [tenLoai]).map(longestLine));
    const rule = layout.trichYeuRule;
    if (!rule) out.add('rule-missing', 'ten-loai-trich-yeu', under, { what: 'trích yếu nội dung', expected: rules.ruleLines.trichYeu.nominal, source: rules.ruleLines.source });
    else if (rule.length !== undefined && text > 0) {
      const ratio = rule.length / text;
      const spec = rules.ruleLines.trichYeu;
      if (ratio < spec.minRatio || ratio > spec.maxRatio)
        out.add('rule-length', 'ten-loai-trich-yeu', rule.paragraph, {
          what: 'trích yếu nội dung',
          found: `${Math.round(ratio * 100)}% độ dài dòng chữ`,
          expected: spec.nominal,
          source: rules.ruleLines.source,
        });
    }
  }
  for (const p of layout.kinhGui) checkStyle(out, 'kinh-gui', p, 'Dòng “Kính gửi”', { size: rules.sizes.kinhGui, italic: false });
  const first = layout.kinhGui[0];
  if (first && !/^kinh gui\s*:/.test(fold(first.text))) {
    out.add('colon-missing', 'kinh-gui', first, { what: 'Dòng “Kính gửi”', found: first.text.trim().slice(0, 40), expected: 'Kính gửi:', source: rules.sizes.kinhGui.source });
  }
}
