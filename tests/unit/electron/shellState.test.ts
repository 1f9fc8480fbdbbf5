/** shell-state.json on a real temporary folder: round trip, damage tolerated part by part, atomic writes. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_SHELL_STATE, readShellState, SHELL_STATE_FILE_NAME, writeShellState } from '../../../electron/shellState';

let dir: string;
let file: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-shell-'));
  file = path.join(dir, 'profile', SHELL_STATE_FILE_NAME);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const WINDOW = { x: 10, y: 20, width: 1200, height: 700, maximized: true };

describe('shell state file', () => {
  it('round-trips the window and the language, leaving no temporary file', () => {
    writeShellState(file, { window: WINDOW, language: 'en' });
    expect(readShellState(file)).toEqual({ window: WINDOW, language: 'en' });
    expect(fs.readdirSync(path.dirname(file))).toEqual([SHELL_STATE_FILE_NAME]);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ version: 1, window: WINDOW, language: 'en' });
  });

  it('a missing, empty, non-JSON or oversized file gives the defaults', () => {
    expect(readShellState(file)).toEqual(EMPTY_SHELL_STATE);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    for (const content of ['', '{', 'null', '[]', '"vi"', JSON.stringify({ version: 2, language: 'en' }), ' '.repeat(70_000)]) {
      fs.writeFileSync(file, content);
      expect(readShellState(file), content.slice(0, 20)).toEqual(EMPTY_SHELL_STATE);
    }
  });

  it('keeps the valid part of a damaged file', () => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ version: 1, window: { ...WINDOW, width: 'wide' }, language: 'en' }));
    expect(readShellState(file)).toEqual({ window: null, language: 'en' });
    fs.writeFileSync(file, JSON.stringify({ version: 1, window: WINDOW, language: 'fr' }));
    expect(readShellState(file)).toEqual({ window: WINDOW, language: null });
  });

  it('a directory in its place is no crash', () => {
    fs.mkdirSync(file, { recursive: true });
    expect(readShellState(file)).toEqual(EMPTY_SHELL_STATE);
    expect(() => writeShellState(file, { window: null, language: 'vi' })).toThrow();
  });
});
