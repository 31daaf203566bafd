import type { Nd30Format } from '../../engine';
import type { FindingCollector } from './collector';
import type { Layout } from './layout';
import type { DocModel } from './model';

/** What every family of checks reads: the document, where its elements are, the rules, and where findings go. */
export interface CheckContext {
  model: DocModel;
  layout: Layout;
  rules: Nd30Format;
  out: FindingCollector;
}
