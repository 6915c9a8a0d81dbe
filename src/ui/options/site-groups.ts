import { SITE_IDS, SITE_NAMES, type SiteId } from '../../shared/sites';

/**
 * One entry per app a guardian knows: Telegram's two web clients
 * (web.telegram.org/k and /a) are one app to a guardian, so one switch
 * covers both.
 */
export const SITE_GROUPS: { name: string; ids: SiteId[] }[] = SITE_IDS.reduce<{ name: string; ids: SiteId[] }[]>((groups, id) => {
  const group = groups.find((g) => g.name === SITE_NAMES[id]);
  if (group) group.ids.push(id);
  else groups.push({ name: SITE_NAMES[id], ids: [id] });
  return groups;
}, []);
