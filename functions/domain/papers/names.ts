/** Titles that say a person is a member, not part of their name as the contract keeps it. */
const memberTitles =
  /^(?:(?:the\s+)?(?:(?:district|county|borough|city|town|parish|community)\s+)?(?:councill?ors?|cllrs?\.?|councilmembers?|council\s+members?|members?|commissioners?|aldermen|alderman|mayor|(?:deputy|vice)[\s-]+mayor|(?:council|board|commission)\s+(?:chair(?:man|woman|person)?|president)|trustees?|chairman|chairwoman|chair|vice[- ]chair(?:man)?|his\s+worship|her\s+worship|the\s+speaker|deputy\s+speaker|speaker|supervisors?|selectm[ae]n|selectwoman|cynghorwyr|cynghorydd(?:\s+sir)?|cyng\.?)\s+)+/i;

/** Honours and memberships written after a name and a comma: "Mr A B Smith, OBE", "Mr David James, MHA". */
const postNominal = /^(?:[A-Z]{2,6}|(?:[A-Z]{2,6}\s+){1,3}[A-Z]{2,6}|(?:Hon|Bt|Esq|Jr|Sr)\.?)$/;

/** Parts of a split list that belong to the name before them (honours), not new people. */
const joinPostNominals = (parts: readonly string[]): string[] => {
  const joined: string[] = [];
  for (const part of parts) {
    const trimmed = part.trim();
    if (joined.length > 0 && postNominal.test(trimmed)) joined[joined.length - 1] += `, ${trimmed}`;
    else joined.push(part);
  }
  return joined;
};

/** Roles written after a name in attendance lists: "(Chair)", "– Vice-Chairman", ", Clerk". */
const roleSuffix =
  /\s*(?:\((?:[^)]*)\)|[-–—]\s*[_*]*(?:chair|vice|clerk|mayor|secretary|treasurer|president|rfo)[^,;]*)\s*$/i;

/** French forms of address before a list: "Mmes et Mrs Fabrice BERJONNEAU", "MM. Dupont". */
const frenchAddress =
  /^(?:(?:mmes?|mm\.?|madame|monsieur|mesdames|messieurs)\.?(?:\s+et\s+(?:mmes?|mrs?|mm\.?|mesdames|messieurs)\.?)?|(?:mrs?|m\.)\s+et\s+(?:mmes?|mrs?|mm\.?))\s+(?=\p{Lu})/iu;

export const stripMemberTitle = (name: string): string =>
  name.replace(memberTitles, '').replace(frenchAddress, '').trim();

/** A role in capitals after a name: "Nick Oakhill CHAIR". */
const trailingRole =
  /(?<=\S\s+\S+)\s+(?:CHAIR(?:MAN|WOMAN|PERSON)?|VICE[- ]CHAIR(?:MAN)?|CLERK|RFO|MAYOR|TREASURER|SECRETARY)$/;

/**
 * Splits a written list of people ("Councillors A Smith (Chair), B Jones and C Brown") into names,
 * without member titles or bracketed roles. Returns [] for "None" or text that is not a list.
 *
 * @example splitNames('Councillor Jane Patel (Chair), Councillors A Khan and B Ode') // ['Jane Patel', 'A Khan', 'B Ode']
 */
export const splitNames = (text: string): string[] => {
  // Officers listed by post with the name in brackets: "Director of Finance (Mr. T. Gilligan),
  // Administrative Officer, Corporate Services (Ms. T. Knox)": the bracketed names are the people.
  const bracketed = [...text.matchAll(/\(((?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[^()]+?)\)/g)].map((match) =>
    (match[1] ?? '').trim(),
  );
  if (bracketed.length > 0 && bracketed.length >= (text.match(/\(/g) ?? []).length)
    return bracketed.filter((name) => isPlausibleName(name));
  // Roles in brackets go first: "(Clerk and RFO)" must not split into two names.
  const cleaned = text
    .replace(/\s*\([^)]*\)|\s*\[[^\]]*\]/g, '')
    // "Name, Role; Name, Role": the role after each name's comma is not another name.
    .replace(/([^;,]+),[^;]*(?=;|$)/g, (entry, name: string) => (text.includes(';') ? name : entry))
    // A new run of titles starts a new name even without a comma: "… Ansell Councillors Mark Dunmore".
    .replace(
      /(?<!\b(?:district|county|borough|city|town|parish|community|chairman|chairwoman|chair|mayor|deputy|vice-chair(?:man)?|presiding))(?:\s+(?:and|&))?\s+(?=(?:(?:district|county|borough|city|town|parish)\s+)?(?:councill?ors?|cllrs?\.?|councilmembers?|cynghorydd|cynghorwyr)\s)/gi,
      ', ',
    )
    .replace(/\.$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!cleaned || /^(?:none|nil|n\/a|no apologies.*|there were none\.?)$/i.test(cleaned)) return [];
  return joinPostNominals(cleaned.split(/\s*[,;]\s*|\s+(?:and|&|ac|a[’']r)\s+(?=[A-Z]|the\s)/))
    .map((part) =>
      stripMemberTitle(part.replace(roleSuffix, '').replace(/^(?:and|&|ac|a[’']r)\s+/i, ''))
        .replace(roleSuffix, '')
        .replace(trailingRole, '')
        .trim(),
    )
    .filter((name) => isPlausibleName(name));
};

const particles = new Set([
  'de',
  'da',
  'di',
  'van',
  'von',
  'der',
  'den',
  'le',
  'la',
  'du',
  'bin',
  'al',
  'el',
  'ap',
]);

/** Words that say what someone is, not who: "Councillors", "Assistant Clerk", "The Speaker". */
const onlyRoles =
  /^(?:(?:the|assistant|acting|deputy|vice|interim|parish|town|county|district|city|borough|chief|senior|executive|finance|planning|committee|council)\s+)*(?:councillors?|cllrs?|clerks?|speaker|chair(?:man|woman|person)?|mayor|members?|officers?|secretary|treasurer|commissioners?|directors?|trustees?|governors?|public|residents?|parishioners?|visitors?|guests?|staff|solicitor|minute[- ]taker|rfo|(?:port|general|city|town|county|operations|finance|project|office)\s+managers?|managers?|attorneys?|(?:legal\s+)?counsel|engineers?|planners?)$/i;

/** A name is one to six words, each capitalised (bar particles such as "van" or "de"), no sentence punctuation. */
/** Words of business, never of a name: "Standing Reports", "Council Business". */
const businessWords =
  /\b(?:reports|business|agenda|minutes|items|comments|session|meeting|calendar|matters|correspondence|approval|adjournment)\b/i;

export const isPlausibleName = (name: string): boolean =>
  !onlyRoles.test(name) &&
  !businessWords.test(name) &&
  /^[A-Z][\p{L}'’‟.\- ]*$/u.test(name) &&
  !/\.\s*$/.test(name.replace(/\b[A-Z]\.$/, '')) &&
  name.length <= 60 &&
  name.split(/\s+/).length <= 6 &&
  name.split(/\s+/).every((word) => /^[A-Z\p{Lu}]/u.test(word) || particles.has(word));
