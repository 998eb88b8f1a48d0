/**
 * The full i18n key (`peer-visit:<key>`) for a key the peer-visit domain hands out without its
 * namespace (phase names, hint codes, workshop steps ...).
 */
export function pvKey(key: string): string {
  return `peer-visit:${key}`;
}
