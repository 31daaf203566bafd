import { ELEMENT_MUTATIONS } from './element-mutations';
import { GENERATED_WITH_KINH_GUI, HAND_MADE, runMutations } from './mutation-harness';

/** Issue 13: the mutations of element-mutations.ts, on a report with "Kính gửi" and on the hand-made Quyết định. */
runMutations('check-format on mutations of each element', [GENERATED_WITH_KINH_GUI, HAND_MADE], ELEMENT_MUTATIONS);
