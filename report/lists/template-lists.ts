import type { ValidationResult } from '../../engine';
import { reportScope } from '../content/scope';
import type { RowValues } from '../content/types';
import { districtItems } from './districts';
import { productItems } from './products';
import { productsExpiringSoon, productsInPeriod } from '../content/ocop';

/**
 * Lists that only templates use (loops over products and districts), beside those of the report
 * content (muc_tieu, xa). Built here rather than in content/ so the generated text does not change.
 */
export function templateLists(result: ValidationResult, district?: string): Record<string, RowValues[]> {
  const scope = reportScope(result, district);
  return {
    san_pham: productItems(scope),
    san_pham_trong_nam: productItems(scope, productsInPeriod(scope)),
    san_pham_het_han: productItems(scope, productsExpiringSoon(scope)),
    huyen: districtItems(result, scope),
  };
}
