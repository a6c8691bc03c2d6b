// Deterministic UUIDs (RFC 4122 version 5, SHA-1) for notes imported from tools whose ids are not
// UUIDs: importing the same file twice yields the same ids, so notes merge instead of doubling.

const NAMESPACE = new Uint8Array([0x6e, 0x65, 0x77, 0x73, 0x6d, 0x61, 0x72, 0x6b, 0x2d, 0x69, 0x6d, 0x70, 0x6f, 0x72, 0x74, 0x31]);

export async function stableUuid(name: string): Promise<string> {
  const bytes = new Uint8Array([...NAMESPACE, ...new TextEncoder().encode(name)]);
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-1', bytes)).slice(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = [...hash].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
