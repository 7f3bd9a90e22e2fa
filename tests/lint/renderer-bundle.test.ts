// The renderer bundle stays free of the DOCX library: documents are built on the Node side,
// and the screens share only the plain-text wording of shared/domain. One stray import of a
// document builder (or of anything that imports one) would add about 800 kB to every start.
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';

describe('renderer bundle', () => {
  it('reaches no DOCX builder and not the docx package, directly or through shared/', async () => {
    const result = await build({
      entryPoints: ['renderer/src/main.tsx'],
      bundle: true,
      write: false,
      metafile: true,
      outdir: 'dist/renderer-check',
      format: 'esm',
      platform: 'browser',
      jsx: 'automatic',
      loader: { '.css': 'empty', '.png': 'empty', '.svg': 'empty', '.woff': 'empty', '.woff2': 'empty' },
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((p) => p.startsWith('renderer/src/features/minutes/'))).toBe(true);
    expect(inputs.filter((p) => /node_modules\/docx\/|shared\/documents\//.test(p))).toEqual([]);
  });
});
