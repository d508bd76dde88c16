/** Health decisions several areas share (gate check, hotel calls, later temperature rounds). Pure. */

/** 体温登记: a fever is a temperature at or above the post's threshold (37.3 ℃ by default). */
export function isFever(temperature: number | null | undefined, threshold: number): boolean {
  return temperature !== null && temperature !== undefined && temperature >= threshold;
}
