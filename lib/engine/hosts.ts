/**
 * The portal hosts the overlay runs on. The content script, the host permissions and the guide
 * URL-pattern check all read this one list, so a new handoff portal is added in one place.
 */
export const PORTAL_HOSTS = [
  'dichvucong.gov.vn',
  'lienthong.dichvucong.gov.vn',
  'sso.dancuquocgia.gov.vn',
  'dichvucongnganhtuphap.moj.gov.vn',
  'tokhaidientu.moj.gov.vn',
  'dichvucong.nghean.gov.vn',
  // Police portal: procedure pages (?matt=), its login, /bo-cong-an/tiep-nhan-online/… and /dich-vu-cong/cong-dan.
  'dichvucong.bocongan.gov.vn',
  // Residence forms (thường trú, tạm trú, lưu trú) and the person's residence dossiers (xem-ho-so.html).
  'dichvucong.dancuquocgia.gov.vn',
  // Household-business registration (HkdOnline), where the national portal hands off after login.
  'hokinhdoanh.dkkd.gov.vn',
] as const;
// Not the bank's payment page the residence form opens (pay.vietcombank.com.vn and the like): the overlay never
// runs where a card number is typed; the guide says in words what happens there.

export type PortalHost = (typeof PORTAL_HOSTS)[number];

/** `*://host/*` so the local sandbox served over http exercises the real match patterns. */
export const PORTAL_MATCHES: string[] = PORTAL_HOSTS.map((host) => `*://${host}/*`);

/**
 * Hosts a guide may link to. Links anywhere else are refused by the schema, so a guide fetched from a
 * town website cannot send a resident to an unknown site.
 */
export const LINK_HOSTS = [
  ...PORTAL_HOSTS,
  'vneid.gov.vn',
  'csdl.dichvucong.gov.vn',
  'xacthuc.dichvucong.gov.vn',
  'baohiemxahoi.gov.vn',
  'vietnampost.vn',
  'moj.gov.vn',
  'chinhphu.vn',
  'vanban.chinhphu.vn',
  'thuvienphapluat.vn',
] as const;

export function isPortalHost(host: string): boolean {
  return (PORTAL_HOSTS as readonly string[]).includes(host.toLowerCase());
}

export function isAllowedLinkHost(host: string): boolean {
  const h = host.toLowerCase();
  return (LINK_HOSTS as readonly string[]).some((allowed) => h === allowed);
}
