import { parseSync } from '@swc/core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The extraction code keeps its regular expressions in module constants. A regex literal inside
 * a function is a new RegExp at each evaluation, built from a boilerplate that V8 keeps in the
 * function's feedback; after two garbage collections without a call (a page left open, a
 * re-capture) that is gone, and the next extraction compiled its patterns again: 2.5x the time
 * of the fact and title steps in the bench's rounds (docs/benchmark-log.md, 2026-12-04).
 */
const DIR = join(__dirname, '../../../src/extract');
const FUNCTION_TYPES = new Set([
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunctionExpression',
  'ClassMethod',
  'PrivateMethod',
  'Constructor',
  'GetterProperty',
  'SetterProperty',
  'MethodProperty',
]);

interface Found {
  offset: number;
  pattern: string;
}

/** Regex literals nested in a function body, in any AST swc gives. */
function regexLiteralsInFunctions(source: string): Found[] {
  const ast = parseSync(source, { syntax: 'typescript' });
  const base = ast.span.start;
  const found: Found[] = [];
  const visit = (node: unknown, inFunction: boolean): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n, inFunction);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const o = node as { type?: string; span?: { start: number }; pattern?: string };
    if (o.type === 'RegExpLiteral' && inFunction) found.push({ offset: (o.span?.start ?? base) - base, pattern: o.pattern ?? '' });
    const inner = inFunction || (o.type !== undefined && FUNCTION_TYPES.has(o.type));
    for (const [k, v] of Object.entries(o)) if (k !== 'span' && v && typeof v === 'object') visit(v, inner);
  };
  visit(ast.body, false);
  return found;
}

function lineOf(source: string, byteOffset: number): number {
  return Buffer.from(source, 'utf8').subarray(0, byteOffset).toString('utf8').split('\n').length;
}

describe('regex literals in the extraction code', () => {
  it('finds a literal inside a function and leaves module constants alone (the check can fail)', () => {
    const src =
      "const TOP = /a+/g;\nfunction f(s: string) {\n  return /b+/.test(s) && TOP.test(s);\n}\nconst g = (s: string) => s.replace(/c/g, '');\nclass K { m() { return /d/; } }\n";
    expect(regexLiteralsInFunctions(src).map((f) => [f.pattern, lineOf(src, f.offset)])).toEqual([
      ['b+', 3],
      ['c', 5],
      ['d', 6],
    ]);
  });

  it('has none inside functions in src/extract', () => {
    const offenders: string[] = [];
    for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(DIR, file), 'utf8');
      for (const f of regexLiteralsInFunctions(source)) offenders.push(`${file}:${lineOf(source, f.offset)} /${f.pattern}/`);
    }
    expect(offenders).toEqual([]);
  });
});
