/**
 * Relay global ids: opaque, stable across restarts and reloads because they are
 * built from each record's stable key (never from an auto-increment id).
 */
export type NodeType = 'Municipality' | 'Agreement' | 'Listing' | 'Category' | 'Activity' | 'Contact';

const TYPES: readonly NodeType[] = ['Municipality', 'Agreement', 'Listing', 'Category', 'Activity', 'Contact'];

/** Encode a type and key as an opaque id. */
export function toGlobalId(type: NodeType, key: string): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

/** Decode an id; null when it is not one of ours (the API answers null for unknown ids). */
export function fromGlobalId(id: string): { type: NodeType; key: string } | null {
  if (!/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const text = Buffer.from(id, 'base64url').toString('utf8');
  const colon = text.indexOf(':');
  const type = text.slice(0, colon) as NodeType;
  if (colon < 0 || !TYPES.includes(type)) return null;
  return { type, key: text.slice(colon + 1) };
}
