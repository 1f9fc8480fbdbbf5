/**
 * Files that are not plan tables, picked through "Tất cả các tệp", are
 * refused by what their first bytes say, with a Vietnamese message naming
 * the format; plan tables still read.
 */
import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../../../core/import/sniffFormat';
import { readImportFile } from '../../../../core/import/source';

const bytes = (text: string) => new TextEncoder().encode(text);
const MSPDI = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Project xmlns="http://schemas.microsoft.com/project"><Name>KH</Name><Tasks><Task><UID>1</UID></Task></Tasks></Project>';
const GAN = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE project>\n<project name="KH" company="" webLink="" view-date="2026-01-01" version="3.2"><tasks empty-milestones="true"><task id="1" name="Khảo sát" start="2026-04-01" duration="5"/></tasks></project>';
const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0x3e, 0, 3, 0]);

describe('sniffFormat', () => {
  it('names each format by its content', () => {
    expect(sniffFormat(bytes(MSPDI))).toBe('ms-project-xml');
    expect(sniffFormat(bytes('\uFEFF' + GAN))).toBe('ganttproject');
    expect(sniffFormat(OLE)).toBe('ole-compound');
    expect(sniffFormat(bytes('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('other-xml');
    expect(sniffFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe('other-binary');
    expect(sniffFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0]))).toBe('zip');
    expect(sniffFormat(bytes('STT\tNội dung công việc\tĐơn vị chủ trì\n1\t<b>Khảo sát</b>\tPhòng A'))).toBe('text');
    expect(sniffFormat(bytes('<b>Bảng</b> dán từ web'))).toBe('text');
  });

  it.each([
    ['ke-hoach.xml', bytes(MSPDI), /^Đây là tệp MS Project XML/],
    ['ke-hoach.gan', bytes(GAN), /^Đây là tệp GanttProject/],
    ['ke-hoach.mpp', OLE, /^Đây là tệp MS Project \(\.mpp\)/],
    ['ke-hoach.txt', bytes(MSPDI), /^Đây là tệp MS Project XML/], // whatever the name says
    ['anh.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /tệp nhị phân/],
  ])('refuses %s with a message naming what it is', async (name, content, message) => {
    const refused = readImportFile(name, content);
    await expect(refused).rejects.toMatchObject({ code: 'unsupported-format' });
    await expect(refused).rejects.toThrow(message);
    await expect(refused).rejects.toThrow(/\.txt, \.docx, \.xlsx, \.csv hoặc \.tsv/);
  });

  it('still reads a plan table saved as .tsv', async () => {
    const table = await readImportFile('bang.tsv', bytes('STT\tNội dung công việc\tĐơn vị chủ trì\tThời gian thực hiện\n1\tKhảo sát\tPhòng A\tTháng 4/2026'));
    expect(table.rows.map((r) => [r.name, r.window.kind])).toEqual([['Khảo sát', 'range']]);
  });
});
