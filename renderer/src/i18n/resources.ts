import type { InitOptions } from 'i18next';
import { backupsEn } from './backups.en';
import { backupsZh } from './backups.zh';
import { careEn } from './care.en';
import { careZh } from './care.zh';
import { cashEn } from './cash.en';
import { cashZh } from './cash.zh';
import { dashEn } from './dash.en';
import { dashZh } from './dash.zh';
import { distribEn } from './distrib.en';
import { distribZh } from './distrib.zh';
import { dutyEn } from './duty.en';
import { dutyZh } from './duty.zh';
import { en } from './en';
import { errandsEn } from './errands.en';
import { errandsZh } from './errands.zh';
import { healthEn } from './health.en';
import { healthZh } from './health.zh';
import { registryEn } from './registry.en';
import { registryZh } from './registry.zh';
import { reportsEn } from './reports.en';
import { reportsZh } from './reports.zh';
import { returneesEn } from './returnees.en';
import { returneesZh } from './returnees.zh';
import { runnerEn } from './runner.en';
import { runnerZh } from './runner.zh';
import { setupEn } from './setup.en';
import { setupZh } from './setup.zh';
import { stockEn } from './stock.en';
import { stockZh } from './stock.zh';
import { stockdashEn } from './stockdash.en';
import { stockdashZh } from './stockdash.zh';
import { teamEn } from './team.en';
import { teamZh } from './team.zh';
import { zhCN } from './zh-CN';

export type Tree = { [k: string]: string | Tree };
/** Areas keep their strings in their own files; nav keys merge one level deep. */
function merge(a: object, b: object): Tree {
  const out: Tree = { ...(a as Tree) };
  for (const [k, v] of Object.entries(b as Tree)) {
    const cur = out[k];
    out[k] = typeof cur === 'object' && typeof v === 'object' ? { ...cur, ...v } : v;
  }
  return out;
}

/** The screens' words in both languages and how i18next reads them (pure: the tests use it too). */
export const I18N_OPTIONS = {
  resources: {
    'zh-CN': {
      translation: [
        registryZh,
        returneesZh,
        backupsZh,
        teamZh,
        setupZh,
        dutyZh,
        careZh,
        stockZh,
        distribZh,
        stockdashZh,
        runnerZh,
        cashZh,
        errandsZh,
        healthZh,
        dashZh,
        reportsZh,
      ].reduce(merge, zhCN),
    },
    en: {
      translation: [
        registryEn,
        returneesEn,
        backupsEn,
        teamEn,
        setupEn,
        dutyEn,
        careEn,
        stockEn,
        distribEn,
        stockdashEn,
        runnerEn,
        cashEn,
        errandsEn,
        healthEn,
        dashEn,
        reportsEn,
      ].reduce(merge, en),
    },
  },
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
  // English leaves some units empty on purpose (77 rather than 77 户).
  returnEmptyString: true,
} satisfies InitOptions;
