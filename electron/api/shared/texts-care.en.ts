import type { CareCode } from './codes-care';

/** The English words of the gate check's and the hotels' care codes (shared/codes-care.ts). */
export const CARE_TEXTS_EN: Record<CareCode, string> = {
  fever_with_symptoms:
    'Temperature {{temperature}} ℃ reaches the fever threshold {{threshold}} ℃; symptoms: {{symptoms}}; needs a doctor',
  symptoms_no_fever:
    'Symptoms: {{symptoms}}; needs a doctor (temperature {{temperature}} ℃, fever threshold {{threshold}} ℃)',
  temperature_below_threshold:
    'Temperature {{temperature}} ℃, below the fever threshold {{threshold}} ℃; no symptoms',
};
