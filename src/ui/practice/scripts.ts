/**
 * The practice chat: one stranger running the grooming playbook step by step
 * (flattery, questions about age and school, "don't tell", "add me on
 * another app", a gift, a photo request, asking again after a no, a meeting,
 * a stolen-code trick, then a threat), in each of the eight languages.
 * Written for this page, in our own words; not taken from any evaluation
 * set. Kept classroom-safe: nothing explicit.
 *
 * 'draft' lines are typed into the compose box but never sent: they show the
 * pause-before-send nudge, and the next 'you' line is what the teen sends
 * instead.
 */
import type { Language } from '../../shared/categories';

export interface PracticeLine {
  from: 'stranger' | 'you' | 'draft';
  text: string;
}

export interface PracticeScript {
  /** The stranger's display name in this language's chat. */
  stranger: string;
  lines: PracticeLine[];
}

const s = (text: string): PracticeLine => ({ from: 'stranger', text });
const y = (text: string): PracticeLine => ({ from: 'you', text });
const d = (text: string): PracticeLine => ({ from: 'draft', text });

/** Language names in their own language, for the picker. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  id: 'Bahasa Indonesia',
  es: 'Español',
  pt: 'Português (Brasil)',
  tl: 'Filipino',
  fr: 'Français',
  ms: 'Bahasa Melayu',
  th: 'ไทย',
};

export const PRACTICE_SCRIPTS: Record<Language, PracticeScript> = {
  en: {
    stranger: 'jay.sketches',
    lines: [
      s('hey! I saw your drawings on the art page, they are honestly amazing'),
      y('omg thank you!!'),
      s('you seem really mature for your age. how old are you? what school do you go to?'),
      y("I'm 14, why?"),
      s("just curious haha. don't tell your parents we talk ok? they wouldn't get it. this is just between us"),
      s("add me on snapchat, it's more private there"),
      d('ok my number is (202) 555-0148'),
      y("I'd rather stay here"),
      s("I'll send you a $50 gift card for your game if you want"),
      s('send me a pic of you first, just for me'),
      y('no'),
      s('come on, just one photo. nobody will ever know'),
      s("let's meet on saturday, I can pick you up from school. come alone"),
      s('a code just went to your phone by mistake, send it to me quick'),
      s("if you don't pay me I will send our chat and your pics to all your friends"),
    ],
  },
  id: {
    stranger: 'dimas.gambar',
    lines: [
      s('hai! aku lihat gambar-gambarmu di grup seni, keren banget sumpah'),
      y('wah makasih!!'),
      s('kamu kelihatan dewasa banget buat umurmu. umur berapa sih? sekolah di mana?'),
      y('14, kenapa?'),
      s('cuma penasaran hehe. jangan bilang ortu kamu ya kita ngobrol, mereka nggak bakal ngerti. ini rahasia kita berdua aja'),
      s('pindah ke telegram yuk, di sana lebih privat'),
      d('oke nomor aku 0812 3456 7890'),
      y('aku di sini aja deh'),
      s('aku kirimin kamu voucher game 100 ribu kalau kamu mau'),
      s('kirim foto kamu dulu dong, buat aku aja'),
      y('nggak mau'),
      s('ayolah, satu foto aja. nggak bakal ada yang tahu'),
      s('ketemuan yuk hari sabtu, aku jemput di sekolah. datang sendiri ya'),
      s('ada kode OTP nyasar ke HP kamu, kirim ke aku cepet'),
      s('kalau kamu nggak bayar, chat kita sama foto kamu aku sebar ke semua temanmu'),
    ],
  },
  es: {
    stranger: 'leo.dibuja',
    lines: [
      s('¡hola! vi tus dibujos en la página de arte, de verdad son increíbles'),
      y('¡ay, gracias!'),
      s('pareces muy madura para tu edad. ¿cuántos años tienes? ¿a qué colegio vas?'),
      y('14, ¿por qué?'),
      s('por curiosidad jaja. no le digas a tus padres que hablamos, ¿vale? no lo entenderían. esto queda entre nosotros'),
      s('agrégame en snapchat, ahí es más privado'),
      d('vale, mi número es 612 345 678'),
      y('prefiero seguir aquí'),
      s('te puedo mandar una tarjeta regalo de 50 euros para tu juego si quieres'),
      s('mándame una foto tuya primero, solo para mí'),
      y('no'),
      s('venga, solo una foto. nadie se va a enterar'),
      s('quedamos el sábado, te recojo en el colegio. ven sola'),
      s('te acaba de llegar un código al móvil por error, pásamelo rápido'),
      s('si no me pagas, les mando nuestro chat y tus fotos a todos tus amigos'),
    ],
  },
  pt: {
    stranger: 'rafa.desenhos',
    lines: [
      s('oi! vi seus desenhos na página de arte, sério, são incríveis'),
      y('aaa obrigada!!'),
      s('você parece bem madura pra sua idade. quantos anos você tem? estuda em qual escola?'),
      y('14, por quê?'),
      s('só curiosidade kkk. não conta pros seus pais que a gente conversa, tá? eles não iam entender. isso fica só entre nós'),
      s('me chama no telegram, lá é mais privado'),
      d('tá, meu número é 11 91234 5678'),
      y('prefiro continuar aqui'),
      s('posso te mandar um vale-presente de 50 reais pro seu jogo se quiser'),
      s('manda uma foto sua primeiro, só pra mim'),
      y('não'),
      s('ah vai, só uma foto. ninguém vai saber'),
      s('vamos nos encontrar no sábado, eu te busco na escola. vem sozinha'),
      s('chegou um código no seu celular por engano, me manda rápido'),
      s('se você não me pagar, eu mando nossa conversa e suas fotos pra todos os seus amigos'),
    ],
  },
  tl: {
    stranger: 'migo.drawings',
    lines: [
      s('hi! nakita ko yung mga drawing mo sa art page, ang galing talaga'),
      y('uy salamat!!'),
      s('ang mature mo para sa edad mo. ilang taon ka na? saang school ka nag-aaral?'),
      y('14, bakit?'),
      s('curious lang hehe. wag mong sabihin sa parents mo na nag-uusap tayo ha, hindi nila maiintindihan. sa ating dalawa lang to'),
      s('add mo ako sa telegram, mas private dun'),
      d('sige number ko 0917 123 4567'),
      y('dito na lang tayo'),
      s('padadalhan kita ng 500 pesos na gift card para sa game mo kung gusto mo'),
      s('send ka muna ng pic mo, para sakin lang'),
      y('ayoko'),
      s('sige na, isang picture lang. walang makakaalam'),
      s('magkita tayo sa sabado, susunduin kita sa school. pumunta kang mag-isa'),
      s('may code na napadala sa phone mo by mistake, send mo sakin dali'),
      s('pag hindi ka nagbayad, ikakalat ko yung chat natin at mga pic mo sa lahat ng friends mo'),
    ],
  },
  fr: {
    stranger: 'theo.dessins',
    lines: [
      s('salut ! j’ai vu tes dessins sur la page d’art, ils sont vraiment incroyables'),
      y('oh merci !!'),
      s('tu as l’air très mature pour ton âge. tu as quel âge ? tu vas dans quel collège ?'),
      y('14 ans, pourquoi ?'),
      s('juste curieux haha. dis pas à tes parents qu’on se parle ok ? ils comprendraient pas. ça reste entre nous'),
      s('ajoute-moi sur snapchat, c’est plus privé là-bas'),
      d('ok mon numéro c’est 06 12 34 56 78'),
      y('je préfère rester ici'),
      s('je peux t’envoyer une carte cadeau de 50 euros pour ton jeu si tu veux'),
      s('envoie-moi une photo de toi d’abord, juste pour moi'),
      y('non'),
      s('allez, juste une photo. personne ne saura'),
      s('on se voit samedi, je viens te chercher au collège. viens seule'),
      s('un code vient d’arriver sur ton téléphone par erreur, envoie-le-moi vite'),
      s('si tu me paies pas, j’envoie notre conversation et tes photos à tous tes amis'),
    ],
  },
  ms: {
    stranger: 'aiman.lukis',
    lines: [
      s('hai! saya nampak lukisan awak dekat page seni, memang hebat sangat'),
      y('eh terima kasih!!'),
      s('awak nampak matang sangat untuk umur awak. umur berapa? sekolah mana?'),
      y('14, kenapa?'),
      s('saja nak tahu hehe. jangan bagitahu mak ayah awak kita berbual tau, diorang tak faham. ini rahsia kita berdua je'),
      s('jom sembang dekat telegram, lagi privasi'),
      d('ok nombor saya 012 345 6789'),
      y('saya nak sembang sini je'),
      s('saya boleh bagi kad hadiah RM50 untuk game awak kalau nak'),
      s('hantar gambar awak dulu, untuk saya je'),
      y('tak nak'),
      s('alaa, satu gambar je. takde siapa tahu'),
      s('jom jumpa hari sabtu, saya ambil awak dekat sekolah. datang sorang-sorang'),
      s('ada kod tersalah hantar ke telefon awak, hantar kat saya cepat'),
      s('kalau awak tak bayar, saya sebar chat kita dan gambar awak kat semua kawan awak'),
    ],
  },
  th: {
    stranger: 'ton.drawing',
    lines: [
      s('หวัดดี! เห็นรูปวาดของเธอในเพจศิลปะ สวยมากจริง ๆ'),
      y('ขอบคุณนะ!!'),
      s('เธอดูเป็นผู้ใหญ่กว่าอายุมากเลย อายุเท่าไหร่เหรอ เรียนโรงเรียนไหน'),
      y('14 ทำไมเหรอ'),
      s('แค่อยากรู้เฉย ๆ อย่าบอกพ่อแม่นะว่าเราคุยกัน เขาไม่เข้าใจหรอก เรื่องนี้รู้กันแค่เราสองคน'),
      s('แอดไลน์มาคุยกันดีกว่า เป็นส่วนตัวกว่า'),
      d('ได้ เบอร์เราคือ 081 234 5678'),
      y('คุยตรงนี้ดีกว่า'),
      s('เดี๋ยวส่งบัตรของขวัญเติมเกม 500 บาทให้นะ ถ้าอยากได้'),
      s('ส่งรูปเธอมาก่อนสิ ให้เราดูคนเดียว'),
      y('ไม่เอา'),
      s('น่า ขอรูปเดียวเอง ไม่มีใครรู้หรอก'),
      s('วันเสาร์เจอกันไหม เดี๋ยวไปรับที่โรงเรียน มาคนเดียวนะ'),
      s('มีรหัส OTP ส่งไปที่มือถือเธอผิด ส่งมาให้หน่อยเร็ว'),
      s('ถ้าไม่จ่ายเงิน เราจะส่งแชตกับรูปของเธอให้เพื่อนเธอทุกคนดู'),
    ],
  },
};
