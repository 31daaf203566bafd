import type { XmlElement } from '../xml/tree';
import { merge, readParaProps, readRunProps, type ParaProps, type RunProps } from './properties';
import type { ThemeFonts } from './theme';
import { attr, child, children } from './xml-access';

/**
 * Effective-style resolution, in Word's order: document defaults, then the table style (for text in
 * a table), then the paragraph style and the styles it is based on, then the character style of the
 * run and its bases, then direct formatting.
 */
interface StyleDef {
  id: string;
  type: string;
  basedOn?: string;
  pPr?: ParaProps;
  rPr?: RunProps;
}

export class StyleSheet {
  private readonly styles = new Map<string, StyleDef>();
  private readonly defaults: { pPr?: ParaProps; rPr?: RunProps };
  private readonly defaultParagraphStyle?: string;
  private readonly normalStyle?: string;
  private readonly defaultCharacterStyle?: string;
  private readonly resolved = new Map<string, { pPr: ParaProps; rPr: RunProps }>();

  constructor(
    root: XmlElement | undefined,
    readonly theme: ThemeFonts,
  ) {
    const styles = children(root).find((c) => c.name === 'w:styles');
    const docDefaults = child(styles, 'w:docDefaults');
    this.defaults = {
      pPr: readParaProps(child(child(docDefaults, 'w:pPrDefault'), 'w:pPr')),
      rPr: readRunProps(child(child(docDefaults, 'w:rPrDefault'), 'w:rPr'), theme),
    };
    for (const s of children(styles, 'w:style')) {
      const id = attr(s, 'w:styleId');
      if (!id || this.styles.has(id)) continue;
      const type = attr(s, 'w:type') ?? 'paragraph';
      this.styles.set(id, {
        id,
        type,
        basedOn: attr(child(s, 'w:basedOn'), 'w:val'),
        pPr: readParaProps(child(s, 'w:pPr')),
        rPr: readRunProps(child(s, 'w:rPr'), theme),
      });
      const isDefault = ['1', 'true', 'on'].includes((attr(s, 'w:default') ?? '').toLowerCase());
      if (isDefault && type === 'paragraph' && !this.defaultParagraphStyle) this.defaultParagraphStyle = id;
      const name = attr(child(s, 'w:name'), 'w:val');
      if (type === 'paragraph' && !this.normalStyle && (id === 'Normal' || name?.toLowerCase() === 'normal')) this.normalStyle = id;
      if (isDefault && type === 'character' && !this.defaultCharacterStyle) this.defaultCharacterStyle = id;
    }
  }

  /** A style with the styles it is based on folded in; a loop in basedOn stops at the repeat. */
  private chain(id: string | undefined): { pPr: ParaProps; rPr: RunProps } {
    if (!id) return { pPr: {}, rPr: {} };
    const hit = this.resolved.get(id);
    if (hit) return hit;
    const layers: StyleDef[] = [];
    const seen = new Set<string>();
    for (let s = this.styles.get(id); s && !seen.has(s.id) && layers.length < 50; s = s.basedOn ? this.styles.get(s.basedOn) : undefined) {
      seen.add(s.id);
      layers.unshift(s);
    }
    const out = { pPr: merge<ParaProps>(...layers.map((l) => l.pPr)), rPr: merge<RunProps>(...layers.map((l) => l.rPr)) };
    this.resolved.set(id, out);
    return out;
  }

  /** The paragraph style a paragraph uses: its w:pStyle when that style exists, else the default one. */
  paragraphStyle(pStyle: string | undefined): string | undefined {
    // LibreOffice marks no style as the default; Word and LibreOffice then both use "Normal".
    return pStyle && this.styles.get(pStyle)?.type === 'paragraph' ? pStyle : (this.defaultParagraphStyle ?? this.normalStyle);
  }

  /** Effective paragraph properties and the run properties every run of the paragraph starts from. */
  paragraph(pStyle: string | undefined, tableStyle: string | undefined, direct: ParaProps | undefined): { pPr: ParaProps; rPr: RunProps } {
    const style = this.chain(this.paragraphStyle(pStyle));
    const table = tableStyle ? this.chain(tableStyle) : { pPr: {}, rPr: {} };
    return {
      pPr: merge<ParaProps>(this.defaults.pPr, table.pPr, style.pPr, direct),
      rPr: merge<RunProps>(this.defaults.rPr, table.rPr, style.rPr),
    };
  }

  /** Effective run properties: the paragraph's, the character style's (rStyle or the default), direct. */
  run(base: RunProps, rStyle: string | undefined, direct: RunProps | undefined): RunProps {
    const id = rStyle && this.styles.get(rStyle) ? rStyle : this.defaultCharacterStyle;
    return merge<RunProps>(base, this.chain(id).rPr, direct);
  }
}
