import { type UserZoneId, userZoneLinkCode } from '../../domain/user-zone';

export interface Reconciled {
  /** The chosen user zones this browser has, in their order. */
  userZones: UserZoneId[];
  /** The open user zone, or null when this browser does not have it. */
  selected: UserZoneId | null;
  /** Link parts naming zones never seen here, for the link notice. */
  ignored: string[];
  changed: boolean;
}

/**
 * Keeps the filter and the open panel to zones this browser has (`have`, once its layers
 * loaded). A zone seen here before (`seen`: its layer was removed) drops out silently; one
 * never seen (named by a link from another browser) is reported as an ignored link part.
 */
export function reconcileUserZones(
  chosen: readonly UserZoneId[],
  selected: UserZoneId | null,
  have: ReadonlySet<UserZoneId>,
  seen: ReadonlySet<UserZoneId>,
): Reconciled {
  const gone = chosen.filter((id) => !have.has(id));
  const ignored = gone.filter((id) => !seen.has(id)).map((id) => `z:${userZoneLinkCode(id)}`);
  const keepSelected = selected !== null && have.has(selected);
  if (selected !== null && !keepSelected && !seen.has(selected)) {
    ignored.push(`zone=${userZoneLinkCode(selected)}`);
  }
  return {
    userZones: gone.length > 0 ? chosen.filter((id) => have.has(id)) : [...chosen],
    selected: keepSelected ? selected : null,
    ignored,
    changed: gone.length > 0 || (selected !== null && !keepSelected),
  };
}
