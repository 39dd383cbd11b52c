// The search box's live-region text (src/internal/controllers/announcer.ts), with Node's mock
// timers and a stand-in host. esbuild compiles the module (its lit import is type-only) and it is
// loaded as a data: URL.
import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { outputFiles } = await build({
  entryPoints: ['src/internal/controllers/announcer.ts'],
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'silent',
});
const { Announcer } = await import(`data:text/javascript,${encodeURIComponent(outputFiles[0].text)}`);

/** A stand-in host and its announcer, on mock timers (reset after the test `t`). */
function setup(t) {
  mock.timers.enable({ apis: ['setTimeout'] });
  t.after(() => mock.timers.reset());
  const host = {
    controllers: [],
    updates: 0,
    addController(c) {
      this.controllers.push(c);
    },
    requestUpdate() {
      this.updates++;
    },
  };
  return { host, announcer: new Announcer(host) };
}

/** An announcer that has said "5 results." */
function speaking(t) {
  const { announcer } = setup(t);
  announcer.say('5 results.');
  mock.timers.tick(400);
  assert.equal(announcer.text, '5 results.');
  return announcer;
}

test('speaks once typing pauses, only the last of several messages', (t) => {
  const { host, announcer } = setup(t);
  assert.equal(host.controllers[0], announcer);
  announcer.say('5 results.');
  mock.timers.tick(300);
  announcer.say('1 result.');
  mock.timers.tick(399);
  assert.equal(announcer.text, '', 'not per keystroke');
  assert.equal(host.updates, 0);
  mock.timers.tick(1);
  assert.equal(announcer.text, '1 result.');
  assert.equal(host.updates, 1);
  // The same text again: nothing to render.
  announcer.say('1 result.');
  mock.timers.tick(400);
  assert.equal(host.updates, 1);
});

test('clearing is at once, and cancels a message still waiting', (t) => {
  const announcer = speaking(t);
  announcer.say('No results.');
  announcer.say('');
  assert.equal(announcer.text, '');
  mock.timers.tick(1000);
  assert.equal(announcer.text, '');
});

test('quietNext() silences the next message only (a result the reader chose is not announced)', (t) => {
  const announcer = speaking(t);
  announcer.quietNext();
  announcer.say('1 result.');
  assert.equal(announcer.text, '', 'the chosen name is not read back as a search');
  mock.timers.tick(1000);
  assert.equal(announcer.text, '');
  announcer.say('2 results.');
  mock.timers.tick(400);
  assert.equal(announcer.text, '2 results.');
});

test('a host leaving the page cancels what was waiting', (t) => {
  const { announcer } = setup(t);
  announcer.say('5 results.');
  announcer.hostDisconnected();
  mock.timers.tick(1000);
  assert.equal(announcer.text, '');
});
