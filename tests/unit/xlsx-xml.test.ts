// The .xlsx reader's own tag scanner against saxes, the conformant XML parser it replaced: on seeded
// random documents, cut into random pieces, both must report the same elements, attributes and text;
// on broken documents both must refuse.
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { sax } from '../../electron/api/households/xlsx-xml';
import { pick, type Rand, rng } from '../api/fuzz-gen';

type Event = string;

/** Text pieces merged, so that where a parser cuts its text does not count. */
function merged(events: Event[]): Event[] {
  const out: Event[] = [];
  for (const e of events) {
    const last = out[out.length - 1];
    if (e.startsWith('T') && last?.startsWith('T')) out[out.length - 1] = last + e.slice(1);
    else out.push(e);
  }
  return out.filter((e) => e !== 'T');
}

const tagEvent = (name: string, attributes: Record<string, string | undefined>) =>
  `O${name}${JSON.stringify(Object.entries(attributes))}`;

function withSaxes(pieces: string[]): Event[] {
  const events: Event[] = [];
  let depth = 0;
  const p = new SaxesParser();
  p.on('opentag', (t) => {
    depth++;
    // A parser made without `xmlns` gives plain tags: each attribute's value is its text.
    events.push(tagEvent(t.name, t.attributes as Record<string, string>));
  });
  p.on('closetag', (t) => {
    depth--;
    events.push(`C${t.name}`);
  });
  const text = (x: string) => {
    if (depth > 0) events.push(`T${x}`);
  };
  p.on('text', text);
  p.on('cdata', text);
  p.on('error', (e) => {
    throw e;
  });
  for (const s of pieces) p.write(s);
  p.close();
  return merged(events);
}

function withScanner(pieces: string[]): Event[] {
  const events: Event[] = [];
  const p = sax(
    (t) => events.push(tagEvent(t.name, t.attributes)),
    (name) => events.push(`C${name}`),
    (x) => events.push(`T${x}`),
  );
  for (const s of pieces) p.write(s);
  p.close();
  return merged(events);
}

/** The document cut at random places (some pieces a single character). */
function cut(r: Rand, doc: string): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < doc.length; ) {
    const n = r() < 0.3 ? 1 : 1 + Math.floor(r() * 40);
    pieces.push(doc.slice(i, i + n));
    i += n;
  }
  return pieces;
}

const TEXTS = [
  '王建国',
  '3栋',
  ' 1-301 ',
  '&amp;',
  '&lt;b&gt;',
  '&#20013;&#x56FD;',
  'a\r\nb\rc',
  '\t',
  '😀',
  "it's",
  '"q"',
];
const VALUES = ['A1', 's', '1:10', 'x > y', 'a/b', '&quot;&apos;', '王', 'tab\there', 'line\r\nend', ''];
const NAMES = ['c', 'v', 'row', 't', 'x:si', 'r', 'rPh', 'is'];

function element(r: Rand, depth: number): string {
  const name = pick(r, NAMES);
  const attrs = Array.from({ length: Math.floor(r() * 3) }, (_, i) => {
    const q = r() < 0.8 ? '"' : "'";
    const v = pick(r, VALUES).replace(q === '"' ? /"/g : /'/g, '');
    return `${r() < 0.2 ? '\n ' : ' '}a${i}${r() < 0.1 ? ' = ' : '='}${q}${v}${q}`;
  }).join('');
  if (r() < 0.2) return `<${name}${attrs}${r() < 0.5 ? ' ' : ''}/>`;
  const body = Array.from({ length: depth > 3 ? 0 : Math.floor(r() * 4) }, () => {
    const k = r();
    if (k < 0.45) return element(r, depth + 1);
    if (k < 0.85) return pick(r, TEXTS);
    if (k < 0.92) return `<![CDATA[${pick(r, ['<c>', 'a]b', '王 & 李', 'x\r\ny'])}]]>`;
    if (k < 0.96) return `<!-- ${pick(r, ['note', '<c>', '-'])} -->`;
    return '<?pi data?>';
  }).join('');
  return `<${name}${attrs}>${body}</${name}${r() < 0.1 ? ' ' : ''}>`;
}

function documentOf(r: Rand): string {
  const decl = r() < 0.7 ? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' : '';
  return `${decl}<worksheet xmlns="urn:x">${element(r, 0)}${element(r, 0)}</worksheet>\n`;
}

describe('the .xlsx tag scanner', () => {
  it('reports what saxes reports on 500 random documents cut into random pieces', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const r = rng(seed);
      const doc = documentOf(r);
      const expected = withSaxes([doc]);
      expect(withScanner(cut(r, doc)), `seed ${seed}: ${doc}`).toEqual(expected);
      expect(withScanner([doc]), `seed ${seed} whole`).toEqual(expected);
    }
  });

  it('reads short or unusual markup at every cut as saxes does: a comment or PI at the end, CDATA, spaces', () => {
    const docs = [
      '<a/><!---->',
      '<a/><!--x-->',
      '<a/><?pi?>',
      '<!----><a></a>',
      '<a><![CDATA[]]></a>',
      '<a><![CDATA[]]]]></a>',
      '<a  x = "1"\n\ty=\'2\' />',
      '<x:row r="1"><x:c/></x:row >',
      '<a>&#x4e2d;&#22269;</a>\n\n',
    ];
    for (const doc of docs) {
      const expected = withSaxes([doc]);
      for (let at = 0; at <= doc.length; at++)
        expect(withScanner([doc.slice(0, at), doc.slice(at)]), `${doc} cut at ${at}`).toEqual(expected);
    }
  });

  it('refuses what is not well-formed, as saxes does, with the reader’s code', () => {
    const broken = [
      '<a><b></a>',
      '<a><b></c></a>',
      '<c r="A1" t="s" t="n"><v>3</v></c>',
      '<a>',
      '<a></a><b></b>',
      '<a x="1></a>',
      '<a x=1></a>',
      '<a x="<"></a>',
      '<a>&nbsp;</a>',
      '<a>& b</a>',
      '<a>&#0;</a>',
      '<a><!DOCTYPE x></a>',
      '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>',
      'text<a></a>',
      '<a></a>text',
      '<a><b/c></a>',
      '<a><',
      '<a><!-- open',
      '',
    ];
    for (const doc of broken) {
      expect(() => withSaxes([doc]), doc).toThrow();
      for (const pieces of [[doc], doc.split('')])
        expect(() => withScanner(pieces), doc).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    }
  });

  it('refuses a comment left open past 4 MB and a tag past 256 KB instead of scanning them again with every piece', () => {
    const quiet = () =>
      sax(
        () => undefined,
        () => undefined,
        () => undefined,
      );
    const piece = 'x'.repeat(64 * 1024);
    const comment = quiet().write('<a><!--');
    expect(() => {
      for (let i = 0; i < 100; i++) comment.write(piece);
    }).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    // A tag of attributes, each piece more of them: refused once it passes 256 KB (5 pieces), not after 4 MB.
    const tag = quiet().write('<a><c');
    const attributes = (k: number) =>
      Array.from({ length: 3000 }, (_, i) => ` a${k}_${i}="1234567890"`).join('');
    let pieces = 0;
    expect(() => {
      for (; pieces < 100; pieces++) tag.write(attributes(pieces));
    }).toThrow(expect.objectContaining({ message: expect.stringContaining('256 KB') }));
    expect(pieces).toBeLessThan(6);
  });
});
