// The installer on paper: electron-builder.json is checked against electron-builder's own JSON
// schema (shipped in app-builder-lib), and for what the release needs: the targets, the icon,
// only the built app packed, nothing left in `dependencies` to pack a second time, and the
// Electron fuses that close the ways to run other code than the app.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';

const config = JSON.parse(fs.readFileSync('electron-builder.json', 'utf8'));
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));

const fromBuilder = createRequire(createRequire(path.resolve('package.json')).resolve('electron-builder'));
const schemaFile = path.join(path.dirname(fromBuilder.resolve('app-builder-lib/package.json')), 'scheme.json');
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));

function validator() {
  // strict: false because the schema uses a keyword of its own ("typeof", for function-valued hooks).
  const ajv = new Ajv({ allErrors: true, strict: false });
  return ajv.compile(schema);
}

function pngSize(file: string) {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('electron-builder config', () => {
  it("is valid against electron-builder's own schema", () => {
    const validate = validator();
    const ok = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('passes the check electron-builder itself runs before a build', async () => {
    const { validateConfiguration } = fromBuilder('app-builder-lib/out/util/config/config') as {
      validateConfiguration(c: unknown, log: { isEnabled: boolean; add(): void }): Promise<void>;
    };
    const quiet = { isEnabled: false, add() {} };
    await expect(validateConfiguration(structuredClone(config), quiet)).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...structuredClone(config), nsis: { oneclick: false } }, quiet)).rejects.toThrow(/Invalid configuration object/);
  });

  it('the schema check can fail: a misspelt key and a fuse that is not a boolean are refused', () => {
    const validate = validator();
    expect(validate({ ...config, productname: 'Rakor' })).toBe(false);
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNode: 'no' } })).toBe(false);
    expect(validate({ ...config, win: { ...config.win, target: [{ target: 'nsis', arch: 'sparc' }] } })).toBe(false);
  });

  it('names the app and builds a Windows installer and portable, a Linux AppImage and deb', () => {
    expect(config.productName).toBe('Rakor');
    expect(config.appId).toMatch(/^[a-z0-9]+(\.[a-z0-9-]+)+$/);
    expect(config.win.target).toEqual(['nsis', 'portable']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.directories.output).not.toBe('dist');
  });

  it('has an icon large enough for every target', () => {
    for (const icon of [config.icon, config.win.icon, config.linux.icon]) {
      expect(fs.existsSync(icon), icon).toBe(true);
      const { width, height } = pngSize(icon);
      expect(width).toBeGreaterThanOrEqual(512);
      expect(height).toBe(width);
    }
  });

  it('sets the fuses: no run-as-node, NODE_OPTIONS or inspect, the app only from a validated asar, cookies encrypted', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs only the built app: dist/electron and dist/renderer, no source maps', () => {
    const include = (config.files as string[]).filter((f) => !f.startsWith('!'));
    const exclude = (config.files as string[]).filter((f) => f.startsWith('!')).map((f) => f.slice(1));
    expect(include.every((f) => f.startsWith('dist/') || f === 'package.json')).toBe(true);
    const packed = (file: string) => include.some((g) => path.matchesGlob(file, g)) && !exclude.some((g) => path.matchesGlob(file, g));
    expect(packed(pkg.main)).toBe(true);
    expect(packed('dist/electron/preload.cjs')).toBe(true);
    expect(packed('dist/renderer/index.html')).toBe(true);
    expect(packed('dist/renderer/assets/index-abc.js')).toBe(true);
    expect(packed('dist/electron/main.cjs.map')).toBe(false);
    expect(packed('dist/web/host.cjs')).toBe(false);
    expect(packed('electron/main/main.ts')).toBe(false);
    expect(packed('node_modules/zod/index.js')).toBe(false);
  });

  it('leaves nothing in dependencies: the bundles carry their libraries (see the smoke test)', () => {
    // electron-builder packs every package in `dependencies` beside the bundle; they are all
    // bundled by scripts/build.mjs, so they would be packed twice.
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.devDependencies.electron).toBeDefined();
    expect(pkg.devDependencies['electron-builder']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.scripts.dist).toContain('electron-builder --config electron-builder.json');
  });
});
