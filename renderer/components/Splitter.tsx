import { useT } from '../i18n/useT';

interface SplitterProps {
  /** The element whose width the splitter sets (the task table). */
  target: () => HTMLElement | null;
  onResize(width: number): void;
}

const MIN_WIDTH = 240;

/** The bar between the task table and the chart: drag it to share the width (double-click: back to the default). */
export function Splitter({ target, onResize }: SplitterProps) {
  const t = useT();
  const onPointerDown = (e: React.PointerEvent<HTMLDivElement>) => {
    const element = target();
    if (!element || e.button !== 0) return;
    e.preventDefault();
    const startX = e.clientX;
    const startWidth = element.getBoundingClientRect().width;
    const handle = e.currentTarget;
    handle.setPointerCapture(e.pointerId);
    const widthAt = (x: number) => Math.round(Math.max(MIN_WIDTH, Math.min(window.innerWidth - 200, startWidth + x - startX)));
    const move = (ev: PointerEvent) => {
      element.style.width = `${widthAt(ev.clientX)}px`;
    };
    const up = (ev: PointerEvent) => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      onResize(widthAt(ev.clientX));
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  };
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      title={t('splitterTitle')}
      onPointerDown={onPointerDown}
      onDoubleClick={() => onResize(0)}
    />
  );
}
