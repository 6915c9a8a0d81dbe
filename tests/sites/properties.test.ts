// Every site adapter (and the generic fallback) fed random DOM trees never
// throws, returns well-formed messages, and takes time about linear in the
// size of the page. The trees are built from the tags and attributes of the
// committed fixture pages, so they hit the adapters' real selectors (rows,
// senders, quotes, timestamps, shadow hosts) in random arrangements.
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../src/sites/registry';
import { createGenericAdapter } from '../../src/sites/generic';
import type { SiteAdapter } from '../../src/sites/types';
import { FIXTURES } from '../fixtures/sites/index';
import { loadFixture } from './helpers';

interface Vocabulary {
  tags: string[];
  attributes: [string, string][];
}

/** Tags and attribute pairs found in the fixture pages (and their open shadow roots). */
async function harvest(): Promise<Vocabulary> {
  const tags = new Set<string>(['div', 'span', 'p', 'a', 'img', 'time', 'button', 'li', 'ul', 'section', 'h2', 'h6']);
  const attributes = new Map<string, [string, string]>();
  for (const { site } of FIXTURES) {
    const { document, window } = await loadFixture(site);
    const walk = (root: ParentNode): void => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        if (['script', 'style', 'head', 'meta', 'link', 'title', 'html', 'body'].includes(el.localName)) continue;
        if (!el.localName.includes('-')) tags.add(el.localName);
        for (const attr of Array.from(el.attributes)) {
          if (attr.name === 'style' || attr.name.startsWith('on')) continue;
          attributes.set(`${attr.name}=${attr.value}`, [attr.name, attr.value]);
        }
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    await window.happyDOM.close();
  }
  return { tags: [...tags], attributes: [...attributes.values()] };
}

/** A random element tree, as a plain description (fast-check shrinks it well). */
interface NodeSpec {
  tag: string;
  attrs: [string, string][];
  text: string;
  children: NodeSpec[];
}

function nodeArbitrary(vocab: Vocabulary): fc.Arbitrary<NodeSpec> {
  const text = fc.oneof(
    fc.constantFrom('', 'hey', 'send me a pic', '12:04', 'You sent', 'Rafi', 'https://example.org/x', '❤️', '\u200b', 'ส่งรูปมา'),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
  );
  const attrs = fc.array(
    fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...vocab.attributes) }, { weight: 1, arbitrary: fc.tuple(fc.constantFrom('class', 'role', 'aria-label', 'data-testid', 'dir', 'id'), fc.string({ maxLength: 12 })) }),
    { maxLength: 4 },
  );
  const { tree } = fc.letrec<{ tree: NodeSpec; children: NodeSpec[] }>((tie) => ({
    tree: fc.record({ tag: fc.constantFrom(...vocab.tags), attrs, text, children: tie('children') }),
    children: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constant<NodeSpec[]>([]), fc.array(tie('tree'), { maxLength: 5 })),
  }));
  return tree;
}

function build(doc: Document, spec: NodeSpec): Element {
  const el = doc.createElement(spec.tag);
  for (const [name, value] of spec.attrs) {
    try {
      el.setAttribute(name, value);
    } catch {
      // an attribute name the DOM refuses; a real page could not have it either
    }
  }
  if (spec.text) el.append(doc.createTextNode(spec.text));
  for (const child of spec.children) el.append(build(doc, child));
  return el;
}

const ALL: [string, SiteAdapter][] = [...Object.entries(ADAPTERS), ['generic', createGenericAdapter(ADAPTERS.instagram)]];
const URLS = new Map(FIXTURES.map((f) => [f.site, f.url]));

/** Everything the content script asks of an adapter, over the whole document. Returns the messages read. */
function exercise(adapter: SiteAdapter, doc: Document, url: URL, maxChars: number): number {
  adapter.isMessagingPage(url);
  adapter.threadId(doc, url);
  adapter.findComposer(doc);
  let read = 0;
  for (const root of adapter.roots?.(doc) ?? [doc]) {
    for (const row of Array.from(root.querySelectorAll(adapter.rowSelector))) {
      const message = adapter.readRow(row, { thread: 't', maxChars });
      if (!message) continue;
      read += 1;
      expect(typeof message.key).toBe('string');
      expect(message.key.length).toBeGreaterThan(0);
      expect(typeof message.text).toBe('string');
      expect(message.text.length).toBeLessThanOrEqual(maxChars);
      expect(typeof message.incoming).toBe('boolean');
      if (message.sender !== undefined) expect(typeof message.sender).toBe('string');
      if (message.at !== undefined) expect(Number.isFinite(message.at)).toBe(true);
    }
  }
  return read;
}

let vocab: Vocabulary;
let document: Document;
/** One random conversation's trees, 200 and 1,000 copies, shared by every adapter's timing (smaller pages time mostly noise). */
const pages = { small: null as unknown as Document, large: null as unknown as Document, trees: 0 };

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

beforeAll(async () => {
  vocab = await harvest();
  const window = new Window({ url: 'https://www.instagram.com/direct/t/1/', width: 1280, height: 800 });
  document = window.document as unknown as Document;
  const sample = fc.sample(fc.array(nodeArbitrary(vocab), { minLength: 10, maxLength: 10 }), { numRuns: 1, seed: 7 })[0]!;
  const page = (copies: number): Document => {
    const doc = new Window({ url: 'https://www.instagram.com/direct/t/1/' }).document as unknown as Document;
    for (let i = 0; i < copies; i += 1) doc.body.append(...sample.map((t) => build(doc, t)));
    return doc;
  };
  pages.small = page(200);
  pages.large = page(1000);
  pages.trees = sample.length * 200;
}, 60_000);

describe('site adapters on random DOM trees', () => {
  it('harvested a real vocabulary from the fixtures', () => {
    expect(vocab.attributes.length).toBeGreaterThan(100);
    expect(vocab.attributes.some(([name, value]) => name === 'role' && value === 'row')).toBe(true);
  });

  it.each(ALL)('%s never throws and reads only well-formed messages on random trees', (id, adapter) => {
    const url = new URL(URLS.get(id as never) ?? URLS.get('generic')!);
    fc.assert(
      fc.property(fc.array(nodeArbitrary(vocab), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 200 }), (trees, maxChars) => {
        document.body.replaceChildren(...trees.map((t) => build(document, t)));
        exercise(adapter, document, url, maxChars);
      }),
      { numRuns: 150 },
    );
    document.body.replaceChildren();
  });

  it.each(ALL.filter(([id]) => id !== 'generic'))('%s never throws on its own fixture page randomly mutated, and still reads messages from it', async (id, adapter) => {
    const { document: page, window } = await loadFixture(id as never);
    const url = new URL(URLS.get(id as never)!);
    const pristine = page.body.cloneNode(true) as HTMLElement;
    // The baseline reads the same light-DOM copy the mutations start from: a clone has no shadow roots,
    // so a page that draws its messages in one (X's chat) reads none from any copy, mutated or not.
    page.body.replaceWith(pristine.cloneNode(true));
    const baseline = exercise(adapter, page, url, 4000);
    let messages = 0;
    const operation = fc.record({
      kind: fc.constantFrom('remove', 'move', 'duplicate', 'attribute', 'dropAttribute', 'text', 'insertTree', 'unwrap'),
      at: fc.nat(),
      to: fc.nat(),
      attr: fc.constantFrom(...vocab.attributes),
      text: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('', 'send me a pic', '\u202e', '<img src=x onerror=alert(1)>')),
      tree: nodeArbitrary(vocab),
    });
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 8 }), (operations) => {
        page.body.replaceWith(pristine.cloneNode(true));
        for (const op of operations) {
          const all = Array.from(page.body.querySelectorAll('*'));
          if (!all.length) break;
          const el = all[op.at % all.length]!;
          const other = all[op.to % all.length]!;
          switch (op.kind) {
            case 'remove': el.remove(); break;
            case 'move': if (!other.contains(el)) el.append(other); break;
            case 'duplicate': el.after(el.cloneNode(true)); break;
            case 'attribute': try { el.setAttribute(...op.attr); } catch { /* refused name */ } break;
            case 'dropAttribute': if (el.attributes[0]) el.removeAttribute(el.attributes[0].name); break;
            case 'text': el.textContent = op.text; break;
            case 'insertTree': el.append(build(page, op.tree)); break;
            case 'unwrap': el.replaceWith(...Array.from(el.childNodes)); break;
          }
        }
        messages += exercise(adapter, page, url, 4000);
      }),
      // A seed per site: the same mutations every run, so a site that survives them does so every time.
      { numRuns: 60, seed: [...id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7) },
    );
    await window.happyDOM.close();
    // Not vacuous: where the unmutated page (light DOM only) reads messages, mutated copies do too.
    if (baseline > 0) expect(messages, `${id} read no message from any mutated page`).toBeGreaterThan(0);
    // 60 clones of a full fixture page in happy-dom: about 10 s for the largest (Messenger's two builds) on a busy 2-core machine.
  }, 60_000);

  it.each(ALL)('%s takes about linear time: 5x the rows costs at most ~15x', (id, adapter) => {
    const url = new URL(URLS.get(id as never) ?? URLS.get('generic')!);
    const time = (doc: Document): number => {
      // A mutation, so happy-dom's query cache cannot answer from the last run.
      doc.body.append(doc.createElement('i'));
      doc.body.lastChild!.remove();
      const start = cpuMs();
      exercise(adapter, doc, url, 4000);
      return cpuMs() - start;
    };
    time(pages.small);
    const small = Math.min(time(pages.small), time(pages.small), time(pages.small));
    const large = Math.min(time(pages.large), time(pages.large));
    console.log(`${id}: ${pages.trees} trees ${small.toFixed(1)} ms, ${pages.trees * 5} trees ${large.toFixed(1)} ms`);
    expect(large / Math.max(small, 5)).toBeLessThan(15);
  });

  it.each(ALL)('%s survives a 2,000-deep tree and a row holding 1 MB of text', (id, adapter) => {
    const url = new URL(URLS.get(id as never) ?? URLS.get('generic')!);
    const rowLike = vocab.attributes.filter(([name, value]) => name === 'role' && value === 'row');
    let parent: Element = document.body;
    document.body.replaceChildren();
    for (let depth = 0; depth < 2000; depth += 1) {
      const el = document.createElement(depth % 3 ? 'div' : 'span');
      if (depth % 50 === 0 && rowLike[0]) el.setAttribute(...rowLike[0]);
      parent.append(el);
      parent = el;
    }
    parent.append(document.createTextNode('send me a pic '.repeat(75_000)));
    expect(() => exercise(adapter, document, url, 4000)).not.toThrow();
    document.body.replaceChildren();
  });
});
