import { writeFile } from 'node:fs/promises';
import type { WebContents } from 'electron';

export type PrintOptions = { landscape?: boolean };

/** The current view as an A4 PDF; the page's @media print rules decide what shows. */
export async function printToPdf(
  contents: WebContents,
  file: string,
  opts: PrintOptions = {},
): Promise<string> {
  const pdf = await contents.printToPDF({
    pageSize: 'A4',
    landscape: opts.landscape ?? false,
    printBackground: true,
    preferCSSPageSize: true,
  });
  await writeFile(file, pdf);
  return file;
}
