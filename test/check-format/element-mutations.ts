import { BODY_MUTATIONS } from './body-mutations';
import { HEADER_MUTATIONS } from './header-mutations';
import type { Mutation } from './mutation-harness';

/** The mutations for every other rule of the element vocabulary: header elements, then body and closing. */
export const ELEMENT_MUTATIONS: Mutation[] = [...HEADER_MUTATIONS, ...BODY_MUTATIONS];
