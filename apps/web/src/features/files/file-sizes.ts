const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** « 2,5 Mo », « 340 ko » in French; « 2.5 MB » in English (powers of 1024, as file managers count). */
export function formatFileSize(bytes: number, language: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit < 2 ? 0 : 1,
  }).format(value);
}

/** « 42 % » (French puts a narrow no-break space before the sign). */
export function formatPercent(ratio: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}
