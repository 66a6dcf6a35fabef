// Function words of news Arabic (and a few English/French ones), matched on normalized forms.
// Deliberately absent: months, numbers and currency names, which carry meaning for dates, figures and search.
import { normalize } from './normalize.ts';
import { protectedTerm } from './protected-words.ts';

const ARABIC = `
في من إلى الى على عن مع عند عندما لدى لدي حتى منذ مذ خلال بين بعد قبل أمام خلف فوق تحت حول دون ضد نحو عبر
لأن لان إن أن إنّ أنّ كأن لكن لكنّ ولكن بل أو أم ثم إذا إذ لو لولا لما كلما بينما حيث حين حينما كي لكي
و ف ب ك ل لا لم لن ما ماذا متى أين كيف كم هل قد لقد سوف ليس ليست لست
هو هي هم هن هما أنا نحن أنت أنتم أنتن انت انتم إياه إياها إياهم
هذا هذه هذان هاتان هؤلاء ذلك تلك ذاك أولئك هنا هناك هنالك
الذي التي الذين اللذين اللتين اللاتي اللواتي اللذان اللتان
كان كانت كانوا كن يكون تكون يكونون أكون نكون كنت كنا يكن تكن
أصبح أصبحت صار صارت ظل ظلت بات باتت مازال ما زال لايزال لا يزال لازال ليسوا
كل كلا كلتا بعض جميع أي أية أيضا أيضاً غير سوى مثل إلا الا فقط نفس ذات عدة
له لها لهم لهن لهما لنا لك لكم لي لدينا لديك لديكم به بها بهم بهن بهما بنا بك بكم بي
منه منها منهم منهن منهما منا منك منكم مني عنه عنها عنهم عنهن عنا عنك عني
فيه فيها فيهم فيهن فينا فيك فيكم عليه عليها عليهم عليهن علينا عليك عليكم علي
إليه إليها إليهم إليهن إلينا إليك إليكم معه معها معهم معنا معك معكم
عنده عندها عندهم لديه لديها لديهم بينه بينها بينهم
أنه أنها أنهم أنهن إنه إنها إنهم إنهن إننا أننا لأنه لأنها كأنه
قال قالت يقول تقول وقال وقالت أضاف أضافت وأضاف وأضافت أكد أكدت يذكر يشار أشار أشارت
الآن اليوم أمس غدا حاليا حيث ثمة هناك جدا بدون تم يتم سيتم ال بن لماذا ربما إنما بعدما لكنه لكنها لكنهم بأنه بأنها بأن كذلك لذلك لهذا لهذه بهذا بهذه
`;

const LATIN = `
the a an and or of to in on at by for with from as is are was were be been being it its this that these those
not no but if than then so such which who whom whose what when where how there their they them he she his her
we our you your i me my has have had do does did will would can could should may might also into about over
le la les un une des du de et ou est sont dans pour par sur au aux ce cette ces qui que qu il elle ils elles en
`;

const SET: ReadonlySet<string> = new Set(
  [ARABIC, LATIN].flatMap((block) => block.split(/\s+/).filter(Boolean).map((w) => normalize(w))),
);

const WAW = 'و', FA = 'ف';

/** True for a normalized token that carries no topic: function words, pronouns, auxiliaries, reporting verbs. */
export function isStopword(norm: string): boolean {
  if (SET.has(norm)) return true;
  if (norm.length === 1) return norm.charCodeAt(0) >= 0x0600 && norm.charCodeAt(0) <= 0x06ff; // هـ، م، و after a space
  if (protectedTerm(norm) !== undefined) return false; // ولي (guardian) is not و + لي
  // و/ف + a function word (ومن، فإن، وهو) is still a function word.
  const c = norm[0];
  return norm.length > 2 && (c === WAW || c === FA) && SET.has(norm.slice(1));
}
