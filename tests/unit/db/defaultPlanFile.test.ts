import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../../core/defaultPlan';
import { defaultPlanPath, ensureDefaultPlanFile } from '../../../db/defaultPlanFile';
import { openPlanSession } from '../../../db/session';
import { makeFixturePlan, tempDir } from './fixtures';

describe('default plan file', () => {
  it('lives in <Documents>/Tiến Độ/Ke-hoach-1049.tiendo', () => {
    expect(defaultPlanPath('/home/an/Documents')).toBe(path.join('/home/an/Documents', 'Tiến Độ', 'Ke-hoach-1049.tiendo'));
  });

  it('is created with the seed plan on first start, then left alone', () => {
    const documents = tempDir();
    let made = 0;
    const makePlan = () => {
      made += 1;
      return createDefaultPlan();
    };
    const file = ensureDefaultPlanFile(documents, makePlan);
    expect(file).toBe(defaultPlanPath(documents));
    expect(fs.readdirSync(path.dirname(file))).toEqual(['Ke-hoach-1049.tiendo']);
    const session = openPlanSession(file);
    const first = session.getPlan().plan;
    expect(first.tasks).toHaveLength(17);
    session.close();

    const bytes = fs.readFileSync(file);
    expect(ensureDefaultPlanFile(documents, makePlan)).toBe(file);
    expect(made).toBe(1);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('does not replace an existing file, even a damaged one', () => {
    const documents = tempDir();
    const file = defaultPlanPath(documents);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'hỏng');
    expect(ensureDefaultPlanFile(documents, makeFixturePlan)).toBe(file);
    expect(fs.readFileSync(file, 'utf8')).toBe('hỏng');
  });
});
