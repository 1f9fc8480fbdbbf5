import '@fontsource/noto-sans/vietnamese-400.css';
import '@fontsource/noto-sans/vietnamese-600.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import 'frappe-gantt-css';
import './styles/app.css';
import { StrictMode } from 'react';
import { z } from 'zod';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { TimelineExportEntry } from './features/timelineExport/TimelineExportEntry';

// zod probes `new Function` to speed up parsing; the CSP forbids eval, so turn the probe off.
z.config({ jitless: true });

const root = document.getElementById('root');
if (!root) throw new Error('Thiếu phần tử #root');
createRoot(root).render(
  <StrictMode>
    <TimelineExportEntry>
      <App />
    </TimelineExportEntry>
  </StrictMode>,
);
