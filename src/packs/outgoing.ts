/**
 * Words for the teen's OWN messages (scanOutgoing): what gives away where
 * they live or study, codes they are about to hand over, and agreeing to
 * meet alone. Data only, in every pack language; the scanner is
 * src/engine/outgoing.ts. Terms are normalised like messages.
 */
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
  /** Words for a secret code or password, before the code itself. */
  codeWords: readonly string[];
  /** Phrases saying the teen will be alone or unwatched. */
  aloneMarkers: readonly string[];
  /** Phrases agreeing to meet. */
  agreeToMeet: readonly string[];
  /** The teen saying no (a later repeat of the same ask is compliance testing). */
  refusals: readonly string[];
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
}

export const OUTGOING_LEXICON: OutgoingLexicon = {
  streetWords: [
    'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'drive', 'dr', 'blvd', 'boulevard', 'court', 'ct', 'way', 'place', 'apt', 'apartment', 'unit', 'block', 'blk', 'lot', 'floor',
    'jalan', 'jln', 'jl', 'gang', 'gg', 'rt', 'rw', 'komplek', 'perumahan', 'taman', 'lorong', 'kampung', 'kg',
    'brgy', 'barangay', 'purok', 'sitio', 'subdivision', 'village', 'phase',
    'calle', 'avenida', 'av', 'colonia', 'rua', 'bairro', 'rue', 'allee', 'chemin', 'bd',
    'ซอย', 'ถนน', 'หมู่', 'บ้านเลขที่',
  ],
  addressLead: [
    'my address', 'my addy', 'i live at', 'i live on', 'im at', 'my house is', 'my house is at', 'our house is', 'alamat aku', 'alamat saya', 'alamatku', 'rumahku di', 'rumah aku di', 'rumah saya di',
    'address ko', 'nakatira ako sa', 'bahay namin', 'mi direccion', 'vivo en', 'meu endereco', 'moro na', 'moro em', 'mon adresse', 'j habite', 'alamat rumah saya', 'บ้านอยู่',
  ],
  schoolWords: [
    'school', 'high school', 'middle school', 'elementary', 'academy', 'junior high', 'secondary', 'college',
    'sekolah', 'smp', 'sma', 'smk', 'sd', 'mts', 'man', 'smpn', 'sman', 'sdn', 'smkn', 'sekolah menengah', 'sk', 'smk', 'smjk', 'sekolah kebangsaan',
    'paaralan', 'national high school', 'nhs', 'elementary school',
    'escuela', 'colegio', 'instituto', 'liceo', 'secundaria', 'preparatoria', 'escola', 'colegio estadual', 'ecole', 'college', 'lycee', 'โรงเรียน',
  ],
  gradeLead: ['grade', 'gr', 'year', 'yr', 'class', 'kelas', 'kls', 'form', 'tingkatan', 'darjah', 'standard', 'grado', 'ano', 'serie', 'classe', 'ม', 'ป'],
  gradeTail: ['grade', 'th grade', 'grader', 'grado', 'ano', 'serie', 'eme', 'e'],
  codeWords: [
    'code', 'otp', 'pin', 'password', 'pass', 'pw', 'passcode', 'login', 'verification code', 'kode', 'kode otp', 'sandi', 'kata sandi', 'kod', 'tac', 'kata laluan',
    'codigo', 'contrasena', 'senha', 'mot de passe', 'mdp', 'รหัส', 'รหัสผ่าน',
  ],
  aloneMarkers: [
    'home alone', 'ill be alone', 'i ll be alone', 'im alone', 'i m alone', 'ill come alone', 'i ll come alone', 'no one is home', 'nobody is home', 'no one s home', 'nobodys home', 'parents are out', 'my parents are away', 'parents r out', 'mom is out', 'just me', 'by myself',
    'sendirian', 'aku sendiri', 'ortu lagi pergi', 'ortu ga ada', 'ga ada orang', 'sorang2', 'saya sorang', 'mak ayah takde', 'mag-isa lang ako', 'mag isa lang ako', 'wala sila mama', 'walang tao sa bahay',
    'estoy sola', 'estoy solo', 'voy sola', 'voy solo', 'sozinha', 'sozinho', 'vou sozinha', 'toute seule', 'tout seul', 'je viens seule', 'je viens seul', 'อยู่คนเดียว', 'ไปคนเดียว',
  ],
  agreeToMeet: [
    'ok lets meet', 'okay lets meet', 'ok ill meet', 'ok i ll meet', 'ill meet you', 'ill meet u', 'i ll meet you', 'see you there', 'see u there', 'pick me up', 'ill come', 'i ll come', 'ill be there', 'i ll be there', 'ok where', 'what time should i come', 'ill sneak out', 'i ll sneak out',
    'oke ketemu', 'ok ketemuan', 'jemput aku', 'aku dateng', 'aku datang', 'ok jumpa', 'jemput saya', 'saya datang', 'sunduin mo ko', 'sige kita tayo', 'pupunta ako',
    'nos vemos', 'voy para alla', 'paso por ti', 'me buscas', 'te veo alla', 'a gente se ve', 'me busca', 'vou ai', 'on se voit', 'je viens', 'viens me chercher', 'เจอกัน', 'มารับ',
  ],
  refusals: [
    'no', 'nope', 'nah', 'no thanks', 'no thank you', 'i dont want to', 'i don t want to', 'dont want to', 'i dont wanna', 'i don t wanna', 'not comfortable', 'im not comfortable', 'i m not comfortable', 'stop', 'stop it', 'leave me alone', 'i said no', 'not doing that', 'i wont', 'i won t', 'no way', 'never',
    'gak', 'ga', 'nggak', 'ngga', 'tidak', 'ga mau', 'gak mau', 'nggak mau', 'ogah', 'jangan', 'tak nak', 'tak mahu', 'taknak', 'ayoko', 'ayaw ko', 'hindi', 'wag', 'huwag', 'di pwede',
    'no quiero', 'no gracias', 'nao', 'nao quero', 'nem pensar', 'non', 'je veux pas', 'je ne veux pas', 'hors de question', 'ไม่', 'ไม่เอา', 'ไม่ได้',
  ],
  strangerReplies: [
    'who is this', 'who s this', 'whos this', 'who are you', 'who r u', 'who dis', 'do i know you', 'do i know u', 'i dont know you', 'i don t know you', 'wrong number', 'how do you know me', 'how do u know me', 'how did you get my number',
    'siapa ini', 'ini siapa', 'siapa ya', 'siapa nih', 'kamu siapa', 'lu siapa', 'salah nomor', 'kok tau', 'kenal dari mana',
    'siapa ni', 'awak siapa', 'kau siapa', 'salah nombor', 'aku tak kenal', 'saya tak kenal',
    'sino to', 'sino ito', 'sino ka', 'sino kayo', 'sino po kayo', 'sino po sila', 'sino po to', 'kilala ba kita', 'di kita kilala', 'wrong number po',
    'quien eres', 'quien sos', 'quien es', 'quien habla', 'numero equivocado', 'te conozco', 'no te conozco', 'de donde me conoces',
    'quem e', 'quem e vc', 'quem e voce', 'quem fala', 'numero errado', 'te conheco', 'nao te conheco', 'de onde vc me conhece',
    'c est qui', 'cest qui', 't es qui', 'tes qui', 'qui es tu', 'qui est ce', 'on se connait', 'mauvais numero', 'je te connais pas',
    'ใคร', 'นี่ใคร', 'ใครคะ', 'ใครครับ', 'รู้จักกันหรอ', 'ไม่รู้จัก', 'ส่งผิด',
  ],
  familyAddress: [
    'mom', 'mum', 'mommy', 'mummy', 'mama', 'ma', 'dad', 'daddy', 'papa', 'grandma', 'grandpa', 'nana', 'granny',
    'mami', 'papi', 'bunda', 'ayah', 'ibu', 'mamah', 'papah', 'nenek', 'kakek', 'eyang', 'oma', 'opa',
    'mak', 'abah', 'umi', 'abi', 'tok', 'atuk', 'nenda',
    'nanay', 'tatay', 'inay', 'itay', 'lola', 'lolo', 'mommy ko',
    'mamá', 'papá', 'abuela', 'abuelo', 'abue', 'mãe', 'mae', 'pai', 'mamãe', 'papai', 'vó', 'vô', 'vovó', 'vovô',
    'maman', 'mamie', 'papy', 'papi',
    'แม่', 'พ่อ', 'ยาย', 'ตา', 'ย่า', 'ปู่',
  ],
};
