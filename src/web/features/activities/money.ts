/** Decimals of a currency's minor unit (2 for SEK and KES, 0 for JPY); 2 when unknown. */
export function currencyDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
}

/** True for a three-letter code that Intl knows as a currency (`SEK`, `KES`, `EUR`). */
export function isKnownCurrency(code: string): boolean {
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(upper)) return false;
  return typeof Intl.supportedValuesOf === "function"
    ? Intl.supportedValuesOf("currency").includes(upper)
    : true;
}

function decimalSeparatorOf(locale: string): string {
  return (
    new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === "decimal")?.value ?? "."
  );
}

/** Which of `.` and `,` separates decimals in `text`, or null when it holds no decimals. */
function findDecimalMark(text: string, digits: number, locale: string): string | null {
  const last = Math.max(text.lastIndexOf("."), text.lastIndexOf(","));
  if (last < 0) return null;
  const mark = text.charAt(last);
  const other = mark === "." ? "," : ".";
  if (text.includes(other)) return mark;
  const tail = text.length - last - 1;
  const isSingle = text.indexOf(mark) === last;
  if (!isSingle || tail > digits) return tail === 3 && digits !== 3 ? null : mark;
  // "1,250" is ambiguous: the language's own decimal mark decides.
  if (tail === 3) return mark === decimalSeparatorOf(locale) ? mark : null;
  return mark;
}

/**
 * A typed amount ("1 250,50", "1,250.50", "4350") in minor units of `currency` (125050), or
 * null when it is not a non-negative amount with at most the currency's decimals. Both `.`
 * and `,` are understood: with both, the last one marks the decimals; a lone mark followed by
 * three digits groups thousands, unless the currency has three decimals, where the interface
 * language's own decimal mark decides.
 */
export function parseAmountToMinor(text: string, currency: string, locale: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f'’]/g, "");
  if (!/^\d[\d.,]*$/.test(compact) || /[.,]$/.test(compact)) return null;
  const digits = currencyDigits(currency);
  const mark = findDecimalMark(compact, digits, locale);
  const [whole = "", fraction = ""] =
    mark === null ? [compact.replace(/[.,]/g, "")] : splitAt(compact, mark);
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(fraction) || fraction.length > digits) return null;
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
  return Number.isSafeInteger(minor) ? minor : null;
}

function splitAt(text: string, mark: string): [string, string] {
  const at = text.lastIndexOf(mark);
  const other = mark === "." ? /,/g : /\./g;
  return [text.slice(0, at).replace(other, ""), text.slice(at + 1)];
}

/** An amount in minor units shown in the interface language: "SEK 43,500.00", "43 500,00 kr". */
export function formatMinor(amountMinor: number, currency: string, locale: string): string {
  const digits = currencyDigits(currency);
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency }).format(
      amountMinor / 10 ** digits,
    );
  } catch {
    return `${(amountMinor / 10 ** digits).toFixed(digits)} ${currency}`;
  }
}

/** An amount in minor units as a plain number to edit ("43500.5" → "43500.50"). */
export function minorToInput(amountMinor: number, currency: string): string {
  const digits = currencyDigits(currency);
  return (amountMinor / 10 ** digits).toFixed(digits);
}

/** Select options for currencies: "SEK – Swedish krona", names in the interface language. */
export function currencyOptions(locale: string): { value: string; label: string }[] {
  const codes =
    typeof Intl.supportedValuesOf === "function"
      ? Intl.supportedValuesOf("currency")
      : ["EUR", "KES", "SEK", "USD"];
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale], { type: "currency" });
  } catch {
    names = null;
  }
  return codes.map((code) => {
    const name = names?.of(code);
    return { value: code, label: name && name !== code ? `${code} – ${name}` : code };
  });
}
