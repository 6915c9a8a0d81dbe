/**
 * Words for the teen's OWN messages (scanOutgoing): what gives away where
 * they live or study, codes they are about to hand over, and agreeing to
 * meet alone. Data only, one set of lists per pack language, so that the
 * guardian's choice of languages chooses these lists as it chooses the
 * packs (src/engine/outgoing.ts merges the chosen ones; all of them when
 * none is chosen). Taglish and Manglish lists carry the English words those
 * teens write. Terms are normalised like messages.
 */
import type { Language } from '../shared/categories';

export interface OutgoingLexicon {
  /** Words that follow a house number in a street address. */
  streetWords: readonly string[];
  /** Phrases that introduce the teen's own address. */
  addressLead: readonly string[];
  /** Words that name a school. */
  schoolWords: readonly string[];
  /** Words that come right before a grade or year number. */
  gradeLead: readonly string[];
  /** Words that come right after a grade number ("8th grade"). */
  gradeTail: readonly string[];
  /**
   * Names of a school year that need no number beside them, from the
   * language's school systems ("terminale", "cm2", "tercero"). Said with a
   * school word they give the school away as "grade 8" does.
   */
  gradeNames: readonly string[];
  /**
   * Words that say no to what follows ("i don't give out my address", "je
   * te donne pas mon adresse"): an address lead or a code word a few words
   * after one, in the same clause, is a refusal. The languages' lists are
   * merged, so none may be an ordinary word of another language (Tagalog
   * "di" is Indonesian "at", Spanish "ni" a Tagalog article).
   */
  negations: readonly string[];
  /**
   * Words that name a number that is not a phone number: an order, a
   * receipt, a game room or an account ID ("kahoot pin 882 1035", "pedido
   * 44871203"). A digit run a few words after one (or after a code word) is
   * that number.
   */
  numberLabels: readonly string[];
  /**
   * Things whose code is shared to be used: a quiz, a game room, a lobby
   * ("kahoot pin 882 1035", "room code 5521"). Their code is no secret.
   */
  sharedCodes: readonly string[];
  /** Words for a secret code or password, before the code itself. */
  codeWords: readonly string[];
  /** Phrases saying the teen will be alone or unwatched. */
  aloneMarkers: readonly string[];
  /** Phrases agreeing to meet. */
  agreeToMeet: readonly string[];
  /**
   * Someone the teen says they are bringing or coming with, in the same reply ("je viens avec mon père",
   * "ok see u there, my mom's driving me", "kasama ko si mama"): agreeing to meet, but not alone. Said
   * by the teen in the first person, so "mom is out with my dad" is not one; the tracker also ignores one
   * that is negated ("not bringing my friend"), part of a story told to a parent ("ill tell my mom im with
   * my friends") or beside a word of being alone ("just me").
   */
  meetCompanions: readonly string[];
  /** The teen saying no (a later repeat of the same ask is compliance testing). */
  refusals: readonly string[];
  /**
   * The teen says they will ask or tell a parent or another adult first ("I
   * should ask my mom", "aku tanya kakak dulu"): a soft no, read as a refusal,
   * so the same ask coming back is compliance testing (GROOMING.md 3.5).
   */
  askAdult: readonly string[];
  /**
   * The teen asking who the sender is, or saying they do not know them: the
   * sender is a stranger (the strongest single risk factor, GROOMING.md 2).
   */
  strangerReplies: readonly string[];
  /**
   * Words a teen uses to address a parent or grandparent in a reply ("ok
   * mom", "siap ma"): the sender is family. Only words nobody uses for a
   * stranger (not "bro", "sir", "kuya" or "kak", which teens say to anyone).
   */
  familyAddress: readonly string[];
  /** Words before a kin word that make it someone's ("idk my mom", "mi mamá"): about them, not to them. */
  familyPossessives: readonly string[];
  /**
   * Thai: particles right after a kin word that make it a call ("แม่คะ", "พ่อครับ"), and polite particles
   * right before one that ends a reply ("ได้จ้าแม่", "ค่ะแม่"). Thai runs have no spaces, so a kin word
   * alone at either end may be the subject ("แม่กลับดึก") or an object ("กลัวแม่").
   */
  familyCallAfter: readonly string[];
  familyCallBefore: readonly string[];
  /**
   * Phrases in a message the teen RECEIVES by which the sender names
   * themselves as the teen's relative, teacher or coach ("it's mom", "love,
   * aunty", "c'est ton prof"), or calls the teen by a kin word only family
   * uses ("hey cousin", "nak", "หลานรัก"). A weaker sign than the teen's own
   * "ok mom" (a stranger can claim it), so it only lowers a level one step,
   * as a group chat does, and never when the sender asks for secrecy or a
   * move elsewhere. Not words said to anyone ("bro", "dear", "kak", "om",
   * "uncle"/"aunty" as respect for any older person, "ลุง", "ป้า" alone),
   * and not a relative named as a third person ("your aunt", "tu primo").
   */
  kinSender: readonly string[];
  /**
   * The word "surprise" and its kin (a surprise party, secret Santa) in
   * either side's message: a thread that speaks of one explains a request to
   * keep quiet, the most common harmless secrecy there is (WRITING.md).
   */
  surpriseWords: readonly string[];
  /**
   * What a family calls its own relatives, said with no one's possessive beside it ("moms bday", "fiesta
   * sorpresa a la abuela", "ultah mama"): in a message about a surprise, the sender shares the relative
   * with the teen, so the surprise is a family's, and it explains even "don't tell mom" (a stranger's
   * surprise is for the teen: "I have a surprise for you, don't tell your parents"). Not words that are
   * also pet names ("daddy", "mami", "papi" in Spanish). Thai marks no possessive, so it has none.
   */
  sharedKin: readonly string[];
  /** Words right before a relative that make them someone's ("my mom", "tu abuela", "une maman"). */
  kinOwnersBefore: readonly string[];
  /** Words right after a relative that make them someone's ("mama kamu", "lola mo", "la mère de Léa"). */
  kinOwnersAfter: readonly string[];
  /**
   * Verbs of telling: a relative a few words after one is the one kept in the dark ("dont tell mom", "no le
   * digas a la abuela"), not the one the surprise is for.
   */
  tellWords: readonly string[];
  /**
   * A message the teen RECEIVES that warns them against a scam: a negated
   * "send", "give", "pay" or "click" ("DONT send it", "jangan kasih
   * kodenya", "wag magbayad"), one naming scammers, or a service's notice
   * that it never asks for a code or password ("we never ask for your
   * password", "nunca pedimos senha"). It speaks of a code
   * demand or a threat without making one, so neither is urgent on its own
   * (a friend's or a school's warning, WRITING.md's hard negatives). Not
   * "don't tell" (a secrecy ask), not "don't answer" (an extortionist's "don't
   * answer anyone else"), not "hacked" or "do not share" (fake support says
   * both before it asks for the code).
   */
  warnAgainst: readonly string[];
  /**
   * Words right before or after a number in a short reply that make it a
   * time, an amount, a count or a page rather than the teen's age ("at 16",
   * "16 min", "15 de mayo"); the grade words count too ("grade 10"). Not the
   * words of an age ("years", "tahun", "ans", "ปี").
   */
  notAge: readonly string[];
  /**
   * Words right before or after a number that say it is the teen's age ("I'm 15", "masih 16",
   * "16 pa lang", "apenas tengo 14", "15 ans", "อายุ 15"): with one of them beside it, a number from 10 to
   * 17 in a longer reply is an age too ("wah lumayan, tapi aku masih 16 kak"). Not "I have" alone
   * ("tengo", "tenho", "j'ai"): "tengo 14 tareas". Not "yo" either: the lists of the chosen languages
   * are merged, and Spanish "yo" is "I" ("son 15, yo los pago").
   */
  ageMarkers: readonly string[];
  /**
   * A message the teen RECEIVES that presses after a no without asking in
   * so many words: guilt ("after all I did for you", "I thought we were
   * close"), "nobody will know", "don't be shy", "don't you trust me". Read
   * only right after the teen refused something (compliance testing,
   * GROOMING.md 3.5), where it is the ask coming back. Not a plain
   * "please", "come on" or "just a sec": friends say those about homework.
   */
  pressure: readonly string[];
  /**
   * In the teen's draft, asking that what they send stay private ("don't
   * show anyone", "view once", "solo para ti", "jangan disebar"): beside a
   * picture or sending word (`photoWords`), the teen is sending a picture
   * of themselves they would not want seen (send_photo). Not "don't tell
   * anyone" alone: friends say it of crushes and grades.
   */
  privateShare: readonly string[];
  /** Words for a picture, a video, a camera or sending one, that make `privateShare` about a picture. */
  photoWords: readonly string[];
  /** What makes such a picture no picture of the teen: schoolwork, a birthday or a surprise, a meme. */
  privateShareNot: readonly string[];
  /**
   * The sender's own age, said in the first person right before the number ("im 24", "umur aku 25",
   * "พี่ 22"): an adult's stated age counts only after one of these, or as a reply that is the number.
   * `ownAgeWeak` ("tengo", "j'ai", "aku") needs an age word after the number or nothing but the number:
   * "tengo 30 tareas" is homework.
   */
  ownAgeLeads: readonly string[];
  ownAgeWeak: readonly string[];
  /** Words right after a number that make it the speaker's own age (Tagalog "22 lang ako", "19 na ako"). */
  ownAgeAfter: readonly string[];
  /**
   * First-person words ("yo", "eu", "moi", "j'ai", "aku", "ako") beside an adult's number in the sender's answer
   * right after the teen gave their age to an age question ("y yo 24 jaja", "25 na ako"): their age there
   * only; after "how many kills?" the same words are a count ("eu 26 kkk").
   */
  answerAgeWords: readonly string[];
  /**
   * The sender naming the TEEN's age as young in a message the teen receives ("se que tienes 14", "ur only
   * 14", "kamu masih 14", "14 ka pa lang"): read as the ownAge* lists are, with the teen's range. A sender
   * who says it knows they write to a minor. Only "only", "still" and "I know" forms: a bare "ur 16" or
   * "tienes 12" is as often a score, a tease or a count ("ur 16 and still cant ride a bike", "tienes 12 y yo
   * 9 puntos").
   */
  yourAgeLeads: readonly string[];
  yourAgeAfter: readonly string[];
  /** Words that carry a clause on right after an age ("im 24 but", "tienes 14 pero", "aku 22 tapi"). */
  clauseJoins: readonly string[];
  /**
   * A message the teen RECEIVES that takes a job somewhere else: work abroad, travel or housing paid; the
   * countries where scam compounds hold recruits (Cambodia, Myanmar, Laos: OHCHR 2023, "Online scam
   * operations and trafficking into forced criminality in Southeast Asia"). In the job offer's own message,
   * the recruitment pattern of GROOMING.md 3.4 ("job_offer + photo_request or travel"). Not "abroad" alone
   * (a school trip abroad, a parent working abroad), a passport, a visa or "papers" (an ID for a contract,
   * a Visa card, homework), nor Dubai (a chocolate bar as often as a destination).
   */
  jobTravel: readonly string[];
  /**
   * Travel or a place to stay (`travelNouns`: flight, ticket, hotel, pasaje, mess) within four words of
   * "paid" or "free" (`travelPaid`): "vuelo y apartamento pagado", "tiket & mess ditanggung", "flight and
   * hotel covered". Read as jobTravel is, in the job offer's own message.
   */
  travelNouns: readonly string[];
  travelPaid: readonly string[];
  /**
   * A message the teen RECEIVES that brings the parents in: their signature, permission or consent, "ask
   * your parents", "come with your parents". A job or a placement that goes through the parents is no
   * recruitment (../shared/eval/README.md: "a placement in another city with a parent's signature" is
   * benign); work abroad or travel paid still is, and money for pictures is enticement. Not a claim that
   * the parents know ("your mom said", "já combinei com sua mãe"): a trafficker says that too. Not when negated ("no need to ask
   * your parents"); a meeting or a pick-up is never explained by it ("your mom asked me to pick you up" is
   * a known lure).
   */
  parentConsent: readonly string[];
  /** The teen saying they are under 18 without a number ("but im a minor", "eu sou menor", "saya bawah umur"). */
  minorWords: readonly string[];
  /**
   * A message the teen RECEIVES that talks the age gap away: "mature for your age", "age is just a number",
   * "you seem older" (GROOMING.md section 2: deceptive trust development and age-gap talk). From a sender
   * who said they are an adult, to a teen who said they are under 18, it is a warning.
   */
  ageGapTalk: readonly string[];
}

/** Outgoing word lists of each pack language. */
export type OutgoingWords = Readonly<Record<Language, OutgoingLexicon>>;

export const OUTGOING_WORDS: OutgoingWords = {
  en: {
    streetWords: ['street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'drive', 'dr', 'blvd', 'boulevard', 'court', 'ct', 'way', 'place', 'apt', 'apartment', 'unit', 'block', 'blk', 'lot', 'floor'],
    addressLead: ['my address', 'my addy', 'i live at', 'i live on', 'my house is', 'my house is at', 'our house is'],
    schoolWords: ['school', 'high school', 'middle school', 'elementary', 'academy', 'junior high', 'secondary', 'college'],
    gradeLead: ['grade', 'gr', 'year', 'yr', 'class', 'form'],
    gradeTail: ['grade', 'th grade', 'grader'],
    gradeNames: [],
    negations: ['dont', 'don t', 'do not', 'not', 'never', 'wont', 'won t', 'cant', 'can t', 'no'],
    numberLabels: ['id', 'order', 'order number', 'ref', 'reference', 'receipt', 'tracking', 'ticket', 'room', 'kahoot', 'game pin'],
    sharedCodes: ['kahoot', 'quizizz', 'blooket', 'lobby', 'room', 'game', 'party', 'locker', 'padlock', 'bike lock', 'pickup', 'pick up', 'promo', 'coupon', 'discount', 'voucher', 'zip', 'zip code', 'postal', 'streak', 'subject', 'course', 'class code'],
    codeWords: ['code', 'otp', 'pin', 'password', 'pass', 'pw', 'passcode', 'login', 'verification code'],
    aloneMarkers: [
      'home alone', 'ill be alone', 'i ll be alone', 'im alone', 'i m alone', 'ill come alone', 'i ll come alone', 'no one is home', 'nobody is home', 'no one s home', 'nobodys home',
      'parents are out', 'my parents are away', 'parents r out', 'mom is out', 'just me', 'by myself',
      'ill sneak out', 'i ll sneak out', 'i can sneak out', 'i could sneak out', 'only me home', 'parents are asleep', 'when they sleep',
    ],
    agreeToMeet: [
      'ok lets meet', 'okay lets meet', 'ok ill meet', 'ok i ll meet', 'ill meet you', 'ill meet u', 'i ll meet you', 'see you there', 'see u there', 'pick me up', 'ill come', 'i ll come',
      'ill be there', 'i ll be there', 'ok where', 'time should i come', 'ill sneak out', 'i ll sneak out',
    ],
    meetCompanions: ['im coming with my', 'ill come with my', 'ill be with my', 'coming with my', 'bringing my', 'ill bring my', 'bringing a friend', 'mom is driving me', 'dad is driving me', 'mom s driving me', 'dad s driving me', 'mom will drive me', 'dad will drive me', 'mom will take me', 'dad will take me', 'mom is taking me', 'dad is taking me', 'mom is coming too', 'dad is coming too', 'mom s coming too', 'dad s coming too'],
    refusals: [
      'no', 'nope', 'nah', 'no thanks', 'no thank you', 'i dont want to', 'i don t want to', 'dont want to', 'i dont wanna', 'i don t wanna', 'not comfortable', 'im not comfortable',
      'i m not comfortable', 'stop', 'stop it', 'leave me alone', 'i said no', 'not doing that', 'i wont', 'i won t', 'no way', 'never',
    ],
    strangerReplies: [
      'who is this', 'who s this', 'whos this', 'who are you', 'who r u', 'who dis', 'do i know you', 'do i know u', 'i dont know you', 'i don t know you', 'wrong number', 'how do you know me',
      'how do u know me', 'how did you get my number', 'how did u get my number', 'who tf is this', 'who is dis', 'idk u', 'i dont know u',
    ],
    askAdult: ['ask my mom', 'ask my mum', 'ask my dad', 'ask my parents', 'ask my mom first', 'ask my dad first', 'ask my sister', 'ask my brother', 'ask her first', 'ask him first', 'tell my mom', 'tell my dad', 'tell my parents', 'my dad would want to talk', 'my mom would want to talk', 'talk to my mom', 'talk to my dad', 'check with my mom', 'check with my dad', 'check with my parents'],
    familyAddress: ['mom', 'mum', 'mommy', 'mummy', 'mama', 'ma', 'dad', 'daddy', 'papa', 'grandma', 'grandpa', 'nana', 'granny'],
    familyPossessives: ['my', 'ur', 'your', 'his', 'her', 'our', 'their'],
    familyCallAfter: [],
    familyCallBefore: [],
    kinSender: ['its ur sister', 'it s ur sister', 'its your sister', 'its ur sis', 'its ur big sis', 'its ur brother', 'it s ur brother', 'its your brother', 'its ur bro', 'its ur big bro', 'this is ur sister', 'this is your sister', 'this is ur brother', 'this is your brother', 'ur sis here', 'your sister here', 'ur bro here', 'your brother here', 'its ur cousin', 'its your cousin', 'its mom', 'it s mom', 'its mum', 'it s mum', 'its dad', 'it s dad', 'this is mom', 'this is mum', 'this is dad', 'mom here', 'mum here', 'dad here', 'love mom', 'love mum', 'love dad', 'love grandma', 'love nana', 'love grandpa', 'love aunty', 'love auntie', 'its your aunt', 'it s your aunt', 'its ur aunt', 'its your uncle', 'it s your uncle', 'its ur uncle', 'its grandma', 'it s grandma', 'this is grandma', 'grandma here', 'your coach here', 'coach here', 'this is coach', 'its coach', 'it s coach', 'this is your teacher', 'its your teacher', 'hey cousin', 'hi cousin', 'yo cousin'],
    surpriseWords: ['surprise', 'surprise party', 'secret santa', 'suprise'],
    sharedKin: ['mom', 'mum', 'mommy', 'mummy', 'dad', 'grandma', 'grandpa', 'nana', 'granny', 'gran', 'grandad', 'granddad', 'moms', 'mums', 'dads', 'grandmas', 'grandpas', 'nanas'],
    kinOwnersBefore: ['my', 'ur', 'your', 'his', 'her', 'their', 'ya', 'yo', 'a', 'the', 's', 'single', 'step'],
    kinOwnersAfter: [],
    tellWords: ['tell', 'telling', 'tells', 'say', 'show'],
    warnAgainst: ['dont send', 'don t send', 'do not send', 'never send', 'dont give', 'don t give', 'do not give', 'never give', 'dont pay', 'don t pay', 'do not pay', 'never pay', 'dont click', 'don t click', 'do not click', 'its a scam', 'it s a scam', 'thats a scam', 'that s a scam', 'scammers', 'never ask for', 'never asks for', 'will never ask', 'would never ask', 'never ask you', 'never ask u'],
    notAge: ['at', 'by', 'around', 'till', 'til', 'until', 'before', 'after', 'page', 'pg', 'room', 'bus', 'no', 'number', 'level', 'lvl', 'min', 'mins', 'minutes', 'hrs', 'hours', 'h', 'am', 'pm', 'oclock', 'bucks', 'dollars', 'points', 'pts', 'kills', 'left', 'each', 'per', 'x', 'of', 'out', 'pages', 'ppl', 'people', 'percent', 'km', 'miles', 'kg', 'lbs', 'cm', 'degrees', 'days', 'weeks', 'months', 'times', 'for', 'since', 'levels', 'lvls', 'seconds', 'secs', 'followers', 'likes', 'views', 'subs', 'more', 'feet', 'ft', 'foot', 'meters', 'metres', 'steps', 'tickets', 'ticket', 'pounds', 'laps', 'reps'],
    ageMarkers: ['im', 'i m', 'i am', 'just turned', 'turned', 'turning', 'aged', 'y o', 'yrs old', 'years old', 'year old', 'yr old'],
    pressure: ['i thought we were close', 'thought we were friends', 'after everything i', 'after all i did', 'after all ive done', 'after all i ve done', 'i gave you', 'i gave u', 'nobody will know', 'no one will know', 'nobody will see', 'no one will see', 'no one has to know', 'nobody has to know', 'its just me', 'it s just me', 'its only me', 'dont be shy', 'don t be shy', 'dont be like that', 'don t be like that', 'its not a big deal', 'it s not a big deal', 'i did so much for you', 'dont you trust me', 'don t you trust me', 'u dont trust me', 'you dont trust me', 'i wont show anyone', 'i won t show anyone', 'i wont tell anyone', 'i won t tell anyone'],
    privateShare: ['dont show anyone', 'don t show anyone', 'never show anyone', 'dont show nobody', 'dont show it to', 'ur not gonna share', 'not gonna share it', 'promise you wont share', 'promise u wont share', 'dont share it', 'dont share this', 'don t share it', 'dont screenshot', 'don t screenshot', 'no screenshots', 'no ss', 'view once', 'delete it after', 'delete after', 'just for u', 'only for u', 'just for you', 'only for you', 'for ur eyes only', 'for your eyes only', 'only u can see', 'just u can see', 'don t share this', 'show it to anyone', 'don t show nobody', 'you won t share', 'u won t share', 'don t screenshot it'],
    photoWords: ['pic', 'pics', 'picture', 'pictures', 'photo', 'photos', 'selfie', 'selfies', 'video', 'vid', 'vids', 'cam', 'camera', 'go live', 'mirror pic', 'nudes'],
    privateShareNot: ['notes', 'answers', 'homework', 'hw', 'worksheet', 'quiz', 'test', 'exam', 'slides', 'essay', 'report card', 'bday', 'birthday', 'recipe', 'meme', 'memes', 'secret santa', 'dog', 'cat', 'puppy', 'kitten', 'anniversary', 'song', 'lyrics', 'playlist'],
    ownAgeLeads: ['im', 'i m', 'i am', 'iam'],
    ownAgeWeak: [],
    ownAgeAfter: [],
    answerAgeWords: ['i', 'im', 'i m', 'me', 'myself'],
    yourAgeLeads: ['ur only', 'youre only', 'you re only', 'you are only', 'ur just', 'youre just', 'you re just', 'you are just', 'i know ur', 'i know youre', 'i know you re', 'i know you are', 'i know u r'],
    yourAgeAfter: [],
    clauseJoins: ['but', 'and', 'tho', 'though'],
    jobTravel: ['work abroad', 'working abroad', 'job abroad', 'jobs abroad', 'abroad job', 'work overseas', 'working overseas', 'job overseas', 'jobs overseas', 'overseas job', 'another country', 'out of the country', 'flight paid', 'flights paid', 'ticket paid', 'tickets paid', 'free flight', 'free flights', 'we pay the flight', 'we pay for the flight', 'we pay your ticket', 'we cover the flight', 'we cover flights', 'covers the flight', 'cover the flight', 'covers your flight', 'pays for the flight', 'pays the flight', 'flight covered', 'flights covered', 'flight is covered', 'flights are covered', 'hotel paid', 'hotel included', 'plus hotel', 'we fly you', 'fly you out', 'all expenses paid', 'accommodation provided', 'housing provided', 'free accommodation', 'free housing', 'room and board', 'cambodia', 'myanmar', 'myawaddy', 'laos'],
    travelNouns: ['flight', 'flights', 'ticket', 'tickets', 'plane ticket', 'airfare', 'hotel', 'housing', 'accommodation', 'apartment', 'flat', 'visa fees'],
    travelPaid: ['paid', 'free', 'covered', 'included', 'on us', 'we pay', 'we cover', 'provided'],
    parentConsent: ['parents sign', 'parent sign', 'parents to sign', 'parent to sign', 'parent signature', 'parents signature', 'parent s signature', 'parents permission', 'parent permission', 'parental consent', 'parental permission', 'permission slip', 'consent form', 'ask ur parents', 'ask your parents', 'ask ur mom', 'ask your mom', 'ask ur dad', 'ask your dad', 'check with ur parents', 'check with your parents', 'talk to ur parents', 'talk to your parents', 'with ur parents', 'with your parents', 'bring ur parents', 'bring your parents', 'bring a parent', 'guardian signature', 'guardian consent'],
    minorWords: ['im a minor', 'i m a minor', 'i am a minor', 'im underage', 'i m underage', 'i am underage', 'im under 18', 'i m under 18', 'i am under 18', 'im not 18', 'i m not 18', 'im still in middle school', 'im still in high school'],
    ageGapTalk: ['mature for your age', 'mature for ur age', 'so mature for', 'more mature than', 'way more mature', 'age is just a number', 'age is only a number', 'you seem older', 'u seem older', 'older than you look', 'older than u look', 'very mature for', 'really mature for', 'so grown up for', 'mature beyond your years', 'mature beyond ur years', 'age doesnt matter', 'age doesn t matter', 'age does not matter', 'age aint nothing but a number', 'not like other girls ur age', 'not like other girls your age', 'not like other guys ur age', 'act way older'],
  },
  id: {
    streetWords: ['jalan', 'jln', 'jl', 'gang', 'gg', 'rt', 'rw', 'komplek', 'perumahan'],
    addressLead: ['alamat aku', 'alamat saya', 'alamatku', 'rumahku di', 'rumah aku di', 'rumah saya di'],
    schoolWords: ['sekolah', 'smp', 'sma', 'smk', 'sd', 'mts', 'man', 'smpn', 'sman', 'sdn', 'smkn'],
    gradeLead: ['kelas', 'kls'],
    gradeTail: [],
    gradeNames: [],
    negations: ['tidak', 'tak', 'gak', 'ga', 'nggak', 'ngga', 'enggak', 'gk', 'jangan', 'bukan'],
    numberLabels: ['id', 'room', 'kahoot', 'pesanan', 'no pesanan', 'resi', 'no resi', 'ref', 'struk'],
    sharedCodes: ['kahoot', 'quizizz', 'lobby', 'room', 'game', 'loker', 'gembok', 'locker', 'padlock', 'pos', 'kode pos', 'promo', 'voucher', 'diskon', 'kupon', 'mata pelajaran', 'mapel'],
    codeWords: ['kode', 'kode otp', 'otp', 'pin', 'sandi', 'kata sandi', 'password', 'kodenya', 'kode otpnya', 'otpnya', 'pinnya', 'sandinya', 'passwordnya'],
    aloneMarkers: ['sendirian', 'aku sendiri', 'ortu lagi pergi', 'ortu ga ada', 'ga ada orang', 'kabur dari rumah', 'diam diam keluar', 'diem diem keluar', 'sendirian di rumah', 'ortu lagi keluar', 'ortu belum pulang'],
    agreeToMeet: ['oke ketemu', 'ok ketemuan', 'jemput aku', 'aku dateng', 'aku datang'],
    meetCompanions: ['aku sama mama', 'aku sama papa', 'aku sama ayah', 'aku sama ibu', 'aku sama kakak', 'aku sama temen', 'aku bareng mama', 'aku bareng papa', 'aku bareng temen', 'aku dianter mama', 'aku dianter papa', 'aku dianter ayah', 'dianterin mama', 'dianterin papa', 'dianterin ayah', 'aku ajak temen', 'aku bawa temen', 'mama ikut', 'papa ikut', 'ayah ikut'],
    refusals: ['gak', 'ga', 'nggak', 'ngga', 'enggak', 'engga', 'kagak', 'tidak', 'ga mau', 'gak mau', 'nggak mau', 'gamau', 'gakmau', 'ogah', 'jangan', 'ga deh', 'gak deh', 'ga ah', 'gak ah'],
    strangerReplies: ['siapa ini', 'ini siapa', 'siapa ya', 'siapa nih', 'kamu siapa', 'lu siapa', 'lo siapa', 'sapa ya', 'sapa nih', 'sp ni', 'siapa lo', 'salah nomor', 'kok tau', 'kenal dari mana', 'dapet nomor aku dari mana', 'dapat nomor dari mana'],
    askAdult: ['tanya mama', 'tanya mamah', 'tanya ibu', 'tanya ayah', 'tanya papa', 'tanya bunda', 'tanya ortu', 'tanya orang tua', 'tanya kakak', 'tanya kakak aku', 'bilang mama', 'bilang ibu', 'bilang ayah', 'bilang ortu', 'izin mama', 'izin ortu', 'minta izin'],
    familyAddress: ['mama', 'papa', 'ma', 'mami', 'papi', 'bunda', 'ayah', 'ibu', 'mamah', 'papah', 'nenek', 'kakek', 'eyang', 'oma', 'opa'],
    familyPossessives: [],
    familyCallAfter: [],
    familyCallBefore: [],
    kinSender: ['ini kakakmu', 'ini kakak kamu', 'ini abangmu', 'ini adikmu', 'kakakmu nih', 'abangmu nih', 'ini mama', 'ini mamah', 'ini bunda', 'ini ibu', 'ini papa', 'ini ayah', 'ini nenek', 'ini kakek', 'mama nih', 'ayah nih', 'salam mama', 'peluk mama', 'cucuku', 'cucu nenek', 'anakku', 'keponakanku', 'ini wali kelas', 'ini bu guru', 'ini pak guru', 'ini pelatih'],
    surpriseWords: ['kejutan', 'surprise', 'suprise', 'surprais'],
    sharedKin: ['mama', 'mamah', 'bunda', 'ayah', 'papa', 'nenek', 'kakek', 'oma', 'opa', 'eyang'],
    kinOwnersBefore: [],
    kinOwnersAfter: ['kamu', 'mu', 'lu', 'lo', 'loe', 'elu', 'gue', 'gua', 'gw', 'aku', 'saya', 'dia', 'nya', 'anda', 'kalian', 'si', 'dari'],
    tellWords: ['bilang', 'bilangin', 'kasih tau', 'kasih tahu', 'kasitau', 'cerita', 'ngomong', 'lapor'],
    warnAgainst: ['jangan kasih', 'jangan dikasih', 'jangan kasi', 'jangan dikasi', 'jangan kirim', 'jangan dikirim', 'jangan bayar', 'jangan transfer', 'jangan klik', 'itu penipuan', 'itu penipu', 'modus penipuan', 'para penipu', 'tidak pernah meminta', 'tidak akan pernah meminta', 'tidak akan meminta', 'ga pernah minta', 'gak pernah minta', 'nggak pernah minta', 'tdk pernah minta'],
    notAge: ['jam', 'pukul', 'menit', 'mnt', 'hal', 'halaman', 'lantai', 'nomor', 'no', 'ribu', 'rb', 'jt', 'juta', 'rupiah', 'orang', 'org', 'kali', 'x', 'hari', 'minggu', 'bulan', 'km', 'kg', 'cm', 'persen', 'lagi', 'buah', 'poin', 'lembar', 'soal', 'selama', 'sejak'],
    ageMarkers: ['masih', 'baru', 'umur', 'umurku', 'umur aku', 'umur saya', 'usia', 'usiaku', 'usia saya', 'tahun', 'thn', 'taun'],
    pressure: ['masa sama aku malu', 'ga usah malu', 'gak usah malu', 'nggak usah malu', 'jangan malu', 'aku kan udah baik', 'aku udah baik sama kamu', 'aku udah kasih', 'udah aku kasih', 'gak ada yang tau', 'ga ada yg tau', 'ga ada yang tau', 'nggak ada yang tahu', 'tidak ada yang tahu', 'ga bakal ada yg tau', 'aku ga bakal bilang siapa2', 'aku gak bakal kasih tau', 'kirain kita deket', 'kan kita udah deket', 'kamu ga percaya aku', 'kamu gak percaya sama aku'],
    privateShare: ['jangan disebar', 'jangan sebar', 'jangan dishare', 'jangan di share', 'jangan kasih liat', 'jangan dikasih liat', 'jangan kasih lihat', 'buat kakak aja', 'buat kamu aja', 'cuma buat kamu', 'cuma buat kakak', 'khusus buat kamu', 'sekali liat', 'sekali lihat', 'langsung hapus', 'abis liat hapus', 'jangan di ss', 'jangan ss', 'jangan discreenshot', 'buat kamu aja', 'jangan disebarin'],
    photoWords: ['foto', 'fotonya', 'pap', 'video', 'videonya', 'vid', 'selfie', 'vc', 'vcs', 'kamera', 'pict'],
    privateShareNot: ['catatan', 'jawaban', 'tugas', 'pr', 'ujian', 'ultah', 'ulang tahun', 'kejutan', 'kado', 'hadiah', 'resep', 'meme', 'kucing', 'anjing', 'lagu'],
    ownAgeLeads: ['umurku', 'umur aku', 'umur saya', 'usiaku', 'usia aku', 'usia saya'],
    ownAgeWeak: ['aku', 'saya', 'gue', 'gw', 'kakak'],
    ownAgeAfter: [],
    answerAgeWords: ['aku', 'saya', 'gue', 'gw', 'gua', 'umurku'],
    yourAgeLeads: ['kamu baru', 'kamu masih', 'km masih', 'km baru', 'aku tahu kamu', 'aku tau kamu', 'aku tau km', 'umurmu baru', 'umur kamu baru', 'umur kamu masih'],
    yourAgeAfter: [],
    clauseJoins: ['tapi', 'tp', 'dan', 'jadi'],
    jobTravel: ['kerja di luar negeri', 'kerja luar negeri', 'kerja ke luar negeri', 'lowongan luar negeri', 'penempatan luar negeri', 'kamboja', 'myanmar', 'laos', 'tiket ditanggung', 'tiket pesawat ditanggung', 'tiket gratis', 'tiket pesawat gratis', 'tiket dibayarin', 'mess ditanggung', 'mess gratis', 'tempat tinggal ditanggung', 'akomodasi ditanggung', 'mess disediakan'],
    travelNouns: ['tiket', 'tiket pesawat', 'pesawat', 'mess', 'tempat tinggal', 'akomodasi', 'apartemen', 'kos', 'penginapan'],
    travelPaid: ['ditanggung', 'gratis', 'dibayarin', 'dibayar', 'disediakan', 'free'],
    parentConsent: ['tanda tangan ortu', 'tanda tangan orang tua', 'ttd ortu', 'izin ortu', 'izin orang tua', 'surat izin', 'persetujuan orang tua', 'tanya ortu', 'tanya orang tua', 'tanya mama', 'bilang ortu', 'sama ortu', 'bareng ortu', 'ajak ortu', 'ditemani orang tua', 'didampingi orang tua'],
    minorWords: ['aku masih di bawah umur', 'aku di bawah umur', 'saya di bawah umur', 'aku masih dibawah umur', 'aku dibawah umur', 'aku blm 17', 'aku belum 17', 'aku masih smp', 'aku masih sma', 'aku masih anak sekolah'],
    ageGapTalk: ['kamu dewasa banget', 'kamu dewasa bgt', 'km dewasa bgt', 'kamu dewasa bngt', 'dewasa bgt buat', 'dewasa banget buat', 'dewasa banget untuk', 'lebih dewasa dari umurmu', 'lebih dewasa dari umur', 'dewasa buat umur', 'dewasa untuk umur', 'umur cuma angka', 'umur hanya angka', 'umur cuma sekedar angka', 'beda sama cewek seumuranmu', 'beda sm cewe2 seumuranmu', 'ga kaya anak seumuranmu', 'gak kayak anak seumuran', 'umur ga penting', 'umur gak penting', 'umur tidak penting', 'umur bukan masalah'],
  },
  es: {
    streetWords: ['calle', 'avenida', 'av', 'colonia'],
    addressLead: ['mi direccion', 'vivo en'],
    schoolWords: ['escuela', 'colegio', 'instituto', 'liceo', 'secundaria', 'preparatoria', 'secu', 'prepa', 'bachillerato', 'cbta', 'cbtis', 'conalep'],
    gradeLead: ['grado', 'ano'],
    gradeTail: ['grado', 'ano'],
    gradeNames: ['en primero', 'en segundo', 'en tercero', 'en 1ro', 'en 2do', 'en 3ro', 'primer semestre', 'segundo semestre', 'tercer semestre', 'cuarto semestre', 'quinto semestre', 'sexto semestre'],
    negations: ['no', 'nunca', 'jamas'],
    numberLabels: ['id', 'pedido', 'orden', 'referencia', 'folio', 'sala', 'kahoot', 'ticket'],
    sharedCodes: ['kahoot', 'quizizz', 'lobby', 'sala', 'partida', 'casillero', 'locker', 'candado', 'retiro', 'promo', 'cupon', 'descuento', 'postal', 'materia', 'curso'],
    codeWords: ['codigo', 'contrasena', 'pin', 'clave', 'codigo de verificacion'],
    aloneMarkers: ['estoy sola', 'estoy solo', 'voy sola', 'voy solo', 'me escapo', 'me salgo a escondidas', 'salgo a escondidas', 'mis papas no estan', 'nadie en mi casa', 'solo tu y yo'],
    agreeToMeet: ['nos vemos', 'voy para alla', 'paso por ti', 'me buscas', 'te veo alla'],
    meetCompanions: ['voy con mi', 'vengo con mi', 'llego con mi', 'voy con mis', 'vengo con mis', 'mi mamá me lleva', 'mi papá me lleva', 'me lleva mi mamá', 'me lleva mi papá', 'mi mamá va conmigo', 'mi papá va conmigo', 'llevo a mi amiga', 'llevo a mi amigo'],
    refusals: ['no', 'no quiero', 'no gracias', 'nel', 'nop', 'mejor no', 'para nada', 'ni loca', 'ni loco', 'ni de broma', 'no me late'],
    strangerReplies: ['quien eres', 'quien sos', 'quien es', 'quien habla', 'numero equivocado', 'te conozco', 'no te conozco', 'de donde me conoces', 'quien sos vos', 'quien eres tu', 'q eres', 'de donde sacaste mi numero', 'como tienes mi numero'],
    askAdult: ['preguntarle a mi mama', 'preguntarle a mi papa', 'le pregunto a mi mama', 'le pregunto a mi papa', 'preguntar a mis papas', 'pregunto a mis papas', 'decirle a mi mama', 'decirle a mi papa', 'le digo a mi mama', 'le digo a mi papa', 'hablar con mi mama', 'hablar con mi papa', 'pedir permiso'],
    familyAddress: ['mamá', 'papá', 'mami', 'papi', 'mama', 'papa', 'ma', 'abuela', 'abuelo', 'abue', 'madrina', 'padrino'],
    familyPossessives: ['mi', 'tu', 'su', 'mis', 'tus', 'sus'],
    familyCallAfter: [],
    familyCallBefore: [],
    kinSender: ['soy tu hermana', 'soy tu hermano', 'soy tu hermanita', 'soy tu hermanito', 'soy tu hermana mayor', 'soy tu hermano mayor', 'soy tu mama', 'soy tu papa', 'soy mama', 'soy tu tia', 'soy tu tio', 'soy tu abuela', 'soy tu abuelo', 'soy tu prima', 'soy tu primo', 'soy tu profe', 'soy tu profesora', 'soy tu profesor', 'soy tu entrenador', 'soy tu entrenadora', 'besos mama', 'te quiere tu abuela', 'te quiere mama', 'hola prima', 'hola primo', 'oye prima', 'oye primo', 'primita', 'primito', 'sobri', 'hijo mio', 'hija mia', 'soy tu madrina', 'soy tu padrino'],
    surpriseWords: ['sorpresa', 'sorpresita', 'fiesta sorpresa', 'amigo secreto', 'amigo invisible'],
    sharedKin: ['mamá', 'papá', 'abuela', 'abuelo', 'abue', 'abuelita', 'abuelito'],
    kinOwnersBefore: ['mi', 'tu', 'su', 'mis', 'tus', 'sus', 'una', 'un'],
    kinOwnersAfter: ['de', 'del'],
    tellWords: ['digas', 'decir', 'decirle', 'cuentes', 'contar', 'contarle', 'diga', 'enseñes'],
    warnAgainst: ['no mandes', 'no le mandes', 'no lo mandes', 'no envies', 'no le envies', 'no des', 'no le des', 'no se lo des', 'no se lo mandes', 'no se la mandes', 'no se los mandes', 'no lo envies', 'no se lo envies', 'nunca des', 'nunca mandes', 'no pagues', 'no le pagues', 'no hagas clic', 'es una estafa', 'son estafadores', 'estafadores', 'nunca pedimos', 'nunca te pediremos', 'nunca le pediremos', 'nunca te vamos a pedir', 'nunca pide', 'nunca piden', 'jamas pedimos'],
    notAge: ['a', 'las', 'la', 'al', 'hasta', 'antes', 'despues', 'pagina', 'pag', 'salon', 'aula', 'camion', 'numero', 'nivel', 'min', 'minutos', 'hrs', 'horas', 'h', 'pesos', 'dolares', 'euros', 'pm', 'am', 'puntos', 'personas', 'veces', 'dias', 'semanas', 'meses', 'km', 'kg', 'cm', 'de', 'mas', 'cada', 'x', 'por', 'hace', 'desde', 'durante'],
    ageMarkers: ['apenas tengo', 'tengo apenas', 'cumpli', 'edad', 'anos', 'anitos'],
    pressure: ['pense que eramos cercanos', 'crei que eramos amigos', 'pense que eramos amigos', 'despues de todo lo que', 'con todo lo que te di', 'nadie se va a enterar', 'nadie se entera', 'nadie lo va a ver', 'nadie va a ver', 'no seas timida', 'no seas timido', 'no seas asi', 'solo soy yo', 'no confias en mi', 'no le voy a decir a nadie', 'no se lo voy a mostrar a nadie', 'no se lo enseno a nadie'],
    privateShare: ['no se la ensenes', 'no la ensenes', 'no se lo ensenes', 'no lo ensenes', 'no la compartas', 'no lo compartas', 'no la pases', 'no se la pases', 'no la muestres', 'no se la muestres', 'solo para ti', 'solo pa ti', 'nomas para ti', 'de ver una vez', 'una sola vista', 'borrala', 'borrala despues', 'no hagas captura', 'sin capturas', 'no le hagas captura', 'borralo', 'borralo despues', 'no lo pases'],
    photoWords: ['foto', 'fotos', 'fotito', 'fotitos', 'video', 'videos', 'selfie', 'camara', 'en vivo', 'videollamada', 'pack'],
    privateShareNot: ['apuntes', 'respuestas', 'tarea', 'examen', 'cumple', 'cumpleanos', 'sorpresa', 'regalo', 'receta', 'meme', 'memes', 'gato', 'perro', 'perrito', 'gatito', 'cancion', 'letra', 'aniversario'],
    ownAgeLeads: ['tengo apenas', 'yo tengo'],
    ownAgeWeak: ['tengo'],
    ownAgeAfter: [],
    answerAgeWords: ['yo', 'tengo'],
    yourAgeLeads: ['solo tienes', 'tienes solo', 'apenas tienes', 'tienes apenas', 'nomas tienes', 'se que tienes', 'ya se que tienes', 'se que tenes'],
    yourAgeAfter: [],
    clauseJoins: ['pero', 'y', 'asi que'],
    jobTravel: ['trabajo en el extranjero', 'trabajar en el extranjero', 'empleo en el extranjero', 'otro pais', 'fuera del pais', 'pasaje pagado', 'pasajes pagados', 'boleto pagado', 'vuelo pagado', 'viaje pagado', 'todo pagado', 'te pagamos el pasaje', 'te pagamos el vuelo', 'te pagamos el viaje', 'alojamiento incluido', 'hospedaje incluido', 'vivienda incluida', 'camboya', 'myanmar'],
    travelNouns: ['vuelo', 'vuelos', 'pasaje', 'pasajes', 'boleto', 'boletos', 'billete', 'hotel', 'alojamiento', 'hospedaje', 'apartamento', 'departamento', 'vivienda'],
    travelPaid: ['pagado', 'pagados', 'pagada', 'pagadas', 'gratis', 'incluido', 'incluidos', 'incluida', 'cubierto', 'cubiertos', 'te pagamos', 'pagamos'],
    parentConsent: ['firma de tus papas', 'firma de tus padres', 'firma de un padre', 'permiso de tus papas', 'permiso de tus padres', 'autorizacion de tus padres', 'autorizacion de tus papas', 'autorizacion firmada', 'pregunta a tus papas', 'preguntale a tus papas', 'preguntale a tu mama', 'con tus papas', 'con tus padres', 'habla con tus papas'],
    minorWords: ['soy menor', 'soy menor de edad', 'todavia soy menor', 'aun soy menor', 'soy menor de 18', 'no tengo 18', 'todavia no tengo 18', 'estoy en la secundaria', 'voy en la secu'],
    ageGapTalk: ['madura para tu edad', 'maduro para tu edad', 'muy madura para', 'muy maduro para', 'madura pa tu edad', 'maduro pa tu edad', 'la edad es solo un número', 'la edad es solo un numero', 'la edad es sólo un número', 'la edad no importa', 'eres muy madura', 'eres muy maduro', 'pareces mayor', 'pareces mas grande'],
  },
  pt: {
    streetWords: ['rua', 'avenida', 'av', 'bairro'],
    addressLead: ['meu endereco', 'moro na', 'moro em'],
    schoolWords: ['escola', 'colegio', 'colegio estadual'],
    gradeLead: ['ano', 'serie'],
    gradeTail: ['ano', 'serie'],
    gradeNames: [],
    negations: ['nao', 'nunca', 'jamais', 'nem'],
    numberLabels: ['id', 'pedido', 'protocolo', 'sala', 'kahoot', 'rastreio'],
    sharedCodes: ['kahoot', 'quizizz', 'lobby', 'sala', 'partida', 'armario', 'cadeado', 'retirada', 'promo', 'cupom', 'desconto', 'postal', 'cep', 'materia', 'disciplina'],
    codeWords: ['codigo', 'senha', 'pin', 'codigo de verificacao'],
    aloneMarkers: ['sozinha', 'sozinho', 'vou sozinha', 'fujo de casa', 'saio escondida', 'saio escondido', 'fico sozinha', 'fico sozinho', 'so nos dois', 'meus pais nao estao', 'ninguem em casa'],
    agreeToMeet: ['a gente se ve', 'me busca', 'vou ai'],
    meetCompanions: ['vou com minha', 'vou com meu', 'vou com meus', 'vou com minhas', 'vou levar minha', 'vou levar meu', 'minha mãe me leva', 'meu pai me leva', 'minha mãe vai junto', 'meu pai vai junto', 'minha mãe vai comigo', 'meu pai vai comigo'],
    refusals: ['nao', 'nao quero', 'nem pensar', 'n quero', 'n vou', 'prefiro nao', 'prefiro n', 'nem a pau', 'de jeito nenhum'],
    strangerReplies: ['quem e', 'quem e vc', 'quem e voce', 'quem fala', 'numero errado', 'te conheco', 'nao te conheco', 'de onde vc me conhece', 'qm e', 'qm e vc', 'quem e tu', 'como vc tem meu numero', 'como conseguiu meu numero'],
    askAdult: ['perguntar pra minha mae', 'perguntar pro meu pai', 'pergunto pra minha mae', 'pergunto pro meu pai', 'perguntar pros meus pais', 'falar com minha mae', 'falar com meu pai', 'contar pra minha mae', 'contar pro meu pai', 'pedir pra minha mae', 'pedir permissao'],
    familyAddress: ['mãe', 'mae', 'pai', 'mamãe', 'papai', 'vó', 'vô', 'vovó', 'vovô', 'madrinha', 'padrinho', 'dinda', 'dindo'],
    familyPossessives: ['meu', 'minha', 'seu', 'sua', 'teu', 'tua'],
    familyCallAfter: [],
    familyCallBefore: [],
    kinSender: ['sou sua irma', 'sou tua irma', 'sou seu irmao', 'sou teu irmao', 'aqui e sua irma', 'aqui e seu irmao', 'aqui e a mae', 'aqui e o pai', 'aqui e sua mae', 'aqui e a tia', 'aqui e o tio', 'aqui e a vo', 'e a mae', 'e a vovo', 'sou sua tia', 'sou seu tio', 'sou sua prima', 'sou seu primo', 'sou sua professora', 'sou seu professor', 'sou seu treinador', 'beijos da mae', 'beijo da vo', 'oi prima', 'oi primo', 'e ai prima', 'e ai primo', 'priminha', 'priminho', 'netinho', 'netinha', 'filhao', 'filhota', 'sou sua madrinha', 'sou seu padrinho', 'aqui e a dinda', 'aqui e sua madrinha', 'aqui e seu padrinho'],
    surpriseWords: ['surpresa', 'surpresinha', 'festa surpresa', 'amigo secreto', 'amigo oculto'],
    sharedKin: ['mãe', 'mamãe', 'pai', 'papai', 'vó', 'vô', 'vovó', 'vovô', 'avó', 'avô'],
    kinOwnersBefore: ['minha', 'meu', 'sua', 'seu', 'tua', 'teu', 'uma', 'um'],
    kinOwnersAfter: ['de', 'do', 'da', 'dele', 'dela'],
    tellWords: ['conta', 'contar', 'conte', 'fala', 'falar', 'fale', 'diga', 'mostra'],
    warnAgainst: ['nao mande', 'nao manda', 'nao envie', 'nao passe', 'nao passa', 'nunca passe', 'nunca mande', 'nao pague', 'nao paga', 'nao clique', 'e golpe', 'eh golpe', 'golpistas', 'nunca pedimos', 'nunca pede', 'nunca pedem', 'nunca vamos pedir', 'jamais pedimos', 'jamais pede'],
    notAge: ['as', 'a', 'ate', 'antes', 'depois', 'pagina', 'pag', 'sala', 'onibus', 'numero', 'nivel', 'min', 'minutos', 'hrs', 'horas', 'h', 'reais', 'conto', 'contos', 'pila', 'pm', 'am', 'pontos', 'pessoas', 'vezes', 'dias', 'semanas', 'meses', 'km', 'kg', 'cm', 'ano', 'de', 'mais', 'cada', 'x', 'por', 'ha', 'faz', 'desde', 'durante'],
    ageMarkers: ['idade', 'anos', 'aninhos'],
    pressure: ['achei que a gente era proximo', 'achei que a gente era amigo', 'pensei que a gente era amigo', 'depois de tudo que', 'depois de tudo q', 'ninguem vai saber', 'ninguem vai ver', 'ninguem vai ficar sabendo', 'nao precisa ter vergonha', 'para de vergonha', 'e so eu', 'nao confia em mim', 'nao vou mostrar pra ninguem', 'nao vou contar pra ninguem'],
    privateShare: ['nao mostra pra ninguem', 'n mostra pra ninguem', 'nao mostra pra ngm', 'nao mostra pra ningm', 'nao posta', 'nao compartilha', 'so pra voce', 'so pra vc', 'so pra vc ver', 'visualizacao unica', 'apaga depois', 'apaga depois de ver', 'nao printa', 'n printa', 'nao tira print', 'melhores amigos', 'n mostra pra ngm', 'nao mostra pra niguem'],
    photoWords: ['foto', 'fotos', 'fotinha', 'video', 'videos', 'selfie', 'camera', 'cam', 'ao vivo', 'nudes', 'pack'],
    privateShareNot: ['resumo', 'respostas', 'dever', 'licao', 'prova', 'niver', 'aniversario', 'surpresa', 'presente', 'receita', 'meme', 'memes', 'gato', 'cachorro', 'letra', 'musica', 'aniversario'],
    ownAgeLeads: [],
    ownAgeWeak: ['tenho', 'eu tenho'],
    ownAgeAfter: [],
    answerAgeWords: ['eu', 'tenho'],
    yourAgeLeads: ['vc so tem', 'voce so tem', 'tu so tem', 'so tem', 'sei que vc tem', 'sei que voce tem', 'sei que tu tem'],
    yourAgeAfter: [],
    clauseJoins: ['mas', 'e', 'entao'],
    jobTravel: ['trabalho no exterior', 'trabalhar no exterior', 'vaga no exterior', 'emprego no exterior', 'fora do pais', 'outro pais', 'passagem paga', 'passagens pagas', 'passagem inclusa', 'viagem paga', 'tudo pago', 'a gente paga a passagem', 'pagamos a passagem', 'moradia inclusa', 'hospedagem inclusa', 'alojamento incluso', 'camboja', 'myanmar'],
    travelNouns: ['voo', 'voos', 'passagem', 'passagens', 'hotel', 'hospedagem', 'alojamento', 'apartamento', 'moradia'],
    travelPaid: ['pago', 'paga', 'pagos', 'pagas', 'gratis', 'incluso', 'inclusa', 'inclusos', 'por nossa conta', 'pagamos'],
    parentConsent: ['assinatura dos pais', 'assinatura do responsavel', 'autorizacao dos pais', 'autorizacao do responsavel', 'autorizacao assinada', 'permissao dos pais', 'pergunta pros seus pais', 'pergunta pra sua mae', 'fala com seus pais', 'com seus pais', 'com o responsavel', 'leva seus pais', 'leva o responsavel'],
    minorWords: ['sou menor', 'sou menor de idade', 'ainda sou menor', 'eu sou menor', 'nao tenho 18', 'não tenho 18', 'ainda nao tenho 18', 'ainda não tenho 18'],
    ageGapTalk: ['madura pra sua idade', 'maduro pra sua idade', 'madura pra idade', 'maduro pra idade', 'bem madura pra', 'bem maduro pra', 'mt madura pra', 'mt maduro pra', 'idade é só um número', 'idade é só número', 'idade e so numero', 'não ligo pra idade', 'n ligo pra idade', 'nao ligo pra idade', 'a idade nao importa', 'idade nao importa', 'idade e so um detalhe', 'vc e mt madura', 'vc e muito madura', 'voce e muito madura', 'parece mais velha', 'parece mais velho'],
  },
  tl: {
    streetWords: ['brgy', 'barangay', 'purok', 'sitio', 'subdivision', 'village', 'phase', 'street', 'st', 'road', 'rd', 'avenue', 'ave', 'block', 'blk', 'lot', 'unit', 'apt'],
    addressLead: ['address ko', 'nakatira ako sa', 'bahay namin', 'my address', 'i live at'],
    schoolWords: ['paaralan', 'national high school', 'nhs', 'elementary school', 'school', 'high school', 'elementary', 'college'],
    gradeLead: ['grade', 'gr'],
    gradeTail: ['grade', 'grader'],
    gradeNames: [],
    negations: ['hindi', 'wag', 'huwag', 'ayoko', 'ayaw'],
    numberLabels: ['id', 'ref', 'ref no', 'reference', 'order', 'room', 'kahoot', 'resibo'],
    sharedCodes: ['kahoot', 'quizizz', 'lobby', 'room', 'game', 'locker', 'padlock', 'promo', 'voucher', 'discount', 'zip', 'zip code', 'subject'],
    codeWords: ['code', 'otp', 'pin', 'password', 'pass'],
    aloneMarkers: ['mag-isa lang ako', 'mag isa lang ako', 'wala sila mama', 'walang tao sa bahay', 'home alone', 'tatakas ako', 'tumakas ako', 'puslit ako', 'wala sila papa', 'wala tao sa bahay', 'tayong dalawa lang'],
    agreeToMeet: ['sunduin mo ko', 'sige kita tayo', 'pupunta ako', 'see you there', 'pick me up'],
    meetCompanions: ['kasama ko si mama', 'kasama ko si papa', 'kasama ko si ate', 'kasama ko si kuya', 'kasama ko parents ko', 'kasama ko mga kaibigan', 'isasama ko si', 'ihahatid ako ni papa', 'ihahatid ako ni mama', 'hatid ako ni papa', 'hatid ako ni mama', 'sasama si mama', 'sasama si papa'],
    refusals: ['ayoko', 'ayaw ko', 'ayoko nga', 'ayaw', 'hindi', 'hindi po', 'wag', 'huwag', 'wag na', 'di pwede', 'no', 'no way'],
    strangerReplies: ['sino to', 'sino ito', 'sino ka', 'sino kayo', 'sino po kayo', 'sino po sila', 'sino po to', 'kilala ba kita', 'di kita kilala', 'wrong number po', 'wrong number', 'who are you'],
    askAdult: ['tanong ko kay mama', 'tanong ko muna kay mama', 'itanong ko kay mama', 'itanong ko muna kay mama', 'itanong ko kay papa', 'tanong ko kay papa', 'sabihin ko kay mama', 'sabihin ko kay papa', 'paalam muna ako', 'magpapaalam muna ako', 'ask ko muna si mama', 'ask ko si mama'],
    familyAddress: ['nanay', 'tatay', 'inay', 'itay', 'lola', 'lolo', 'mommy ko', 'mama', 'papa', 'ma', 'mommy', 'daddy', 'ninang', 'ninong'],
    familyPossessives: [],
    familyCallAfter: [],
    familyCallBefore: [],
    kinSender: ['si mama to', 'si mama ito', 'si papa to', 'si papa ito', 'si tita mo', 'si tito mo', 'si lola mo', 'si lolo mo', 'si tita to', 'si tito to', 'tita mo to', 'tito mo to', 'uy pinsan', 'hi pinsan', 'hello pinsan', 'hi pamangkin', 'hello pamangkin', 'si coach mo', 'teacher mo to', 'adviser mo to', 'si ninang', 'si ninong', 'hi inaanak', 'hello inaanak', 'inaanak ko'],
    surpriseWords: ['surprise', 'suprise', 'sorpresa', 'monito monita', 'kris kringle'],
    sharedKin: ['mama', 'nanay', 'inay', 'papa', 'tatay', 'itay', 'lola', 'lolo', 'mom', 'dad'],
    kinOwnersBefore: ['my', 'your', 'ur'],
    kinOwnersAfter: ['mo', 'ko', 'niya', 'nila', 'ni', 'nyo', 'ninyo', 'ng'],
    tellWords: ['sabihin', 'sasabihin', 'sabihan', 'ikwento', 'ipakita', 'tell'],
    warnAgainst: ['wag mong ibigay', 'wag ibigay', 'huwag ibigay', 'huwag mong ibigay', 'wag mong ibibigay', 'huwag mong ibibigay', 'wag mong isend', 'wag isend', 'wag mong ipadala', 'wag magbayad', 'huwag magbayad', 'wag mong i click', 'wag pindutin', 'scam yan', 'scam yun', 'mga scammer', 'hindi namin hihingin', 'hindi kailanman hihingi', 'hindi kami humihingi', 'never namin hihingin', 'never kami hihingi'],
    notAge: ['alas', 'bago', 'pagkatapos', 'page', 'pahina', 'room', 'numero', 'level', 'min', 'minuto', 'oras', 'hrs', 'am', 'pm', 'piso', 'pesos', 'php', 'beses', 'araw', 'linggo', 'buwan', 'km', 'kg', 'cm', 'tao', 'points', 'x', 'ng'],
    ageMarkers: ['pa lang ako', 'pa lang po ako', 'palang ako', 'palang po ako', 'pa lng ako', 'lang ako', 'lang po ako', 'edad ko', 'taong gulang', 'years old', 'yrs old', 'y o'],
    pressure: ['akala ko close na tayo', 'akala ko close tayo', 'akala ko magkaibigan tayo', 'ang dami ko nang', 'ang dami kong binigay', 'binigyan na kita', 'wala namang makakaalam', 'walang makakaalam', 'walang makakakita', 'hindi ko ipapakita', 'di ko ipapakita', 'wag ka nang mahiya', 'wag kang mahiya', 'di mo ba ako pinagkakatiwalaan', 'hindi mo ba ako pinagkakatiwalaan'],
    privateShare: ['wag mo ipakita', 'wag mong ipakita', 'huwag mong ipakita', 'wag mo ipapakita', 'wag mo ishare', 'wag mo i share', 'para sayo lang', 'sayo lang to', 'sayo lang yan', 'view once', 'burahin mo', 'burahin mo agad', 'delete mo agad', 'delete mo after', 'wag mo iss', 'wag mo i screenshot', 'wag mo iscreenshot'],
    photoWords: ['pic', 'pics', 'picture', 'selfie', 'video', 'vid', 'vc', 'cam'],
    privateShareNot: ['notes', 'sagot', 'assignment', 'homework', 'quiz', 'exam', 'bday', 'birthday', 'surprise', 'regalo', 'recipe', 'meme', 'pusa', 'aso', 'kanta'],
    ownAgeLeads: ['edad ko', 'ako ay'],
    ownAgeWeak: ['ako'],
    ownAgeAfter: ['lang ako', 'lang po ako', 'pa lang ako', 'palang ako', 'years old na ako'],
    answerAgeWords: ['ako', 'edad ko'],
    yourAgeLeads: ['alam kong', 'alam ko na'],
    yourAgeAfter: ['ka pa lang', 'ka pa lng', 'ka palang', 'ka pa lamang'],
    clauseJoins: ['pero', 'at'],
    jobTravel: ['trabaho sa abroad', 'work abroad', 'mag abroad', 'trabaho sa ibang bansa', 'magtrabaho sa ibang bansa', 'libre pamasahe', 'libreng pamasahe', 'libre ang pamasahe', 'sagot ang pamasahe', 'sagot namin ang pamasahe', 'sagot ang ticket', 'libre tirahan', 'libreng tirahan', 'libre ticket', 'cambodia', 'myanmar', 'laos'],
    travelNouns: ['pamasahe', 'ticket', 'plane ticket', 'tirahan', 'hotel', 'apartment', 'bahay'],
    travelPaid: ['libre', 'sagot', 'bayad na', 'sagot namin', 'free', 'covered'],
    parentConsent: ['pirma ng magulang', 'pirma ng parents', 'permiso ng magulang', 'permission ng parents', 'paalam sa magulang', 'magpaalam ka', 'tanong mo sa mama mo', 'tanong mo kay mama', 'kasama ang magulang', 'kasama parents mo', 'parents sign', 'consent ng parents'],
    minorWords: ['minor pa ako', 'minor pa lang ako', 'menor de edad ako', 'minor de edad ako', 'di pa ako 18', 'hindi pa ako 18', 'wala pa akong 18', 'im a minor', 'i m a minor', 'highschool pa lang ako'],
    ageGapTalk: ['mature ka mag isip', 'mature ka na mag isip', 'mature mag isip', 'mature ka for your age', 'mature para sa edad', 'age is just a number', 'numero lang ang edad', 'di halata edad mo', 'hindi halata edad mo', 'edad lang yan', 'hindi hadlang ang edad', 'mas mature ka pa', 'mas matured ka pa', 'mas matured ka'],
  },
  fr: {
    streetWords: ['rue', 'avenue', 'av', 'boulevard', 'bd', 'allee', 'chemin'],
    addressLead: ['mon adresse', 'j habite'],
    schoolWords: ['ecole', 'college', 'lycee'],
    gradeLead: ['classe'],
    gradeTail: ['eme', 'e'],
    gradeNames: [
      'en cp', 'en ce1', 'en ce2', 'en cm1', 'en cm2', 'en 6e', 'en 6eme', 'en sixieme', 'en 5e', 'en 5eme', 'en cinquieme', 'en 4e', 'en 4eme', 'en quatrieme', 'en 3e', 'en 3eme', 'en troisieme',
      'en 2nde', 'en seconde', 'en 1ere', 'en premiere', 'terminale',
    ],
    negations: ['pas', 'jamais', 'ne', 'non'],
    numberLabels: ['id', 'commande', 'reference', 'ref', 'salle', 'kahoot', 'ticket'],
    sharedCodes: ['kahoot', 'quizizz', 'lobby', 'salle', 'partie', 'casier', 'cadenas', 'retrait', 'promo', 'reduction', 'postal', 'matiere'],
    codeWords: ['code', 'mot de passe', 'mdp'],
    aloneMarkers: ['toute seule', 'tout seul', 'je viens seule', 'je viens seul', 'je fais le mur', 'je sors en douce', 'je serai seule', 'je serai seul', 'parents sont pas la', 'personne chez moi', 'juste toi et moi'],
    agreeToMeet: ['on se voit', 'je viens', 'viens me chercher'],
    meetCompanions: ['je viens avec mon', 'je viens avec ma', 'je viens avec mes', 'jviens avec mon', 'jviens avec ma', 'jviens avec mes', 'j arrive avec mon', 'j arrive avec ma', 'je ramène ma', 'je ramène mon', 'mon père m emmène', 'ma mère m emmène', 'mon père me dépose', 'ma mère me dépose', 'mon père vient aussi', 'ma mère vient aussi'],
    refusals: ['non', 'nan', 'je veux pas', 'je ne veux pas', 'jveux pas', 'hors de question', 'pas question', 'jamais', 'laisse tomber'],
    strangerReplies: ['c est qui', 'cest qui', 't es qui', 'tes qui', 'qui es tu', 'qui est ce', 'on se connait', 'mauvais numero', 'je te connais pas', 'c ki', 't ki', 'c qui', 'tes ki', 'vous etes qui', 'tu es qui', 'je vous connais pas', 'comment t as mon numero'],
    askAdult: ['demander a ma mere', 'demander a mon pere', 'demander a mes parents', 'demande a ma mere', 'demande a mon pere', 'demander a ma mere d abord', 'en parler a ma mere', 'en parler a mon pere', 'le dire a ma mere', 'le dire a mon pere', 'demander a ma maman', 'demander a mon papa'],
    familyAddress: ['maman', 'mamie', 'papa', 'papy', 'papi', 'marraine', 'parrain'],
    familyPossessives: ['mon', 'ma', 'ton', 'ta', 'son', 'sa'],
    familyCallAfter: [],
    familyCallBefore: [],
    kinSender: ['c est maman', 'cest maman', 'c est papa', 'cest papa', 'c est mamie', 'c est papy', 'c est ta tante', 'c est ton oncle', 'c est ta cousine', 'c est ton cousin', 'c est ton prof', 'c est ta prof', 'ton professeur principal', 'ta professeure principale', 'ton entraineur', 'ton coach', 'bisous maman', 'bisous papa', 'bisous mamie', 'gros bisous de mamie', 'salut cousin', 'salut cousine', 'coucou cousin', 'coucou cousine', 'cousinette', 'c est ta marraine', 'c est ton parrain'],
    surpriseWords: ['surprise', 'fete surprise', 'secret santa'],
    sharedKin: ['maman', 'papa', 'mamie', 'papi', 'mémé', 'pépé', 'mamy', 'papy'],
    kinOwnersBefore: ['ma', 'mon', 'ta', 'ton', 'sa', 'son', 'une', 'un', 'votre', 'leur'],
    kinOwnersAfter: ['de', 'du', 'd'],
    tellWords: ['dis', 'dire', 'raconte', 'raconter', 'dites', 'montre'],
    warnAgainst: ['envoie pas', 'envoie rien', 'donne pas', 'donne rien', 'paye pas', 'paie pas', 'clique pas', 'n envoie', 'ne donne', 'ne paye', 'ne paie', 'ne clique', 'c est une arnaque', 'arnaqueurs', 'ne demandons jamais', 'ne demande jamais', 'ne demandent jamais', 'ne vous demandera jamais', 'ne te demandera jamais', 'demande jamais'],
    notAge: ['a', 'vers', 'avant', 'apres', 'jusqu', 'page', 'p', 'salle', 'bus', 'numero', 'num', 'niveau', 'min', 'minutes', 'h', 'heures', 'euros', 'eur', 'balles', 'points', 'pts', 'personnes', 'fois', 'jours', 'semaines', 'mois', 'km', 'kg', 'cm', 'eme', 'de', 'sur', 'x', 'fait', 'depuis', 'pendant'],
    ageMarkers: ['ans'],
    pressure: ['je croyais qu on etait proches', 'je pensais qu on etait proches', 'apres tout ce que je', 'tu peux bien faire ca pour moi', 'personne ne saura', 'personne va savoir', 'personne le saura', 'personne va voir', 'personne ne verra', 'sois pas timide', 'fais pas ta timide', 'c est juste moi', 'tu me fais pas confiance', 'tu ne me fais pas confiance', 'je le montrerai a personne', 'je dirai rien a personne'],
    privateShare: ['montre a personne', 'le montre a personne', 'la montre a personne', 'le montre pas', 'la montre pas', 'partage pas', 'la partage pas', 'le partage pas', 'juste pour toi', 'que pour toi', 'rien que pour toi', 'vue unique', 'supprime apres', 'supprime la apres', 'pas de capture', 'screen pas', 'fais pas de screen'],
    photoWords: ['photo', 'photos', 'video', 'videos', 'selfie', 'camera', 'cam', 'appel video', 'facetime', 'nudes'],
    privateShareNot: ['cours', 'reponses', 'devoirs', 'exo', 'controle', 'anniv', 'anniversaire', 'surprise', 'cadeau', 'recette', 'meme', 'memes', 'du chat', 'mon chat', 'le chat', 'chien', 'chiot', 'chaton', 'anniversaire', 'chanson'],
    ownAgeLeads: [],
    ownAgeWeak: ['j ai', 'jai'],
    ownAgeAfter: [],
    answerAgeWords: ['moi', 'j ai', 'jai', 'je'],
    yourAgeLeads: ['tu n as que', 't as que', 'tu as que', 'je sais que t as', 'je sais que tu as', 'jsais que t as'],
    yourAgeAfter: [],
    clauseJoins: ['mais', 'et', 'donc'],
    jobTravel: ['travail a l etranger', 'travailler a l etranger', 'job a l etranger', 'poste a l etranger', 'un autre pays', 'billet paye', 'billets payes', 'billet d avion paye', 'billet d avion offert', 'billet offert', 'voyage paye', 'tous frais payes', 'on paie le billet', 'on te paie le billet', 'logement fourni', 'logement offert', 'loge nourri', 'logee nourrie', 'cambodge', 'myanmar'],
    travelNouns: ['billet', 'billets', 'billet d avion', 'vol', 'vols', 'hotel', 'logement', 'appart', 'appartement', 'hebergement'],
    travelPaid: ['paye', 'payes', 'payee', 'offert', 'offerts', 'offerte', 'gratuit', 'gratuits', 'pris en charge', 'inclus', 'fourni'],
    parentConsent: ['autorisation parentale', 'autorisation des parents', 'signature des parents', 'signature d un parent', 'accord des parents', 'accord de tes parents', 'demande a tes parents', 'demande a ta mere', 'demande a ton pere', 'parles en a tes parents', 'avec tes parents', 'un parent doit signer', 'tes parents doivent signer'],
    minorWords: ['je suis mineure', 'je suis mineur', 'jsuis mineure', 'jsuis mineur', 'chui mineure', 'chui mineur', 'j ai pas 18', 'j ai pas 18 ans', 'je suis au college', 'je suis au collège'],
    ageGapTalk: ['mature pour ton âge', 'mature pour ton age', 'très mature pour', 'tres mature pour', 'trop mature pour', 'l âge c est qu un chiffre', 'l age c est qu un chiffre', 'l âge c est juste un chiffre', 'l age c est juste un chiffre', 'tu fais plus que ton âge', 'tu fais plus que ton age', 'l age ne compte pas', 'l âge ne compte pas', 't es trop mature', 'tu es trop mature', 'on s en fout de l age', 'on s en fout de l âge'],
  },
  ms: {
    streetWords: ['jalan', 'jln', 'lorong', 'taman', 'kampung', 'kg', 'lot', 'block', 'blk', 'unit', 'floor'],
    addressLead: ['alamat saya', 'alamat rumah saya', 'rumah saya di', 'my address'],
    schoolWords: ['sekolah', 'sekolah menengah', 'sekolah kebangsaan', 'sk', 'smk', 'smjk', 'school'],
    gradeLead: ['form', 'tingkatan', 'darjah', 'tahun', 'standard', 'kelas', 'year'],
    gradeTail: [],
    gradeNames: [],
    negations: ['tidak', 'tak', 'jangan', 'bukan', 'takkan'],
    numberLabels: ['id', 'room', 'kahoot', 'pesanan', 'resit', 'ref', 'tiket'],
    sharedCodes: ['kahoot', 'quizizz', 'lobby', 'room', 'game', 'locker', 'padlock', 'lokar', 'loker', 'poskod', 'pos', 'promo', 'voucher', 'diskaun', 'subjek'],
    codeWords: ['kod', 'tac', 'kata laluan', 'otp', 'pin', 'password', 'code', 'kodnya', 'kod tac', 'tacnya', 'otpnya', 'pinnya', 'passwordnya'],
    aloneMarkers: ['sorang2', 'saya sorang', 'mak ayah takde', 'sendirian', 'curi curi keluar', 'curi keluar', 'lari dari rumah', 'mak ayah tak ada', 'kita berdua je'],
    agreeToMeet: ['ok jumpa', 'jemput saya', 'saya datang'],
    meetCompanions: ['saya datang dengan', 'aku datang dengan', 'saya pergi dengan', 'aku pergi dengan', 'aku datang ngan', 'mak hantar saya', 'mak hantar aku', 'ayah hantar saya', 'ayah hantar aku', 'abah hantar aku', 'abah hantar saya', 'aku bawa kawan', 'saya bawa kawan', 'mak ikut', 'ayah ikut', 'abah ikut'],
    refusals: ['tak nak', 'tak mahu', 'taknak', 'x nak', 'xnak', 'tak mau', 'tak boleh', 'x boleh', 'tidak', 'jangan', 'no'],
    strangerReplies: ['siapa ni', 'sape ni', 'sapa ni', 'sape ko', 'sapa ko', 'ko sape', 'ko siapa', 'awak siapa', 'kau siapa', 'kau sape', 'salah nombor', 'aku tak kenal', 'saya tak kenal', 'tak kenal pun', 'who are you', 'wrong number'],
    askAdult: ['tanya mak', 'tanya abah', 'tanya ibu', 'tanya ayah', 'tanya mak dulu', 'tanya abah dulu', 'tanya parents', 'bagitahu mak', 'bagitau mak', 'bagitahu abah', 'minta izin mak', 'minta izin'],
    familyAddress: ['mak', 'abah', 'umi', 'abi', 'tok', 'atuk', 'nenda', 'ayah', 'ibu', 'mama', 'papa', 'nenek', 'mummy'],
    familyPossessives: [],
    familyCallAfter: [],
    familyCallBefore: [],
    kinSender: ['ni along', 'ini along', 'ni angah', 'ini angah', 'ini mak', 'ini abah', 'ini ibu', 'ini ayah', 'ini umi', 'mak ni', 'abah ni', 'ibu ni', 'ayah ni', 'ini mak long', 'ini pak long', 'ini mak su', 'ini pak su', 'ini tok', 'ini atuk', 'ini nenek', 'cucu atuk', 'cucu nenek', 'ini cikgu', 'cikgu ni', 'ini guru kelas', 'ini jurulatih'],
    surpriseWords: ['kejutan', 'surprise', 'suprise'],
    sharedKin: ['mak', 'emak', 'mama', 'abah', 'ayah', 'nenek', 'atuk', 'opah'],
    kinOwnersBefore: [],
    kinOwnersAfter: ['kau', 'awak', 'u', 'you', 'aku', 'saya', 'i', 'dia', 'korang', 'cik', 'dari'],
    tellWords: ['bagitau', 'bagitahu', 'beritahu', 'cakap', 'cerita', 'tunjuk'],
    warnAgainst: ['jangan bagi', 'jangan beri', 'jangan hantar', 'jangan send', 'jangan bayar', 'jangan transfer', 'jangan klik', 'jangan tekan', 'tu scam', 'itu scam', 'scammer', 'tidak akan meminta', 'tidak pernah meminta', 'tak pernah minta', 'takkan minta', 'x pernah minta'],
    notAge: ['jam', 'pukul', 'minit', 'muka', 'tingkat', 'nombor', 'no', 'ringgit', 'rm', 'sen', 'orang', 'kali', 'x', 'hari', 'minggu', 'bulan', 'km', 'kg', 'cm', 'peratus', 'lagi', 'mata', 'soalan', 'selama', 'sejak'],
    ageMarkers: ['masih', 'baru', 'umur', 'umur aku', 'umur saya', 'usia', 'tahun', 'thn', 'tahun je'],
    pressure: ['jangan malu', 'tak payah malu', 'x payah malu', 'takde siapa tahu', 'tak ada siapa tahu', 'takkan ada orang tahu', 'abang dah bagi', 'akak dah bagi', 'aku dah bagi', 'ingat kita rapat', 'ingatkan kita rapat', 'tak percaya abang', 'tak percaya kat aku', 'abang takkan bagitau', 'aku takkan bagitau sesiapa'],
    privateShare: ['jangan sebar', 'jangan share', 'jangan tunjuk', 'jangan tunjuk orang', 'untuk kau je', 'untuk awak je', 'untuk abang je', 'khas untuk kau', 'view once', 'padam lepas', 'padam lepas tengok', 'jangan ss', 'jangan screenshot'],
    photoWords: ['gambar', 'foto', 'video', 'selfie', 'vc', 'kamera'],
    privateShareNot: ['nota', 'jawapan', 'kerja sekolah', 'homework', 'peperiksaan', 'birthday', 'hari jadi', 'kejutan', 'hadiah', 'resepi', 'meme', 'kucing', 'anjing', 'lagu'],
    ownAgeLeads: ['umur aku', 'umur saya', 'umur i', 'usia aku', 'usia saya'],
    ownAgeWeak: ['aku', 'saya', 'i'],
    ownAgeAfter: [],
    answerAgeWords: ['aku', 'saya', 'i', 'abang', 'kakak'],
    yourAgeLeads: ['awak baru', 'awak masih', 'kau baru', 'kau masih', 'saya tahu awak', 'aku tahu kau', 'umur awak baru'],
    yourAgeAfter: [],
    clauseJoins: ['tapi', 'tp', 'dan'],
    jobTravel: ['kerja luar negara', 'kerja di luar negara', 'jawatan di luar negara', 'kerja oversea', 'kemboja', 'myanmar', 'laos', 'tiket ditanggung', 'tiket percuma', 'tiket flight', 'tiket flight free', 'tiket kapal terbang', 'penginapan percuma', 'tempat tinggal disediakan', 'asrama disediakan', 'hostel disediakan'],
    travelNouns: ['tiket', 'tiket flight', 'tiket kapal terbang', 'penginapan', 'asrama', 'hostel', 'rumah', 'tempat tinggal', 'hotel'],
    travelPaid: ['ditanggung', 'percuma', 'free', 'disediakan', 'dibayar', 'sponsor'],
    parentConsent: ['parents sign', 'tandatangan ibu bapa', 'tandatangan parents', 'kebenaran ibu bapa', 'kebenaran parents', 'surat kebenaran', 'izin mak ayah', 'minta izin mak', 'tanya mak ayah', 'tanya parents', 'bawa mak ayah', 'bawa parents', 'dengan ibu bapa'],
    minorWords: ['saya bawah umur', 'aku bawah umur', 'i bawah umur', 'saya masih bawah umur', 'aku masih bawah umur', 'saya belum 18', 'aku belum 18', 'saya masih sekolah', 'aku masih sekolah'],
    ageGapTalk: ['matang untuk umur', 'matang utk umur', 'awak matang', 'kau matang', 'u matang', 'umur hanya angka', 'umur cuma angka', 'dewasa untuk umur', 'umur tak penting', 'umur tidak penting', 'awak nampak matang'],
  },
  th: {
    streetWords: ['ซอย', 'ถนน', 'หมู่', 'บ้านเลขที่'],
    addressLead: ['บ้านอยู่'],
    schoolWords: ['โรงเรียน', 'รร'],
    gradeLead: ['ม', 'ป'],
    gradeTail: [],
    gradeNames: [],
    negations: ['ไม่', 'อย่า', 'ห้าม'],
    numberLabels: ['id', 'ไอดี', 'kahoot', 'เลขพัสดุ', 'ออเดอร์'],
    sharedCodes: ['kahoot', 'quizizz', 'lobby', 'ห้อง', 'ล็อกเกอร์', 'ตู้ล็อกเกอร์', 'โปรโมชั่น', 'ส่วนลด', 'ไปรษณีย์'],
    codeWords: ['รหัส', 'รหัสผ่าน', 'otp', 'พาสเวิร์ด', 'pin'],
    aloneMarkers: ['อยู่คนเดียว', 'ไปคนเดียว', 'มาคนเดียว', 'อยู่บ้านคนเดียว', 'พ่อแม่ไม่อยู่', 'แม่ไม่อยู่', 'พ่อไม่อยู่', 'ไม่มีใครอยู่บ้าน', 'บ้านไม่มีใคร', 'แอบออก', 'หนีออกจากบ้าน', 'แอบหนีออก'],
    agreeToMeet: ['เจอกัน', 'มารับ', 'นัดเจอ'],
    meetCompanions: ['หนูไปกับแม่', 'หนูไปกับพ่อ', 'หนูไปกับเพื่อน', 'ผมไปกับแม่', 'ผมไปกับพ่อ', 'ผมไปกับเพื่อน', 'หนูจะไปกับแม่', 'ผมจะไปกับพ่อ', 'แม่ไปส่ง', 'พ่อไปส่ง', 'แม่ไปด้วย', 'พ่อไปด้วย', 'ชวนเพื่อนไปด้วย'],
    refusals: ['ไม่', 'ไม่เอา', 'ไม่ได้', 'ไม่ดีกว่า', 'ไม่อยาก', 'ไม่ส่ง', 'ไม่เปิด'],
    strangerReplies: ['ใคร', 'นี่ใคร', 'ใครคะ', 'ใครครับ', 'รู้จักกันหรอ', 'ไม่รู้จัก', 'ส่งผิด'],
    askAdult: ['ถามแม่ก่อน', 'ถามพ่อก่อน', 'ขอถามแม่', 'ขอถามพ่อ', 'ขออนุญาตแม่', 'ขออนุญาตพ่อ', 'บอกแม่ก่อน', 'บอกพ่อก่อน', 'ปรึกษาแม่', 'ปรึกษาพ่อ'],
    familyAddress: ['แม่', 'พ่อ', 'ยาย', 'ตา', 'ย่า', 'ปู่'],
    familyPossessives: [],
    familyCallAfter: ['คะ', 'ขา', 'จ๋า', 'จ้า', 'ครับ', 'คับ', 'ฮะ'],
    familyCallBefore: ['ค่ะ', 'คะ', 'จ้า', 'จ้ะ', 'ครับ', 'คับ', 'ฮะ', 'นะ', 'ค่า', 'ขา'],
    kinSender: ['แม่เอง', 'พ่อเอง', 'ยายเอง', 'ย่าเอง', 'ปู่เอง', 'ป้าเอง', 'ลุงเอง', 'ลูกรัก', 'ลูกแม่', 'ลูกพ่อ', 'หลานรัก', 'หลานยาย', 'หลานย่า', 'ครูประจำชั้นเอง', 'ครูเอง', 'โค้ชเอง'],
    surpriseWords: ['เซอร์ไพรส์', 'เซอร์ไพร้ส์', 'เซอไพรส์', 'ไพรส์'],
    sharedKin: [],
    kinOwnersBefore: [],
    kinOwnersAfter: [],
    tellWords: ['บอก'],
    warnAgainst: ['อย่าให้รหัส', 'อย่าให้โค้ด', 'อย่าส่งรหัส', 'อย่าส่งโค้ด', 'อย่าบอกรหัส', 'อย่าบอกโค้ด', 'อย่าโอน', 'อย่ากดลิงก์', 'อย่ากดลิ้ง', 'มิจฉาชีพ', 'แก๊งคอล', 'ไม่เคยขอรหัส', 'ไม่เคยขอโค้ด', 'ไม่มีนโยบายขอ'],
    notAge: ['โมง', 'ทุ่ม', 'นาที', 'ชั่วโมง', 'บาท', 'คน', 'ครั้ง', 'วัน', 'เดือน', 'กิโล', 'หน้า', 'ห้อง', 'ข้อ', 'ชั้น'],
    ageMarkers: ['อายุ', 'ขวบ', 'พี่', 'หนู'],
    pressure: ['ไม่มีใครรู้หรอก', 'ไม่มีใครรู้', 'ไม่มีใครเห็น', 'พี่ไม่บอกใคร', 'ไม่บอกใครหรอก', 'อย่าอายเลย', 'ไม่ต้องอาย', 'พี่อุตส่าห์', 'ไม่ไว้ใจพี่', 'คิดว่าเราสนิทกัน', 'พี่ให้ไปแล้ว', 'พี่ให้เงินไปแล้ว'],
    privateShare: ['ห้ามให้ใครดู', 'อย่าให้ใครดู', 'อย่าให้ใครเห็น', 'อย่าแชร์', 'ดูคนเดียว', 'ดูแล้วลบ', 'อย่าแคป', 'ห้ามแคป'],
    photoWords: ['รูป', 'คลิป', 'วิดีโอ', 'กล้อง', 'ไลฟ์'],
    privateShareNot: ['การบ้าน', 'ข้อสอบ', 'เฉลย', 'สรุป', 'วันเกิด', 'เซอร์ไพรส์', 'ของขวัญ', 'มีม', 'แมว', 'หมา', 'เพลง'],
    ownAgeLeads: ['พี่', 'หนู', 'พี่อายุ', 'ผมอายุ', 'ฉันอายุ', 'เราอายุ', 'หนูอายุ'],
    ownAgeWeak: [],
    ownAgeAfter: [],
    answerAgeWords: [],
    yourAgeLeads: ['น้องอายุแค่', 'หนูอายุแค่', 'เธออายุแค่'],
    yourAgeAfter: [],
    clauseJoins: [],
    jobTravel: ['ทำงานต่างประเทศ', 'งานต่างประเทศ', 'ไปทำงานที่ต่างประเทศ', 'งานแอดมินออนไลน์ที่ต่างประเทศ', 'กัมพูชา', 'เขมร', 'พม่า', 'เมียนมา', 'ประเทศลาว', 'เมียวดี', 'ที่พักฟรี', 'มีที่พักให้', 'ที่พักให้ฟรี', 'ออกค่าตั๋ว', 'ออกค่าเครื่องบิน', 'ตั๋วฟรี', 'ตั๋วเครื่องบินฟรี'],
    travelNouns: ['ตั๋ว', 'ตั๋วเครื่องบิน', 'ค่าเครื่องบิน', 'ที่พัก', 'ห้องพัก', 'โรงแรม'],
    travelPaid: ['ฟรี', 'ออกให้', 'จ่ายให้', 'รวม'],
    parentConsent: ['ผู้ปกครองเซ็น', 'ลายเซ็นผู้ปกครอง', 'ใบอนุญาตผู้ปกครอง', 'ขออนุญาตผู้ปกครอง', 'ขออนุญาตพ่อแม่', 'ถามพ่อแม่', 'ผู้ปกครองยินยอม', 'พาผู้ปกครองมา'],
    minorWords: ['ยังไม่บรรลุนิติภาวะ', 'ยังเป็นเด็กอยู่', 'หนูยังเด็ก', 'ยังเรียนมัธยม', 'ยังไม่18', 'ยังไม่ถึง18'],
    ageGapTalk: ['โตเกินวัย', 'โตเกินอายุ', 'เป็นผู้ใหญ่กว่าอายุ', 'อายุเป็นแค่ตัวเลข', 'ดูโตกว่าอายุ', 'อายุไม่สำคัญ', 'อายุไม่ใช่ปัญหา'],
  },
};
