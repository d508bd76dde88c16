import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Tone = 'info' | 'error' | 'success';
type Toast = { id: number; tone: Tone; text: string };
type Notify = (text: string, tone?: Tone) => void;

const ToastContext = createContext<Notify>(() => undefined);
let next = 1;

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t: tr, i18n } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  // A toast is worded when it is shown; after a switch of language it would stay in the old one.
  useEffect(() => {
    const clear = () => setToasts([]);
    i18n.on('languageChanged', clear);
    return () => i18n.off('languageChanged', clear);
  }, [i18n]);
  const dismiss = useCallback((id: number) => setToasts((ts) => ts.filter((t) => t.id !== id)), []);
  const notify = useCallback<Notify>(
    (text, tone = 'info') => {
      const id = next++;
      setToasts((ts) => [...ts.slice(-3), { id, tone, text }]);
      window.setTimeout(() => dismiss(id), tone === 'error' ? 9000 : 4000);
    },
    [dismiss],
  );
  const value = useMemo(() => notify, [notify]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" aria-live="polite">
        {toasts.map((t) => (
          <div key={t.id} className={`toast toast-${t.tone}`} role={t.tone === 'error' ? 'alert' : 'status'}>
            <span>{t.text}</span>
            <button
              type="button"
              className="toast-close"
              aria-label={tr('common.close')}
              onClick={() => dismiss(t.id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export const useToast = (): Notify => useContext(ToastContext);
