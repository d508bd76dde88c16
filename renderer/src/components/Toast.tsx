import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { pushToast, TOAST_MS, type Toast, type Tone } from './toast-stack';

type Notify = (text: string, tone?: Tone) => void;

const ToastContext = createContext<Notify>(() => undefined);
let next = 1;

/**
 * Messages in the bottom-right corner, newest first, at most three (`toast-stack.ts`), each
 * closable and gone by itself (an error stays three times as long). The stack's height is kept in
 * `--toasts-h`, which the content area adds below itself: the last rows of a table scroll up above
 * the toasts instead of staying under them.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t: tr, i18n } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const timers = useRef(new Map<number, number>());
  const stack = useRef<HTMLDivElement>(null);
  // A toast is worded when it is shown; after a switch of language it would stay in the old one.
  useEffect(() => {
    const clear = () => setToasts([]);
    i18n.on('languageChanged', clear);
    return () => i18n.off('languageChanged', clear);
  }, [i18n]);
  useEffect(() => {
    const el = stack.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const ro = new ResizeObserver(() => root.style.setProperty('--toasts-h', `${el.offsetHeight}px`));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const dismiss = useCallback((id: number) => {
    window.clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    setToasts((ts) => ts.filter((t) => t.id !== id));
  }, []);
  const notify = useCallback<Notify>(
    (text, tone = 'info') => {
      const id = next++;
      setToasts((ts) => {
        // A message shown again takes the place (and the timer) of the one it repeats.
        const same = ts.find((t) => t.tone === tone && t.text === text);
        if (same) {
          window.clearTimeout(timers.current.get(same.id));
          timers.current.delete(same.id);
        }
        return pushToast(ts, { id, tone, text });
      });
      timers.current.set(
        id,
        window.setTimeout(() => dismiss(id), TOAST_MS[tone]),
      );
    },
    [dismiss],
  );
  const value = useMemo(() => notify, [notify]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" aria-live="polite" ref={stack}>
        {toasts.map((t) => (
          <div key={t.id} className={`toast toast-${t.tone}`} role={t.tone === 'error' ? 'alert' : 'status'}>
            <span className="toast-text">
              {t.text}
              {t.count > 1 && <span className="toast-count"> ×{t.count}</span>}
            </span>
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
