// The version of each article this person last opened on this device, so "what changed" can
// compare against it. Kept per user: contact-center desks are shared between shifts.

const key = (username: string) => `kms.lastOpened.${username}`;

function read(username: string): Record<string, number> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key(username)) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, number>) : {};
  } catch {
    return {};
  }
}

export function lastOpenedVersion(username: string, articleId: number): number | null {
  const value = read(username)[String(articleId)];
  return typeof value === 'number' ? value : null;
}

export function rememberOpened(username: string, articleId: number, version: number): void {
  const all = read(username);
  all[String(articleId)] = version;
  try {
    localStorage.setItem(key(username), JSON.stringify(all));
  } catch {
    // storage full or disabled: "what changed" is a convenience, reading the article still works
  }
}
