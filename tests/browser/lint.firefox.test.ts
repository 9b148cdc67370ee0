/**
 * addons.mozilla.org's linter (addons-linter, through `web-ext lint`) on the Firefox
 * store build: no error, no notice, and only the warnings README explains.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/catalogue-files';
import { builtExtension } from './harness';

interface LintMessage {
  code: string;
  file?: string;
  line?: number;
  column?: number;
  message: string;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

function lint(dir: string): LintReport {
  const args = ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'];
  let output: string;
  try {
    output = execFileSync(join(projectRoot, 'node_modules', '.bin', 'web-ext'), args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    // web-ext exits with 1 when there are errors; the report is still on stdout.
    output = (error as { stdout?: string }).stdout ?? '';
  }
  return JSON.parse(output.slice(output.indexOf('{')));
}

describe('addons-linter on the Firefox build', () => {
  const dir = builtExtension('firefox-mv2');
  let report: LintReport;
  beforeAll(() => {
    report = lint(dir);
  });
  /** The code around a warning's place, to tell whose code it is. */
  const around = (warning: LintMessage) => {
    const line = readFileSync(join(dir, warning.file!), 'utf8').split('\n')[(warning.line ?? 1) - 1];
    return line.slice(Math.max(0, (warning.column ?? 0) - 300), (warning.column ?? 0) + 200);
  };

  it('finds no error and no notice', () => {
    expect(report.errors).toEqual([]);
    expect(report.notices).toEqual([]);
  });

  it('warns only about the library code README explains', () => {
    expect(report.warnings.length).toBeGreaterThan(0);
    for (const warning of report.warnings) {
      if (warning.code === 'DANGEROUS_EVAL') {
        // zod's one-time probe `Function("")`, caught: it tells zod whether it may compile its checks.
        expect(around(warning), warning.file).toMatch(/jitless[\s\S]*try\{return Function\(``\),!0\}catch\{return!1\}/);
      } else if (warning.code === 'UNSAFE_VAR_ASSIGNMENT') {
        // Preact's support of `dangerouslySetInnerHTML`, a property the extension never passes.
        expect(around(warning), warning.file).toMatch(/dangerouslySetInnerHTML[\s\S]*innerHTML=\w+\.__html/);
      } else {
        expect.fail(
          `unexplained warning ${warning.code} in ${warning.file}: ${warning.message} (explain it in README, next to the lint command)`,
        );
      }
    }
  });

  it('has no such code of its own: no innerHTML, no eval, no Function constructor', () => {
    const sources = ['components', 'entrypoints', 'utils'].flatMap((folder) =>
      readdirSync(join(projectRoot, folder), { recursive: true, encoding: 'utf8' })
        .filter((name) => /\.tsx?$/.test(name))
        .map((name) => [`${folder}/${name}`, readFileSync(join(projectRoot, folder, name), 'utf8')] as const),
    );
    expect(sources.length).toBeGreaterThan(20);
    for (const [name, source] of sources)
      expect(source, name).not.toMatch(/innerHTML|\beval\(|new Function\b|\bFunction\(/);
  });
});
