/**
 * The words for every refusal, Vietnamese and English: errors travel as a
 * code with parameters ({ code, params }) and are worded where they are shown
 * (the renderer in its UI language, the command line in the user's). Pure:
 * usable in every layer. One entry per code; a code with several situations
 * takes a `reason` parameter (what the caller branches on stays the code).
 *
 * Parameters are plain strings and numbers (they cross the IPC boundary);
 * anything language-dependent travels as a key (a field name, a reason).
 */
import { formatViDate } from './dates';
import type { Language } from './language';

type Words<P> = { vi: (p: P) => string; en: (p: P) => string };
const words = <P = Record<string, never>>(vi: (p: NoInfer<P>) => string, en: (p: NoInfer<P>) => string): Words<P> => ({ vi, en });
const pick = <K extends string>(table: Record<K, string>) => (key: K) => table[key];

const enDate = (iso: string) => formatViDate(iso); // dd/mm/yyyy in both languages
const viCount = (n: number) => n.toLocaleString('vi-VN');
const enCount = (n: number) => n.toLocaleString('en-GB');

/** Field names (as in `details.field`) in both languages, for messages about one field. */
const FIELD_NAMES = {
  unitName: { vi: 'Tên đơn vị', en: 'Unit name' },
  taskName: { vi: 'Tên công việc', en: 'Task name' },
  wbs: { vi: 'Số thứ tự theo kế hoạch', en: 'Plan numbering' },
  windowText: { vi: 'Thời gian thực hiện', en: 'Time window' },
  deliverable: { vi: 'Sản phẩm', en: 'Deliverable' },
  notes: { vi: 'Ghi chú', en: 'Notes' },
  duration: { vi: 'Thời lượng', en: 'Duration' },
  startNoEarlierThan: { vi: 'Ngày bắt đầu không sớm hơn', en: 'Start no earlier than' },
  manualStart: { vi: 'Ngày bắt đầu', en: 'Start date' },
  manualFinish: { vi: 'Ngày kết thúc', en: 'Finish date' },
  actualStart: { vi: 'Ngày bắt đầu thực tế', en: 'Actual start' },
  actualFinish: { vi: 'Ngày kết thúc thực tế', en: 'Actual finish' },
  start: { vi: 'Ngày bắt đầu', en: 'Start date' },
  finish: { vi: 'Ngày kết thúc', en: 'Finish date' },
  lag: { vi: 'Độ trễ', en: 'Lag' },
  date: { vi: 'Ngày', en: 'Date' },
  dayName: { vi: 'Tên ngày', en: 'Day name' },
  statusDate: { vi: 'Ngày cập nhật', en: 'Status date' },
  planStart: { vi: 'Ngày bắt đầu kế hoạch', en: 'Plan start date' },
  planEnd: { vi: 'Ngày kết thúc kế hoạch', en: 'Plan end date' },
} as const;
export type FieldName = keyof typeof FIELD_NAMES;
const fieldVi = (f: FieldName) => FIELD_NAMES[f].vi;
const fieldEn = (f: FieldName) => FIELD_NAMES[f].en;

/** Why a plan file is damaged (the `corrupt` code's `reason`). */
const CORRUPT_VI = pick({
  integrity: 'kiểm tra toàn vẹn không đạt',
  structure: 'cấu trúc cơ sở dữ liệu không hợp lệ',
  'page-size': 'kích thước trang không hợp lệ',
  truncated: 'tệp bị cắt cụt',
});
const CORRUPT_EN = pick({
  integrity: 'the integrity check failed',
  structure: 'its database structure is invalid',
  'page-size': 'its page size is invalid',
  truncated: 'the file is truncated',
});
export type CorruptReason = Parameters<typeof CORRUPT_VI>[0];

const EXPORT_KIND_VI = pick({ png: 'ảnh PNG', svg: 'ảnh SVG', pdf: 'tệp PDF' });
const EXPORT_KIND_EN = pick({ png: 'PNG image', svg: 'SVG image', pdf: 'PDF file' });

const ORIGINAL_UNCHANGED = { vi: 'Tệp gốc không bị thay đổi.', en: 'The original file is unchanged.' };

/** What a file picked for a table import really is, when it is not a table (core/import/sniffFormat.ts). */
export type NotATable = 'ms-project-xml' | 'ganttproject' | 'ole-compound' | 'other-xml' | 'other-binary';
const NOT_A_TABLE_VI: Record<NotATable, string> = {
  'ms-project-xml': 'Đây là tệp MS Project XML (.xml), không phải bảng nhiệm vụ: chưa nhập được tệp dự án của MS Project.',
  ganttproject: 'Đây là tệp GanttProject (.gan), không phải bảng nhiệm vụ: chưa nhập được tệp dự án của GanttProject.',
  'ole-compound': 'Đây là tệp MS Project (.mpp) hoặc tệp Office cũ (.doc, .xls), không đọc được. Hãy lưu thành .docx hoặc .xlsx.',
  'other-xml': 'Đây là một tệp XML, không phải bảng nhiệm vụ.',
  'other-binary': 'Đây không phải tệp văn bản hay bảng tính mà Tiến Độ đọc được (tệp nhị phân).',
};
const NOT_A_TABLE_EN: Record<NotATable, string> = {
  'ms-project-xml': 'This is an MS Project XML file (.xml), not a task table: MS Project project files cannot be imported as a table.',
  ganttproject: 'This is a GanttProject file (.gan), not a task table: GanttProject project files cannot be imported as a table.',
  'ole-compound': 'This is an MS Project file (.mpp) or an old Office file (.doc, .xls), which cannot be read. Save it as .docx or .xlsx.',
  'other-xml': 'This is an XML file, not a task table.',
  'other-binary': 'This is not a text file or spreadsheet that Tiến Độ can read (a binary file).',
};

export const ERROR_WORDS = {
  // —— API boundary ——
  'unknown-method': words<{ method: string }>(
    (p) => `Lệnh không tồn tại: ${p.method}`,
    (p) => `No such command: ${p.method}`,
  ),
  'invalid-arguments': words<{ method: string; where?: string; issue?: string; at?: string }>(
    (p) => `Dữ liệu gửi tới lệnh "${p.method}" không hợp lệ${p.issue === undefined ? '' : `: ${p.where ?? ''}${p.issue}`}.`,
    (p) => `The data sent to the command "${p.method}" is invalid${p.at ? ` (at ${p.at})` : ''}.`,
  ),
  unexpected: words<{ text: string }>(
    (p) => `Lỗi không mong đợi: ${p.text}`,
    (p) => `Unexpected error: ${p.text}`,
  ),

  // —— opening plan files ——
  'not-found': words<{ reason: 'file' | 'folder' | 'task' | 'link' | 'calendar-day' | 'dangling-link' | 'save-dangling-link'; path?: string; date?: string; target?: string }>(
    (p) =>
      p.reason === 'dangling-link' || p.reason === 'save-dangling-link'
        ? `Không ${p.reason === 'dangling-link' ? 'mở' : 'lưu vào'} được “${p.path}”: đây là liên kết tượng trưng (symbolic link) tới “${p.target}”, nhưng tệp đó không còn tồn tại (đã bị xoá, đổi tên hoặc ổ mạng chưa được kết nối).`
      : p.reason === 'file' ? `Không tìm thấy tệp “${p.path}”.`
      : p.reason === 'folder' ? `Không tìm thấy thư mục “${p.path}”.`
      : p.reason === 'task' ? 'Không tìm thấy công việc (có thể đã bị xóa).'
      : p.reason === 'link' ? 'Không tìm thấy liên kết (có thể đã bị xóa).'
      : `Ngày ${formatViDate(p.date ?? '')} không có trong danh sách ngày nghỉ và ngày làm bù.`,
    (p) =>
      p.reason === 'dangling-link' || p.reason === 'save-dangling-link'
        ? `Cannot ${p.reason === 'dangling-link' ? 'open' : 'save to'} “${p.path}”: it is a symbolic link to “${p.target}”, and that file no longer exists (deleted, renamed, or a network drive not connected).`
      : p.reason === 'file' ? `The file “${p.path}” was not found.`
      : p.reason === 'folder' ? `The folder “${p.path}” was not found.`
      : p.reason === 'task' ? 'The task was not found (it may have been deleted).'
      : p.reason === 'link' ? 'The link was not found (it may have been deleted).'
      : `${enDate(p.date ?? '')} is not in the list of holidays and make-up working days.`,
  ),
  'not-a-plan': words<{ file: string; reason?: 'folder' | 'wal' | 'special' }>(
    (p) =>
      p.reason === 'folder' ? `“${p.file}” là một thư mục, không phải tệp kế hoạch Tiến Độ.`
      : p.reason === 'special' ? `“${p.file}” không phải một tệp thông thường (mà là FIFO, thiết bị hoặc socket) nên không thể đọc.`
      : `Tệp “${p.file}” không phải tệp kế hoạch Tiến Độ.` +
        (p.reason === 'wal' ? ' Tệp đang ở chế độ ghi nhật ký WAL của SQLite nên có thể không chứa đầy đủ dữ liệu.' : ''),
    (p) =>
      p.reason === 'folder' ? `“${p.file}” is a folder, not a Tiến Độ plan file.`
      : p.reason === 'special' ? `“${p.file}” is not an ordinary file (it is a FIFO, device or socket), so it cannot be read.`
      : `The file “${p.file}” is not a Tiến Độ plan file.` +
        (p.reason === 'wal' ? ' It is in SQLite’s WAL journal mode, so it may not hold all its data.' : ''),
  ),
  corrupt: words<{ file: string; reason: CorruptReason | 'impossible-version'; version?: number }>(
    (p) =>
      p.reason === 'impossible-version'
        ? `Tệp “${p.file}” không phải kế hoạch Tiến Độ hợp lệ: số phiên bản lược đồ ghi trong tệp (user_version = ${p.version}) không thể có ở một kế hoạch Tiến Độ. Tệp đã bị hỏng hoặc được một chương trình khác sửa — hãy mở bản sao lưu gần nhất.`
        : `Tệp “${p.file}” bị hỏng (${CORRUPT_VI(p.reason)}) — hãy mở bản sao lưu gần nhất.`,
    (p) =>
      p.reason === 'impossible-version'
        ? `The file “${p.file}” is not a valid Tiến Độ plan: the schema version written in it (user_version = ${p.version}) cannot occur in a Tiến Độ plan. The file is damaged or was changed by another program — open the latest backup.`
        : `The file “${p.file}” is damaged (${CORRUPT_EN(p.reason)}) — open the latest backup.`,
  ),
  'newer-version': words<{ version: number; file?: string }>(
    (p) => `${p.file ? `Tệp “${p.file}”` : 'Tệp'} được tạo bởi phiên bản Tiến Độ mới hơn (lược đồ ${p.version}) — hãy cập nhật ứng dụng.`,
    (p) => `${p.file ? `The file “${p.file}”` : 'The file'} was made by a newer version of Tiến Độ (schema ${p.version}) — update the application.`,
  ),
  'unexpected-schema': words<{ file: string; reason: 'strange' | 'missing'; objects: string }>(
    (p) =>
      p.reason === 'strange'
        ? `Tệp “${p.file}” chứa thành phần lạ không thuộc kế hoạch Tiến Độ: ${p.objects}.`
        : `Tệp “${p.file}” thiếu thành phần của kế hoạch Tiến Độ: ${p.objects}.`,
    (p) =>
      p.reason === 'strange'
        ? `The file “${p.file}” contains parts that do not belong to a Tiến Độ plan: ${p.objects}.`
        : `The file “${p.file}” lacks parts of a Tiến Độ plan: ${p.objects}.`,
  ),
  'cannot-open': words<{ file: string; reason: 'busy' | 'trailing-space' | 'system' | 'link-loop' | 'save-link-loop' | 'nul' | 'symlink-loop' | 'denied' | 'name-too-long'; code?: string }>(
    (p) =>
      p.reason === 'link-loop' || p.reason === 'save-link-loop'
        ? `Không ${p.reason === 'link-loop' ? 'mở' : 'lưu vào'} được “${p.file}”: đây là liên kết tượng trưng (symbolic link) trỏ vòng về chính nó.`
      : p.reason === 'busy' ? `Không mở được tệp “${p.file}”: tệp đang bị chương trình khác sử dụng.`
      : p.reason === 'trailing-space' ? `Không mở được tệp “${p.file}”: tên tệp kết thúc bằng khoảng trắng.`
      : p.reason === 'nul' ? `Không mở được tệp “${p.file}”: đường dẫn chứa ký tự NUL không hợp lệ.`
      : p.reason === 'symlink-loop' ? `Không mở được tệp “${p.file}”: đường dẫn là một vòng liên kết tượng trưng (symlink) không dẫn tới tệp nào.`
      : p.reason === 'denied' ? `Không mở được tệp “${p.file}”: không có quyền đọc tệp.`
      : p.reason === 'name-too-long' ? `Không mở được tệp “${p.file}…”: đường dẫn quá dài.`
      : `Không mở được tệp “${p.file}” (${p.code}).`,
    (p) =>
      p.reason === 'link-loop' || p.reason === 'save-link-loop'
        ? `Cannot ${p.reason === 'link-loop' ? 'open' : 'save to'} “${p.file}”: it is a symbolic link that points back to itself.`
      : p.reason === 'busy' ? `Cannot open the file “${p.file}”: another program is using it.`
      : p.reason === 'trailing-space' ? `Cannot open the file “${p.file}”: its name ends with a space.`
      : p.reason === 'nul' ? `Cannot open the file “${p.file}”: the path contains a NUL character, which is invalid.`
      : p.reason === 'symlink-loop' ? `Cannot open the file “${p.file}”: the path is a loop of symbolic links that leads to no file.`
      : p.reason === 'denied' ? `Cannot open the file “${p.file}”: no permission to read it.`
      : p.reason === 'name-too-long' ? `Cannot open the file “${p.file}…”: the path is too long.`
      : `Cannot open the file “${p.file}” (${p.code}).`,
  ),
  locked: words<{ user: string; computer: string; since: string; reason?: 'lock-folder'; lock?: string }>(
    (p) =>
      p.reason === 'lock-folder'
        ? `Không tạo được tệp khóa “${p.lock}”: ở vị trí đó đã có một thư mục cùng tên, nên không biết ai đang mở tệp này. Có thể mở chỉ đọc, mở một bản sao, hoặc “Mở dù sao” (không có khóa).`
        : `Đang được mở bởi ${p.user} trên máy ${p.computer} từ ${p.since}.`,
    (p) =>
      p.reason === 'lock-folder'
        ? `Cannot create the lock file “${p.lock}”: a folder of the same name is already there, so who has this file open is unknown. Open it read-only, open a copy, or “Open anyway” (without a lock).`
        : `Open by ${p.user} on the computer ${p.computer} since ${p.since}.`,
  ),
  'invalid-data': words<{ reason: 'file' | 'edit-constraint' | 'import-constraint' | 'interchange'; intro?: string; list?: string; detail?: string; format?: string }>(
    (p) =>
      p.reason === 'interchange' ? `Tệp ${p.format} có dữ liệu không dùng được: ${p.detail}.`
      : p.reason === 'file' ? `${p.intro}\n${p.list}`
      : p.reason === 'edit-constraint' ? `Không lưu được thay đổi: dữ liệu vi phạm ràng buộc của tệp (${p.detail}).`
      : `Không thêm được công việc: dữ liệu vi phạm ràng buộc của tệp (${p.detail}).`,
    (p) =>
      p.reason === 'interchange' ? `The ${p.format} file holds data that cannot be used: ${p.detail}.`
      : p.reason === 'file' ? `The plan file holds invalid data:\n${p.list}`
      : p.reason === 'edit-constraint' ? `The change was not saved: the data breaks a rule of the file (${p.detail}).`
      : `No task was added: the data breaks a rule of the file (${p.detail}).`,
  ),

  // —— editing ——
  'read-only': words<{ reason: 'edit' | 'append' | 'merge' | 'save' | 'save-original' | 'newer'; notice?: string }>(
    (p) =>
      ({
        edit: 'Tệp đang mở chỉ đọc nên không thể chỉnh sửa.',
        append: 'Tệp đang mở chỉ đọc nên không thể thêm công việc.',
        merge: 'Kế hoạch đang mở ở chế độ chỉ đọc nên không thể gộp thay đổi vào.',
        save: 'Kế hoạch đang mở ở chế độ chỉ đọc nên không thể lưu thay đổi.',
        'save-original': 'Kế hoạch đang mở ở chế độ chỉ đọc nên không thể lưu vào tệp gốc — hãy dùng “Lưu thành…” để lưu một bản khác.',
        newer: `${p.notice ?? 'Tệp được tạo bởi phiên bản Tiến Độ mới hơn.'} Không thể lưu tệp này bằng phiên bản hiện tại.`,
      })[p.reason],
    (p) =>
      ({
        edit: 'The file is open read-only, so it cannot be edited.',
        append: 'The file is open read-only, so no tasks can be added.',
        merge: 'The plan is open read-only, so no changes can be merged into it.',
        save: 'The plan is open read-only, so changes cannot be saved.',
        'save-original': 'The plan is open read-only, so it cannot be saved to the original file — use “Save As…” to save another copy.',
        newer: `${p.notice ?? 'The file was made by a newer version of Tiến Độ.'} This version cannot save it.`,
      })[p.reason],
  ),
  busy: words(
    () => 'Tệp kế hoạch đang được một chương trình khác ghi; hãy thử lại sau giây lát.',
    () => 'Another program is writing the plan file; try again in a moment.',
  ),
  'edit-conflict': words(
    () => 'Dữ liệu trong tệp kế hoạch đã bị thay đổi từ nơi khác nên không áp dụng được thao tác này. Hãy mở lại tệp.',
    () => 'The plan file was changed elsewhere, so this action cannot be applied. Open the file again.',
  ),
  'nothing-to-undo': words(() => 'Không có thao tác nào để hoàn tác.', () => 'There is nothing to undo.'),
  'nothing-to-redo': words(() => 'Không có thao tác nào để làm lại.', () => 'There is nothing to redo.'),
  'no-plan': words<{ reason?: 'append' }>(
    (p) => (p.reason === 'append' ? 'Chưa mở kế hoạch nào để thêm công việc vào.' : 'Chưa mở tệp kế hoạch nào.'),
    (p) => (p.reason === 'append' ? 'No plan is open to add the tasks to.' : 'No plan file is open.'),
  ),
  'invalid-edit': words<
    | { reason: 'not-a-date'; field: FieldName; value: string }
    | { reason: 'date-out-of-range'; field: FieldName; from: string; to: string }
    | { reason: 'too-long'; field: FieldName; max: number }
    | { reason: 'not-whole-days'; field: FieldName }
    | { reason: 'out-of-range'; field: FieldName; min: number; max: number }
    | { reason: 'summary-dates' | 'into-own-section' | 'drop-outside-section' | 'unit-into-itself' | 'unit-name-empty' | 'negative-duration' | 'percent-range' | 'finish-before-start' | 'actual-finish-before-start' | 'task-needs-duration' | 'needs-a-date' | 'follows-has-no-finish' | 'self-link' | 'weekday-range' | 'empty-work-week' }
    | { reason: 'no-working-day'; from: string; to: string }
  >(
    (p) => {
      switch (p.reason) {
        case 'not-a-date': return `${fieldVi(p.field)}: “${p.value}” không phải là ngày hợp lệ.`;
        case 'date-out-of-range': return `${fieldVi(p.field)} phải nằm trong khoảng ${formatViDate(p.from)} – ${formatViDate(p.to)}.`;
        case 'too-long': return `${fieldVi(p.field)} dài quá ${viCount(p.max)} ký tự.`;
        case 'not-whole-days': return `${fieldVi(p.field)} phải là số nguyên ngày làm việc.`;
        case 'out-of-range': return `${fieldVi(p.field)} phải từ ${p.min} đến ${p.max}.`;
        case 'no-working-day': return `Từ ${formatViDate(p.from)} đến ${formatViDate(p.to)} không có ngày làm việc nào.`;
        default:
          return {
            'into-own-section': 'Không thể chuyển một mục vào bên trong chính nó hoặc vào công việc con của nó.',
            'drop-outside-section': 'Vị trí thả không nằm trong mục được chọn.',
            'summary-dates': 'Ngày của công việc tổng hợp lấy từ các công việc con: hãy đổi ngày của từng công việc con.',
            'unit-into-itself': 'Không thể gộp một đơn vị vào chính nó.',
            'unit-name-empty': 'Tên đơn vị không được để trống.',
            'negative-duration': 'Thời lượng không được âm.',
            'percent-range': 'Phần trăm hoàn thành phải từ 0 đến 100.',
            'finish-before-start': 'Ngày kết thúc phải sau ngày bắt đầu.',
            'actual-finish-before-start': 'Ngày kết thúc thực tế phải sau ngày bắt đầu thực tế.',
            'task-needs-duration': 'Công việc (không phải mốc) cần thời lượng ít nhất 1 ngày.',
            'needs-a-date': 'Cần ngày bắt đầu hoặc ngày kết thúc.',
            'follows-has-no-finish': 'Công việc “theo tiến độ thực hiện” kéo dài theo các công việc liên quan nên không đặt được ngày kết thúc.',
            'self-link': 'Công việc không thể liên kết với chính nó.',
            'weekday-range': 'Ngày trong tuần phải từ 1 (thứ Hai) đến 7 (Chủ nhật).',
            'empty-work-week': 'Tuần làm việc phải có ít nhất một ngày.',
          }[p.reason];
      }
    },
    (p) => {
      switch (p.reason) {
        case 'not-a-date': return `${fieldEn(p.field)}: “${p.value}” is not a valid date.`;
        case 'date-out-of-range': return `${fieldEn(p.field)} must be between ${enDate(p.from)} and ${enDate(p.to)}.`;
        case 'too-long': return `${fieldEn(p.field)} is longer than ${enCount(p.max)} characters.`;
        case 'not-whole-days': return `${fieldEn(p.field)} must be a whole number of working days.`;
        case 'out-of-range': return `${fieldEn(p.field)} must be from ${p.min} to ${p.max}.`;
        case 'no-working-day': return `There is no working day from ${enDate(p.from)} to ${enDate(p.to)}.`;
        default:
          return {
            'into-own-section': 'An item cannot be moved into itself or into one of its subtasks.',
            'drop-outside-section': 'The drop position is not inside the chosen item.',
            'summary-dates': 'A summary task takes its dates from its subtasks: change the dates of each subtask.',
            'unit-into-itself': 'A unit cannot be merged into itself.',
            'unit-name-empty': 'The unit name cannot be empty.',
            'negative-duration': 'The duration cannot be negative.',
            'percent-range': 'Percent complete must be from 0 to 100.',
            'finish-before-start': 'The finish date must be after the start date.',
            'actual-finish-before-start': 'The actual finish must be after the actual start.',
            'task-needs-duration': 'A task (not a milestone) needs a duration of at least 1 day.',
            'needs-a-date': 'A start or a finish date is needed.',
            'follows-has-no-finish': 'A task “as work progresses” lasts as long as its related tasks, so its finish cannot be set.',
            'self-link': 'A task cannot be linked to itself.',
            'weekday-range': 'Days of the week run from 1 (Monday) to 7 (Sunday).',
            'empty-work-week': 'The work week needs at least one day.',
          }[p.reason];
      }
    },
  ),
  'unknown-unit': words(() => 'Đơn vị không có trong danh mục.', () => 'The unit is not in the list of units.'),
  // "Cập nhật tiến độ" (core/edits/progress.ts): actual dates lie on or before the status date.
  'progress-update': words<
    | { reason: 'actual-after-status'; stt: number; which: 'start' | 'finish'; date: string; statusDate: string }
    | { reason: 'no-status-date' | 'cycle' }
  >(
    (p) =>
      p.reason === 'actual-after-status'
        ? `STT ${p.stt}: ngày ${p.which === 'start' ? 'bắt đầu' : 'kết thúc'} thực tế sẽ là ${formatViDate(p.date)}, sau ngày cập nhật ${formatViDate(p.statusDate)}. Hãy chọn ngày cập nhật muộn hơn hoặc nhập ngày thực tế trong bảng chi tiết công việc.`
        : p.reason === 'cycle'
          ? 'Kế hoạch có vòng lặp liên kết nên chưa tính được lịch: không cập nhật được tiến độ.'
          : 'Cần ngày cập nhật để cập nhật tiến độ.',
    (p) =>
      p.reason === 'actual-after-status'
        ? `No. ${p.stt}: its actual ${p.which} would be ${enDate(p.date)}, after the status date ${enDate(p.statusDate)}. Choose a later status date or enter the actual dates in the task details.`
        : p.reason === 'cycle'
          ? 'The plan has a loop of links, so its schedule cannot be computed: progress cannot be updated.'
          : 'A status date is needed to update progress.',
  ),
  // Kế hoạch gốc (core/edits/baselines.ts).
  baseline: words<{ reason: 'index-range' | 'name-too-long' | 'not-found' | 'cycle' | 'no-date'; min?: number; max?: number }>(
    (p) =>
      ({
        'index-range': `Số kế hoạch gốc phải từ ${p.min} đến ${p.max}.`,
        'name-too-long': `Tên kế hoạch gốc dài quá ${p.max} ký tự.`,
        'not-found': 'Không tìm thấy kế hoạch gốc này (có thể đã bị xóa).',
        cycle: 'Kế hoạch có vòng lặp liên kết nên chưa tính được lịch: không lưu được kế hoạch gốc.',
        'no-date': 'Cần ngày hôm nay để ghi ngày lưu kế hoạch gốc.',
      })[p.reason],
    (p) =>
      ({
        'index-range': `The baseline number must be from ${p.min} to ${p.max}.`,
        'name-too-long': `The baseline name is longer than ${p.max} characters.`,
        'not-found': 'This baseline was not found (it may have been deleted).',
        cycle: 'The plan has a loop of links, so its schedule cannot be computed: the baseline cannot be saved.',
        'no-date': "Today's date is needed to record when the baseline was saved.",
      })[p.reason],
  ),
  'duplicate-unit': words<{ name: string }>(
    (p) => `Đơn vị “${p.name}” đã có trong danh mục.`,
    (p) => `The unit “${p.name}” is already in the list.`,
  ),
  'duplicate-link': words<{ from: number; to: number }>(
    (p) => `Đã có liên kết từ STT ${p.from} tới STT ${p.to}.`,
    (p) => `There is already a link from No. ${p.from} to No. ${p.to}.`,
  ),
  cycle: words<{ loop?: string; reason?: 'import' | 'export' | 'inspect'; format?: string }>(
    (p) =>
      p.reason === 'inspect' ? `Các liên kết tạo thành vòng lặp: ${p.loop}. Không tính được tiến độ.`
      : p.reason === 'import' ? `Tệp ${p.format} có các liên kết tạo thành vòng lặp: ${p.loop}. Hãy sửa trong chương trình đã tạo tệp rồi nhập lại.`
      : p.reason === 'export' ? `Kế hoạch có vòng lặp liên kết nên chưa tính được lịch: không thể xuất tệp ${p.format}.`
      : `Liên kết tạo vòng lặp: ${p.loop}`,
    (p) =>
      p.reason === 'inspect' ? `The links form a loop: ${p.loop}. The schedule cannot be computed.`
      : p.reason === 'import' ? `The ${p.format} file has links that form a loop: ${p.loop}. Fix it in the program that made the file, then import again.`
      : p.reason === 'export' ? `The plan has a loop of links, so its schedule cannot be computed: the ${p.format} file cannot be exported.`
      : `The link makes a loop: ${p.loop}`,
  ),

  // —— saving and sharing ——
  'needs-path': words(() => 'Kế hoạch mới chưa có tệp: hãy chọn nơi lưu.', () => 'The new plan has no file yet: choose where to save it.'),
  'same-file': words<{ reason: 'new-plan' | 'export' | 'merge' | 'copy' }>(
    (p) =>
      ({
        'new-plan': 'Không thể tạo kế hoạch mới đè lên tệp kế hoạch đang mở. Hãy chọn tên tệp khác.',
        export: 'Không thể ghi bảng xuất đè lên tệp kế hoạch đang mở.',
        merge: 'Đây chính là tệp đang mở; hãy chọn bản sao nhận được từ đồng nghiệp.',
        copy: 'Bản sao phải được lưu vào một tệp khác với tệp đang mở.',
      })[p.reason],
    (p) =>
      ({
        'new-plan': 'A new plan cannot replace the plan file that is open. Choose another file name.',
        export: 'The exported table cannot replace the plan file that is open.',
        merge: 'This is the file that is open; choose the copy you received from a colleague.',
        copy: 'The copy must be saved to a file other than the one that is open.',
      })[p.reason],
  ),
  'already-exists': words<{ path: string }>((p) => `Tệp “${p.path}” đã tồn tại.`, (p) => `The file “${p.path}” already exists.`),
  'changed-on-disk': words<{ path: string }>(
    (p) => `Tệp “${p.path}” đã bị thay đổi bởi người khác kể từ khi mở.`,
    (p) => `The file “${p.path}” has been changed by someone else since it was opened.`,
  ),
  'save-failed': words<{ path: string; why: string }>(
    (p) => `Không lưu được “${p.path}”: bản ghi tạm không đạt kiểm tra (${p.why}). ${ORIGINAL_UNCHANGED.vi}`,
    (p) => `Could not save “${p.path}”: the temporary copy failed its check (${p.why}). ${ORIGINAL_UNCHANGED.en}`,
  ),
  'disk-full': words<{ path: string }>(
    (p) => `Không đủ dung lượng đĩa để lưu “${p.path}”. ${ORIGINAL_UNCHANGED.vi} Hãy giải phóng dung lượng rồi lưu lại.`,
    (p) => `Not enough disk space to save “${p.path}”. ${ORIGINAL_UNCHANGED.en} Free some space and save again.`,
  ),
  'cannot-write': words<{
    reason: 'save-folder' | 'save-denied' | 'save-busy' | 'save-system' | 'create' | 'edit' | 'append' | 'table-busy' | 'table' | 'export';
    path?: string;
    code?: string;
  }>(
    (p) =>
      ({
        'save-folder': `“${p.path}” là một thư mục, không thể lưu kế hoạch vào đó.`,
        'save-denied': `Không có quyền ghi “${p.path}” (${p.code}). ${ORIGINAL_UNCHANGED.vi}`,
        'save-busy': `Tệp “${p.path}” đang bị chương trình khác sử dụng. ${ORIGINAL_UNCHANGED.vi}`,
        'save-system': `Không lưu được “${p.path}” (${p.code}). ${ORIGINAL_UNCHANGED.vi}`,
        create: `Không tạo được tệp “${p.path}” (${p.code}).`,
        edit: `Không ghi được tệp kế hoạch (${p.code}); thay đổi chưa được lưu.`,
        append: `Không ghi được tệp kế hoạch (${p.code}); chưa có công việc nào được thêm.`,
        'table-busy': `Không ghi được tệp “${p.path}”: tệp đang mở trong chương trình khác (Excel, Word…) hoặc thư mục không cho phép ghi.`,
        table: `Không ghi được tệp “${p.path}” (${p.code}).`,
        export: `Không ghi được tệp “${p.path}” (${p.code}); chưa lưu gì.`,
      })[p.reason],
    (p) =>
      ({
        'save-folder': `“${p.path}” is a folder; a plan cannot be saved there.`,
        'save-denied': `No permission to write “${p.path}” (${p.code}). ${ORIGINAL_UNCHANGED.en}`,
        'save-busy': `Another program is using the file “${p.path}”. ${ORIGINAL_UNCHANGED.en}`,
        'save-system': `Could not save “${p.path}” (${p.code}). ${ORIGINAL_UNCHANGED.en}`,
        create: `Could not create the file “${p.path}” (${p.code}).`,
        edit: `Could not write the plan file (${p.code}); the change was not saved.`,
        append: `Could not write the plan file (${p.code}); no task was added.`,
        'table-busy': `Could not write the file “${p.path}”: it is open in another program (Excel, Word…) or the folder does not allow writing.`,
        table: `Could not write the file “${p.path}” (${p.code}).`,
        export: `Could not write the file “${p.path}” (${p.code}); nothing was saved.`,
      })[p.reason],
  ),
  'file-busy': words<{ path: string; attempts: number; seconds: number; code: string }>(
    (p) => `Không lưu được “${p.path}”: tệp đang bị chương trình khác giữ (ví dụ OneDrive, Google Drive, phần mềm diệt virus, hoặc một người đang mở tệp qua mạng) — đã thử ${p.attempts} lần trong khoảng ${p.seconds} giây (${p.code}). ${ORIGINAL_UNCHANGED.vi.replace(/\.$/, '')} và các thay đổi của bạn vẫn được giữ; hãy đợi giây lát rồi lưu lại, hoặc dùng “Lưu thành…” để lưu vào chỗ khác.`,
    (p) => `Could not save “${p.path}”: another program is holding the file (for example OneDrive, Google Drive, antivirus software, or someone opening it over the network) — tried ${p.attempts} times over about ${p.seconds} seconds (${p.code}). The original file is unchanged and your changes are kept; wait a moment and save again, or use “Save As…” to save elsewhere.`,
  ),
  'not-recoverable': words(
    () => 'Không tìm thấy bản làm việc cần khôi phục (có thể nó đang được mở hoặc đã bị xoá).',
    () => 'The working copy to recover was not found (it may be open or deleted).',
  ),
  'different-plan': words<{ path: string }>(
    (p) => `Tệp “${p.path}” không phải bản sao của kế hoạch đang mở (không có công việc, đơn vị hay liên kết nào chung), nên không thể gộp.`,
    (p) => `The file “${p.path}” is not a copy of the open plan (no task, unit or link in common), so it cannot be merged.`,
  ),
  'no-merge': words(() => 'Không có xung đột nào đang chờ giải quyết.', () => 'There are no conflicts waiting to be resolved.'),
  'merge-choice-missing': words<{ count: number; list: string }>(
    (p) => `Chưa chọn phiên bản cho ${p.count} xung đột: ${p.list}.`,
    (p) => `No version chosen for ${p.count} conflicts: ${p.list}.`,
  ),

  // —— importing plan tables ——
  'too-large': words<{ reason: 'file' | 'named-file' | 'sheet' | 'docx-table' | 'plan' | 'import-file'; maxMb?: number; file?: string; rows?: number; max?: number; size?: string; limit?: string }>(
    (p) =>
      ({
        plan: `Tệp “${p.file}” quá lớn (${p.size}, giới hạn ${p.limit}) để là một tệp kế hoạch Tiến Độ.`,
        'import-file': `Tệp “${p.file}” quá lớn để là một bảng nhiệm vụ (giới hạn ${p.limit}).`,
        file: `Tệp quá lớn để là một bảng nhiệm vụ (giới hạn ${p.maxMb} MB).`,
        'named-file': `Tệp “${p.file}” quá lớn để là một bảng nhiệm vụ (giới hạn ${p.maxMb} MB).`,
        sheet: `Trang tính có ${p.rows} dòng, quá giới hạn ${p.max} dòng của một bảng nhiệm vụ.`,
        'docx-table': `Bảng trong văn bản có ${p.rows} dòng, quá giới hạn ${p.max} dòng của một bảng nhiệm vụ.`,
      })[p.reason],
    (p) =>
      ({
        plan: `The file “${p.file}” is too large (${p.size}, limit ${p.limit}) to be a Tiến Độ plan file.`,
        'import-file': `The file “${p.file}” is too large to be a task table (limit ${p.limit}).`,
        file: `The file is too large to be a task table (limit ${p.maxMb} MB).`,
        'named-file': `The file “${p.file}” is too large to be a task table (limit ${p.maxMb} MB).`,
        sheet: `The sheet has ${p.rows} rows, over the limit of ${p.max} rows for a task table.`,
        'docx-table': `The table in the document has ${p.rows} rows, over the limit of ${p.max} rows for a task table.`,
      })[p.reason],
  ),
  'unsupported-format': words<{ extension?: string; kind?: NotATable }>(
    (p) =>
      p.kind !== undefined
        ? `${NOT_A_TABLE_VI[p.kind]} Tiến Độ nhập bảng nhiệm vụ từ tệp .txt, .docx, .xlsx, .csv hoặc .tsv, hoặc bảng dán từ Word/Excel.`
        : `Chưa đọc được tệp .${p.extension}. Hãy lưu thành .xlsx (Excel) hoặc sao chép bảng rồi dán vào ô nhập.`,
    (p) =>
      p.kind !== undefined
        ? `${NOT_A_TABLE_EN[p.kind]} Tiến Độ imports task tables from .txt, .docx, .xlsx, .csv or .tsv files, or a table pasted from Word/Excel.`
        : `Files of type .${p.extension} cannot be read yet. Save it as .xlsx (Excel), or copy the table and paste it into the box.`,
  ),
  'unreadable-file': words<{ reason: 'xlsx' | 'xlsx-no-sheet' | 'docx' | 'worker'; code?: string }>(
    (p) =>
      ({
        xlsx: 'Không đọc được tệp Excel (.xlsx): tệp hỏng hoặc không phải định dạng Excel 2007 trở lên.',
        'xlsx-no-sheet': 'Tệp Excel không có trang tính nào.',
        worker: `Trình đọc tệp nhập dừng bất thường (mã ${p.code}). Hãy thử lại hoặc dùng tệp nhỏ hơn.`,
        docx: 'Không đọc được tệp Word (.docx): tệp hỏng hoặc không phải định dạng Word 2007 trở lên.',
      })[p.reason],
    (p) =>
      ({
        xlsx: 'Cannot read the Excel file (.xlsx): it is damaged or not in the Excel 2007 (or later) format.',
        'xlsx-no-sheet': 'The Excel file has no worksheet.',
        worker: `The import file reader stopped unexpectedly (code ${p.code}). Try again or use a smaller file.`,
        docx: 'Cannot read the Word file (.docx): it is damaged or not in the Word 2007 (or later) format.',
      })[p.reason],
  ),
  'preview-expired': words(
    () => 'Bản xem trước này không còn (đã nhập hoặc đã quá cũ). Hãy mở lại tệp hoặc dán lại bảng.',
    () => 'This preview is gone (already imported or too old). Open the file or paste the table again.',
  ),

  // —— other planners' files (MS Project XML, GanttProject) ——
  'not-gan': words<{ file: string }>(
    (p) => `Tệp “${p.file}” không phải tệp GanttProject (.gan).`,
    (p) => `The file “${p.file}” is not a GanttProject (.gan) file.`,
  ),
  'not-mspdi': words<{ file: string }>(
    (p) => `Tệp “${p.file}” là XML nhưng không phải tệp MS Project (MSPDI).`,
    (p) => `The file “${p.file}” is XML but not an MS Project (MSPDI) file.`,
  ),
  'unknown-link-type': words<{ format: string; type: string; task: string }>(
    (p) => `Tệp ${p.format} có liên kết kiểu không biết (${p.type}) ở công việc “${p.task}”.`,
    (p) => `The ${p.format} file has a link of an unknown kind (${p.type}) at the task “${p.task}”.`,
  ),
  'mpp-unsupported': words(
    () => 'Tệp .mpp là định dạng nhị phân riêng của MS Project nên Tiến Độ chưa đọc được. Hãy mở tệp trong MS Project hoặc ProjectLibre rồi chọn “Lưu thành” (Save As) kiểu “XML” (.xml) và nhập tệp .xml đó.',
    () => 'An .mpp file is MS Project’s own binary format, which Tiến Độ cannot read yet. Open it in MS Project or ProjectLibre, choose “Save As” with the type “XML” (.xml), and import that .xml file.',
  ),
  'bad-xml': words<{ reason: 'doctype' | 'syntax'; format: string; line?: number; detail?: string }>(
    (p) =>
      p.reason === 'doctype'
        ? `Tệp ${p.format} có khai báo DOCTYPE (không dùng trong định dạng này): từ chối để an toàn.`
        : `Tệp ${p.format} bị hỏng (XML sai ở dòng ${p.line}: ${p.detail}).`,
    (p) =>
      p.reason === 'doctype'
        ? `The ${p.format} file has a DOCTYPE declaration (not used in this format): refused for safety.`
        : `The ${p.format} file is damaged (bad XML at line ${p.line}: ${p.detail}).`,
  ),

  // —— timeline export ——
  'invalid-print-route': words<{ reason: 'address' | 'unreadable' | 'options' }>(
    (p) => ({ address: 'Địa chỉ trang in không hợp lệ.', unreadable: 'Địa chỉ trang in không đọc được.', options: 'Tùy chọn in không hợp lệ.' })[p.reason],
    (p) => ({ address: 'The print page address is invalid.', unreadable: 'The print page address cannot be read.', options: 'The print options are invalid.' })[p.reason],
  ),
  'schedule-cycle': words(
    () => 'Kế hoạch có vòng lặp liên kết nên chưa tính được lịch: không thể xuất biểu đồ.',
    () => 'The plan has a loop of links, so its schedule cannot be computed: the chart cannot be exported.',
  ),
  'invalid-range': words(() => 'Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.', () => 'The end date must be on or after the start date.'),
  'range-too-long': words(() => 'Khoảng thời gian xuất dài quá 10 năm.', () => 'The export period is longer than 10 years.'),
  'nothing-to-export': words(
    () => 'Không có công việc nào trong khoảng thời gian và bộ lọc đã chọn.',
    () => 'No task falls in the chosen period and filter.',
  ),
  'pdf-needs-paper': words(
    () => 'PDF được in trên khổ giấy A4 hoặc A3: hãy chọn khổ giấy.',
    () => 'A PDF is printed on A4 or A3 paper: choose a paper size.',
  ),
  'pdf-unavailable': words(() => 'Phiên bản này chưa xuất được PDF.', () => 'This version cannot export PDF yet.'),
  'pdf-failed': words<{ message?: string }>(
    (p) => p.message || 'Không tạo được tệp PDF.',
    (p) => p.message || 'The PDF file could not be made.',
  ),
  'pdf-timeout': words(() => 'Trang in không trả lời: chưa tạo được PDF.', () => 'The print page did not answer: no PDF was made.'),
  'report-cycle': words(
    () => 'Kế hoạch có vòng lặp liên kết nên chưa tính được lịch: không thể lập báo cáo tiến độ.',
    () => 'The plan has a loop of links, so its schedule cannot be computed: the progress report cannot be made.',
  ),
  'invalid-export': words<{ reason: 'bad-bytes' | 'foreign' | 'no-page' | 'missing-page' | 'finished'; page?: number; format?: 'png' | 'svg' | 'pdf'; found?: string }>(
    (p) =>
      ({
        'bad-bytes': `Dữ liệu trang ${p.page} không phải ${EXPORT_KIND_VI(p.format ?? 'png')} hợp lệ; chưa lưu gì.`,
        foreign: `Trang ${p.page} không phải biểu đồ do Tiến Độ vẽ (có ${p.found}); chưa lưu gì.`,
        'no-page': `Không có trang ${p.page} trong lần xuất này.`,
        'missing-page': `Thiếu trang ${p.page}; chưa lưu gì.`,
        finished: 'Lần xuất này đã kết thúc hoặc không tồn tại.',
      })[p.reason],
    (p) =>
      ({
        'bad-bytes': `The data of page ${p.page} is not a valid ${EXPORT_KIND_EN(p.format ?? 'png')}; nothing was saved.`,
        foreign: `Page ${p.page} is not a chart drawn by Tiến Độ (it has ${p.found}); nothing was saved.`,
        'no-page': `This export has no page ${p.page}.`,
        'missing-page': `Page ${p.page} is missing; nothing was saved.`,
        finished: 'This export has finished or does not exist.',
      })[p.reason],
  ),
};

export type ErrorCode = keyof typeof ERROR_WORDS;
/** The parameters a code is worded with (an empty object for codes that take none). */
export type ErrorParams<C extends ErrorCode> = Parameters<(typeof ERROR_WORDS)[C]['vi']>[0];
/** Parameters as they travel: plain values only. */
export type ErrorParamValues = Record<string, string | number | undefined>;

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERROR_WORDS, code);
}

/** The sentence for a refusal in `language`; null for a code this version does not know, or a refusal sent as a sentence (no params). */
export function wordError(code: string, params: ErrorParamValues | undefined, language: Language): string | null {
  if (!isErrorCode(code) || params === undefined) return null;
  const entry = ERROR_WORDS[code] as Words<ErrorParamValues>;
  return entry[language](params);
}
