import assert from 'node:assert/strict';
import { test } from 'node:test';
import { heldOutFncBodies, heldOutSources, isHeldOutBasilFile } from './review-sample.ts';

const readme = [
  '| `basil-nyt-2017-06-15-x.txt` | BASIL `58f414e5…` (nyt) | The New York Times | 2017-06-15 |',
  '| `fnc1-1795-ap-x.txt` | FNC-1 body 1795 | Associated Press | null |',
].join('\n');

test('review sample: the held-out READMEs name the BASIL events and FNC-1 bodies left out', () => {
  const sources = heldOutSources([readme, '| `fnc1-9-cnn-x.txt` | FNC-1 body 9 | CNN | null |']);
  assert.deepEqual([...sources.basilEvents], ['58f414e5']);
  assert.deepEqual([...sources.fncBodies].sort(), ['1795', '9']);
  // Every outlet's report of a held-out event is left out, not only the held-out file.
  assert.ok(isHeldOutBasilFile('58f414e5-a122-49f5-819e-512d91069da5_3.json', sources));
  assert.ok(!isHeldOutBasilFile('70c75d68-bf65-46a6-a822-15c23d77a275_3.json', sources));
});

test('review sample: FNC-1 bodies on a held-out body’s story are left out with it, others are not', () => {
  const sources = heldOutSources([readme]);
  const bodies = new Map([
    ['1795', 'Police in Zarvona found graves near Quellburg after the Tavish students went missing.'],
    ['20', 'Searchers in Quellburg dug again; Zarvona officials said the Tavish families were told.'],
    ['21', 'The Acme Corporation said on Monday that Brightwater shares would be listed in London.'],
    ['22', 'London markets rose as Brightwater and Acme traded higher on Tuesday.'],
  ]);
  assert.deepEqual([...heldOutFncBodies(bodies, sources)].sort(), ['1795', '20']);
});
