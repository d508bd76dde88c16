import type { CareCode } from './codes-care';

/** The zh-CN words of the gate check's and the hotels' care codes (shared/codes-care.ts). */
export const CARE_TEXTS_ZH: Record<CareCode, string> = {
  fever_with_symptoms: '体温 {{temperature}} ℃，达到发热标准 {{threshold}} ℃；有症状：{{symptoms}}，需就医',
  symptoms_no_fever: '有症状：{{symptoms}}，需就医（体温 {{temperature}} ℃，发热标准 {{threshold}} ℃）',
  temperature_below_threshold: '体温 {{temperature}} ℃，低于发热标准 {{threshold}} ℃，无症状',
};
