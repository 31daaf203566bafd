import { GENERATED_REPORT, HAND_MADE, HAND_MADE_NO_HEADER_TABLE, runMutations } from './mutation-harness';
import { MUTATIONS } from './rule-mutations';

/**
 * Issue 13: each mutation of rule-mutations.ts breaks one rule of a conforming document and must
 * give exactly that error, on our report and on a Quyết định laid out by hand in another style, with and without its header table.
 * The other elements of the vocabulary are in element-mutations.test.ts.
 */

runMutations('check-format on one-rule mutations of', [GENERATED_REPORT, HAND_MADE, HAND_MADE_NO_HEADER_TABLE], MUTATIONS);
