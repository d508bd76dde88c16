/**
 * The XML side of the .xlsx reader: a tag scanner for the XML spreadsheets are written in, with the
 * reader's refusal for what is not well-formed. It finds each tag's end and each attribute's quote
 * with `indexOf` instead of stepping a state machine through every character, as saxes did (a tenth
 * of a registry's preview went with it). It keeps what the reader reads — tags with their attributes, text, CDATA,
 * the five entities and character references, line ends and attribute spaces as XML normalises them —
 * and refuses a document type (no spreadsheet has one; its entities are how a file attacks a parser),
 * a close tag that does not match, an undefined entity, `<` in an attribute, an attribute given twice
 * and a document cut short. It accepts a little that strict XML does not (no space between two
 * attributes, `--` in a comment): nothing that changes what a cell holds.
 */
import { refuse } from '../errors';

/** An element as it opens: its name as written (with any prefix) and its attributes' values. */
export type XmlTag = { name: string; attributes: Record<string, string | undefined> };

export type XmlScanner = { write(chunk: string): XmlScanner; close(): XmlScanner };

/** The most of one text, comment or CDATA a piece's end may leave pending (a cell holds 32,767 characters). */
const MAX_PENDING = 4 * 1024 * 1024;
/** The most of one element's tag (its name and attributes) a piece's end may leave pending. */
const MAX_TAG = 256 * 1024;

/** What `<!` may begin: a comment, CDATA, or a document type (refused). */
const MARKUP = ['<!--', '<![CDATA[', '<!DOCTYPE'];

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const bad = (detail: string): never => {
  throw refuse('VALIDATION', { code: 'xlsx_unparseable', params: { detail } });
};

/** `&amp;`, `&#20013;`, `&#x4E2D;` resolved; anything else refused. */
function decode(s: string): string {
  return s.replace(/&([^;&<]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) return bad(`unterminated entity &${ref}`);
    const named = NAMED[ref];
    if (named !== undefined) return named;
    const code = /^#x[0-9a-f]+$/i.test(ref)
      ? Number.parseInt(ref.slice(2), 16)
      : /^#\d+$/.test(ref)
        ? Number(ref.slice(1))
        : -1;
    if (code < 1 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) bad(`undefined entity &${ref};`);
    return String.fromCodePoint(code);
  });
}

/** Character data as XML gives it: line ends as \n, references resolved. */
const textOf = (raw: string): string => {
  const t = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  return t.includes('&') ? decode(t) : t;
};

/** What an attribute's value may hold that is not kept as it is written. */
const SPECIAL = /[<&\t\n\r]/;
/** An attribute's value as XML gives it: tabs and line ends as spaces, references resolved. */
const attributeOf = (raw: string): string => {
  if (!SPECIAL.test(raw)) return raw;
  if (raw.includes('<')) bad('"<" inside an attribute value');
  const t = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw;
  return t.includes('&') ? decode(t) : t;
};

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
/** Where a name ends: at a space, `/`, `>` or `=`. */
function nameEnd(s: string, i: number): number {
  let j = i;
  for (; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (isSpace(c) || c === 0x2f || c === 0x3e || c === 0x3d) break;
  }
  return j;
}
function skipSpace(s: string, i: number): number {
  let j = i;
  while (j < s.length && isSpace(s.charCodeAt(j))) j++;
  return j;
}

/**
 * Scan text written in pieces, calling `onOpen` for each element (a self-closing one is opened and
 * closed), `onClose` with its name, and `onText` with character data (possibly in several pieces).
 */
export function sax(
  onOpen: (tag: XmlTag) => void,
  onClose: (name: string) => void,
  onText: (text: string) => void,
): XmlScanner {
  let carry = '';
  const open: string[] = [];
  let ended = false;

  /** One tag starting at `lt`; answers where the scan goes on, or -1 when the tag is cut by the piece's end. */
  function tag(s: string, lt: number): number {
    const c1 = s.charCodeAt(lt + 1);
    if (Number.isNaN(c1)) return -1;
    if (c1 === 0x3f) {
      const end = s.indexOf('?>', lt + 2);
      return end < 0 ? -1 : end + 2;
    }
    if (c1 === 0x21) {
      if (s.startsWith('<!--', lt)) {
        const end = s.indexOf('-->', lt + 4);
        return end < 0 ? -1 : end + 3;
      }
      if (s.startsWith('<![CDATA[', lt)) {
        const end = s.indexOf(']]>', lt + 9);
        if (end < 0) return -1;
        if (open.length) onText(s.slice(lt + 9, end).replace(/\r\n?/g, '\n'));
        return end + 3;
      }
      const rest = s.slice(lt, lt + 9);
      // Cut before it says what it is: `<!--`, `<![CDATA[` or `<!DOCTYPE` may come with the next piece.
      if (rest.length < 9 && MARKUP.some((m) => m.length > rest.length && m.startsWith(rest))) return -1;
      return bad(rest === '<!DOCTYPE' ? 'a document type is not allowed' : 'unexpected "<!"');
    }
    if (c1 === 0x2f) {
      const end = s.indexOf('>', lt + 2);
      if (end < 0) return -1;
      const name = s.slice(lt + 2, end).trimEnd();
      if (open.pop() !== name) bad(`unexpected close tag </${name}>`);
      if (open.length === 0) ended = true;
      onClose(name);
      return end + 1;
    }
    const ne = nameEnd(s, lt + 1);
    if (ne === lt + 1) bad('a tag without a name');
    if (ended) bad('a second root element');
    const name = s.slice(lt + 1, ne);
    const attributes: Record<string, string> = {};
    let i = ne;
    for (;;) {
      i = skipSpace(s, i);
      if (i >= s.length) return -1;
      const c = s.charCodeAt(i);
      if (c === 0x3e || c === 0x2f) {
        const selfClosing = c === 0x2f;
        if (selfClosing && i + 1 >= s.length) return -1;
        if (selfClosing && s.charCodeAt(i + 1) !== 0x3e) bad(`"/" inside <${name}>`);
        onOpen({ name, attributes });
        if (selfClosing) {
          onClose(name);
          if (open.length === 0) ended = true;
          return i + 2;
        }
        open.push(name);
        return i + 1;
      }
      const an = nameEnd(s, i);
      if (an === i) bad(`an attribute without a name in <${name}>`);
      const eq = skipSpace(s, an);
      if (eq >= s.length) return -1;
      if (s.charCodeAt(eq) !== 0x3d) bad(`an attribute without a value in <${name}>`);
      const q = skipSpace(s, eq + 1);
      if (q >= s.length) return -1;
      const quote = s[q];
      if (quote !== '"' && quote !== "'") return bad(`an unquoted attribute in <${name}>`);
      const close = s.indexOf(quote, q + 1);
      if (close < 0) return -1;
      const key = s.slice(i, an);
      // A second value for one attribute (t="s" t="n") would change what the cell holds: refused.
      if (Object.hasOwn(attributes, key)) bad(`the attribute ${key} twice in <${name}>`);
      attributes[key] = attributeOf(s.slice(q + 1, close));
      i = close + 1;
    }
  }

  const scanner: XmlScanner = {
    write(chunk) {
      const s = carry ? carry + chunk : chunk;
      let i = 0;
      for (;;) {
        const lt = s.indexOf('<', i);
        if (lt < 0) break;
        if (lt > i && open.length) onText(textOf(s.slice(i, lt)));
        else if (
          lt > i &&
          s
            .slice(i, lt)
            .replace(/^\uFEFF/, '')
            .trim()
        )
          bad('text outside the root element');
        const next = tag(s, lt);
        i = lt;
        if (next < 0) break;
        i = next;
      }
      carry = s.slice(i);
      // A tag or text cut by the piece's end is scanned again with the next piece: bounded, so that a
      // crafted file cannot make each piece rescan all that came before it. An element's tag is parsed
      // again attribute by attribute, so it has the tighter bound; text, a comment or CDATA is only
      // searched again for its end.
      if (carry.length > MAX_TAG && carry.charCodeAt(0) === 0x3c && !/^<[!?]/.test(carry))
        bad('a tag longer than 256 KB');
      if (carry.length > MAX_PENDING) bad('a text, comment or CDATA longer than 4 MB');
      return scanner;
    },
    close() {
      if (carry.includes('<')) bad('the document ends inside a tag');
      if (open.length) bad(`unclosed tag <${open[open.length - 1]}>`);
      if (carry.trim()) bad('text after the root element');
      if (!ended) bad('no root element');
      carry = '';
      return scanner;
    },
  };
  return scanner;
}

export const local = (name: string) => name.slice(name.indexOf(':') + 1);
