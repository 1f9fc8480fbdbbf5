/**
 * Runs one export from the dialog: progress while pages are drawn, then the
 * save dialog; a failure or a cancelled save becomes a message. A running
 * image export can be stopped (between pages).
 */
import { useCallback, useRef, useState } from 'react';
import type { SavedExport } from '../../../core/api/features/timelineExport';
import type { TimelineExportOptions } from '../../../core/export/options';
import type { Plan } from '../../../core/model';
import { api, errorMessage } from '../../api';
import { exportTimelineImages, suggestedExportName, type ExportProgress, type PixelScale } from './exportImages';
import type { ExportFormat } from './exportForm';

export type RunState =
  | { kind: 'idle' }
  | { kind: 'choosing' }
  | { kind: 'rendering'; progress: ExportProgress }
  | { kind: 'printing' }
  | { kind: 'saved'; saved: SavedExport }
  | { kind: 'notSaved' }
  | { kind: 'failed'; message: string };

export function useExportRun() {
  const [state, setState] = useState<RunState>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);

  const run = useCallback(async (plan: Plan, fileName: string, options: TimelineExportOptions, format: ExportFormat, scale: PixelScale) => {
    const controller = new AbortController();
    abort.current = controller;
    try {
      let saved: SavedExport | null;
      if (format === 'pdf') {
        setState({ kind: 'printing' });
        saved = await api().exportTimelinePdf({ options, suggestedName: suggestedExportName(fileName, 'pdf') });
      } else {
        setState({ kind: 'choosing' });
        saved = await exportTimelineImages(plan, fileName, options, format, scale, (progress) => setState({ kind: 'rendering', progress }), controller.signal);
      }
      setState(saved ? { kind: 'saved', saved } : { kind: 'notSaved' });
    } catch (error) {
      setState(controller.signal.aborted ? { kind: 'notSaved' } : { kind: 'failed', message: errorMessage(error) });
    } finally {
      abort.current = null;
    }
  }, []);

  const stop = useCallback(() => abort.current?.abort(), []);
  const busy = state.kind === 'choosing' || state.kind === 'rendering' || state.kind === 'printing';
  return { state, busy, run, stop };
}
