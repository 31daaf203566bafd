import { ELEMENT_MUTATIONS } from './element-mutations';
import { GENERATED_WITH_KINH_GUI, HAND_MADE, HAND_MADE_NO_HEADER_TABLE, runMutations } from './mutation-harness';

/** Issue 13: the mutations of element-mutations.ts, on a report with "Kính gửi" and on the hand-made Quyết định (with and without its header table). */
runMutations('check-format on mutations of each element', [GENERATED_WITH_KINH_GUI, HAND_MADE, HAND_MADE_NO_HEADER_TABLE], ELEMENT_MUTATIONS);
