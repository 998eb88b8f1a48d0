/**
 * A random id in UUID v4 form chosen by the browser (e.g. for an idempotent PUT). Uses
 * `crypto.getRandomValues`, which every browser offers, because `crypto.randomUUID` exists only
 * on secure (https or localhost) pages and Kollega may be installed on plain http.
 * `fillRandom` is replaceable for tests.
 */
export function createClientId(
  fillRandom: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes),
): string {
  const bytes = fillRandom(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
