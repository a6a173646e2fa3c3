/** A recipient organisation in the picker, and why it is there. */
export interface PickedOrganisation {
  id: string;
  name: string;
  /** Names of the IT providers whose served municipalities brought it in; empty: chosen by name. */
  via: string[];
}

export interface ProviderExpansion {
  provider: { id: string; name: string };
  municipalities: { id: string; name: string }[];
}

/**
 * The recipient list: organisations chosen by name plus the municipalities the register says the
 * chosen providers serve (expanded now, so the CERT sees exactly who will read), each once, by
 * name, with the providers that brought it in.
 */
export function expandRecipients(
  chosen: readonly { id: string; name: string }[],
  expansions: readonly ProviderExpansion[],
): PickedOrganisation[] {
  const byId = new Map<string, PickedOrganisation>();
  for (const o of chosen) byId.set(o.id, { id: o.id, name: o.name, via: [] });
  for (const e of expansions) {
    for (const m of e.municipalities) {
      const entry = byId.get(m.id) ?? { id: m.id, name: m.name, via: [] };
      if (!entry.via.includes(e.provider.name)) entry.via.push(e.provider.name);
      byId.set(m.id, entry);
    }
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'de'));
}

/** Adds organisations (by id, once) to a chosen list; returns a new list. */
export function addChosen<T extends { id: string }>(list: readonly T[], add: readonly T[]): T[] {
  const ids = new Set(list.map((o) => o.id));
  return [...list, ...add.filter((o) => !ids.has(o.id))];
}
