export const root: string;
export function findElectronBinary(): string | null;
export function electronVersion(): string;
export function ensureElectronBinding(electron: string): string;
