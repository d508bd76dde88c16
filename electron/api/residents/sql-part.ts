/**
 * SQL text with its parameters, built as drizzle's sql`` is but as a plain string: a hot statement is
 * then prepared once per shape (`db/statements.ts`) instead of rendered by the ORM on every call.
 * Values always become `?` parameters; only `raw` text (constants of the code) is inlined.
 */
export class SqlPart {
  constructor(
    readonly sql: string,
    readonly params: readonly (string | number)[],
  ) {}
}

export type SqlValue = string | number | SqlPart;

export function sql(strings: TemplateStringsArray, ...values: SqlValue[]): SqlPart {
  let text = strings[0] ?? '';
  const params: (string | number)[] = [];
  values.forEach((v, i) => {
    if (v instanceof SqlPart) {
      text += v.sql;
      params.push(...v.params);
    } else {
      text += '?';
      params.push(v);
    }
    text += strings[i + 1] ?? '';
  });
  return new SqlPart(text, params);
}

/** Text of the code itself (a column, an expression): never anything typed. */
export const raw = (text: string): SqlPart => new SqlPart(text, []);

export const join = (parts: SqlPart[], separator: string): SqlPart =>
  new SqlPart(
    parts.map((p) => p.sql).join(separator),
    parts.flatMap((p) => p.params),
  );
