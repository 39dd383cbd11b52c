import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { jsonLdWriter } from '../../core/structured-data.js';
import { setScriptText } from '../json-ld-script.js';

/**
 * One JSON-LD block per page, whatever the number of indexes: the first connected host that
 * allows it describes its entries; when it goes, the next one takes over. (A Set keeps the order
 * hosts were added in, and adding one already there leaves it in its place.)
 */
const owners = new Set<StructuredDataController>();
const firstOwner = (): StructuredDataController | undefined => owners.values().next().value;
let job = 0;
let written = '';
const selector = 'script[type="application/ld+json"][data-post-glossary]';

function idle(fn: (deadline?: IdleDeadline) => void) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 1000 });
  else setTimeout(fn, 20);
}

/**
 * Brings the page's block up to date with the first owner: removed at once when no host wants
 * it, else written in idle periods a slice of terms at a time, so thousands of entries never
 * delay a first render or a reader's input. A newer call supersedes a pending one.
 */
function schedule() {
  const mine = ++job;
  if (!firstOwner()) {
    document.head.querySelector(selector)?.remove();
    return;
  }
  let writer: ReturnType<typeof jsonLdWriter> | undefined;
  const step = (deadline?: IdleDeadline) => {
    const owner = firstOwner();
    if (mine !== job || !owner) return;
    writer ??= jsonLdWriter(owner.data());
    let json: string | undefined;
    do json = writer.next(100);
    while (json === undefined && deadline && deadline.timeRemaining() > 4);
    if (json === undefined) return idle(step);
    let script = document.head.querySelector<HTMLScriptElement>(selector);
    if (!script) {
      script = document.createElement('script');
      script.type = 'application/ld+json';
      script.dataset.postGlossary = '';
      document.head.append(script);
    }
    // Compared with what was written last, not read back: the block can be megabytes.
    if (json !== written || script.firstChild === null) setScriptText(script, json);
    written = json;
  };
  idle(step);
}

/**
 * Makes its host a candidate owner of the page's JSON-LD block while connected and `enabled()`;
 * the block is rewritten when `inputs()` (what `data()` is built from) change.
 */
export class StructuredDataController implements ReactiveController {
  #inputs: unknown[] = [];
  #connected = false;

  constructor(
    host: ReactiveControllerHost,
    readonly data: () => Parameters<typeof jsonLdWriter>[0],
    private enabled: () => boolean,
    private inputs: () => unknown[],
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.#connected = true;
    if (!this.enabled()) return;
    owners.add(this);
    schedule();
  }

  hostDisconnected() {
    this.#connected = false;
    if (owners.delete(this)) schedule();
  }

  hostUpdated() {
    const on = this.enabled();
    if (on && this.#connected) owners.add(this);
    else owners.delete(this);
    const inputs = [...this.inputs(), on];
    if (inputs.some((v, i) => v !== this.#inputs[i])) {
      this.#inputs = inputs;
      if (firstOwner() === this || !on) schedule();
    }
  }
}
