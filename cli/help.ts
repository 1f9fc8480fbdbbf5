/** `tiendo --help`, in Vietnamese or (with --lang en) English. */
import type { Language } from './args';

const HELP: Record<Language, string> = {
  vi: `tiendo — Tiến Độ trên dòng lệnh (cùng mã với ứng dụng; không cần Electron)

Cách dùng:
  tiendo inspect <kế-hoạch.tiendo> [--json]
      In kế hoạch và tiến độ tính được. --json: đúng một đối tượng JSON
      (ngày dạng YYYY-MM-DD; thời lượng, dự trữ, độ trễ tính bằng ngày làm việc).
  tiendo import <tệp> --out <kế-hoạch.tiendo>
      Tạo kế hoạch mới từ tệp .txt, .docx, .xlsx, .csv, .tsv,
      .xml (MS Project XML) hoặc .gan (GanttProject). Không ghi đè tệp đã có.
  tiendo export <kế-hoạch.tiendo> --format <định dạng> --out <tệp>
      Định dạng: xlsx, csv, docx (phụ lục nhiệm vụ), mspdi (MS Project XML),
      gan (GanttProject), svg, png, pdf (biểu đồ tiến độ; png và pdf cần Chromium).
      --columns start,finish,percentComplete,critical,late: thêm cột tính được
      vào xlsx/csv/docx. --baseline 0: vẽ kế hoạch gốc trên biểu đồ (svg/png/pdf).
  tiendo report <kế-hoạch.tiendo> --format pdf|docx|png|slide-pdf --out <tệp>
      Báo cáo tiến độ tại ngày cập nhật: pdf (một trang A4), docx (Word),
      png hoặc slide-pdf (trang trình chiếu 16:9; pdf, png cần Chromium).
      --by-unit: theo đơn vị chủ trì. --status-date dd/mm/yyyy: ngày cập nhật
      khác ngày của kế hoạch. --baseline 0–10: kế hoạch gốc để so sánh.
      --lang en: báo cáo bằng tiếng Anh.
  tiendo workload <kế-hoạch.tiendo> [--json] [--out <tệp.xlsx|tệp.csv>]
      Khối lượng theo đơn vị: số công việc mỗi đơn vị chủ trì và phối hợp
      trong từng tháng. --json: một đối tượng JSON; --out: bảng Excel hoặc CSV.

Tuỳ chọn chung:
  --lang vi|en   Ngôn ngữ của thông báo (mặc định: vi)
  --help, -h     Trợ giúp này

Tệp đầu vào không bao giờ bị thay đổi. Khi từ chối (tệp hỏng, sai định dạng,
vòng lặp liên kết…) lệnh in lý do và thoát với mã 2.
`,
  en: `tiendo — Tiến Độ on the command line (the app's own code; no Electron needed)

Usage:
  tiendo inspect <plan.tiendo> [--json]
      Print the plan and its computed schedule. --json: exactly one JSON object
      (dates YYYY-MM-DD; durations, floats and lags in working days).
  tiendo import <file> --out <plan.tiendo>
      Create a new plan from a .txt, .docx, .xlsx, .csv, .tsv,
      .xml (MS Project XML) or .gan (GanttProject) file. Never overwrites a file.
  tiendo export <plan.tiendo> --format <format> --out <file>
      Formats: xlsx, csv, docx (plan table), mspdi (MS Project XML),
      gan (GanttProject), svg, png, pdf (timeline chart; png and pdf need Chromium).
      --columns start,finish,percentComplete,critical,late: add computed columns
      to xlsx/csv/docx. --baseline 0: draw the baseline on the chart (svg/png/pdf).
  tiendo report <plan.tiendo> --format pdf|docx|png|slide-pdf --out <file>
      Progress report as of the status date: pdf (one A4 page), docx (Word),
      png or slide-pdf (16:9 slide; pdf and png need Chromium).
      --by-unit: by lead unit. --status-date dd/mm/yyyy: another status date
      than the plan's. --baseline 0–10: the baseline compared with.
      --lang en: the report in English.
  tiendo workload <plan.tiendo> [--json] [--out <file.xlsx|file.csv>]
      Unit workload: how many tasks each unit leads and coordinates in each
      month. --json: one JSON object; --out: an Excel workbook or CSV.

Common options:
  --lang vi|en   Language of messages (default: vi)
  --help, -h     This help

Input files are never modified. A refusal (damaged file, wrong format, link
cycle…) prints the reason and exits with status 2.
`,
};

export function helpText(lang: Language): string {
  return HELP[lang];
}
