import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { configureZodCodes } from '../../../electron/api/shared/zod-codes';
import { backupsEn } from './backups.en';
import { backupsZh } from './backups.zh';
import { careEn } from './care.en';
import { careZh } from './care.zh';
import { dutyEn } from './duty.en';
import { dutyZh } from './duty.zh';
import { en } from './en';
import { registryEn } from './registry.en';
import { registryZh } from './registry.zh';
import { returneesEn } from './returnees.en';
import { returneesZh } from './returnees.zh';
import { setupEn } from './setup.en';
import { setupZh } from './setup.zh';
import { teamEn } from './team.en';
import { teamZh } from './team.zh';
import { zhCN } from './zh-CN';

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

type Tree = { [k: string]: string | Tree };
/** Areas keep their strings in their own files; nav keys merge one level deep. */
function merge(a: object, b: object): Tree {
  const out: Tree = { ...(a as Tree) };
  for (const [k, v] of Object.entries(b as Tree)) {
    const cur = out[k];
    out[k] = typeof cur === 'object' && typeof v === 'object' ? { ...cur, ...v } : v;
  }
  return out;
}

export async function initI18n(): Promise<void> {
  const lng = savedLanguage();
  applyLanguage(lng);
  await i18next.use(initReactI18next).init({
    resources: {
      'zh-CN': {
        translation: [registryZh, returneesZh, backupsZh, teamZh, setupZh, dutyZh, careZh].reduce(
          merge,
          zhCN,
        ),
      },
      en: {
        translation: [registryEn, returneesEn, backupsEn, teamEn, setupEn, dutyEn, careEn].reduce(merge, en),
      },
    },
    lng,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
    returnNull: false,
    // English leaves some units empty on purpose (77 rather than 77 户).
    returnEmptyString: true,
  });
  document.title = i18next.t('app.title');
}

export async function setLanguage(lang: Language): Promise<void> {
  localStorage.setItem(KEY, lang);
  applyLanguage(lang);
  await i18next.changeLanguage(lang);
}

export default i18next;
