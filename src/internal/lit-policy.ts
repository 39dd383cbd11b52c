// Loads Lit with its Trusted Types policy guarded (see lit-policy-guard.ts). Imported first by the
// entries of the elements that use Lit templates, so lit-html is evaluated between the two.
import { litPolicyHeldByAnotherCopy, releaseLitPolicyGuard } from './lit-policy-guard.js';
import 'lit';

/** @internal True once Lit has loaded (with or without its policy). */
export const litLoaded: boolean = releaseLitPolicyGuard();

/** @internal Another copy of post-glossary holds the lit-html policy: its Lit elements render, this copy's define nothing (see lit-policy-guard.ts). */
export const anotherCopyRenders: boolean = litPolicyHeldByAnotherCopy();
