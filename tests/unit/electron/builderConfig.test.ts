/**
 * electron-builder.yml, checked the way electron-builder itself reads and
 * validates it (app-builder-lib's getConfig + validateConfiguration, i.e. its
 * JSON schema), plus the project's own requirements. Packaging itself is not
 * run: it downloads Electron.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { PLAN_FILE_FILTER } from '../../../core/api/host';
import { APP_ID, PRODUCT_NAME } from '../../../electron/appInfo';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(join(root, 'package.json'));

type Config = Record<string, any>;
interface ConfigApi {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<Config>;
  validateConfiguration(config: Config, debugLogger: unknown): Promise<void>;
}
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as ConfigApi;
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

let config: Config;
beforeAll(async () => {
  config = await getConfig(root, join(root, 'electron-builder.yml'), null);
});

const targetNames = (platform: Config | undefined) =>
  ((platform?.target ?? []) as Array<string | { target: string }>).map((t) => (typeof t === 'string' ? t : t.target));

describe('electron-builder.yml', () => {
  it('matches electron-builder’s schema', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('the schema check is real (it rejects an unknown option)', async () => {
    await expect(validateConfiguration({ ...config, win: { ...config.win, bogus: true } }, new DebugLogger(false))).rejects.toThrow(/configuration/);
  });

  it('names the app as the shell does', () => {
    expect(config.appId).toBe(APP_ID);
    expect(config.productName).toBe(PRODUCT_NAME);
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).productName).toBe(PRODUCT_NAME);
  });

  it('packages the electron-vite output into release/', () => {
    expect(config.directories.output).toBe('release');
    // getConfig normalises `files` to [{ filter: [...] }]
    const patterns = (config.files as Array<string | { filter: string[] }>).flatMap((f) => (typeof f === 'string' ? [f] : f.filter));
    expect(patterns).toEqual(['out/**', 'package.json']);
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).main).toBe('out/main/index.js');
  });

  it('unpacks better-sqlite3’s native addon and does not rebuild it', () => {
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**/*.node');
    expect(config.npmRebuild).toBe(false);
    const addonDir = join(root, 'node_modules/better-sqlite3');
    const addons = readdirSync(addonDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.node'));
    expect(addons.length).toBeGreaterThan(0); // what the glob is there for
  });

  it('builds the agreed targets', () => {
    expect(targetNames(config.win)).toEqual(['nsis', 'portable']);
    expect(targetNames(config.linux)).toEqual(['AppImage', 'deb']);
    expect(targetNames(config.mac)).toEqual(['dmg']);
    // both Windows targets make an .exe: their names must differ
    expect(config.nsis.artifactName).not.toBe(config.portable.artifactName);
  });

  it('flips the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('leaves the development binary unfused: nothing but electron-builder’s packing flips fuses', () => {
    // Playwright's _electron.launch passes --inspect=0 (the nodeCliInspect fuse) to the dev binary.
    expect(config.electronFuses.enableNodeCliInspectArguments).toBe(false); // release
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(Object.values(pkg.scripts).join('\n')).not.toMatch(/fuse/i);
    expect(config.afterPack ?? null).toBeNull();
    const sources = ['electron', 'build', 'tests/e2e'].flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(ts|js|mjs|cjs)$/.test(f))
        .map((f) => readFileSync(join(root, dir, f), 'utf8')),
    );
    for (const text of sources) expect(text).not.toMatch(/@electron\/fuses|flipFuses/);
  });

  it('associates .tiendo files', () => {
    // The installer's file type is named in Vietnamese (the product's first language).
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'tiendo', name: PLAN_FILE_FILTER.name.vi, role: 'Editor', mimeType: 'application/x-tiendo' }),
    ]);
  });

  it('points at icons that exist', () => {
    for (const icon of [config.win.icon, config.linux.icon, config.mac.icon]) expect(existsSync(join(root, icon)), icon).toBe(true);
    const association = config.fileAssociations[0].icon as string;
    expect(existsSync(join(root, config.directories.buildResources, `${association}.ico`))).toBe(true);
    expect(existsSync(join(root, config.directories.buildResources, `${association}.icns`))).toBe(true);
  });
});

describe('icons', () => {
  const read = (name: string) => readFileSync(join(root, 'build', name));

  it('icon.png is a 512×512 RGBA PNG', () => {
    const png = read('icon.png');
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]]).toEqual([512, 512, 8, 6]);
  });

  it('icon.ico holds sizes up to 256 (Windows installer requirement)', () => {
    const ico = read('icon.ico');
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16] || 256);
    expect(sizes).toContain(256);
    expect(sizes).toContain(16);
    for (let i = 0; i < sizes.length; i++) {
      const offset = ico.readUInt32LE(6 + i * 16 + 12);
      expect(ico.subarray(offset + 1, offset + 4).toString('ascii')).toBe('PNG');
    }
  });

  it('icon.icns is well-formed', () => {
    const icns = read('icon.icns');
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) types.push(icns.subarray(offset, offset + 4).toString('ascii'));
    expect(types).toEqual(['ic07', 'ic08', 'ic09', 'ic10']);
  });
});
