import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/engine/index';
import { normalize } from '../../src/engine/normalize';
import { asksAgeBack, compileOutgoing, involvesParents, MAX_PHRASE_WORDS, namesMinorAge, opensWithAdultAge, outgoingFor, speaksOfTravel, statesAdultAge, statesAgeInAnswer, statesGrade, statesMinorAge, talksAgeGapToYou } from '../../src/engine/outgoing';
import { tokenize } from '../../src/engine/tokenize';
import { OUTGOING_WORDS } from '../../src/packs/index';

const detector = createDetector();
const cats = (text: string) => detector.scanOutgoing(text).categories;

describe('scanOutgoing', () => {
  it('finds phone numbers in digits, with separators, or spelled out', () => {
    expect(cats('text me 0917 555 0142')).toEqual(['phone_number']);
    expect(cats('my cell is (555) 010-4417')).toEqual(['phone_number']);
    expect(cats('nomor aku kosong lapan satu dua tiga empat lima enam tujuh')).toEqual(['phone_number']);
  });

  it('does not take dates, times or prices for phone numbers', () => {
    expect(cats('the exam is on 2026-03-14 at 9')).toEqual([]);
    expect(cats('it costs 25000 rupiah')).toEqual([]);
  });

  it('does not take an order, a receipt, a game room or an ID for a phone number', () => {
    const rules = createDetector({ engine: 'rules' });
    const r = (text: string) => rules.scanOutgoing(text).categories;
    expect(r('the order number is 55120943 if the shop asks')).not.toContain('phone_number');
    expect(r('id room ff aku 7730215, masuk cepet')).not.toContain('phone_number');
    expect(r('mi pedido es el 66012874, ya lo pagué')).not.toContain('phone_number');
    expect(r('call me tonight 0917 555 0142')).toContain('phone_number');
  });

  it('finds a home address', () => {
    expect(cats('i live at 12 oak street')).toEqual(['home_address']);
    expect(cats('rumahku di jalan kenanga no 7')).toEqual(['home_address']);
    expect(cats('blk 4 lot 9 purok 3')).toEqual(['home_address']);
  });

  it('does not take a refusal to give an address, a year at school or a time for an address', () => {
    const rules = createDetector({ engine: 'rules' });
    const r = (text: string) => rules.scanOutgoing(text).categories;
    expect(r('sorry i dont give my address to people i dont know')).toEqual([]);
    expect(r('je ne donne jamais mon adresse sur internet')).toEqual([]);
    expect(r('grade 7 at st anne, why')).toEqual([]);
    expect(r('the bus comes at 3:15 on main road')).toEqual([]);
    expect(r('ok im at the library')).toEqual([]);
    // The lead still counts when nothing says no to it, or the no is another clause's.
    expect(r('my address is 12 oak street, come at 5')).toEqual(['home_address']);
    expect(r('dont worry, my address is 12 oak street')).toEqual(['home_address']);
  });

  it('finds a school named together with a grade, not either alone', () => {
    expect(cats('im in 8th grade at westview middle school')).toEqual(['school_grade']);
    expect(cats('kelas 9 smpn 2')).toEqual(['school_grade']);
    expect(cats('school was boring today')).toEqual([]);
  });

  it('reads a grade the way each school system names it: a class letter, an ordinal, a year with no number, a Thai school run', () => {
    const rules = createDetector({ engine: 'rules' });
    const r = (text: string) => rules.scanOutgoing(text).categories;
    expect(r('je passe en terminale au lycée Victor Hugo')).toEqual(['school_grade']);
    expect(r('voy en tercero de secu, en la 41')).toEqual(['school_grade']);
    expect(r('aku kelas 8c di smp 3')).toEqual(['school_grade']);
    expect(r('estudo no colégio Anchieta, 2º ano')).toEqual(['school_grade']);
    expect(r('หนูอยู่ ป.5 โรงเรียนวัดใหม่')).toEqual(['school_grade']);
    expect(r('ผมเรียน ม.2 รร.วัดสุทธิ')).toEqual(['school_grade']);
    expect(r('aku tahun 4, sekolah kebangsaan depan masjid')).toEqual(['school_grade']);
    // "First" and "the 3rd time" are not years at school.
    expect(r('primero voy a la escuela y luego te llamo')).toEqual([]);
    expect(r('la 3e fois que je rate le bus devant le collège')).toEqual([]);
  });

  it('finds a one-time code or password being handed over', () => {
    expect(cats('the code is 551903')).toEqual(['secret_code']);
    expect(cats('551903')).toEqual(['secret_code']);
    expect(cats('ok my password is bluefish7')).toEqual(['secret_code']);
    expect(cats('i forgot my password again')).toEqual([]);
  });

  it('reads a code written in groups, but not the code of a quiz or a game room, nor one the teen refuses to give', () => {
    const rules = createDetector({ engine: 'rules' });
    const r = (text: string) => rules.scanOutgoing(text).categories;
    expect(r('ok the code is 048 217')).toContain('secret_code');
    expect(r('kode nya 55 10 93 cepet')).toContain('secret_code');
    expect(r('kahoot pin 884 211 join now')).not.toContain('secret_code');
    expect(r('room code 5521 hurry up')).not.toContain('secret_code');
    expect(r('je ne donne jamais mon mot de passe 1234')).not.toContain('secret_code');
    expect(r('no te preocupes, el codigo es 551 903')).toContain('secret_code');
  });

  it('reads a code word with a suffix or a particle (kodenya, kod dia) and a Thai code word in the run before the code', () => {
    const rules = createDetector({ engine: 'rules' });
    const r = (text: string) => rules.scanOutgoing(text).categories;
    expect(r('udah masuk, kodenya 390 517')).toContain('secret_code');
    expect(r('passwordnya: kucing123')).toContain('secret_code');
    expect(r('ni kod dia 624 118')).toContain('secret_code');
    expect(r('la clave es 551903')).toContain('secret_code');
    expect(r('รหัสคือ 551903')).toContain('secret_code');
    expect(r('นี่รหัส 551903 นะ')).toContain('secret_code');
    // Written onto the code word's run, or against the number.
    expect(r('รหัสยืนยันไลน์ 228 901 เอาไปเลย')).toContain('secret_code');
    expect(r('โอเครหัสเอทีเอ็มเค้าคือ5521อย่าบอกใครนะ')).toContain('secret_code');
    expect(r('เบอร์เค้า0812345678โทรมาได้นะ')).toContain('phone_number');
    // โค้ด is mostly a shop's promo code in Thai chat: not a code word.
    expect(r('ใช้โค้ด SHOPEE100 ลดไป 100 บาท')).not.toContain('secret_code');
    // Not a code being given: refused in the same run, or a game room's.
    expect(r('ไม่ให้รหัส 551903')).not.toContain('secret_code');
    expect(r('ห้องเกม รหัส 4921 เข้าได้แปดคน')).not.toContain('secret_code');
  });

  it('finds the code a few words after its code word in the same clause, but not past a sentence, nor a locker\'s', () => {
    const rules = createDetector({ engine: 'rules' });
    const r = (text: string) => rules.scanOutgoing(text).categories;
    expect(r('le code à 6 chiffres c est 120 956 ok')).toContain('secret_code');
    expect(r('kod 6 digit dari google tadi 552 907')).toContain('secret_code');
    expect(r('the code that just came is 1 0 4 7 7 3')).toContain('secret_code');
    expect(r('udah masuk kak, kodenya... 482 196')).toContain('secret_code');
    expect(r('i changed my password. bus 1045 leaves soon')).not.toContain('secret_code');
    expect(r('i changed my password? bus 1045 leaves soon')).not.toContain('secret_code');
    expect(r('pw banget rebahan, jam 1300 baru bangun')).not.toContain('secret_code');
    expect(r('kode pos rumahku 40115')).not.toContain('secret_code');
    expect(r('kod subjek sejarah 1249 kan')).not.toContain('secret_code');
    expect(r('the code expires in 10 minutes')).not.toContain('secret_code');
    expect(r('le code du casier c est 0412')).not.toContain('secret_code');
    expect(r('pin padlock basikal aku 0707')).not.toContain('secret_code');
    expect(r('the code for the lobby is 5521')).not.toContain('secret_code');
  });

  it('finds the teen saying they will be alone', () => {
    expect(cats('ok my parents are out, ill be home alone')).toContain('meet_alone');
    expect(cats('iya aku sendirian kok')).toContain('meet_alone');
    expect(cats('ok my parents are out, ill be home alone')).not.toContain('phone_number');
  });

  it('finds the teen saying they will sneak out or that no one will be there, in the pack languages', () => {
    const rules = createDetector({ engine: 'rules' });
    for (const text of ['ok i can sneak out after they sleep', 'dale, me escapo a las 10', 'sábado mis papás no están, ven', 'beleza, saio escondida depois da janta', 'ce soir je fais le mur', 'oke aku kabur dari rumah jam 9', 'mak ayah tak ada malam ni, datang la', 'sige tatakas ako mamaya', 'คืนนี้หนูแอบออกไปได้']) {
      expect(rules.scanOutgoing(text).categories, text).toContain('meet_alone');
    }
  });

  it('hears being alone and agreeing to meet inside a Thai run, but not after a "not" in it', () => {
    const rules = createDetector({ engine: 'rules' });
    expect(rules.scanOutgoing('คืนนี้หนูอยู่คนเดียว').categories).toContain('meet_alone');
    expect(rules.scanOutgoing('แม่ไม่อยู่ มาได้เลย').categories).toContain('meet_alone');
    expect(rules.scanOutgoing('หนูไม่ได้อยู่คนเดียวนะ').categories).not.toContain('meet_alone');
    const reply = (text: string) => rules.read([{ text: 'เจอกันไหม', incoming: true }, { text, incoming: false }]).signals[1];
    expect(reply('โอเค เจอกันที่สยาม')).toMatchObject({ agreesToMeet: true });
    expect(reply('ไม่เจอกันดีกว่า')).toMatchObject({ agreesToMeet: false });
    expect(reply('เจอกันไม่ได้นะ แม่ไม่ให้ไป')).toMatchObject({ agreesToMeet: false });
    expect(reply('ไปหาหมอก่อนนะ')).toMatchObject({ agreesToMeet: false });
  });

  it('notices agreeing to send a photo, to move apps, or offering pictures for money (the model)', () => {
    expect(cats('ok fine ill send u the pic tonight when my mom is asleep')).toContain('send_photo');
    expect(cats('sure add me there, my snap is luna.draws')).toContain('move_app');
    expect(cats('i can send pics if u send me 1000 robux first')).toContain('sell_photos');
  });

  it('hears a picture the teen asks to keep private (the rules), but not schoolwork, a birthday or a plain "don\'t tell anyone"', () => {
    const rules = createDetector({ engine: 'rules' });
    const r = (text: string) => rules.scanOutgoing(text).categories;
    expect(r('taking a selfie now, for ur eyes only')).toContain('send_photo');
    expect(r('ya te mandé el video, no se lo enseñes a nadie')).toContain('send_photo');
    expect(r('udah aku kirim fotonya, jangan disebar')).toContain('send_photo');
    expect(r('ส่งรูปไปแล้ว ห้ามให้ใครดูนะ')).toContain('send_photo');
    expect(r('dont tell anyone about my crush ok')).not.toContain('send_photo');
    expect(r('heres a pic of the notes, dont share it with the class')).not.toContain('send_photo');
    expect(r('te mando el video de tu cumple, no lo compartas todavía que es sorpresa')).not.toContain('send_photo');
    // A link, a password or a playlist is no picture; a refusal is no agreement.
    expect(r('sent u my netflix password, dont share it lol')).not.toContain('send_photo');
    expect(r('ส่งลิงก์ให้แล้ว อย่าแชร์นะ')).not.toContain('send_photo');
    expect(r('no im not sending any pics, and dont screenshot this')).not.toContain('send_photo');
    expect(r('no voy a mandar fotos, y no hagas captura de esto')).not.toContain('send_photo');
    expect(r('dont show anyone this pic ok')).toContain('send_photo');
    // "no makeup pic" describes the picture; a refused picture beside another one refuses only itself.
    expect(r('no makeup pic, for ur eyes only')).toContain('send_photo');
    expect(r('i wont send a face pic but heres a mirror pic, dont show anyone')).toContain('send_photo');
  });

  it('reads every phrase of the word lists it matches word by word (none longer than it looks ahead)', () => {
    const byWords = ['streetWords', 'addressLead', 'schoolWords', 'gradeLead', 'gradeTail', 'gradeNames', 'negations', 'notAge', 'ageMarkers', 'numberLabels', 'sharedCodes', 'codeWords', 'aloneMarkers', 'agreeToMeet', 'meetCompanions', 'privateShare', 'photoWords', 'privateShareNot'] as const;
    const tooLong = Object.entries(OUTGOING_WORDS).flatMap(([lang, words]) =>
      byWords.flatMap((kind) => words[kind].filter((w) => tokenize(normalize(w).text).length > MAX_PHRASE_WORDS).map((w) => `${lang}.${kind}: ${w}`)),
    );
    expect(tooLong).toEqual([]);
  });

  it('lets short replies through to the rules only', () => {
    for (const text of ['ok', '14', 'sent', 'ok ma', 'haha same']) expect(cats(text), text).toEqual([]);
  });

  it('reports offsets into the original text and an excerpt', () => {
    const text = 'call me: 0812-3456-7890 ok';
    const f = detector.scanOutgoing(text).findings[0]!;
    expect(text.slice(f.start, f.end)).toBe(f.excerpt);
    expect(f.excerpt).toBe('0812-3456-7890');
  });

  it('leaves ordinary replies alone', () => {
    for (const text of ['lol ok', 'see u at practice', 'what time is the movie', 'i got 95 on the test']) expect(cats(text)).toEqual([]);
  });
});

describe('statesMinorAge (the tracker asks it of each reply)', () => {
  const compiled = compileOutgoing(outgoingFor(OUTGOING_WORDS));
  const says = (text: string) => statesMinorAge(compiled, tokenize(normalize(text).text));

  it('hears the teen give an age under 18 in a short reply, in the ways teens write it', () => {
    for (const text of ['16', '14!', 'im 15', 'saya baru 16 kak', '16 pa lang po ako', '16 ans', 'tengo 15 años', '15 ค่ะ', 'tp aku masih 16 kak', '16, pode?']) {
      expect(says(text), text).toBe(true);
    }
  });

  it('hears an age in a longer message when an age word stands beside the number', () => {
    for (const text of ['wah lumayan gajinya. tapi aku masih 16 kak, boleh?', '16 pa lang po ako ok lang po ba yun', 'sounds cool but i am 15 is that ok', 'mmm no sé, apenas tengo 14 y mi mamá no me deja', "c'est loin et j'ai que 15 ans", 'พี่คะหนูอายุ 15 เองทำได้ไหมคะ', 'saya masih 15 tahun kak', 'umur saya 14 tahun kak, boleh kerja ga ya', 'omg yes but im 15 year old is that a problem']) {
      expect(says(text), text).toBe(true);
    }
  });

  it('does not take a number in a longer message for an age without an age word beside it, nor a duration or a count', () => {
    for (const text of ['wah lumayan gajinya, aku kerja 16 jam seminggu di toko', 'im 15 minutes away, save me a seat', 'sounds cool, we have 15 people coming on saturday', 'tengo 14 tareas para mañana y no he empezado', 'my dad has worked there for 15 years and loves it', 'mi papá trabaja ahí desde hace 15 años', 'ça fait 12 ans que je joue du piano', 'grabe 15 pa lang yung nag reply sa gc natin', 'the game says age 12 and up so its fine', 'ok so im 16 levels ahead of you lol', 'udah selama 12 tahun aku les piano']) {
      expect(says(text), text).toBe(false);
    }
  });

  it('does not take a time, an amount, a count, a grade, an adult age or a long message for one', () => {
    for (const text of ['at 16', '16 min', 'jam 15', 'a las 16', '15 de mayo', 'grade 10', 'kelas 12', '16 bucks', 'about 12 people', '19', '25 lol', '8', 'its 16:30', 'we need 12 more chairs for the hall tomorrow before the assembly starts']) {
      expect(says(text), text).toBe(false);
    }
  });
});

describe('statesAdultAge (the tracker asks it of each incoming message)', () => {
  const compiled = compileOutgoing(outgoingFor(OUTGOING_WORDS));
  const says = (text: string) => statesAdultAge(compiled, tokenize(normalize(text).text), normalize(text).text);

  it('hears a sender give their own adult age: with an age word, or as the reply itself', () => {
    for (const text of ['im 24 lol', '18 kkk. tu estuda onde?', "les gens comprendraient pas, j'ai 21 ans", 'พี่ 22 แล้ว', 'umur aku 25 tahun', '19']) {
      expect(says(text), text).toBe(true);
    }
  });

  it('hears it in one clause of a longer message, after a first-person lead', () => {
    for (const text of ['ur so mature for 14 honestly. im 23, i produce a bit', 'sério? bem maduro pra 13. eu tenho 19 anos kkk mas n ligo pra idade', 'masih kecil ya tp kamu dewasa bgt. kakak 25 thn', 'masih kecil ya tp kamu dewasa bgt ngobrolnya. aku 22 hehe', 'wag mo na ako i-po hahaha 22 lang ako. ikaw ilang taon ka na?']) {
      expect(says(text), text).toBe(true);
    }
  });

  it('does not take a time, an amount or a count in a longer message for an age, nor a bare number there', () => {
    for (const text of ['my brother is 19 and im 23 minutes away', 'im 20 mins late sorry, traffic', 'tengo 25 pesos nomas, te pago mañana', 'aku 20 menit lagi sampe, tunggu ya', 'ok so how much? 25? i can do 20', 'ang kapatid ko 19 na, ako 14 lang', 'sa 20 na ako uuwi']) {
      expect(says(text), text).toBe(false);
    }
    // A count, a score or a mark after a first-person lead; a possessive, not a lead ("kakak aku" is my sibling).
    for (const text of ['lol im 19 wins away from champ, can u hop on discord later?', 'im 21 and 0 this season', "t'as eu combien ? moi j'ai 18, trop contente !", 'minha irmã tem 19 e eu tenho 21 kkk', 'kakak aku 20 tahun, dia kerja di jakarta', 'ayah saya 45 tahun tau', 'aku 25, kurang 5 lagi buat naik rank', 'tenho 20 kkkk faltam 10 pra liberar a skin']) {
      expect(says(text), text).toBe(false);
    }
  });

  it('does not take someone else\'s age, a minor\'s, a count or a time for the sender\'s', () => {
    for (const text of ['my brother is 19', 'im 15', 'we need 20 people for the game', 'im 25 minutes away', 'i was 18 when i started working there', 'tengo 30 tareas', 'my sister is 19 years old', 'ma soeur 19 ans', 'แม่อายุ 45 แล้ว', 'im turning 18 next week!!', '18 tickets left', 'im 50 feet from the gate', 'aku tinggal disini udah 20 tahun']) {
      expect(says(text), text).toBe(false);
    }
  });

  it('reads "13 e vc?" as the teen\'s age, the question sent back', () => {
    expect(statesMinorAge(compiled, tokenize(normalize('13 e vc?').text))).toBe(true);
    expect(statesMinorAge(compiled, tokenize(normalize('14 and u').text))).toBe(true);
  });
});

describe('the ages the tracker reads beside the teen\'s own', () => {
  const compiled = compileOutgoing(outgoingFor(OUTGOING_WORDS));
  const read = (text: string) => [tokenize(normalize(text).text), normalize(text).text] as const;

  it('hears a sender name the teen\'s age as under 18, in a clause or right after age-gap talk', () => {
    for (const text of ['se que tienes 14 pero platicas como alguien de 20', 'ur only 15 lol', 'ur so mature for 14', 'kamu masih 14 tahun kan', '14 ka pa lang pala', "tu n'as que 14 ans ?", 'vc só tem 13? nem parece']) {
      expect(namesMinorAge(compiled, ...read(text)), text).toBe(true);
    }
  });

  it('does not take a count, a time, a rank or a sibling\'s age for the teen\'s', () => {
    for (const text of ['ur 14 mins late', 'tienes 14 mensajes sin leer', 'adik kamu 14 tahun ya?', 'so mature for your age', 'tu as 15 minutes pour rendre le devoir', 'kamu 15 menit lagi sampe?', 'ur 13th in the ranking', 'you are 12 points behind', 'ur 16 and still cant ride a bike lol', 'tienes 12 y yo 9 puntos', 'es muy madura para 12 años esa peli', 'ur only 15 mins away']) {
      expect(namesMinorAge(compiled, ...read(text)), text).toBe(false);
    }
  });

  it('hears a school grade in a short reply, not a university year or a grade in a longer message', () => {
    for (const text of ['kelas 8', 'grade 9', '8th grade', 'form 2', 'kelas 8 kak', 'tingkatan 3']) expect(statesGrade(compiled, read(text)[0]), text).toBe(true);
    for (const text of ['year 2', 'im in year 10', 'the grade 9 trip is friday lol what do you think about it', 'kelas berapa?']) expect(statesGrade(compiled, read(text)[0]), text).toBe(false);
  });

  it('hears the teen ask the age back, and the sender\'s answer open with it', () => {
    for (const text of ['13 e vc', '15 wbu', '14 and u?', 'y tu?']) expect(asksAgeBack(read(text)[0]), text).toBe(true);
    expect(asksAgeBack(read('13')[0])).toBe(false);
    // A short reply with the age that ends on "you", a polite particle after it or not.
    for (const text of ['15 kuya ikaw', '14 ikaw po?', '13 kamu', '15, vc?', '14 po, kayo po?', '14 ans et vous ?', 'im 14 how old r u']) expect(asksAgeBack(read(text)[0]), text).toBe(true);
    for (const text of ['love u', 'i got 15 kills in the last round how about you', '15 mins till i see u']) expect(asksAgeBack(read(text)[0]), text).toBe(false);
    for (const text of ['20 mas sou de boa kkk. vc é mt madura pra 13', '19 lol', '24. u?', '25 anos', '18']) expect(opensWithAdultAge(compiled, ...read(text)), text).toBe(true);
    for (const text of ['20 mins away', '20 people are coming', 'im 24', '15 lol']) expect(opensWithAdultAge(compiled, ...read(text)), text).toBe(false);
  });

  it('reads a clause carried on after an age as the age, but a record as a count', () => {
    expect(statesAdultAge(compiled, ...read('claro que entiendo. yo tengo 24 y contigo me siento bien'))).toBe(true);
    expect(statesAdultAge(compiled, ...read('ah ok yo tengo 24 pero la edad es solo un numero jaja'))).toBe(true);
    expect(statesAdultAge(compiled, ...read('lol im 21 and 0 this season'))).toBe(false);
  });

  it('hears an adult number beside a first-person word as an age given in answer (the tracker asks only then), not a count', () => {
    const answer = (text: string) => statesAgeInAnswer(compiled, read(text)[0]);
    for (const text of ['ahh ok. yo 31 pero me siento de tu edad', 'e eu 27 kkk', "moi j'ai 25 ans", 'masih kecil ya 🙂 aku 29, tapi santai aja', 'ako naman 25 haha', '25 na ako', 'im 24 btw']) {
      expect(answer(text), text).toBe(true);
    }
    // Not on its own: the same words after "how many kills?" are a count, so statesAdultAge does not read them.
    for (const text of ['e eu 27 kkk', 'ako naman 25 haha', 'im 24 btw']) expect(statesAdultAge(compiled, ...read(text)), text).toBe(false);
    // A count word beside the number, no first-person word, or a child's number, is no age.
    for (const text of ['yo 20 minutos y llego', 'moi 25 points', 'kata dia aku 25 menit lagi', 'dia 25 kok', 'yo 14 jaja']) expect(answer(text), text).toBe(false);
  });
});

describe('what the tracker reads of a job offer and of age-gap talk', () => {
  const compiled = compileOutgoing(outgoingFor(OUTGOING_WORDS));
  const read = (text: string) => [tokenize(normalize(text).text), normalize(text).text] as const;

  it('hears age-gap talk said at the teen, not of the sender or of a film', () => {
    for (const text of ['ur so mature for 14 honestly', 'eres muy madura para tu edad', 'bem maduro pra 13', 'tu es trop mature pour ton âge', 'kamu dewasa bgt buat umur segitu']) {
      expect(talksAgeGapToYou(compiled, read(text)[0]), text).toBe(true);
    }
    for (const text of ['im 52 and just ran my first 10k, age is just a number', 'esa peli es muy madura para 12 años', 'the banana is way more mature than the other one']) {
      expect(talksAgeGapToYou(compiled, read(text)[0]), text).toBe(false);
    }
  });

  it('hears a job taken abroad, or its travel or housing paid, in other words too', () => {
    for (const text of ['lowongan admin online di kamboja', 'vuelo y apartamento pagado', 'tiket & mess ditanggung', 'flight and hotel are covered', 'งานแอดมินที่ต่างประเทศ มีที่พักให้ฟรี', 'trabalho no exterior, passagem paga']) {
      expect(speaksOfTravel(compiled, read(text)[0]), text).toBe(true);
    }
    for (const text of ['save up for the school trip abroad', 'bring your passport or ID for the contract', 'we make the dubai chocolate bars', 'nunca tinha visto isso', 'free coffee for staff, near the hotel bus stop on 5th street']) {
      expect(speaksOfTravel(compiled, read(text)[0]), text).toBe(false);
    }
  });

  it('hears the parents brought in, not when the sender says there is no need', () => {
    for (const text of ['you need a parent to sign the consent form', 'kena ada surat kebenaran ibu bapa', 'pede a autorização dos pais']) expect(involvesParents(compiled, ...read(text)), text).toBe(true);
    // Negated, or only a claim that the parents know (a trafficker says that too).
    for (const text of ['no need to ask your parents, we handle everything', 'gak usah izin ortu', 'já combinei com sua mãe', 'your mom said its ok']) expect(involvesParents(compiled, ...read(text)), text).toBe(false);
  });
});
