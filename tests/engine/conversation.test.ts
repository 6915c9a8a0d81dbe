import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/engine/index';
import { UNAMBIGUOUS_RULES } from '../../src/engine/conversation';
import { PACKS } from '../../src/packs/index';

const detector = createDetector();
const T0 = Date.parse('2026-03-01T18:00:00Z');
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

/** A fresh thread's level after these messages ([text, incoming]), one a minute. */
function levelAfter(lines: readonly (readonly [string, boolean])[]): string {
  const thread = detector.conversation();
  let level = 'none';
  lines.forEach(([text, incoming], i) => (level = thread.add({ text, incoming, at: T0 + i * MIN }).level));
  return level;
}

describe('ConversationTracker', () => {
  it('stays at none for an ordinary chat', () => {
    const thread = detector.conversation();
    expect(thread.add({ text: 'did u do the bio homework', incoming: true, at: T0 }).level).toBe('none');
    expect(thread.add({ text: 'yeah its due friday', incoming: false, at: T0 + MIN }).level).toBe('none');
  });

  it('makes a threat urgent on its own, with a reason', () => {
    const verdict = detector.conversation().add({ text: 'pay $200 in gift cards or ur pics go to ur family', incoming: true, at: T0 });
    expect(verdict.level).toBe('urgent');
    expect(verdict.categories).toContain('threat');
    expect(verdict.reasons).toContainEqual({ kind: 'urgent_alone', category: 'threat' });
  });

  it('notices an explicit ask for nude pictures, in words the model has barely seen, and not the colour nude', () => {
    for (const text of ['send nudes', 'kirim nudes dong', 'hantar nudes']) {
      expect(detector.scanMessage(text).labels, text).toEqual(['photo_request']);
      expect(detector.conversation().add({ text, incoming: true, at: T0 }).level, text).not.toBe('none');
    }
    for (const text of ['never send nudes to anyone, ok?', 'do u have any nude bras i can borrow for the concert', 'kak, ada pashmina nude ga?', 'ada stok tudung nude tak sis?']) {
      expect(['none', 'notice'], text).toContain(detector.conversation().add({ text, incoming: true, at: T0 }).level);
      expect(detector.scanMessage(text).labels, text).not.toContain('photo_request');
    }
  });

  it('makes an account-access request urgent on its own', () => {
    const verdict = detector.conversation().add({ text: 'a code went to ur phone by mistake, send it to me', incoming: true, at: T0 });
    expect(verdict.level).toBe('urgent');
    expect(verdict.reasons.some((r) => r.kind === 'urgent_alone' && r.category === 'account_access')).toBe(true);
  });

  it('keeps an off-platform move alone at notice, and raises secrecy + off-platform together', () => {
    const thread = detector.conversation();
    expect(thread.add({ text: 'add me on telegram', incoming: true, at: T0 }).level).toBe('notice');
    const verdict = thread.add({ text: 'and dont tell ur mom about me', incoming: true, at: T0 + 5 * MIN });
    expect(verdict.level).not.toBe('notice');
    expect(verdict.reasons).toContainEqual({ kind: 'combination', categories: ['secrecy', 'off_platform'], pattern: 'secret_move' });
  });

  // Friends and parents ask it too (GROOMING.md section 4): alone it is a notice; beside a camera ask, a pattern.
  it('keeps "home alone?" alone at notice, and warns when a photo or camera ask comes with it', () => {
    for (const text of ['r u home alone rn? parents out?', '¿estás sola en casa ahora? ¿tus papás no están?']) {
      expect(detector.conversation().add({ text, incoming: true, at: T0 }).level, text).toBe('notice');
    }
    const thread = detector.conversation();
    thread.add({ text: 'r u home alone rn? parents out?', incoming: true, at: T0 });
    const verdict = thread.add({ text: 'turn ur cam on, i wanna see u', incoming: true, at: T0 + 2 * MIN });
    expect(verdict.level).toBe('warn');
    expect(verdict.reasons).toContainEqual({ kind: 'combination', categories: ['personal_info', 'photo_request'], pattern: 'alone_photo' });
    // Someone the teen knows asking both (a parent checking in) stays at notice.
    const parent = detector.conversation({ knownContact: true });
    parent.add({ text: 'r u home alone rn? parents out?', incoming: true, at: T0 });
    expect(parent.add({ text: 'turn ur cam on, i wanna see u', incoming: true, at: T0 + 2 * MIN }).level).toBe('notice');
  });

  it('warns on a gift and "don\'t tell" together (secret_gift)', () => {
    const gift = detector.conversation();
    gift.add({ text: 'i got u 1000 robux, check ur account', incoming: true, at: T0 });
    const verdict = gift.add({ text: 'dont tell ur parents about it ok', incoming: true, at: T0 + 2 * MIN });
    expect(verdict.level).toBe('warn');
    expect(verdict.reasons.some((r) => r.kind === 'combination' && r.pattern === 'secret_gift')).toBe(true);
  });

  it('warns on a photo ask kept secret, in one message or two, in any language (secret_photo)', () => {
    for (const text of ['mándame una foto tuya y no le digas a tus papás', 'kirim foto kamu dong, jangan bilang siapa siapa ya']) {
      const verdict = detector.conversation().add({ text, incoming: true, at: T0 });
      expect(verdict.level, text).toBe('warn');
      expect(verdict.reasons.some((r) => r.kind === 'combination' && r.pattern === 'secret_photo'), text).toBe(true);
    }
  });

  it('keeps two everyday asks from one person (a photo and a move to another app) below warn', () => {
    const coach = detector.conversation();
    coach.add({ text: 'send me a video of ur serve from practice', incoming: true, at: T0 });
    const level = coach.add({ text: 'also the team chat is moving to whatsapp, add me there', incoming: true, at: T0 + 2 * MIN }).level;
    expect(['none', 'notice']).toContain(level);
  });

  it('does not count a warning against sending a code as a code ask when it weighs a pattern', () => {
    const friend = detector.conversation();
    friend.add({ text: 'send me a pic of ur outfit for tmrw', incoming: true, at: T0 });
    friend.add({ text: 'add me on discord for the group project', incoming: true, at: T0 + MIN });
    const level = friend.add({ text: 'and if someone asks for the code instagram texted u, dont send it, its a scam', incoming: true, at: T0 + 2 * MIN }).level;
    expect(['none', 'notice']).toContain(level);
  });

  it('warns on a job offer to a teen who said they are under 18, or one to keep from the parents', () => {
    const offer = 'we are hiring promo models for summer events, 150 a day, no experience needed';
    const alone = detector.conversation();
    expect(alone.add({ text: offer, incoming: true, at: T0 }).level).toBe('notice');
    alone.add({ text: 'im 19 is that ok', incoming: false, at: T0 + MIN });
    expect(alone.verdict(T0 + 2 * MIN).level).toBe('notice');

    const minor = detector.conversation();
    minor.add({ text: offer, incoming: true, at: T0 });
    const verdict = minor.add({ text: '16, is that ok?', incoming: false, at: T0 + MIN });
    expect(verdict.level).toBe('warn');
    expect(verdict.reasons).toContainEqual({ kind: 'combination', categories: ['job_offer'], pattern: 'recruitment' });

    // The age said inside a longer reply, as teens answer an offer.
    const longer = detector.conversation();
    longer.add({ text: offer, incoming: true, at: T0 });
    expect(longer.add({ text: 'omg that sounds fun but i am 15, would my mom have to sign something', incoming: false, at: T0 + MIN }).level).toBe('warn');

    const secret = detector.conversation();
    secret.add({ text: offer, incoming: true, at: T0 });
    const hidden = secret.add({ text: 'no need to tell ur parents yet, tell them once u get paid', incoming: true, at: T0 + MIN });
    expect(hidden.level).toBe('warn');
    expect(hidden.reasons).toContainEqual({ kind: 'combination', categories: ['job_offer', 'secrecy'], pattern: 'recruitment' });
  });

  it('raises "home alone?" followed by a meetup offer to urgent', () => {
    const thread = detector.conversation();
    thread.add({ text: 'r u home alone tonight', incoming: true, at: T0 });
    const verdict = thread.add({ text: 'i can pick u up', incoming: true, at: T0 + 2 * MIN });
    expect(verdict.level).toBe('urgent');
    expect(verdict.reasons.some((r) => r.kind === 'combination' && r.pattern === 'isolation_meetup')).toBe(true);
  });

  it('notices the same ask coming back after the teen said no (compliance testing)', () => {
    const thread = detector.conversation();
    // One ordinary ask is a notice (friends say it every day); the repeat after a no is what matters.
    expect(thread.add({ text: 'send me a pic', incoming: true, at: T0 }).level).toBe('notice');
    thread.add({ text: 'no', incoming: false, at: T0 + MIN });
    const verdict = thread.add({ text: 'cmon pls just send one pic', incoming: true, at: T0 + 3 * MIN });
    expect(verdict.reasons).toContainEqual({ kind: 'repeated_after_no', category: 'photo_request' });
    expect(verdict.level).toBe('urgent');
  });

  /** An ask, the teen's reply, then the next incoming message a minute later: the verdict after it. */
  const afterReply = (ask: string, reply: string, next: string) => {
    const thread = detector.conversation();
    thread.add({ text: ask, incoming: true, at: T0 });
    thread.add({ text: reply, incoming: false, at: T0 + MIN });
    return thread.add({ text: next, incoming: true, at: T0 + 2 * MIN });
  };

  it('takes pressure right after a no ("I thought we were close", "nobody will know") as the ask coming back, in several languages', () => {
    for (const [ask, no, press] of [
      ['turn ur cam on, i wanna see ur pjs', 'no thats weird', 'dont be like that, i thought we were close'],
      ['vc dong bentar, aku pengen liat kamu', 'gamau kak', 'masa sama aku malu, aku kan udah baik sama kamu'],
      ['me manda uma foto sua agora', 'n quero', 'relaxa, ninguém vai ver'],
      ['เปิดกล้องคอลหาพี่หน่อย', 'ไม่เอาค่ะ', 'แป๊บเดียว ไม่มีใครรู้หรอก'],
    ] as const) {
      expect(afterReply(ask, no, press).reasons, press).toContainEqual({ kind: 'repeated_after_no', category: 'photo_request' });
    }
  });

  it('leaves the same words alone without a no before them, or long after it, and a plain "pleaseee" between friends', () => {
    const none = detector.conversation();
    none.add({ text: 'send me a pic of ur new haircut', incoming: true, at: T0 });
    none.add({ text: 'ok wait', incoming: false, at: T0 + MIN });
    expect(none.add({ text: 'dont be shy lol', incoming: true, at: T0 + 2 * MIN }).reasons.some((r) => r.kind === 'repeated_after_no')).toBe(false);
    const later = detector.conversation();
    later.add({ text: 'send me a pic of ur new haircut', incoming: true, at: T0 });
    later.add({ text: 'no', incoming: false, at: T0 + MIN });
    expect(later.add({ text: 'dont be shy lol', incoming: true, at: T0 + 3 * 60 * MIN }).reasons.some((r) => r.kind === 'repeated_after_no')).toBe(false);
    expect(afterReply('send me a pic of the homework page', 'no do it urself', 'pleaseee').reasons.some((r) => r.kind === 'repeated_after_no')).toBe(false);
  });

  it('reads "I should ask my mom first" as a soft no: the same ask coming back after it is compliance testing', () => {
    for (const [ask, defer, again] of [
      ['send me a pic', 'idk i should ask my mom first', 'cmon just one pic, no need to ask anyone'],
      ['kirim foto dong', 'hmm aku tanya mama dulu ya', 'kirim aja fotonya, ga usah bilang siapa2'],
    ] as const) {
      expect(afterReply(ask, defer, again).reasons, defer).toContainEqual({ kind: 'repeated_after_no', category: 'photo_request' });
    }
  });

  it('does not call a first ask a repeat', () => {
    const thread = detector.conversation();
    thread.add({ text: 'no', incoming: false, at: T0 });
    const verdict = thread.add({ text: 'send me a pic', incoming: true, at: T0 + MIN });
    expect(verdict.reasons.some((r) => r.kind === 'repeated_after_no')).toBe(false);
  });

  it('lets evidence fade with time', () => {
    const thread = detector.conversation();
    thread.add({ text: 'send me a selfie', incoming: true, at: T0 });
    const verdict = thread.add({ text: 'and dont tell ur parents about us', incoming: true, at: T0 + MIN });
    expect(verdict.level).toBe('warn');
    expect(thread.verdict(T0 + 60 * DAY).level).toBe('none');
  });

  it('notes what the teen gives away', () => {
    const thread = detector.conversation();
    const verdict = thread.add({ text: 'my number is 0917 555 0142', incoming: false, at: T0 });
    expect(verdict.reasons).toContainEqual({ kind: 'self_disclosure', category: 'phone_number' });
  });

  it('forgets everything on reset', () => {
    const thread = detector.conversation();
    thread.add({ text: 'i know where u live', incoming: true, at: T0 });
    thread.reset();
    expect(thread.verdict(T0).level).toBe('none');
  });

  it('never keeps message text', () => {
    const thread = detector.conversation();
    const secret = 'send me a pic of u in ur room zzqq';
    const verdict = thread.add({ text: secret, incoming: true, at: T0 });
    expect(JSON.stringify(verdict)).not.toContain('zzqq');
  });

  it('keeps one ordinary ask at notice: friends say it every day', () => {
    for (const text of ['send me a pic of u', 'where do u live', 'can we meet up saturday?', 'wanna earn some cash']) {
      expect(detector.conversation().add({ text, incoming: true, at: T0 }).level, text).toBe('notice');
    }
  });

  // Issue 10: "one ordinary message in one category does not make warn, unless the message is unambiguous on its own".
  it('warns on one unambiguous message from anyone not known: a body or undressed photo ask, secrecy from parents', () => {
    for (const text of [
      'send me a pic in ur underwear, just for me',
      'kirim foto kamu tanpa baju dong',
      'manda uma foto só de calcinha pra mim',
      'dont tell ur parents about us ok, they wouldnt get it',
      'jangan bilang ortu kamu ya soal kita',
    ]) {
      const verdict = detector.conversation().add({ text, incoming: true, at: T0 });
      expect(verdict.level, text).toBe('warn');
      expect(verdict.reasons.some((r) => r.kind === 'category' && r.ruleIds.length > 0), text).toBe(true);
      // Someone the teen marked as known (a parent asking "are you home alone?") stays at notice.
      expect(detector.conversation({ knownContact: true }).add({ text, incoming: true, at: T0 }).level, text).toBe('notice');
    }
  });

  it('keeps the harmless twin of an unambiguous ask below warn', () => {
    for (const text of ['send me a pic of ur new puppy', 'dont tell anyone about the surprise party for mom ok', 'how old r u', 'send a pic of the dress you are wearing to prom so grandma can see it']) {
      expect(['none', 'notice'], text).toContain(detector.conversation().add({ text, incoming: true, at: T0 }).level);
    }
  });

  it('names only rule families that some pack has (a renamed rule would silently stop warning)', () => {
    const names = new Set(PACKS.flatMap((p) => p.rules.map((r) => r.id.split('.').slice(2).join('.'))));
    for (const [category, families] of Object.entries(UNAMBIGUOUS_RULES)) {
      for (const name of families ?? []) expect(names.has(name), `${category}: ${name}`).toBe(true);
    }
  });

  it('takes a stranger at their word: after "who is this?" one move is a warning', () => {
    const thread = detector.conversation();
    thread.add({ text: 'hey cutie', incoming: true, at: T0 });
    thread.add({ text: 'who is this?', incoming: false, at: T0 + MIN });
    const verdict = thread.add({ text: 'send me a pic of u', incoming: true, at: T0 + 2 * MIN });
    expect(verdict.level).toBe('warn');
    expect(verdict.reasons).toContainEqual({ kind: 'stranger', messageRequest: false });
  });

  it('hears "who is this?" as teens write it in each language', () => {
    for (const reply of ['who tf is this', 'sape ni', 'c ki', 'qm é vc?', 'lo siapa?', 'de donde sacaste mi numero']) {
      const thread = detector.conversation();
      thread.add({ text: 'hey cutie', incoming: true, at: T0 });
      thread.add({ text: reply, incoming: false, at: T0 + MIN });
      expect(thread.add({ text: 'send me a pic of u', incoming: true, at: T0 + 2 * MIN }).level, reply).toBe('warn');
    }
  });

  it('takes a message request from the page as a stranger too', () => {
    const verdict = detector.conversation({ messageRequest: true }).add({ text: 'send me a pic of u', incoming: true, at: T0 });
    expect(verdict.level).toBe('warn');
    expect(verdict.reasons).toContainEqual({ kind: 'stranger', messageRequest: true });
  });

  it('lowers the level for someone the teen knows, and a group (unless they ask for secrecy there), but never for a sure threat', () => {
    const level = (asks: string[], context: Parameters<typeof detector.conversation>[0]) => {
      const thread = detector.conversation(context);
      let last = thread.add({ text: asks[0]!, incoming: true, at: T0 });
      last = thread.add({ text: asks[1]!, incoming: true, at: T0 + MIN });
      return last.level;
    };
    const paid = ['send me a pic of u', 'ill pay u 50 dollars for it'];
    const secret = ['send me a pic', 'and dont tell ur parents about us'];
    expect(level(paid, undefined)).toBe('urgent');
    expect(level(paid, { group: true })).toBe('warn');
    expect(level(paid, { knownContact: true })).toBe('notice');
    // Secrecy in a group takes the teen out of the group: not lowered.
    expect(level(secret, undefined)).toBe('warn');
    expect(level(secret, { group: true })).toBe('warn');
    expect(level(secret, { knownContact: true })).toBe('notice');
    const known = detector.conversation({ knownContact: true });
    expect(known.add({ text: 'pay me $200 in gift cards by tonight or ur pics go to everyone on ur followers list', incoming: true, at: T0 }).level).toBe('urgent');
  });

  it('lowers one step for a sender who says they are family, a teacher or a coach, unless they ask for secrecy, or the teen asks who they are', () => {
    const paid: [string, boolean][] = [['send me a pic of u', true], ['ill pay u 50 dollars for it', true]];
    expect(levelAfter(paid)).toBe('urgent');
    expect(levelAfter([["hi it's mom", true], ...paid])).toBe('warn');
    expect(levelAfter([['Bonjour, c’est ton prof de maths', true], ...paid])).toBe('warn');
    // A third person named is not the sender naming themselves.
    expect(levelAfter([['my cousin said hi', true], ...paid])).toBe('urgent');
    // "Who is this?" outweighs the claim.
    expect(levelAfter([["hi it's mom", true], ['who is this?', false], ...paid])).toBe('urgent');
    // Secrecy takes the teen out of sight: not lowered.
    const secret: [string, boolean][] = [['send me a pic', true], ['and dont tell ur parents about us', true]];
    expect(levelAfter([["hi it's mom", true], ...secret])).toBe(levelAfter(secret));
  });

  it('reads secrecy in a thread that speaks of a surprise as the surprise\'s, unless it hides the teen from their parents', () => {
    const plan: [string, boolean][] = [
      ['dont say anything to her ok, and delete these msgs', true],
      ['ill pick u up at school friday at 3, wait by the gate', true],
    ];
    expect(levelAfter(plan)).toBe('urgent');
    expect(levelAfter([['saturday we do the surprise for mom', true], ...plan])).toBe('notice');
    // The teen's own mention counts too, and so does one that comes after the secrecy.
    expect(levelAfter([['what do we do for dads surprise?', false], ...plan])).toBe('notice');
    expect(levelAfter([...plan, ['its a surprise party lol', true]])).toBe('notice');
    // A "surprise" does not explain hiding the teen from their parents.
    const hidden: [string, boolean][] = [['i have a surprise for u', true], ['dont tell ur parents about us', true], ['ill pick u up at school friday at 3', true]];
    expect(levelAfter(hidden)).toBe('urgent');
  });

  it('is urgent on a meeting beside "are you alone?", and warns on a meeting beside another personal question', () => {
    expect(levelAfter([['r u home alone rn?', true], ['we should meet up, i can come over', true]])).toBe('urgent');
    expect(levelAfter([['what school do u go to?', true], ['we should meet up at the mall saturday', true]])).toBe('warn');
  });

  it('warns when a sender who says they are an adult asks a teen who said they are under 18 to move, keep a secret or meet', () => {
    const move: [string, boolean][] = [['add me on snap', true]];
    const ages: [string, boolean][] = [['how old r u', true], ['13', false], ['im 24 lol', true]];
    expect(levelAfter([['how old r u', true], ['13', false], ...move])).toBe('notice');
    expect(levelAfter([...ages, ...move])).toBe('warn');
    expect(levelAfter([['tu tem quantos anos', true], ['13 e vc', false], ['18 kkk. tu estuda onde?', true], ['me chama no zap', true]])).toBe('warn');
    expect(levelAfter([['น้องอายุเท่าไหร่', true], ['13 ค่ะ', false], ['พี่ 22 แล้ว อย่าบอกใครนะ', true]])).toBe('warn');
    // Someone else's age is not the sender's; an adult's age with no move is no warning.
    expect(levelAfter([['how old r u', true], ['13', false], ['my brother is 19', true], ...move])).toBe('notice');
    expect(levelAfter(ages)).toBeOneOf(['none', 'notice']);
  });

  it('warns when a sender who says they are an adult talks the age gap away at a teen who said they are under 18', () => {
    const opener: [string, boolean][] = [['so what are u now, 14?', true], ['15 in march', false]];
    expect(levelAfter([...opener, ['ur so mature for 14 honestly. im 23, i produce a bit', true]])).toBe('warn');
    expect(levelAfter([['quantos anos vc tem?', true], ['13', false], ['sério? bem maduro pra 13. eu tenho 19 anos kkk, idade é só número', true]])).toBe('warn');
    // Of themselves ("age is just a number" after their own age), a notice, unless a stranger says it.
    const coach: [string, boolean][] = [['how old are you now?', true], ['14', false], ["im 41 and still play in the rec league, age is just a number", true]];
    expect(levelAfter(coach)).toBe('notice');
    const stranger = detector.conversation({ messageRequest: true });
    coach.forEach(([text, incoming], n) => stranger.add({ text, incoming, at: T0 + n * MIN }));
    expect(stranger.verdict(T0 + 10 * MIN).level).toBe('warn');
    // The gap talked away needs both ages said: a coach's "so mature for your age" is praise.
    expect(levelAfter([...opener, ['ur so mature for ur age honestly, the team loves u', true]])).toBeOneOf(['none', 'notice']);
    expect(levelAfter([['so what are u now, 14?', true], ['haha guess', false], ['ur so mature honestly. im 23, i produce a bit', true]])).toBeOneOf(['none', 'notice']);
  });

  it('names an adult talking the age gap away with a minor before any ask: a warning from a stranger', () => {
    const thread = detector.conversation({ messageRequest: true });
    const lines: [string, boolean][] = [['how old r u', true], ['14', false], ['im 23 lol', true], ['age is just a number tbh, ur so mature', true]];
    let verdict = thread.add({ text: '', incoming: true, at: T0 });
    lines.forEach(([text, incoming], i) => (verdict = thread.add({ text, incoming, at: T0 + (i + 1) * MIN })));
    expect(verdict.level).toBe('warn');
    expect(verdict.reasons).toContainEqual({ kind: 'combination', categories: [], pattern: 'adult_minor' });
    // Without the teen's age, or the sender's, the same words are praise.
    expect(levelAfter([['hey', true], ['who r u', false], ['how old r u', true], ['guess', false], ['im 23 lol', true], ['age is just a number tbh, ur so mature', true]])).toBeOneOf(['none', 'notice']);
    expect(levelAfter([['hey', true], ['who r u', false], ['how old r u', true], ['14', false], ['age is just a number tbh, ur so mature', true]])).toBeOneOf(['none', 'notice']);
  });

  it('takes the teen\'s age from the sender\'s own words, a school grade, or the answer to "and you?"', () => {
    expect(levelAfter([['se que tienes 14 pero hablas como alguien mayor', true], ['yo tengo 24 jaja', true], ['agrégame en snap', true]])).toBe('warn');
    expect(levelAfter([['kamu kelas berapa?', true], ['kelas 8', false], ['aku 22 hehe', true], ['add aku di telegram ya', true]])).toBe('warn');
    expect(levelAfter([['quantos anos vc tem?', true], ['13 e vc', false], ['20 mas sou de boa kkk', true], ['me chama no zap', true]])).toBe('warn');
    // A number that opens a message answers only an age question the teen sent back.
    expect(levelAfter([['quantos anos vc tem?', true], ['13', false], ['20 mas sou de boa kkk', true], ['me chama no zap', true]])).toBeOneOf(['none', 'notice']);
    expect(levelAfter([['quantas kills vc fez?', true], ['13 e vc', false], ['20 mas sou de boa kkk', true], ['me chama no zap', true]])).toBeOneOf(['none', 'notice']);
  });

  it('hears "and you?" as a bare "you" closing the teen\'s age, and "I" beside a number as the age that answers an age question', () => {
    expect(levelAfter([['ilang taon ka na?', true], ['14 ikaw po?', false], ['25 hehe. pero mas mature ka pa sa mga katrabaho ko', true]])).toBe('warn');
    // "yo 25 pero" answers an age question the teen just answered; after "how many kills?" it is a count.
    expect(levelAfter([['cuántos años tienes?', true], ['14', false], ['ah ok. yo 25 pero juego desde chavo. pásame tu whats', true]])).toBe('warn');
    expect(levelAfter([['cuántas kills hiciste?', true], ['14', false], ['yo 25 jaja. pásame tu whats', true]])).toBeOneOf(['none', 'notice']);
    expect(levelAfter([['ilang taon ka na?', true], ['14 po', false], ['ako naman 25 haha. add mo ko sa telegram', true]])).toBe('warn');
    expect(levelAfter([['ilang kills mo?', true], ['14 po', false], ['ako naman 25 haha. add mo ko sa telegram', true]])).toBeOneOf(['none', 'notice']);
    expect(levelAfter([['awak umur berapa?', true], ['14, form 2', false], ['oh muda lagi 😊 saya 27, tapi jiwa muda. jom sembang kat telegram', true]])).toBe('warn');
    expect(levelAfter([['markah kau berapa?', true], ['14', false], ['oh 😅 saya 27 haha. jom sembang kat telegram', true]])).toBeOneOf(['none', 'notice']);
    // "Mature for your age" names the age without asking it: a teacher's praise stays a notice.
    const teacher: [string, boolean][] = [['your essay was beautiful, very mature for your age', true], ['thank you! im 13 so that means a lot', false], ["im 34 and couldn't have written that at 13", true]];
    expect(levelAfter(teacher)).toBe('notice');
  });

  it('warns on a job offer that takes the teen abroad or pays the travel, not on a job nearby', () => {
    expect(levelAfter([['ada lowongan admin online di kamboja, gaji 12 juta, tiket ditanggung', true]])).toBe('warn');
    expect(levelAfter([['hiring now! online customer service job overseas, 2000 usd a month, free flights and accommodation provided', true]])).toBe('warn');
    expect(levelAfter([['ada lowongan kasir di toko roti dekat sekolah, gaji 2 juta', true]])).toBeOneOf(['none', 'notice']);
    expect(levelAfter([['kapan kamu liburan ke luar negeri?', true]])).toBe('none');
    // Travel or housing paid, said in other words: the flight and the flat, then "paid".
    expect(levelAfter([['buscamos chicas jóvenes para campañas en el extranjero, 3 meses, 5000 al mes, vuelo y apartamento pagado', true]])).toBe('warn');
    // Travel said beside a local job, or a word with another meaning, is not the job's travel.
    expect(levelAfter([['want to earn money for the school trip abroad? my cafe is hiring a weekend helper, 10/hr', true]])).toBeOneOf(['none', 'notice']);
    expect(levelAfter([['my bakery is hiring for the summer, 12/hr, mostly making dubai chocolate bars lol', true]])).toBeOneOf(['none', 'notice']);
    expect(levelAfter([['my cafe is hiring for the summer, 12/hr', true], ['the owner is abroad till monday, ill ask her', true]])).toBeOneOf(['none', 'notice']);
    // A school grade makes no recruitment of a summer job (an age the teen gives still does).
    expect(levelAfter([['the library is hiring student helpers this summer, 11/hr, want the form?', true], ['yes please, im in grade 10', false]])).toBeOneOf(['none', 'notice']);
  });

  it('does not call a job that goes through the parents recruitment, unless the parents are to be kept out or the job is abroad', () => {
    const local: [string, boolean][] = [['we are hiring promo staff for summer events at the mall, 150 a day', true], ['im 16 is that ok', false]];
    expect(levelAfter(local)).toBe('warn');
    expect(levelAfter([...local, ["sure! you'd need a parent to sign the consent form since you're 16", true]])).toBeOneOf(['none', 'notice']);
    // A friend's boba-shop job with the parents' letter is no recruitment. (Its "share location kat mall" still
    // reads as a personal question beside a meeting: a warning, no longer urgent, that text alone cannot tell from
    // a stranger's.)
    const boba = detector.conversation();
    let verdict = boba.add({ text: '', incoming: true, at: T0 });
    [['bro kedai boba tu hiring part time, jom apply', true], ['kita bawah 18, kena ada surat kebenaran ibu bapa', true], ['walk in je, bawak IC. share location kat mall', true]].forEach(
      ([text, incoming], i) => (verdict = boba.add({ text: text as string, incoming: incoming as boolean, at: T0 + (i + 1) * MIN })),
    );
    expect(verdict.reasons.some((r) => r.kind === 'combination' && r.pattern === 'recruitment')).toBe(false);
    expect(verdict.level).not.toBe('urgent');
    // Negated, or beside a secret, the parents are kept out.
    expect(levelAfter([...local, ['no need to ask your parents, we handle everything', true]])).toBe('warn');
    expect(levelAfter([...local, ['ask your parents to sign later, but dont tell them about the pay yet', true]])).toBe('warn');
    // Work abroad or travel paid stays recruitment whatever is said of the parents; a claim that they know is no consent.
    const abroad: [string, boolean][] = [['hi! we are hiring hotel staff in cambodia, 1500 usd a month, flights paid and free accommodation', true]];
    expect(levelAfter([...abroad, ['talk to your parents about it, they can sign the form', true]])).toBe('warn');
    expect(levelAfter([['your mom said you were looking for a summer job', true], ['yes im 16', false], ['we are hiring promo models for events, 150 a day', true]])).toBe('warn');
    // Money for pictures stays an enticement, whatever the parents were told.
    expect(levelAfter([['ask your parents if you can feed the cat while im away', true], ['send me a pic of urself every day pls, ill miss u', true], ['ill pay u 50 for each one', true]])).toBe('urgent');
  });

  it('hears a friend\'s mock threat with a crying-laughing face as a joke, and "t\'es morte demain au lycée" asks nothing about school', () => {
    const friend: [string, boolean][] = [
      ["MEUF t'as posté ma photo dans le bus ???", true],
      ["JE VAIS TE TUER. supprime ça tout de suite 😭😭", true],
      ["ok c'est supprimé mdr", false],
      ["t'es morte demain au lycée. bref tu viens chez moi samedi ? mes parents sont chez ma tante", true],
    ];
    expect(levelAfter(friend)).not.toBe('urgent');
    expect(levelAfter(friend)).toBeOneOf(['none', 'notice']);
  });

  it('warns on a request to undress on a call, even when the model reads little in it', () => {
    expect(levelAfter([['on fait un facetime ce soir?', true], ['ok', false], ["tu peux enlever ton t-shirt pendant l'appel? jte montre aussi 🙈", true]])).toBe('warn');
    expect(levelAfter([['buka baju pas vc ya', true]])).toBe('warn');
    // Outerwear, or the sender's own state, is no such request.
    expect(levelAfter([['take off ur jacket on facetime so i can see the dress', true]])).toBeOneOf(['none', 'notice']);
    expect(levelAfter([['my cam was off bc i was shirtless after the gym lol', true]])).toBeOneOf(['none', 'notice']);
  });

  it('does not take a number the question offered as something else for the teen\'s age', () => {
    const offer: [string, boolean][] = [['we hire models for events, great pay, wanna join?', true]];
    expect(levelAfter([['le maillot arrive jeudi, tu veux le numéro 10 ou 7 ?', true], ['10 frr 🔥', false], ...offer])).toBeOneOf(['none', 'notice']);
    expect(levelAfter([['practice at 9 or 10 tmrw?', true], ['10', false], ...offer])).toBeOneOf(['none', 'notice']);
    expect(levelAfter([['are u 13 or 14?', true], ['14', false], ...offer])).toBe('warn');
  });

  it('hears "but im a minor" as the teen\'s age', () => {
    const offer: [string, boolean][] = [['hi! we are hiring models for events, great pay', true]];
    expect(levelAfter([...offer, ['nossa serio? mas eu sou menor', false]])).toBe('warn');
    expect(levelAfter([...offer, ['nossa serio? mas eu sou estudante', false]])).toBeOneOf(['none', 'notice']);
  });

  it('does not read agreeing to meet as meeting alone when the teen brings someone along', () => {
    const ask: [string, boolean][] = [['on se retrouve où ? je peux venir demain après 18h', true]];
    expect(levelAfter([...ask, ['ok je viens, devant la gare', false]])).toBe('urgent');
    expect(levelAfter([...ask, ['devant la gare, je viens avec mon père', false]])).not.toBe('urgent');
    expect(levelAfter([['where do u wanna meet? i can pick u up', true], ['ill be there, my mom is driving me', false]])).not.toBe('urgent');
  });

  it('reads the teen calling them mom as family, but not the teen answering a question about their parents', () => {
    const ask: [string, boolean][] = [['send me a pic and dont tell ur parents', true]];
    expect(levelAfter(ask)).toBe('warn');
    expect(levelAfter([['can u grab milk on the way home', true], ['ok mom', false], ...ask])).toBe('notice');
    expect(levelAfter([['ma vas-tu bien?', true], ['oui merci maman', false], ...ask])).toBe('notice');
    // "are ur parents strict?" "mom works late": about the parent, to whoever asked.
    expect(levelAfter([['are ur parents strict?', true], ['mom works late', false], ...ask])).toBe('warn');
    expect(levelAfter([['พ่อแม่อยู่บ้านบ่อยมั้ย', true], ['แม่กลับดึกค่ะ', false], ...ask])).toBe('warn');
    // A Thai reply that opens with แม่ as its subject is about her; one that calls her is to her.
    expect(levelAfter([['กินข้าวยัง', true], ['แม่กลับดึกค่ะ', false], ...ask])).toBe('warn');
    expect(levelAfter([['กินข้าวยัง', true], ['แม่คะ กินแล้วค่ะ', false], ...ask])).toBe('notice');
    expect(levelAfter([['กินข้าวยัง', true], ['กินแล้วค่ะแม่', false], ...ask])).toBe('notice');
    // "scared of mom", "idk my mom": about her. "omw mom" after "where are u?": a call, whatever was asked.
    expect(levelAfter([['ออกมาเจอกันได้มั้ย', true], ['กลัวแม่', false], ...ask])).not.toBe('notice');
    expect(levelAfter([['can u come out tonight', true], ['idk my mom', false], ...ask])).not.toBe('notice');
    expect(levelAfter([['where are u? still at school?', true], ['omw mom', false], ...ask])).toBe('notice');
    // A godparent too; never the parent the teen promises not to tell, nor one sentence of a longer reply (a
    // groomer who gets "jajaja bueno está bien. hola papi" out of the teen would cap the thread).
    expect(levelAfter([['nagpadala ako ng pamasko sa gcash mo', true], ['thank you po ninang', false], ...ask])).toBe('notice');
    expect(levelAfter([['dime papi, así me gusta', true], ['jajaja bueno está bien. hola papi', false], ...ask])).toBe('warn');
    expect(levelAfter([['jangan bilang ke mama ya, nanti aku jemput di sekolah', true], ['iya ga bilang mama', false], ['aku jemput jam 3 ya, sendirian aja', true]])).toBe('urgent');
  });

  it('lets a surprise explain even a sure "keep it secret, delete this chat" when the sender says they are family, not when they never say who they are', () => {
    const secret: [string, boolean][] = [
      ['we are planning a surprise for your dad on friday', true],
      ['keep it a secret between us and delete this chat after, he checks ur phone', true],
    ];
    expect(levelAfter(secret)).toBe('warn');
    expect(levelAfter([['hey its ur brother', true], ...secret])).toBe('notice');
    // The claim does not outweigh the teen asking who they are.
    expect(levelAfter([['hey its ur brother', true], ['who is this?', false], ...secret])).toBe('warn');
  });

  it('reads a surprise for a relative the sender shares with the teen as a family plan, unless the teen asks who they are', () => {
    const plan = (surprise: string, secret: string): [string, boolean][] => [
      [surprise, true],
      [secret, true],
    ];
    // No one's possessive beside the relative: the sender's mom is the teen's.
    expect(levelAfter(plan('moms bday is saturday, we r doing a surprise thing', 'delete this chat after so she doesnt see it'))).toBe('notice');
    expect(levelAfter(plan('el domingo le hacemos fiesta sorpresa a la abuela', 'no le digas a tu mamá, borra esto'))).toBe('notice');
    expect(levelAfter(plan('minggu depan ultah mama, kita bikin surprise ya', 'jgn bilang mama ya, hapus chat ini'))).toBe('notice');
    // Someone's relative ("your mom", "mama kamu") is no shared one; nor is a surprise for the teen.
    expect(levelAfter(plan('lets do a surprise for your mom', 'dont tell her, delete this chat after'))).toBe('warn');
    expect(levelAfter(plan('lets do a surprise for your mom and dad', 'dont tell them, delete this chat after'))).toBe('warn');
    expect(levelAfter(plan('minggu depan ultah mama kamu, kita bikin surprise ya', 'jgn bilang mama kamu ya, hapus chat ini'))).toBe('warn');
    expect(levelAfter(plan('i have a surprise for you', 'dont tell ur parents, delete this chat'))).toBe('warn');
    expect(levelAfter([['moms bday is saturday, we r doing a surprise thing', true], ['who is this?', false], ['delete this chat after so she doesnt see it', true]])).toBe('warn');
  });

  it('reads a pay-for-pictures ask split over two messages', () => {
    const thread = detector.conversation();
    thread.add({ text: 'send me a pic of u', incoming: true, at: T0 });
    const verdict = thread.add({ text: 'ill pay u 50 dollars for it', incoming: true, at: T0 + MIN });
    expect(verdict.categories).toEqual(expect.arrayContaining(['photo_request', 'gift_money']));
    expect(verdict.reasons).toContainEqual({ kind: 'combination', categories: ['gift_money', 'photo_request'], pattern: 'gift_for_photo' });
  });

  it('learns the context later from the page', () => {
    const thread = detector.conversation();
    thread.add({ text: 'send me a pic', incoming: true, at: T0 });
    thread.add({ text: 'and dont tell ur parents about us', incoming: true, at: T0 + MIN });
    thread.setContext({ knownContact: true });
    expect(thread.verdict(T0 + 2 * MIN).level).toBe('notice');
  });

  it('adds to the next message only a move the two make together, never the earlier one\'s own again', () => {
    // A friend's warning about a hacked account is about login codes; the next message is not a second code ask.
    const [warning, next] = detector.read([
      { text: 'also change ur password and turn on 2 factor, the code they text u is only for u', incoming: true, at: T0 },
      { text: 'he clicked some free skins link 💀', incoming: true, at: T0 + MIN },
    ]).signals;
    expect(warning?.incoming && warning.labels).toContain('account_access');
    expect(next?.incoming && next.labels).not.toContain('account_access');
  });

  it('reads a login-code ask split over two messages', () => {
    const thread = detector.conversation();
    thread.add({ text: 'hey sorry, i was setting up my account and the verification code went to ur number by mistake', incoming: true, at: T0 });
    const verdict = thread.add({ text: 'can u send it to me here real quick', incoming: true, at: T0 + MIN });
    expect(verdict.categories).toContain('account_access');
  });
});

