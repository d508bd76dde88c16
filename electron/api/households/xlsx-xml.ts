/** The XML side of the .xlsx reader: saxes with the reader's refusal for unparseable XML. */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { refuse } from '../errors';

/** Run saxes over text, calling `on` for tags and text; `text` is raw character data. */
export function sax(
  onOpen: (tag: SaxesTagPlain) => void,
  onClose: (name: string) => void,
  onText: (text: string) => void,
): SaxesParser {
  const p = new SaxesParser();
  p.on('opentag', onOpen);
  p.on('closetag', (t) => onClose(t.name));
  p.on('text', onText);
  p.on('cdata', onText);
  p.on('error', (e) => {
    throw refuse('VALIDATION', {
      code: 'xlsx_unparseable',
      params: { detail: e.message.split('\n')[0] ?? '' },
    });
  });
  return p;
}

export const local = (name: string) => name.slice(name.indexOf(':') + 1);
