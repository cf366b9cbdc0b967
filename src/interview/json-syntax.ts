import { pathText } from './problems';

/** Where a JSON text stops being JSON: the path of the value being read there, and why. */
export type JsonSyntaxError = { path: string; message: string };

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

class Stop extends Error {}

/**
 * Finds the first syntax error of a text JSON.parse rejected, as a path and a
 * reason with its line and column: the same words in every JavaScript engine
 * (each engine's own message differs). One pass over the text, no recursion.
 */
export function locateJsonSyntaxError(source: string): JsonSyntaxError {
  const path: (string | number)[] = [];
  let at = 0;
  let reason = '';
  const fail = (why: string): never => {
    reason = why;
    throw new Stop();
  };
  const skip = () => {
    while (WHITESPACE.has(source[at] ?? '')) at += 1;
  };
  const describe = () =>
    at >= source.length
      ? 'the text ends (is the file cut short?)'
      : `found ${shown(source[at] ?? '')}`;
  const readString = (): string => {
    const start = at;
    at += 1;
    for (;;) {
      const char = source[at];
      if (char === undefined) return fail('a string is not closed (is the file cut short?)');
      if (char === '"') break;
      if (char === '\\') {
        const escape = source[at + 1];
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(source.slice(at + 2, at + 6)))
            fail('a \\u escape needs four hex digits');
          at += 6;
          continue;
        }
        if (escape === undefined || !'"\\/bfnrt'.includes(escape))
          fail(`unknown escape \\${escape ?? ''} in a string`);
        at += 2;
        continue;
      }
      if (char < ' ')
        return fail(`a control character (${shown(char)}) inside a string must be escaped`);
      at += 1;
    }
    at += 1;
    return source.slice(start, at);
  };
  // Containers still open, innermost last: what each expects next.
  const stack: ('object' | 'array')[] = [];
  const readScalar = () => {
    const char = source[at] ?? '';
    if (char === '"') return void readString();
    const word = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      source.slice(at, at + 400),
    );
    if (!word) fail(`expected a value, but ${describe()}`);
    at += word?.[0].length ?? 0;
  };
  try {
    // Read a value; after it, close containers or move to the next member.
    let expectValue = true;
    for (;;) {
      skip();
      if (expectValue) {
        const char = source[at];
        if (char === '{') {
          at += 1;
          skip();
          stack.push('object');
          if (source[at] === '}') {
            at += 1;
            stack.pop();
            expectValue = false;
            continue;
          }
          if (source[at] !== '"') fail(`expected a field name in double quotes, but ${describe()}`);
          path.push(fieldName(readString()));
          skip();
          if (source[at] !== ':') fail(`expected ":" after a field name, but ${describe()}`);
          at += 1;
          continue;
        }
        if (char === '[') {
          at += 1;
          skip();
          stack.push('array');
          if (source[at] === ']') {
            at += 1;
            stack.pop();
            expectValue = false;
            continue;
          }
          path.push(0);
          continue;
        }
        readScalar();
        expectValue = false;
        continue;
      }
      const open = stack.at(-1);
      if (open === undefined) {
        if (at < source.length)
          fail(`found ${shown(source[at] ?? '')} after the end of the document`);
        return { path: '$', message: 'is not valid JSON' };
      }
      const char = source[at];
      const close = open === 'object' ? '}' : ']';
      if (char === close) {
        at += 1;
        stack.pop();
        path.pop();
        continue;
      }
      if (char !== ',') {
        // The container is what is wrong, not its last member.
        path.pop();
        fail(`expected "," or "${close}", but ${describe()}`);
      }
      at += 1;
      skip();
      const last = path.pop();
      if (open === 'array') {
        path.push(typeof last === 'number' ? last + 1 : 0);
      } else {
        if (source[at] !== '"') fail(`expected a field name in double quotes, but ${describe()}`);
        path.push(fieldName(readString()));
        skip();
        if (source[at] !== ':') fail(`expected ":" after a field name, but ${describe()}`);
        at += 1;
      }
      expectValue = true;
    }
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
  }
  const before = source.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return {
    path: pathText(path),
    message: `is not valid JSON at line ${line}, column ${column}: ${reason}`,
  };
}

function fieldName(quotedName: string): string {
  const name: unknown = JSON.parse(quotedName);
  return String(name);
}

function shown(char: string): string {
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(char)
    ? `"${char}"`
    : `U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;
}
