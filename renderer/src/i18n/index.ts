import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { configureZodCodes } from '../../../electron/api/shared/zod-codes';
import { I18N_OPTIONS } from './resources';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const KEY = 'gatepost.lang';

export function savedLanguage(): Language {
  const v = localStorage.getItem(KEY);
  return v === 'en' ? 'en' : 'zh-CN';
}

function applyLanguage(lang: Language): void {
  document.documentElement.lang = lang;
  if (i18next.isInitialized) document.title = i18next.t('app.title', { lng: lang });
  // Zod writes message codes (shared/zod-codes.ts); the forms word them in the UI language.
  configureZodCodes();
}

export async function initI18n(): Promise<void> {
  const lng = savedLanguage();
  applyLanguage(lng);
  await i18next.use(initReactI18next).init({
    ...I18N_OPTIONS,
    lng,
  });
  document.title = i18next.t('app.title');
}

export async function setLanguage(lang: Language): Promise<void> {
  localStorage.setItem(KEY, lang);
  applyLanguage(lang);
  await i18next.changeLanguage(lang);
}

export default i18next;
