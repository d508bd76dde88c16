import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ToastProvider } from './components/Toast';
import { initI18n } from './i18n';
import './app/styles.css';
import './app/registry.css';
import './app/returnees.css';
import './app/backups.css';
import './app/team.css';
import './app/duty.css';
import './app/stock.css';
import './app/distrib.css';
import './app/stockdash.css';
import './app/dashboard.css';
import './app/errands-run.css';
import './app/reports.css';
import './app/errands.css';
import './app/health.css';
import './app/lists.css';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 5_000 } },
});

void initI18n().then(() => {
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing');
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <ToastProvider>
          <App />
        </ToastProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
});
