// The search box's keyboard contract (src/internal/combobox-keys.ts), a pure function. Node 20
// cannot import TypeScript: esbuild compiles the module (it imports nothing) and it is loaded as a
// data: URL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { outputFiles } = await build({ entryPoints: ['src/internal/combobox-keys.ts'], absWorkingDir: root, bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
const { comboboxKey } = await import(`data:text/javascript,${encodeURIComponent(outputFiles[0].text)}`);

/** A combobox with typed text and five results, list closed, nothing highlighted. */
const box = (state = {}) => ({ open: false, active: -1, count: 5, value: 'lut', combobox: true, card: false, ...state });
const press = (key, state, mods = {}) => comboboxKey({ key, ...mods }, box(state));

test('ArrowDown/ArrowUp open a closed list on the first or the last option', () => {
  assert.deepEqual(press('ArrowDown'), { prevent: true, expanded: true, active: 0 });
  assert.deepEqual(press('ArrowUp'), { prevent: true, expanded: true, active: 4 });
  // Nothing listed: the list opens (it says "no results") with nothing highlighted.
  assert.deepEqual(press('ArrowDown', { count: 0 }), { prevent: true, expanded: true });
});

test('arrows wrap around an open list', () => {
  assert.deepEqual(press('ArrowDown', { open: true, active: 4 }), { prevent: true, active: 0 });
  assert.deepEqual(press('ArrowDown', { open: true, active: 1 }), { prevent: true, active: 2 });
  assert.deepEqual(press('ArrowUp', { open: true, active: 0 }), { prevent: true, active: 4 });
  assert.deepEqual(press('ArrowUp', { open: true, active: -1 }), { prevent: true, active: 4 });
  assert.deepEqual(press('ArrowUp', { open: true, active: 3 }), { prevent: true, active: 2 });
});

test('Alt+Down opens the list without moving into it, and does nothing on an open list', () => {
  assert.deepEqual(press('ArrowDown', {}, { altKey: true }), { prevent: true, expanded: true });
  assert.deepEqual(press('ArrowDown', { open: true, active: 1 }, { altKey: true }), { prevent: true });
});

test('arrows are left to the browser in an empty box and when the box filters an index', () => {
  assert.equal(press('ArrowDown', { value: '' }), undefined);
  assert.equal(press('ArrowUp', { combobox: false }), undefined);
});

test('Left/Right move the caret and take the highlight off', () => {
  assert.deepEqual(press('ArrowLeft', { open: true, active: 2 }), { active: -1 });
  assert.equal(press('ArrowRight', { open: true, active: -1 }), undefined);
});

test('Home/End move the highlight only while an option is highlighted; otherwise the caret', () => {
  assert.deepEqual(press('Home', { open: true, active: 3 }), { prevent: true, active: 0 });
  assert.deepEqual(press('End', { open: true, active: 1 }), { prevent: true, active: 4 });
  assert.equal(press('Home', { open: true, active: -1 }), undefined);
  assert.equal(press('End', { open: false, active: 2 }), undefined);
  assert.equal(press('End', { open: true, active: 0, count: 0 }), undefined);
});

test('Enter highlights the top result first, chooses on the next press, and settles the search', () => {
  assert.deepEqual(press('Enter'), { prevent: true, settle: true, expanded: true, active: 0 });
  assert.deepEqual(press('Enter', { open: true, active: 2 }), { prevent: true, settle: true, action: 'choose' });
  // Nothing to highlight: it still reports the empty search.
  assert.deepEqual(press('Enter', { count: 0 }), { prevent: true, settle: true });
  assert.equal(press('Enter', { value: '' }), undefined);
});

test('Enter in filter mode goes to the best match', () => {
  assert.deepEqual(press('Enter', { combobox: false, count: 0 }), { prevent: true, settle: true, action: 'best' });
});

test('Escape closes the list, then clears the box, then closes the card, and stops there', () => {
  assert.deepEqual(press('Escape', { open: true, active: 1, card: true }), { prevent: true, stop: true, expanded: false, active: -1 });
  assert.deepEqual(press('Escape', { card: true }), { prevent: true, stop: true, action: 'clear' });
  // Spaces only are still something to clear.
  assert.deepEqual(press('Escape', { value: '  ' }), { prevent: true, stop: true, action: 'clear' });
  assert.deepEqual(press('Escape', { value: '', card: true }), { prevent: true, stop: true, action: 'close-card' });
  // Nothing left to close: Esc goes on to the page (a dialog around the box closes).
  assert.equal(press('Escape', { value: '' }), undefined);
});

test('Tab closes the list and moves focus as usual', () => {
  assert.deepEqual(press('Tab', { open: true, active: 1 }), { expanded: false });
});

test('keys are ignored while an IME composes', () => {
  assert.equal(press('Enter', {}, { isComposing: true }), undefined);
  assert.equal(press('ArrowDown', {}, { keyCode: 229 }), undefined);
  assert.equal(press('x'), undefined);
});
