// Links that hand an invitation to another program: WhatsApp (wa.me with the message
// prefilled, opened in the system browser) and a mailto: for a mail program, used only where
// the whole link stays short enough for Windows and the usual mail programs to take it.

/** wa.me wants the number in international form, digits only: +6281234567890 -> 6281234567890. */
export function whatsAppLink(phone: string, text: string): string | null {
  const digits = phone.replace(/\D/g, '');
  if (!/^62\d{8,13}$/.test(digits)) return null;
  return `https://wa.me/${digits}?text=${encodeURIComponent(text)}`;
}

/**
 * Windows hands a mailto: to the mail program through the shell, which cuts it at about 2,000
 * characters (and older Outlook versions earlier); a longer link would arrive cut off without a
 * word, so none is offered and the .eml draft is the way.
 */
export const MAILTO_MAX = 2000;

export function mailtoLink(addresses: string[], subject: string, body: string): string | null {
  if (addresses.length === 0) return null;
  const to = addresses.map((a) => encodeURIComponent(a).replace(/%40/g, '@')).join(',');
  const link = `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`;
  return link.length <= MAILTO_MAX ? link : null;
}
