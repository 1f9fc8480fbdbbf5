import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePlanDocument, parseTaskTable } from '../../../core/planText';
import { KE_HOACH_1049_TEXT } from '../../../core/seed/keHoach1049';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const SEED_FILE = path.resolve(repoRoot, '..', 'shared', 'seed', 'ke-hoach-1049.txt');
// sha256 of the seed file, printed by tests/tools/embed-seed-text.mjs
const SEED_SHA256 = '4389d650758e89e5677b39914c72baa6db6d8aed432d675b10832cda3107d1f3';

describe('KE_HOACH_1049_TEXT', () => {
  it('is the seed file, character for character', () => {
    if (existsSync(SEED_FILE)) expect(KE_HOACH_1049_TEXT).toBe(readFileSync(SEED_FILE, 'utf8'));
    expect(createHash('sha256').update(KE_HOACH_1049_TEXT, 'utf8').digest('hex')).toBe(SEED_SHA256);
  });
});

describe('parsePlanDocument on the seed plan', () => {
  const doc = parsePlanDocument(KE_HOACH_1049_TEXT);
  const row = (stt: number) => doc.rows[stt - 1]!;

  it('reads the header, title and signer', () => {
    expect(doc.number).toBe('Số: /KH- SKHCN');
    expect(doc.placeAndDate).toBe('Hải Phòng, ngày tháng 4 năm 2026');
    expect(doc.organisation).toBeNull();
    expect(doc.subtitle.startsWith('Triển khai thực hiện Quyết định số 1049/QĐ-UBND ngày 23/3/2026 của Ủy ban')).toBe(true);
    expect(doc.title).toBe(
      'Kế hoạch triển khai thực hiện Quyết định số 1049/QĐ-UBND ngày 23/3/2026 của Ủy ban nhân dân thành phố về việc ' +
        'phê duyệt Đề cương và Dự toán kinh phí xây dựng Đề án “Xây dựng Hải Phòng trở thành Trung tâm quốc tế đào tạo, ' +
        'nghiên cứu, ứng dụng khoa học - công nghệ về biển”',
    );
    expect(doc.signer).toBe('Nguyễn Cao Thắng');
    expect(doc.problems).toEqual([]);
  });

  it('gives exactly 17 rows, STT 1..17, none flagged (the repeated header is skipped)', () => {
    expect(doc.rows.map((r) => r.stt)).toEqual(Array.from({ length: 17 }, (_, i) => String(i + 1)));
    expect(doc.rows.flatMap((r) => r.problems)).toEqual([]);
  });

  it('reads names, leads and deliverables exactly', () => {
    expect(row(1)).toMatchObject({ name: 'Xây dựng Kế hoạch triển khai', lead: 'Phòng Quản lý Khoa học', deliverable: 'Kế hoạch của Sở' });
    expect(row(14).name).toBe(
      'Hoàn thiện hồ sơ trình TTCP theo chỉ đạo của Thường trực/BTV Thành ủy, UBND TP (dự thảo Tờ trình trình TTCP, ' +
        'dự thảo Đề án, dự thảo Quyết định của TTCP, các tài liệu kèm theo)',
    );
    expect(row(14).lead).toBe('Đơn vị tư vấn');
    expect(row(11).deliverable).toBe('Văn bản góp ý; báo cáo giải trình'); // ';' splits units only
    expect(row(16)).toMatchObject({ name: 'Dự thảo Kế hoạch hành động của UBND TP triển khai Quyết định của TTCP', deliverable: 'Dự thảo KHHĐ của UBND TP' });
    expect(row(17)).toMatchObject({ lead: 'Văn phòng Sở', deliverable: 'Hồ sơ quyết toán' });
    expect(doc.rows.map((r) => r.lead)).toEqual([
      'Phòng Quản lý Khoa học', 'Phòng Quản lý Khoa học', 'Văn phòng Sở', 'Văn phòng Sở', 'Văn phòng Sở', 'Văn phòng Sở',
      'Phòng Quản lý Khoa học', 'Đơn vị tư vấn', 'Phòng Quản lý Khoa học', 'Đơn vị tư vấn', 'Phòng Quản lý Khoa học',
      'Đơn vị tư vấn', 'Phòng Quản lý Khoa học', 'Đơn vị tư vấn', 'Phòng Quản lý Khoa học', 'Đơn vị tư vấn', 'Văn phòng Sở',
    ]);
  });

  it('splits coordinating units on ";"', () => {
    expect(row(3).coordinators).toEqual(['Phòng Quản lý Khoa học', 'Sở Tài chính']);
    expect(row(8).coordinators).toEqual(['Các phòng, đơn vị', 'Các sở, ngành, địa phương', 'tổ chức, đơn vị liên quan']);
    expect(row(11).coordinators).toEqual(['Đơn vị tư vấn', 'Các phòng, đơn vị', 'Các sở, ngành, địa phương', 'tổ chức, đơn vị liên quan']);
    expect(row(13).coordinators).toEqual(['Đơn vị tư vấn', 'Các phòng, đơn vị', 'VP UBND TP', 'VP TU']);
    expect(row(14).coordinators).toEqual(['Phòng Quản lý Khoa học', 'VP UBND TP', 'VP TU', 'Các sở, ngành, đơn vị liên quan']);
  });

  it('keeps the window texts and reads them', () => {
    expect(doc.rows.map((r) => r.windowText)).toEqual([
      'Tháng 4/2026', 'Tháng 4/2026', 'Tháng 4/2026', 'Tháng 4/2026', 'Tháng 4-5/2026', 'Tháng 5/2026', 'Tháng 5/2026',
      'Tháng 5-9/2026', 'Tháng 6/2026-9/2026', 'Tháng 9/2026', 'Tháng 10/2026', 'Tháng 10-11/2026', 'Tháng 11/2026',
      'Tháng 11/2026', 'Tháng 11-12/2026', 'Tháng 11-12/2026', 'Theo tiến độ thực hiện',
    ]);
    expect(row(9).window).toEqual({ kind: 'range', start: '2026-06-01', end: '2026-09-30' });
    expect(row(12).window).toEqual({ kind: 'range', start: '2026-10-01', end: '2026-11-30' });
    expect(row(17).window.kind).toBe('follows');
  });

  it('reads the 30 recipients in order', () => {
    expect(doc.recipients).toHaveLength(30);
    expect(doc.recipients[0]).toBe('Văn phòng Ủy ban nhân dân thành phố Hải Phòng');
    expect(doc.recipients[8]).toBe('Sở Văn hóa, Thể thao và Du lịch');
    expect(doc.recipients[28]).toBe('Trung tâm Đổi mới sáng tạo và Ứng dụng khoa học – công nghệ');
    expect(doc.recipients[29]).toBe('Trung tâm Công nghệ Thông tin và Truyền thông Hải Phòng');
  });
});

describe('parsePlanDocument on other documents', () => {
  it('reads a letterhead organisation and a signer under KT. GIÁM ĐỐC', () => {
    const text = [
      'UBND THÀNH PHỐ HẢI PHÒNG', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'Số: 12/KH-SKHCN', 'Hải Phòng, ngày 5 tháng 4 năm 2027',
      'KẾ HOẠCH', 'Kế hoạch thử', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '(Đã ký)', 'Trần Văn A',
    ].join('\r\n');
    const doc = parsePlanDocument(text);
    expect(doc).toMatchObject({ organisation: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', number: 'Số: 12/KH-SKHCN', title: 'Kế hoạch thử', signer: 'Trần Văn A' });
    expect(doc.rows).toEqual([]);
    expect(doc.problems).toEqual(['Không tìm thấy bảng nhiệm vụ (dòng tiêu đề STT, Nội dung công việc, Đơn vị chủ trì, …)']);
  });

  it('uses the document year for windows written without one', () => {
    const text = 'Hải Phòng, ngày 1 tháng 3 năm 2027\nSTT\tNội dung\tChủ trì\tThời gian\n1\tViệc A\tPhòng A\tQuý II\n';
    expect(parsePlanDocument(text).rows[0]!.window).toEqual({ kind: 'range', start: '2027-04-01', end: '2027-06-30' });
  });

  it('keeps a one-cell line inside the table as a row, and ends the table at a paragraph', () => {
    const header = 'STT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\tSản phẩm';
    const text = [
      'Mở đầu', header, 'GIAI ĐOẠN CHUẨN BỊ', '1\tViệc một\tPhòng A\t\tTháng 4/2026\tX', '', '(tiếp theo)', '',
      header, '2\tViệc hai\tPhòng B\t\tTháng 5/2026\tY', 'Ghi chú cuối', '1.\tKhông phải việc',
    ].join('\n');
    const { rows } = parsePlanDocument(text);
    expect(rows.map((r) => [r.stt, r.name])).toEqual([['', 'GIAI ĐOẠN CHUẨN BỊ'], ['1', 'Việc một'], ['2', 'Việc hai']]);
    expect(rows[0]!.problems).toEqual(['Thiếu số thứ tự', 'Thiếu đơn vị chủ trì', 'Thiếu thời gian thực hiện']);
  });

  it('returns empty parts and a problem for empty or odd input, without throwing', () => {
    for (const text of ['', '\n\n\t\t\n', 'KẾ HOẠCH', '"\t"\t"', 'STT\tNội dung công việc\tĐơn vị chủ trì']) {
      const doc = parsePlanDocument(text);
      expect(doc.rows).toEqual([]);
      expect(doc.problems.length).toBeGreaterThan(0);
    }
    expect(parsePlanDocument('').title).toBe('');
    expect(parsePlanDocument(undefined as unknown as string).problems.length).toBeGreaterThan(0);
  });
});

describe('parseTaskTable (a pasted table)', () => {
  it('finds columns by name in any order, without diacritics, and skips repeated headers', () => {
    const text = [
      'San pham\tDon vi phoi hop\tThoi gian\tSTT\tNoi dung cong viec\tChu tri',
      'Báo cáo\tSở A; Sở B\tTháng 4-5/2026\t1\tViệc một\tPhòng X',
      'San pham\tDon vi phoi hop\tThoi gian\tSTT\tNoi dung cong viec\tChu tri',
      'Biên bản\t\tQuý III/2026\t2.\tViệc hai\tPhòng Y',
    ].join('\n');
    const { rows, problems } = parseTaskTable(text);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ stt: '1', name: 'Việc một', lead: 'Phòng X', coordinators: ['Sở A', 'Sở B'], deliverable: 'Báo cáo', problems: [] });
    expect(rows[0]!.window).toEqual({ kind: 'range', start: '2026-04-01', end: '2026-05-31' });
    expect(rows[1]).toMatchObject({ stt: '2', name: 'Việc hai', coordinators: [], windowText: 'Quý III/2026', problems: [] });
  });

  it('reads Excel-quoted cells with line breaks and splits units on them', () => {
    const text = 'STT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\tSản phẩm\n' +
      '1\t"Việc có ""ngoặc"" và\txuống dòng"\tPhòng A\t"Sở B;\nSở C\n\n ; Sở D"\tTháng 4/2026\tBáo cáo\n';
    const [row] = parseTaskTable(text).rows;
    expect(row).toMatchObject({ name: 'Việc có "ngoặc" và\txuống dòng', coordinators: ['Sở B', 'Sở C', 'Sở D'], windowText: 'Tháng 4/2026' });
  });

  it('reads a table without header in the default column order, and says so', () => {
    const { rows, problems } = parseTaskTable('1\tViệc một\tPhòng A\tSở B\tTháng 4/2026\tBáo cáo');
    expect(rows[0]).toMatchObject({ stt: '1', name: 'Việc một', lead: 'Phòng A', coordinators: ['Sở B'], deliverable: 'Báo cáo' });
    expect(problems[0]).toMatch(/^Không thấy dòng tiêu đề/);
  });

  it('keeps odd rows and flags them', () => {
    const longName = 'Dài '.repeat(2_500);
    const text = [
      'STT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\tSản phẩm',
      '1\t\t\t\t\t',
      `2\t${longName}\tPhòng A\t\tTháng 4/2026\t`,
      '3\t<b>Việc</b><script>alert(1)</script>\tPhòng A\t\tTháng 4/2026\t',
      '4\tViệc bốn\tPhòng A\t\tKhi có kinh phí\t',
      '4\tViệc bốn lặp\tPhòng A\t\tTháng 13/2026\t\tthừa',
      '\tViệc không số\tPhòng A\t\tTháng 4/2026\t',
    ].join('\n');
    const { rows } = parseTaskTable(text);
    expect(rows.map((r) => r.stt)).toEqual(['1', '2', '3', '4', '4', '']);
    expect(rows[0]!.problems).toEqual(['Thiếu nội dung công việc', 'Thiếu đơn vị chủ trì', 'Thiếu thời gian thực hiện']);
    expect(rows[1]!.name).toBe(longName.trim());
    expect(rows[1]!.problems).toEqual(['Nội dung công việc dài quá 2000 ký tự']);
    expect(rows[2]!.name).toBe('<b>Việc</b><script>alert(1)</script>');
    expect(rows[2]!.problems).toEqual(['Có mã HTML trong nội dung (được giữ nguyên như chữ)']);
    expect(rows[3]).toMatchObject({ windowText: 'Khi có kinh phí', window: { kind: 'unreadable' }, problems: ['Không đọc được thời gian thực hiện'] });
    expect(rows[4]!.problems).toEqual([
      'Không đọc được thời gian thực hiện',
      'Có ô ngoài các cột của bảng: «thừa»',
      'Trùng số thứ tự 4 với một dòng trước',
    ]);
    expect(rows[5]!.problems).toEqual(['Thiếu số thứ tự']);
  });

  it('does not throw on arbitrary text', () => {
    for (const text of ['', '"', '"\t', '\r\r\n\t"a""', '\t'.repeat(1000), '"'.repeat(50_000)]) {
      expect(() => parseTaskTable(text)).not.toThrow();
    }
  });
});
