/**
 * An item id made on the tablet. crypto.randomUUID exists only in secure contexts, and a centre's
 * console is often opened over plain http on the LAN, so the id is built from getRandomValues.
 */
export function newItemId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return `${prefix}-${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('')}`;
}
