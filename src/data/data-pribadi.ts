/**
 * Signs that a contact is a person rather than an office (the author guide, "Kontak Tanpa Data
 * Pribadi"). Each is only a sign: many Indonesian agencies run their service on a free e-mail
 * address or an official WhatsApp number, so the checker asks the author to make sure, it does
 * not refuse (src/rules/kontak.ts).
 */

/** Free e-mail services anyone can open an address on; an office address is on the agency's own domain. */
export const LAYANAN_EMAIL_UMUM = [
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.co.id', 'ymail.com', 'rocketmail.com', 'outlook.com', 'hotmail.com', 'live.com',
  'icloud.com', 'me.com', 'proton.me', 'protonmail.com',
] as const;

/**
 * Words put before a person's name: Bapak Budi, Ibu Sari, Sdr. Andi, dr. Rina. Written here in
 * lower case; the name after one must start with a capital letter.
 */
export const SAPAAN = [
  'bapak', 'bpk', 'bpk.', 'pak', 'ibu', 'bu', 'sdr', 'sdr.', 'sdri', 'sdri.', 'saudara', 'saudari', 'tn.', 'ny.', 'nn.', 'dr', 'dr.', 'drs.', 'dra.',
  'prof.', 'ir.', 'h.', 'hj.',
] as const;

/** Phrases that begin with an honorific but name a place or an office: "Ibu Kota Nusantara". */
export const SAPAAN_BUKAN_NAMA = ['ibu kota', 'ibukota'] as const;

/** Hosts whose links open a WhatsApp chat with the phone number in the address. */
export const HOST_WHATSAPP = ['wa.me', 'api.whatsapp.com'] as const;
