/** An area is the first word of a method's name: `households` of `households.get`. Pure, no imports. */
export function areaOf(method: string): string {
  return method.split('.')[0] ?? method;
}
