// Which of the people a text names are named in its headline too. The gazetteer knows the newsmakers; the people a day's
// events are about (the dead, the victims, the appointed) are found by the title and speech-verb patterns in the body
// ("الإعلامي سعود الدوسري"), while the headline names them bare ("سعود الدوسري.. وداعاً"), where no pattern fires.
import { normalize } from './normalize.ts';
import { opensName } from './entities.ts';

/** Proclitics a name may carry in a headline: و ف ب ل, alone or as the first letter of a pair (وب، ول). */
const PROCLITIC = '(?:[وف]?[بل]?)';

/**
 * Ids of the unknown people (`person:~name`, found by the patterns, not the gazetteer) among `entityIds` whose whole
 * name stands in `headline` as words of their own, a proclitic allowed on the first. Names are matched in the
 * normalized form their ids carry.
 */
export function headlinePeople(headline: string, entityIds: readonly string[]): string[] {
  const out: string[] = [];
  let head: string | null = null;
  for (const id of entityIds) {
    if (!id.startsWith('person:~')) continue;
    const name = id.slice('person:~'.length).trim();
    // One word is a given name or a surname, shared by too many people to say who the headline means. The patterns also
    // read what follows a title as a name when it is not one: an institution named after a king ("كلية الملك فهد
    // الأمنية": a feminine adjective last), a governor's province ("أمير منطقة عسير"), a verb ("أمير نجران يوجه ...").
    const parts = name.split(/\s+/);
    if (parts.length < 2 || out.includes(id) || !opensName(parts[0]!) || /^ال.+يه$/u.test(parts[parts.length - 1]!)) continue;
    head ??= normalize(headline).replace(/[^\p{L}\p{N}]+/gu, ' ');
    const words = parts.map(escape).join(' ');
    if (new RegExp(`(?:^| )${PROCLITIC}${words}(?= |$)`, 'u').test(head)) out.push(id);
  }
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
