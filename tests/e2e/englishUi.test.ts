/**
 * Issue 10 §3 end to end: with the UI in English, the native dialogs' titles
 * and a refusal from the import worker are English; back in Vietnamese, they
 * are Vietnamese again (real Chromium, real db layer, real files).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../core/defaultPlan';
import { createPlanFile } from '../../db/planStore';
import { launchApp, type LaunchedApp } from './harness';

let dir: string;
let app: LaunchedApp;
const OLD_WORD_FILE = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-english-'));
  app = await launchApp({ planPath: createPlanFile(path.join(dir, 'Ke-hoach-1049.tiendo'), createDefaultPlan()) });
  await app.page.locator('.task-row').first().waitFor();
});
afterAll(async () => {
  await app?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function importRefusal(chooseLabel: RegExp): Promise<string> {
  const source = path.join(dir, 'ke-hoach.doc');
  fs.writeFileSync(source, OLD_WORD_FILE);
  app.host.openAnswers.push(source);
  await app.sendMenuCommand('file.import');
  await app.page.getByRole('button', { name: chooseLabel }).click();
  const alert = app.page.locator('[role="dialog"] [role="alert"]');
  await alert.waitFor();
  const text = (await alert.textContent()) ?? '';
  await app.page.keyboard.press('Escape');
  await expect.poll(() => app.page.locator('[role="dialog"]').count()).toBe(0);
  return text;
}

describe('the UI language reaches dialogs and refusals', () => {
  it('in English: the Save As title and an import refusal are English', async () => {
    await app.page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => app.host.menuLanguages.at(-1)).toBe('en');
    app.host.saveAnswers.push(null);
    await app.sendMenuCommand('file.saveAs');
    await expect.poll(() => app.host.asked.at(-1)?.title).toBe('Save Plan As');

    const refusal = await importRefusal(/^Choose a file/);
    expect(refusal).toContain('This is an MS Project file (.mpp) or an old Office file (.doc, .xls), which cannot be read.');
    expect(refusal.replaceAll('Tiến Độ', '')).not.toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/i);
    expect(app.host.asked.at(-1)).toMatchObject({ kind: 'open', title: 'Import a Task Table' });
  });

  it('back in Vietnamese: the same dialog and refusal are Vietnamese', async () => {
    await app.page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect.poll(() => app.host.menuLanguages.at(-1)).toBe('vi');
    const refusal = await importRefusal(/^Chọn tệp/);
    expect(refusal).toContain('Đây là tệp MS Project (.mpp) hoặc tệp Office cũ (.doc, .xls), không đọc được.');
    expect(app.host.asked.at(-1)).toMatchObject({ kind: 'open', title: 'Nhập bảng nhiệm vụ' });
  });
});
