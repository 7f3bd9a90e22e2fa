// Ids the page makes for new items (a speaker, a follow-up, a person) before the core stores
// them. randomUUID needs a secure context; the app's own origins are, a fallback keeps it working.
export function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `i${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}
