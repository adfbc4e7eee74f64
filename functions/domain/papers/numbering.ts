/**
 * The ways councils number items: "7", "84", minute numbers ("2724", "23/045", "19/05/01"), levels
 * ("10.25.01", "5.1", "1-1-2"), a letter suffix ("6a", "4A"), US letters ("A.", "B.2") and Roman
 * numerals ("IV.", as many US agendas number their sections).
 */
export const itemNumber = String.raw`\d{1,4}(?:[./-]\d{1,3}){0,3}(?:\/\d{2,4})?[a-zA-Z]?|[A-Z]\.\d{1,2}|(?:X{0,3})(?:IX|IV|V?I{0,3})(?<=[IVX]{2,})(?=[.)]\s)|[A-Z](?=[.)]\s)`;

/** A line that starts with an item number and a capitalised title: "10.25.01 Apologies", "A. Roll Call". */
export const numberedStart = new RegExp(String.raw`^(?:${itemNumber})[.):]?\s+[\p{Lu}"“‘'(]`, 'u');
