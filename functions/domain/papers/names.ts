/** Titles that say a person is a member, not part of their name as the contract keeps it. */
const memberTitles =
  /^(?:(?:the\s+)?(?:councillors?|cllrs?\.?|councilmembers?|council\s+members?|aldermen|alderman|county\s+councillors?|mayor|deputy\s+mayor)\s+)+/i;

/** Roles written after a name in attendance lists: "(Chair)", "– Vice-Chairman", ", Clerk". */
const roleSuffix = /\s*(?:\((?:[^)]*)\)|[-–—]\s*(?:chair|vice|clerk|mayor)[^,;]*)\s*$/i;

export const stripMemberTitle = (name: string): string => name.replace(memberTitles, '').trim();

/**
 * Splits a written list of people ("Councillors A Smith (Chair), B Jones and C Brown") into names,
 * without member titles or bracketed roles. Returns [] for "None" or text that is not a list.
 *
 * @example splitNames('Councillor Jane Patel (Chair), Councillors A Khan and B Ode') // ['Jane Patel', 'A Khan', 'B Ode']
 */
export const splitNames = (text: string): string[] => {
  const cleaned = text.replace(/\.$/, '').replace(/\s+/g, ' ').trim();
  if (!cleaned || /^(?:none|nil|n\/a|no apologies.*|there were none\.?)$/i.test(cleaned)) return [];
  return cleaned
    .split(/\s*[,;]\s*|\s+(?:and|&)\s+(?=[A-Z])/)
    .map((part) =>
      stripMemberTitle(part.replace(roleSuffix, '').replace(/^(?:and|&)\s+/i, ''))
        .replace(roleSuffix, '')
        .trim(),
    )
    .filter((name) => isPlausibleName(name));
};

/** A name is one to six words, starting with a capital or initial, and no sentence punctuation. */
export const isPlausibleName = (name: string): boolean =>
  /^[A-Z(][\p{L}'’.\- ()]*$/u.test(name) && name.split(/\s+/).length <= 6 && name.length <= 60;
