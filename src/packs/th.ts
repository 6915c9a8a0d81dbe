import type { LanguagePack } from './types';

/**
 * Thai, as teens and strangers write it in chat: no spaces between words,
 * particles (หน่อย นะ ดิ สิ ไหม มั้ย ป่าว), พี่/น้อง/หนู/เค้า/ตัวเอง as
 * pronouns, 555 for laughter, English loanwords in Thai script (ไลน์ ไอจี
 * เซลฟี่ คลิป วิดีโอคอล โอทีพี) and Latin words mixed in (line, ig, otp).
 *
 * The engine does not segment Thai: every Thai term is matched as a
 * substring inside a run of Thai letters (./FORMAT.md, "Thai"). So terms
 * are written to be specific on their own (two syllables or more), and the
 * short ones that also sit inside ordinary words are guarded: ไลน์ is inside
 * ออนไลน์ (online) and ไซด์ไลน์, รูป is inside รูปแบบ (format), ส่ง is inside
 * ส่งการบ้าน (hand in homework), ถ่าย is inside ถ่ายเอกสาร (photocopy).
 * Unmatched Thai letters count one token per 4 letters, so windows are a
 * little wider than in spaced languages.
 * Grammar: request verb x object x modifier, with the hard negatives that
 * would break a rule written beside it as `unless`.
 */

export const thPack: LanguagePack = {
  lang: 'th',
  lexicon: {
    // --- verbs -------------------------------------------------------------
    /** Asking for a picture: send (ส่ง), may I have (ขอ), see (ดู, inside ขอดู/ให้ดู/อยากดู), want to see (อยากเห็น), show (โชว์). */
    send: ['ส่ง', 'ขอ', 'ดู', 'อยากเห็น', 'โชว์', 'แชร์', ],
    take: ['ถ่าย', 'อัด', 'เซลฟี'],
    // --- objects -----------------------------------------------------------
    pic: ['รูป', 'ภาพ', 'คลิป', 'วิดีโอ', 'วีดีโอ', 'วีดิโอ', 'เซลฟี', 'นู้ด', 'นูด', 'pic', 'pics', 'selfie', 'nude', 'nudes', 'vdo', '@pic_emoji'],
    nudes: ['นู้ด', 'นูด', 'โป๊', 'เปลือย', 'หวิว', 'คลิปหลุด', 'nude', 'nudes'],
    undressed: [
      'ไม่ใส่', 'ถอด', 'ชุดชั้นใน', 'กางเกงใน', 'ยกทรง', 'ชุดนอน', 'ชุดว่ายน้ำ', 'บิกินี่', 'เซ็กซี', 'อาบน้ำ', 'ในห้องน้ำ', 'ห้องนอน', 'บนเตียง', 'ทั้งตัว', 'รูปร่าง',
      'หน้าอก', 'sexy',
    ],
    private_modifier: ['คนเดียว', 'ไม่ให้ใคร', 'ไม่มีใครเห็น', 'ส่วนตัว', 'ลับๆ', 'แล้วลบ'],
    camera: ['เปิดกล้อง', 'วิดีโอคอล', 'วีดีโอคอล', 'คอลวิดีโอ', 'คอลวีดีโอ', 'เฟซไทม์', ],
    // --- hard negatives for photo rules ---------------------------------------
    schoolwork: [
      'การบ้าน', 'ใบงาน', 'สมุด', 'กระดาน', 'ตาราง', 'ข้อสอบ', 'หนังสือ', 'ชีท', 'สไลด์', 'รายงาน', 'โครงงาน', 'แบบฝึก', 'งานกลุ่ม', 'ส่งงาน', 'ครู', 'อาจารย์',
      'วิชา', 'ใบเสร็จ', 'สลิป', 'เมนู', 'แผนที่', 'รูปแบบ', 'เอกสาร', 'ภาพยนตร์', 'ส่งของ', 'พัสดุ',
    ],
    benign_pic_subject: ['น้องหมา', 'น้องแมว', 'แมว', 'สุนัข', 'สัตว์', 'วิว', 'อาหาร', 'ขนม', 'เค้ก', 'ทริป', 'ทะเล', 'วันเกิด', 'คอนเสิร์ต', 'กีฬาสี', 'ทีม', 'รูปหมู่', 'รับปริญญา'],
    group_place: ['ลงกลุ่ม', 'ในกลุ่ม', 'กลุ่มไลน์', 'ไลน์กลุ่ม', 'กลุ่มห้อง', 'อัลบั้ม', 'ไดรฟ์', 'ลงเฟส', 'ลงไอจี', 'สตอรี่', 'ทุกคน'],
    // --- meetups -------------------------------------------------------------
    meet: ['เจอ', 'เดท', 'เที่ยว', 'มาหา', 'ไปหา', 'นัด', 'ค้างคืน', 'นอนด้วยกัน', 'meet'],
    in_person: ['ตัวจริง', 'สองคน', 'แค่เรา', 'คนเดียว', 'ไม่ต้องพาใคร', 'ห้ามพาใคร', 'แอบ', 'ห้องพี่', 'บ้านพี่', 'คอนโด', 'รถพี่', 'โรงแรม'],
    when_where: ['ที่ไหน', 'กี่โมง', 'เมื่อไ', 'วันไหน', 'ว่างไหม', 'ว่างมั้ย', 'เสาร์นี้', 'อาทิตย์นี้', 'คืนนี้', 'พรุ่งนี้'],
    pickup: ['ไปรับ', 'มารับ', 'ไปส่ง', 'รอหน้า', 'ขับรถ', 'รออยู่', 'รอที่'],
    come_over: ['มาบ้านพี่', 'มาห้องพี่', 'มาคอนโด', 'ไปบ้านพี่', 'ไปห้องพี่', 'มาค้าง', 'มานอน', 'ขึ้นรถพี่'],
    travel: ['ค่ารถ', 'ค่าแท็กซี่', 'ค่าแกร็บ', 'ค่าเดินทาง', 'ค่าตั๋ว', 'ตั๋ว', 'เรียกรถ', 'แกร็บ', 'grab', 'taxi'],
    /** Paying your share, or asking them to pay theirs: friends splitting a ride, not a stranger paying the teen's way (meet.pay_travel). */
    split_cost: ['หารกัน', 'หารครึ่ง', 'คนละครึ่ง', 'แชร์กัน', 'ต่างคนต่างจ่าย', 'จ่ายคืน'],
    benign_meet: ['โรงเรียน', 'ห้องเรียน', 'ติว', 'ห้องสมุด', 'ในเกม', 'ซ้อม', 'งานกลุ่ม', 'รายงาน', 'ทุกคน', 'แม่ไปรับ', 'พ่อไปรับ', 'แม่มารับ', 'พ่อมารับ', 'รถโรงเรียน', 'ครู', 'โบสถ์'],
    // --- off platform ----------------------------------------------------------
    add: ['แอด', 'ทัก', 'คุย', 'ย้าย', 'ขอ', 'มี', 'ใช้', 'โหลด', 'add'],
    app_th: ['ไลน์', 'เทเล', 'ดิสคอร์ด', 'วอทส์แอป', 'วอทแอป', 'วอทสแอป', 'ไอจี', 'สแนป', 'เฟส', 'วีแชท', 'ติ๊กต๊อก', 'แอคหลุม', 'แอคลับ', 'อีกแอค', 'แอคสำรอง', '@app', '@app_weak'],
    /** Words that contain ไลน์ (LINE) but are not a move to it: online, "sideline", the class LINE group. */
    not_app: ['ออนไลน์', 'ไซด์ไลน์', 'กลุ่ม', 'ห้อง', 'ไลน์ครู', 'ไลน์แม่', 'ไลน์แมน', 'ทีม', 'ชมรม'],
    private_chat: ['คุยส่วนตัว', 'แชทส่วนตัว', 'ทักแชท', 'ทักส่วนตัว', 'อินบ็อกซ์', 'อินบ็อค', 'ข้อความหายเอง', 'แชทลับ'],
    here_bad: ['ที่นี่ไม่สะดวก', 'ตรงนี้ไม่สะดวก', 'ตรงนี้ไม่ได้', 'พ่อแม่เห็น', 'แม่ชอบดู', 'ชอบเช็ค'],
    // --- secrecy ---------------------------------------------------------------
    neg: ['อย่า', 'ห้าม', 'ไม่ต้อง', 'ไม่ควร'],
    tell: ['บอก', 'เล่า', 'ฟ้อง', 'แคปให้'],
    people_th: ['ใคร', 'พ่อ', 'แม่', 'ผู้ปกครอง', 'ที่บ้าน', 'เพื่อน', 'ครู', 'ตำรวจ', 'แฟน'],
    let_know: ['อย่าให้', 'ไม่ให้', 'ห้ามให้', 'ไม่ต้องให้', 'ไม่มี'],
    know: ['รู้'],
    our_secret: ['ความลับ', 'รู้กันสองคน', 'รู้กันแค่', 'เรื่องของเรา', 'ระหว่างเรา'],
    delete: ['ลบแชท', 'ลบข้อความ', 'ลบทิ้ง', 'ลบประวัติ', 'ลบรูป', 'ลบด้วย', 'ลบหมด', 'ยกเลิกข้อความ'],
    cover_story: ['ถ้ามีใครถาม', 'ถ้าใครถาม', 'ถ้าแม่ถาม', 'ถ้าพ่อถาม', 'ถ้าที่บ้านถาม', 'บอกแม่ว่า', 'บอกพ่อว่า', 'บอกที่บ้านว่า'],
    cover_place: ['บ้านเพื่อน', 'ติว', 'รายงาน', 'ห้องสมุด', 'กับเพื่อน'],
    surprise: ['ไพรส์', 'วันเกิด', 'ของขวัญ', 'สปอย', 'ตอนจบ', 'ซีรีส์', 'หนัง', 'คะแนน', 'เกรด', 'ผลสอบ', 'แอบชอบ', 'ปาร์ตี้', 'surprise'],
    // --- gifts and money -----------------------------------------------------
    give: ['ให้', 'โอน', 'ซื้อ', 'เติม', 'จ่าย', 'เลี้ยง'],
    gift: [
      'เงิน', 'ตังค์', 'ตัง', 'ค่าขนม', 'ของขวัญ', 'เพชร', 'ร็อบัค', 'โรบัค', 'คูปอง', 'บัตรเติมเงิน', 'บัตรของขวัญ', 'สกิน', 'ไอโฟน', 'มือถือ', 'เสื้อผ้า', 'รองเท้า',
      'กระเป๋า', 'บาท', 'truemoney', 'ทรูมันนี่', 'พร้อมเพย์', '@MONEY', '@money_emoji',
    ],
    gift_offer: ['พี่ให้', 'จะให้', 'พี่โอน', 'พี่ซื้อ', 'พี่เติม', 'อยากได้อะไร', 'อยากได้ไหม', 'เอาไหม', 'เอามั้ย'],
    in_exchange: ['แลก', 'ถ้าส่ง', 'ถ้ายอม', 'ถ้าเปิดกล้อง', 'แค่ส่ง', 'รูปละ', 'คลิปละ'],
    benign_money: ['คืน', 'ยืม', 'ค่าข้าว', 'หาร', 'ติดเงิน', 'แม่ให้', 'พ่อให้', 'ค่าเทอม', 'ทำบุญ', 'ลดราคา', 'ราคา', 'ยายให้', 'ป้าให้', 'น้าให้', 'วันเกิด', 'อั่งเปา', 'พ่อโอน', 'แม่โอน', 'มาคืน'],
    // --- personal info --------------------------------------------------------
    age_word: ['อายุ', 'เกิดปี', 'ปีเกิด', 'ขวบ'],
    how_much: ['เท่าไ', 'กี่', 'ไหน', 'อะไร', 'ยัง'],
    others: ['หมา', 'แมว', 'น้องชาย', 'น้องสาว', 'พี่ชาย', 'พี่สาว', 'พ่อ', 'แม่', 'ยาย', 'ครู', 'ดารา', 'นักร้อง', 'รถ', 'ต้นไม้', 'ตัวละคร', 'ไอดอล'],
    school_word: ['เรียน', 'ชั้น'],
    school_q: ['ที่ไหน', 'ไหน', 'อะไร', 'กี่โมง', 'ตอนไหน'],
    where_live: ['บ้านอยู่', 'อยู่แถว', 'อยู่จังหวัด', 'อยู่เขต', 'อยู่อำเภอ', 'บ้านเลขที่', 'ที่อยู่', 'โลเคชั่น', 'พิกัด', 'ปักหมุด'],
    where_q: ['ไหน', 'อะไร', 'ขอ', 'ส่ง', 'แชร์', 'บอก', 'หน่อย'],
    alone_q: ['อยู่คนเดียว', 'บ้านคนเดียว', 'คนเดียวหรอ', 'คนเดียวเหรอ', 'คนเดียวไหม', 'คนเดียวมั้ย', 'คนเดียวหรือเปล่า', 'คนเดียวรึเปล่า', 'คนเดียวป่าว', 'คนเดียวปะ', 'พ่อแม่อยู่', 'พ่อแม่ไม่อยู่', 'มีใครอยู่', 'กลับกี่โมง', 'พ่อแม่ไปไหน', 'แม่อยู่', 'พ่ออยู่'],
    not_alone: ['ไม่ได้อยู่คนเดียว', 'ไม่ต้องอยู่คนเดียว', 'รู้สึก', 'เหงา', 'กลัว'],
    phone_word: ['เบอร์', 'เบอร์โทร'],
    not_phone: ['เบอร์เกอร์'],
    // --- job offers -------------------------------------------------------------
    easy_money: ['งานง่าย', 'งานสบาย', 'รายได้ดี', 'รายได้เสริม', 'งานออนไลน์', 'พาร์ทไทม์', 'ทำงานที่บ้าน', 'ได้เงินเยอะ', 'เงินดี', 'ไม่ต้องมีประสบการณ์', 'ได้วันละ', 'ไซด์ไลน์', 'งานด่วน', 'หลักหมื่น', 'easy money'],
    job: ['งาน', 'รับสมัคร', 'นางแบบ', 'นายแบบ', 'ถ่ายแบบ', 'แคสติ้ง', 'โมเดลลิ่ง', 'เอเจนซี่', 'พริตตี้', 'เด็กเอ็น', 'ไลฟ์สด', 'รีวิวสินค้า', 'พนักงาน'],
    lure: ['ต่างประเทศ', 'ญี่ปุ่น', 'เกาหลี', 'ดูไบ', 'มาเลเซีย', 'กัมพูชา', 'พม่า', 'ตั๋วฟรี', 'ฟรีตั๋ว', 'ที่พัก', 'วันละ', 'ชั่วโมงละ', 'หน้าตาดี', 'หุ่นดี', 'อายุไม่เกิน', '@MONEY'],
    benign_job: ['งานกลุ่ม', 'งานโรงเรียน', 'การบ้าน', 'แนะแนว', 'ฝึกงาน', 'อาสา', 'ป้า', 'ร้านแม่', 'ครู', 'งานวันเด็ก', 'ส่งงาน', 'งานบ้าน', 'งานวัด', 'งานแต่ง', 'งานศพ'],
    // --- account access ---------------------------------------------------------
    secret_code: ['รหัส', 'พาส', 'โอทีพี', 'โค้ด', 'คิวอาร์', 'otp', 'password', 'pass', 'code', 'qr'],
    give_code: ['ขอ', 'ส่ง', 'บอก', 'แจ้ง', 'พิมพ์', 'แคป', 'อะไร', 'ให้พี่'],
    code_arrived: ['ส่งไป', 'ไปเบอร์', 'เข้าเบอร์', 'มาที่เบอร์', 'ส่งผิด', 'ผิดเบอร์', 'ได้รับ', 'ข้อความ', 'sms', 'หลัก'],
    account_obj: ['ยืมไอดี', 'ขอไอดี', 'ไอดีเกม', 'ยืมแอค', 'ขอแอค', 'เข้าแอค', 'ล็อกอิน', 'ล็อคอิน', 'สแกน'],
    benign_code: ['ไวไฟ', 'wifi', 'wi-fi', 'รหัสวิชา', 'รหัสนักเรียน', 'รหัสห้อง', 'คลาสรูม', 'classroom', 'ไปรษณีย์', 'ส่วนลด', 'ล็อกเกอร์', 'ประตู'],
    // --- threats ------------------------------------------------------------------
    expose: ['ปล่อย', 'แฉ', 'ประจาน', 'โพสต์', 'แจก', 'ส่งต่อ', 'ลงเน็ต', 'ลงโซเชียล'],
    kompromat: ['รูป', 'คลิป', 'นู้ด', 'แชท', 'แคป', 'ที่ส่งมา', 'ที่คุยกัน'],
    family_target: ['พ่อแม่', 'พ่อ', 'แม่', 'ครอบครัว', 'ที่บ้าน', 'เพื่อน', 'ทั้งโรงเรียน', 'ทั้งห้อง', 'ครู', 'คนรู้จัก', 'ผู้ติดตาม', 'ทุกคน', 'แฟน'],
    if_not: ['ถ้าไม่', 'ถ้าบล็อก', 'ถ้าบล็อค', 'ถ้าบอกใคร', 'ไม่งั้น', 'ไม่อย่างนั้น'],
    harm: ['จะฆ่า', 'ฆ่าให้', 'ฆ่าแก', 'ฆ่ามึง', 'ฆ่าทิ้ง', 'ทำร้าย', 'เสียใจแน่', 'เจอดี', 'ไม่จบแน่', 'ชีวิตพัง', 'ไปหาถึงบ้าน', 'ไปหาที่โรงเรียน', 'ไปถึงบ้าน', 'รู้ว่าบ้าน', 'รู้ว่าเรียน', 'รู้นะว่าบ้าน', 'รู้นะว่าเรียน', 'รู้นะว่าอยู่'],
    owe: ['ติดหนี้', 'เป็นหนี้', 'ชดใช้', 'ต้องส่งมาอีก'],
    deadline: ['ภายในวันนี้', 'ภายในคืนนี้', 'โอกาสสุดท้าย', 'ทำตามที่บอก', 'ทำตามที่สั่ง'],
    game_context: ['เกม', 'rov', 'ฟีฟาย', 'free fire', 'pubg', 'fortnite', 'roblox', 'มายคราฟ', '555', '5555', '55555', '555555', '5555555', 'ถถถ', 'ล้อเล่น', 'ขำๆ', 'หยอก', 'หนัง', 'ละคร', 'เพลง', 'ตัวร้าย', 'แม่ฆ่า'],
    // --- shared guards ----------------------------------------------------------------
    safety_talk: [
      'มิจฉาชีพ', 'คอลเซ็นเตอร์', 'หลอก', 'ระวัง', 'อย่าหลงเชื่อ', 'อย่าให้รหัส', 'อย่าบอกรหัส', 'ห้ามบอกรหัส', 'ห้ามให้รหัส', 'อย่าส่งรูป', 'ห้ามส่งรูป', 'อย่าไปเจอ', 'แจ้งความ',
      'ตำรวจ', 'ข่าว', 'บล็อกไปแล้ว', 'บล็อคไปแล้ว', 'รีพอร์ต', 'report', 'คนแปลกหน้า', 'อันตราย', 'ภัยออนไลน์', 'กรูมมิ่ง', 'ครูบอก', 'มีคนทักมา', 'มีคนขอ', 'แฮก',
    ],
    // --- words the shared templates ask for (./templates.ts) ----------------------
    alone_words: ['@alone_q'],
    code_arrived_lead: ['@secret_code'],
    code_arrived_obj: ['@code_arrived'],
    cover_story_obj: ['@cover_place', 'ว่า'],
    deadline_time_lead: ['ภายใน', 'ให้เวลา', 'มีเวลา'],
    deadline_time_mid: ['@NUM'],
    deadline_time_obj: ['ชั่วโมง', 'นาที', 'ชม'],
    dont_tell_obj: ['@people_th'],
    easy_money_words: ['@easy_money'],
    emoji_ask_obj: ['หน่อย', 'ดิ', 'สิ', 'นะ', 'เร็ว', 'ตอนนี้', '@private_modifier'],
    if_not_obj: ['@expose', '@harm', '@family_target'],
    meet_in_person_obj: ['@in_person'],
    move_to_app_obj: ['@app_th'],
    number_to_talk_lead: ['@phone_word'],
    number_to_talk_obj: ['โทรคุย', 'โทรหา', 'จะโทร', 'โทรไป', 'แอดไลน์', 'ทักไลน์', 'คุยทางโทรศัพท์'],
    our_secret_words: ['@our_secret'],
    private_pic_lead: ['@pic', '@camera'],
    take_pic_lead: ['@take'],
    take_pic_obj: ['@pic', 'ตัวเอง', 'ส่งมา', 'ให้ดู', 'ให้พี่'],
    undressed_lead: ['@send', '@take', '@pic', '@camera'],
    /** The sender's picture sent first, then the teen's asked for (photo.your_turn). */
    sent_mine: ['ส่งรูปให้แล้ว', 'ส่งให้แล้ว', 'ส่งไปแล้ว', 'พี่ส่งแล้ว', 'เราส่งแล้ว', 'ส่งรูปพี่แล้ว'],
    your_turn: ['ตาเธอ', 'ตาน้อง', 'ตาหนู', 'ถึงตาน้อง', 'ส่งของน้องมา', 'น้องส่งบ้าง', 'ส่งบ้าง'],
  },
  uses: {
    // ====================== photo_request ======================
    'photo.send_pic': {
      within: 8,
      extraUnless: ['ให้พ่อ|ให้แม่|ให้เพื่อน|ให้ครู|ให้ทุกคน'],
      examples: ['ส่งรูปมาหน่อย', 'ขอรูปหน่อยได้ไหม', 'ขอดูรูปหน่อยนะ', 'อยากเห็นรูปน้องจัง', 'ส่ง pic มาหน่อย'],
      counterExamples: ['ส่งรูปการบ้านมาหน่อย', 'ส่งรูปลงกลุ่มห้องด้วย', 'ขอดูรูปน้องหมาหน่อย', 'อย่าส่งรูปให้คนแปลกหน้านะ'],
    },
    'photo.private_pic': {
      within: 11,
      examples: ['รูปนี้พี่ดูคนเดียว', 'วิดีโอคอลแบบส่วนตัว'],
    },
    'photo.take_pic': {
      within: 8,
      extraUnless: ['@safety_talk'],
      examples: ['ถ่ายรูปตัวเองส่งมา', 'เซลฟี่ให้พี่ดูหน่อย', 'อัดคลิปส่งมาให้ดู'],
      counterExamples: ['ถ่ายรูปการบ้านส่งมาหน่อย', 'ถ่ายเอกสารให้หน่อย'],
    },
    'photo.emoji_ask': {
      within: 6,
      extraUnless: ['@schoolwork', '@group_place', '@safety_talk'],
      examples: ['📸 หน่อยดิ', '🤳 ตอนนี้เลย'],
    },
    'photo.undressed': {
      within: 10,
      extraUnless: ['ร้าน|ลดราคา|ซื้อ|สั่ง|ขาย', '@benign_pic_subject'],
      examples: ['ขอดูรูปชุดนอนหน่อย', 'ถ่ายรูปไม่ใส่เสื้อส่งมา', 'เปิดกล้องถอดเสื้อให้ดูหน่อย', 'ส่งรูปทั้งตัวมา'],
      counterExamples: ['ส่งรูปชุดว่ายน้ำที่ร้านลดราคามาให้ดู'],
    },
    'photo.your_turn': {
      examples: ['พี่ส่งรูปให้แล้ว ตาน้องบ้าง', 'เราส่งไปแล้วนะ ตาเธอ', 'เราส่งไปแล้วนะ ตาเธอ 555'],
      counterExamples: ['พี่ส่งรูปแมวให้แล้ว ตาน้องบ้าง', 'ส่งการบ้านให้แล้ว ตาเธอ'],
    },
    // ====================== meetup ======================
    'meet.meet_in_person': {
      within: 11,
      extraUnless: ['@camera'],
      examples: ['อยากเจอตัวจริง', 'ออกมาเจอกันสองคนนะ', 'มาหาพี่คนเดียวนะ'],
      counterExamples: ['อย่าไปเจอคนแปลกหน้าคนเดียวนะ'],
    },
    // ====================== off_platform ======================
    'offplat.move_to_app': {
      within: 8,
      extraUnless: ['@not_app'],
      examples: ['แอดไลน์มาหน่อย', 'ขอไลน์หน่อย', 'ไปคุยในเทเลแกรมกัน', 'มีไอจีไหม', 'แอด line มานะ'],
      counterExamples: ['แอดเข้ากลุ่มไลน์ห้องด้วย', 'คุยออนไลน์กับเพื่อนทั้งคืน'],
    },
    'offplat.number_to_talk': {
      within: 8,
      extraUnless: ['@not_phone', 'ร้าน|ครู|พัสดุ'],
      examples: ['ขอเบอร์หน่อย จะได้โทรคุย'],
    },
    'offplat.here_bad': {
      examples: ['คุยตรงนี้ไม่สะดวก', 'แม่ชอบเช็คมือถือไหม'],
    },
    // ====================== secrecy ======================
    'secrecy.dont_tell': {
      within: 8,
      extraUnless: ['รหัส|พาส|otp'],
      examples: ['อย่าบอกใครนะ', 'ห้ามบอกพ่อแม่', 'ไม่ต้องเล่าให้เพื่อนฟัง'],
      counterExamples: ['อย่าบอกใครนะเรื่องเซอร์ไพรส์วันเกิดแม่', 'อย่าบอกรหัสให้ใครนะ'],
    },
    'secrecy.our_secret': {
      examples: ['เป็นความลับของเรานะ', 'รู้กันสองคนพอ'],
      counterExamples: ['ของขวัญวันเกิดแม่เป็นความลับนะ'],
    },
    'secrecy.cover_story': {
      within: 13,
      extraUnless: ['@surprise', 'ความจริง|ตามจริง'],
      examples: ['ถ้าแม่ถามก็บอกว่าไปบ้านเพื่อน', 'บอกแม่ว่าไปติว'],
      counterExamples: ['ถ้าแม่ถามก็บอกความจริงไป'],
    },
    'secrecy.secret_emoji': {
      examples: ['เรื่องนี้ 🤫'],
    },
    // ====================== gift_money ======================
    'gift.in_exchange': {
      within: 11,
      extraUnless: ['ร้าน|ขาย|ซื้อของ|แลกเปลี่ยน'],
      examples: ['ให้เงินแลกกับคลิป', 'รูปละ 200 บาท'],
    },
    // ====================== personal_info ======================
    'info.alone': {
      weight: 0.6,
      extraUnless: ['@not_alone', '@game_context'],
      examples: ['อยู่บ้านคนเดียวเหรอ', 'พ่อแม่อยู่บ้านไหม', 'แม่กลับกี่โมง'],
      counterExamples: ['ไม่ได้อยู่คนเดียวนะ มีเราอยู่'],
    },
    // ====================== job_offer ======================
    'job.job_lure': {
      within: 15,
      examples: ['รับสมัครพริตตี้ วันละ 2000', 'งานต่างประเทศ ที่พักฟรี ออกค่าตั๋วให้'],
      counterExamples: ['ร้านป้ารับสมัครพนักงาน วันละ 300'],
    },
    'job.easy_money': {
      extraUnless: ['@benign_job'],
      examples: ['มีงานง่ายๆ รายได้ดี', 'หารายได้เสริมไหม ไม่ต้องมีประสบการณ์'],
      counterExamples: ['ระวังงานออนไลน์รายได้ดี มิจฉาชีพทั้งนั้น'],
    },
    // ====================== account_access ======================
    'account.code_arrived': {
      within: 13,
      examples: ['มีรหัสส่งไปที่เบอร์น้องผิด ส่งให้พี่หน่อย', 'ได้รับ otp 6 หลักไหม'],
    },
    // ====================== threat ======================
    'threat.harm': {
      examples: ['เสียใจแน่', 'รู้นะว่าบ้านอยู่ไหน', 'จะไปหาที่โรงเรียน'],
      counterExamples: ['จะฆ่าในเกม 555'],
    },
    'threat.owe': {
      weight: 0.55,
      extraUnless: ['@benign_money', 'ค่าข้าว|ค่าขนม|บาท|ค่าเทอม|ค่าไฟ|ค่าน้ำ'],
      examples: ['น้องติดหนี้พี่นะ', 'ต้องส่งมาอีก'],
    },
    'threat.deadline': {
      weight: 0.45,
      extraUnless: ['ส่งงาน|สอบ|เรียน|โปร|ลดราคา|นัด'],
      examples: ['โอกาสสุดท้าย', 'ทำตามที่บอก'],
    },
    'threat.if_not': {
      within: 13,
      examples: ['ถ้าไม่โอน ทุกคนจะเห็น', 'ถ้าบล็อกพ่อแม่รู้แน่'],
    },
    'threat.deadline_time': {
      within: 8,
      extraUnless: ['ส่งงาน|สอบ|เรียน|โปร|ลดราคา|ถึง'],
      examples: ['ให้เวลา 24 ชั่วโมง'],
    },
  },
  rules: [
    {
      // "มีรูปอื่นอีกมั้ย แบบที่ไม่ได้ลงไอจี": asking for the pictures the teen keeps off their profile.
      id: 'th.photo.unposted_pics',
      category: 'photo_request',
      weight: 0.6,
      match: ['รูป|ภาพ|คลิป|เซลฟี่|เซลฟี', 'ที่ไม่ได้ลง|ที่ยังไม่ได้ลง|ที่ไม่ลง|ไม่ได้ลงไอจี|ไม่ได้ลงเฟส'],
      anyOrder: true,
      within: 8,
      unless: ['@safety_talk', '@schoolwork', '@benign_pic_subject', 'ทริป|เที่ยว|ปาร์ตี้|วันเกิด|กลุ่ม|ห้อง|อัลบั้ม'],
      examples: ['มีรูปอื่นอีกมั้ย แบบที่ไม่ได้ลงไอจี'],
      counterExamples: ['ส่งรูปทริปที่ไม่ได้ลงมาใส่อัลบั้มหน่อย'],
    },
    // ====================== photo_request ======================
    {
      id: 'th.photo.have_pic',
      category: 'photo_request',
      weight: 0.55,
      match: ['มี', '@pic', 'ตัวเอง|ไหม|มั้ย|ป่าว|ปะ|หรือเปล่า|บ้าง'],
      within: 8,
      unless: ['@schoolwork', '@benign_pic_subject', '@group_place', '@safety_talk', 'ใครมี'],
      examples: ['มีคลิปตัวเองไหม', 'มีรูปใหม่ๆบ้างป่าว'],
      counterExamples: ['ใครมีรูปงานกีฬาสีบ้าง'],
    },
    {
      id: 'th.photo.send_more',
      category: 'photo_request',
      weight: 0.5,
      match: ['ส่ง', 'มาอีก|เพิ่ม|อีกรูป|อีกคลิป|อีกอัน'],
      within: 4,
      unless: ['@schoolwork', '@safety_talk', 'ไฟล์|ลิงก์|ข้อความ|งาน|ลงกลุ่ม|ในกลุ่ม'],
      examples: ['ส่งมาอีกสิ', 'ส่งอีกรูปนะ'],
      counterExamples: ['ส่งไฟล์งานมาอีกรอบ'],
    },
    {
      id: 'th.photo.send_nudes',
      category: 'photo_request',
      weight: 0.9,
      match: ['@send|@take|มี', '@nudes'],
      anyOrder: true,
      within: 9,
      // สีนู้ด, ลิปนู้ด: "nude" is also a shade of lipstick, nail polish or shoes.
      unless: ['@safety_talk', 'สีนู้ด|สีนูด|โทนนู้ด|ลิปนู้ด|เล็บนู้ด'],
      examples: ['ส่งนู้ดมาหน่อย', 'มีรูปโป๊ไหม', 'ขอรูปเปลือยหน่อย'],
      counterExamples: ['ข่าวตำรวจจับคนขอรูปโป๊เด็ก', 'ส่งรูปลิปสีนู้ดมาดูหน่อย', 'มีรองเท้าสีนู้ดไหม'],
    },
    {
      id: 'th.photo.video_call',
      category: 'photo_request',
      weight: 0.55,
      match: ['@camera'],
      unless: ['@schoolwork', '@group_place', '@safety_talk', 'ประชุม|ออนไลน์|ยาย|ครอบครัว|ทีม|กลุ่ม|zoom|meet'],
      examples: ['เปิดกล้องหน่อย', 'วิดีโอคอลกันไหม', 'คอลวิดีโอกันคืนนี้'],
      counterExamples: ['เปิดกล้องด้วย ครูเช็คชื่อเรียนออนไลน์'],
    },
    {
      id: 'th.photo.pay_for_pic',
      category: 'photo_request',
      weight: 0.55,
      match: ['@gift|@gift_offer|@in_exchange', '@pic|@camera'],
      anyOrder: true,
      within: 11,
      unless: ['@safety_talk', '@schoolwork', '@benign_money', '@if_not|@expose'],
      examples: ['ให้เงิน 500 แลกกับรูป', 'รูปละ 300 บาท'],
    },
    {
      id: 'th.photo.job_pics',
      category: 'photo_request',
      weight: 0.45,
      match: ['@job|@easy_money', '@pic'],
      anyOrder: true,
      within: 15,
      unless: ['@benign_job', '@safety_talk', '@schoolwork'],
      examples: ['รับสมัครนางแบบ ส่งรูปมาดูก่อน'],
    },
    // ====================== meetup ======================
    {
      id: 'th.meet.lets_meet',
      category: 'meetup',
      weight: 0.55,
      match: ['อยาก|ออกมา|ว่าง|ได้ไหม|ได้มั้ย|กันไหม|กันมั้ย|กันนะ|ไปกัน', '@meet'],
      anyOrder: true,
      within: 9,
      unless: ['@benign_meet', '@safety_talk', '@camera', 'ในเกม|ออนไลน์|หาไม่เจอ|ไม่เจอ'],
      examples: ['อยากเจอน้องจัง', 'นัดเจอกันไหม', 'ไปเที่ยวกันไหม'],
      counterExamples: ['เจอกันที่โรงเรียนพรุ่งนี้นะ', 'นัดเจอกันที่ห้องสมุดทำงานกลุ่ม'],
    },
    {
      id: 'th.meet.when_where',
      category: 'meetup',
      weight: 0.5,
      match: ['@when_where', '@meet|@pickup|@come_over'],
      anyOrder: true,
      within: 11,
      unless: ['@benign_meet', '@safety_talk'],
      examples: ['เจอกันที่ไหนดี', 'เสาร์นี้ว่างไหม ไปเที่ยวกัน', 'ไปรับกี่โมง'],
      counterExamples: ['พรุ่งนี้เจอกันที่โรงเรียนกี่โมง'],
    },
    {
      id: 'th.meet.pick_up',
      category: 'meetup',
      weight: 0.6,
      match: ['พี่|เดี๋ยว|จะ|ให้|ได้|ขับรถ', '@pickup'],
      within: 7,
      unless: ['@safety_talk', 'แม่|พ่อ|ป้า|ลุง|รถโรงเรียน|รับของ|พัสดุ|รับงาน|ไปส่งงาน|ส่งงาน|ส่งการบ้าน'],
      examples: ['เดี๋ยวพี่ไปรับนะ', 'พี่ไปรับหน้าโรงเรียน', 'ขับรถไปรับได้'],
      counterExamples: ['เดี๋ยวแม่ไปรับนะลูก'],
    },
    {
      id: 'th.meet.come_over',
      category: 'meetup',
      weight: 0.65,
      match: ['@come_over'],
      unless: ['@benign_meet', '@safety_talk', '@surprise'],
      examples: ['มาบ้านพี่ไหม', 'มาค้างที่ห้องพี่สิ', 'ขึ้นรถพี่มา'],
    },
    {
      id: 'th.meet.pay_travel',
      category: 'meetup',
      weight: 0.65,
      match: ['ออก|จ่าย|ให้|โอน|พี่|เดี๋ยว', '@travel'],
      anyOrder: true,
      within: 8,
      unless: ['@benign_meet', '@safety_talk', '@split_cost', 'แม่|พ่อ|คืน|ยืม|ค่ารถเมล์', '@job|@easy_money'],
      examples: ['พี่ออกค่ารถให้', 'เดี๋ยวจ่ายค่าแท็กซี่ให้ มาเลย'],
    },
    // ====================== off_platform ======================
    {
      id: 'th.offplat.line_id',
      category: 'off_platform',
      weight: 0.6,
      match: ['ไอดี|ไลน์', 'ไลน์|พี่|เค้า|เรา|คือ|@HANDLE'],
      within: 6,
      unless: ['@not_app', '@safety_talk', 'เกม'],
      examples: ['ไอดีไลน์พี่คือ abc123', 'ไลน์พี่นะ แอดมา'],
    },
    {
      id: 'th.offplat.private_chat',
      category: 'off_platform',
      weight: 0.55,
      match: ['@private_chat'],
      unless: ['@safety_talk', 'ครู|กลุ่ม'],
      examples: ['ไปคุยส่วนตัวกันดีกว่า', 'ทักแชทมานะ'],
    },
    // ====================== secrecy ======================
    {
      id: 'th.secrecy.nobody_knows',
      category: 'secrecy',
      weight: 0.65,
      match: ['@let_know', '@people_th', '@know'],
      within: 8,
      unless: ['@surprise', '@safety_talk'],
      examples: ['อย่าให้พ่อแม่รู้นะ', 'ไม่มีใครรู้หรอก', 'ไม่ต้องให้ที่บ้านรู้'],
      counterExamples: ['อย่าให้ใครรู้นะว่าจะเซอร์ไพรส์วันเกิด'],
    },
    {
      id: 'th.secrecy.if_you_tell',
      category: 'secrecy',
      weight: 0.6,
      match: ['ถ้าบอก|ถ้าเล่า|ถ้าฟ้อง|ถ้ามีใครรู้', 'ใคร|พ่อ|แม่|ครู|ตำรวจ|เพื่อน|ที่บ้าน'],
      within: 5,
      unless: ['@surprise', '@safety_talk'],
      examples: ['ถ้าบอกใคร จะโพสต์รูปน้อง', 'ถ้าฟ้องแม่ เจอดีแน่'],
    },
    {
      id: 'th.secrecy.sneak',
      category: 'secrecy',
      weight: 0.5,
      match: ['แอบ', 'คุย|ออกมา|มา|ไป|เจอ|ส่ง'],
      within: 6,
      unless: ['@surprise', '@safety_talk', 'แอบชอบ|แอบดู|แอบหลับ|แอบกิน'],
      examples: ['แอบคุยกันนะ', 'แอบออกมาเจอกัน'],
      counterExamples: ['แอบชอบเขาอยู่'],
    },
    {
      id: 'th.secrecy.delete_chat',
      category: 'secrecy',
      weight: 0.6,
      match: ['@delete'],
      unless: ['@surprise', '@safety_talk', 'กลุ่ม|ส่งผิด|พิมพ์ผิด|ที่เก็บ|อย่าลบ|ห้ามลบ|หลักฐาน|แคปไว้'],
      examples: ['อ่านแล้วลบแชทด้วยนะ', 'ลบข้อความให้หมด'],
      counterExamples: ['ลบข้อความที่ส่งผิดในกลุ่มให้หน่อย', 'อย่าลบแชทนะ เก็บหลักฐานไว้'],
    },
    // ====================== gift_money ======================
    {
      id: 'th.gift.offer_gift',
      category: 'gift_money',
      weight: 0.6,
      match: ['@give|@gift_offer', '@gift'],
      anyOrder: true,
      within: 8,
      unless: ['@benign_money', '@safety_talk', '@if_not|@expose'],
      examples: ['เดี๋ยวพี่โอนเงินให้', 'พี่ซื้อไอโฟนให้', 'เติมเพชรให้เอาไหม', 'ให้ค่าขนม 500 บาท'],
      counterExamples: ['เดี๋ยวโอนคืนเงินค่าข้าวนะ', 'แม่ให้ค่าขนมวันละ 100'],
    },
    {
      id: 'th.gift.want_gift',
      category: 'gift_money',
      weight: 0.55,
      match: ['@gift_offer'],
      unless: ['@benign_money', '@safety_talk', 'วันเกิด|วันแม่|ของขวัญแม่'],
      examples: ['อยากได้อะไร บอกพี่มา', 'เดี๋ยวพี่ให้นะ'],
    },
    // ====================== personal_info ======================
    {
      id: 'th.info.age',
      category: 'personal_info',
      weight: 0.6,
      match: ['@age_word', '@how_much'],
      anyOrder: true,
      within: 7,
      unless: ['@others', '@safety_talk'],
      examples: ['อายุเท่าไหร่', 'น้องอายุกี่ปีแล้ว', 'เกิดปีไหนอะ', 'กี่ขวบแล้ว'],
      counterExamples: ['น้องหมาอายุเท่าไหร่'],
    },
    {
      id: 'th.info.school',
      category: 'personal_info',
      weight: 0.55,
      match: ['@school_word', '@school_q'],
      within: 7,
      unless: ['@others', '@safety_talk', '@schoolwork'],
      examples: ['เรียนที่ไหนอะ', 'อยู่ชั้นไหน', 'เลิกเรียนกี่โมง', 'เรียนโรงเรียนอะไร'],
      counterExamples: ['น้องสาวเรียนที่ไหน', 'การบ้านวิชาอะไรต้องส่งพรุ่งนี้ เรียนอะไรบ้าง'],
    },
    {
      id: 'th.info.where_live',
      category: 'personal_info',
      weight: 0.6,
      match: ['@where_live', '@where_q'],
      anyOrder: true,
      within: 8,
      unless: ['@others', '@safety_talk', 'ร้าน|ส่งของ|พัสดุ|อีเมล|โรงเรียนอยู่'],
      examples: ['บ้านอยู่แถวไหน', 'ส่งโลเคชั่นมาหน่อย', 'ขอที่อยู่หน่อย'],
      counterExamples: ['ที่อยู่ร้านพัสดุอยู่ไหน'],
    },
    {
      id: 'th.info.parents_away',
      category: 'personal_info',
      weight: 0.6,
      match: ['พ่อ|แม่|ที่บ้าน|ผู้ปกครอง', 'กลับ|ออกไป|ไปทำงาน|ไม่อยู่|อยู่ไหม|อยู่มั้ย|อยู่บ้าน', 'กี่โมง|ไหม|มั้ย|เมื่อไหร่|หรอ|เหรอ|ป่าว|ตอนไหน'],
      within: 8,
      unless: ['@safety_talk', '@game_context', 'แม่บอก|พ่อบอก|แม่ให้|พ่อให้'],
      examples: ['แม่กลับบ้านกี่โมงอะ', 'พ่อไปทำงานตอนไหน'],
    },
    {
      id: 'th.info.phone_number',
      category: 'personal_info',
      weight: 0.6,
      match: ['@phone_word', 'ขอ|อะไร|ไร|ส่ง|บอก|หน่อย'],
      anyOrder: true,
      within: 7,
      unless: ['@not_phone', '@safety_talk', 'ร้าน|ครู|แม่|พ่อ|พัสดุ', '@secret_code'],
      examples: ['ขอเบอร์หน่อย', 'เบอร์โทรอะไร'],
      counterExamples: ['ขอเบอร์เกอร์ชิ้นนึง'],
    },
    // ====================== job_offer ======================
    {
      id: 'th.job.scout',
      category: 'job_offer',
      weight: 0.6,
      match: ['นางแบบ|นายแบบ|ถ่ายแบบ|แคสติ้ง|โมเดลลิ่ง|เอเจนซี่|พริตตี้|เด็กเอ็น'],
      unless: ['@benign_job', '@safety_talk', 'ดารา|ละคร'],
      examples: ['สนใจเป็นนางแบบไหม', 'พี่เป็นเอเจนซี่ หาน้องถ่ายแบบ'],
    },
    // ====================== account_access ======================
    {
      id: 'th.account.give_code',
      category: 'account_access',
      weight: 0.75,
      match: ['@give_code', '@secret_code'],
      anyOrder: true,
      within: 8,
      unless: ['@benign_code', '@safety_talk'],
      examples: ['ขอรหัสผ่านหน่อย', 'ส่งรหัสโอทีพีมาให้พี่', 'บอกรหัสมาหน่อย', 'otp ส่งมาเร็ว'],
      counterExamples: ['รหัสไวไฟบ้านอะไร ขอหน่อย', 'อย่าบอกรหัสผ่านให้ใครนะ', 'ขอรหัสห้องคลาสรูมหน่อย'],
    },
    {
      id: 'th.account.borrow_account',
      category: 'account_access',
      weight: 0.65,
      match: ['@account_obj'],
      unless: ['@safety_talk', 'ของตัวเอง|ลืมรหัส|ไลน์|จ่าย|ร้าน|สแกนจ่าย'],
      examples: ['ขอยืมไอดีเกมหน่อย', 'ขอเข้าแอคน้องแป๊บ', 'สแกนคิวอาร์ให้หน่อย'],
      counterExamples: ['ขอไอดีไลน์หน่อย'],
    },
    // ====================== threat ======================
    {
      id: 'th.threat.expose',
      category: 'threat',
      weight: 0.8,
      match: ['@expose', '@kompromat|@family_target'],
      within: 9,
      // อย่าโพสต์รูป...: asking a friend NOT to post a photo is no threat.
      unless: ['@game_context', '@safety_talk', '@benign_pic_subject', '@schoolwork', 'ปล่อยวาง|ปล่อยไป|ปล่อยมือ', 'อย่าโพสต์|อย่าลง|อย่าแชร์|อย่าส่งต่อ'],
      examples: ['จะปล่อยรูปน้อง', 'แฉให้ทั้งโรงเรียนรู้', 'จะโพสต์คลิปที่ส่งมา'],
      counterExamples: ['ข่าวบอกว่าคนร้ายขู่จะปล่อยรูป ตำรวจจับแล้ว', 'โพสต์รูปทริปทะเลลงไอจีแล้ว', 'อย่าลงรูปที่ถ่ายตอนกินข้าวนะ ลบเถอะ'],
    },
    {
      id: 'th.threat.send_to_family',
      category: 'threat',
      weight: 0.7,
      match: ['ส่งให้|ส่งไปให้|ไปให้|ให้', '@family_target', 'ดู|เห็น|รู้'],
      within: 8,
      unless: ['@game_context', '@safety_talk', '@benign_pic_subject', '@schoolwork', '@surprise', 'อย่าให้|ไม่ให้|ห้ามให้|ไม่ต้องให้'],
      examples: ['จะส่งให้พ่อแม่ดู', 'เอาไปให้เพื่อนทั้งห้องดูแน่'],
      counterExamples: ['ส่งรูปทริปให้แม่ดูหน่อย'],
    },
    {
      id: 'th.threat.pay_or',
      category: 'threat',
      weight: 0.8,
      match: ['โอน|จ่าย|ส่งเงิน|เติม', '@if_not|@expose'],
      anyOrder: true,
      within: 13,
      unless: ['@game_context', '@safety_talk'],
      examples: ['โอนมา 3000 ไม่งั้นปล่อยรูป'],
    },
  ],
};
