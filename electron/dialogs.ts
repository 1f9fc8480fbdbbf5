/** Message boxes, in Vietnamese (file dialogs are in host.ts). */
import type { MessageBoxOptions } from 'electron';

export function aboutBoxOptions(version: string): MessageBoxOptions {
  return {
    type: 'info',
    title: 'Giới thiệu',
    message: `Tiến Độ ${version}`,
    detail: 'Trình lập kế hoạch tiến độ (Gantt) ngoại tuyến.',
    buttons: ['Đóng'],
  };
}

export function openFailedBoxOptions(file: string, reason: string): MessageBoxOptions {
  return {
    type: 'error',
    title: 'Không mở được kế hoạch',
    message: `Không mở được tệp: ${file}`,
    detail: reason,
    buttons: ['Đóng'],
  };
}
