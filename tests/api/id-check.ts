/** An independent ID checksum (GB 11643-1999), written apart from the app's own, to check the demo. */
export function validateIdNumberForTest(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...id.slice(0, 17)].reduce((acc, ch, i) => acc + Number(ch) * (w[i] ?? 0), 0);
  return '10X98765432'[sum % 11] === id[17];
}
