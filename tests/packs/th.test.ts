import { describe, expect, it } from 'vitest';
import { compilePacks } from '../../src/engine/compile';
import { createDetectorFromPacks } from '../../src/engine/detector';
import { expandThai } from '../../src/engine/match';
import { tokenize } from '../../src/engine/tokenize';
import { COMMON_LEXICON, FREQUENT_WORDS, PACKS } from '../../src/packs/index';
import type { Category } from '../../src/shared/categories';

// Thai messages written for this test (never lines of ../shared/eval): the
// grammar must label risky ones, in other words than the pack's own examples
// and in teen spelling, and leave the look-alike ordinary ones alone, with
// every other shipped pack running beside it, as in the extension.
const detector = createDetectorFromPacks({ packs: PACKS, common: COMMON_LEXICON, frequentWords: new Set(FREQUENT_WORDS) });

const RISKY: [string, Category[]][] = [
  ['น้องส่งรูปตัวเองมาให้พี่ดูหน่อยสิ', ['photo_request']],
  ['ขอดูรูปตอนใส่ชุดนอนหน่อย', ['photo_request']],
  ['เปิดกล้องคุยกันหน่อยนะคืนนี้', ['photo_request']],
  ['มีรูปเซ็กซี่ๆไหม ส่งมาหน่อย', ['photo_request']],
  ['แอดไลน์พี่มานะ คุยในนี้ไม่สะดวก', ['off_platform']],
  ['มีไอจีป่าว ขอหน่อย', ['off_platform']],
  ['เรื่องที่เราคุยกันเป็นความลับนะ ห้ามบอกแม่', ['secrecy']],
  ['คุยเสร็จลบแชทด้วยนะ', ['secrecy']],
  ['พี่เติมเพชรให้ 1000 เอาไหม', ['gift_money']],
  ['อยากได้ไอโฟนไหม เดี๋ยวพี่ซื้อให้', ['gift_money']],
  ['น้องอายุเท่าไหร่ เรียนอยู่ม.ไหน', ['personal_info']],
  ['บ้านอยู่ไหนอะ ตอนนี้อยู่บ้านคนเดียวป่าว', ['personal_info']],
  ['เสาร์นี้ออกมาเจอพี่หน่อย เดี๋ยวพี่ไปรับ', ['meetup']],
  ['มาหาพี่ที่คอนโดนะ พี่จ่ายค่าแท็กซี่ให้', ['meetup']],
  ['รับสมัครน้องๆถ่ายแบบ รายได้ดีมาก วันละ 3000', ['job_offer']],
  ['มีรหัส otp ส่งไปที่เบอร์น้อง ส่งให้พี่หน่อยนะ', ['account_access']],
  ['ถ้าไม่โอนเงินมา พี่จะปล่อยคลิปน้อง', ['threat']],
  ['จะส่งรูปให้พ่อแม่น้องดูแน่ ถ้าบล็อก', ['threat']],
  ['ส่งรูปมาาาาา', ['photo_request']],
  ['ขอดูหน่อยได้ป่าว แบบไม่ใส่เสื้อ', ['photo_request']],
  ['มีคลิปตัวเองไหม ขอดูหน่อย', ['photo_request']],
  ['วีดีโอคอลกันป่าว', ['photo_request']],
  ['โหลดเทเลแกรมแล้วทักมานะ', ['off_platform']],
  ['ขอไลน์ได้ไหมคะ', ['off_platform']],
  ['ห้ามเล่าให้ใครฟังนะ', ['secrecy']],
  ['อ่านเสร็จลบข้อความทิ้งเลยนะ', ['secrecy']],
  ['อยากได้โรบัคไหม เดี๋ยวพี่เติมให้', ['gift_money']],
  ['ปีนี้อายุกี่ขวบแล้วจ๊ะ', ['personal_info']],
  ['อยู่แถวไหนอะ ขอโลเคชั่นหน่อย', ['personal_info']],
  ['พ่อแม่ไม่อยู่บ้านหรอ', ['personal_info']],
  ['ว่างวันไหน ไปเที่ยวกันสองคน', ['meetup']],
  ['เดี๋ยวพี่ขับรถไปรับที่บ้าน', ['meetup']],
  ['งานง่ายๆ ได้วันละ 1500 สนใจไหม', ['job_offer']],
  ['ขอรหัสที่ส่งเข้ามือถือหน่อย', ['account_access']],
  ['ถ้าไม่ทำตาม จะแฉให้ทั้งโรงเรียนรู้', ['threat']],
  ['แคปรายชื่อเพื่อนในไอจีไว้แล้ว ถ้าไม่โอนจะส่งคลิปให้ทุกคน', ['threat']],
  ['สวัสดีค่ะ ทีมงานไอจี ต้องยืนยันบัญชี ส่งรหัสมาให้ด้วย', ['account_access']],
  ['น้องโตเกินวัยนะ ขอรูปเต็มตัวหน่อย', ['photo_request']],
  ['ใส่ชุดที่พี่ซื้อให้แล้วถ่ายรูปส่งมานะ', ['photo_request', 'gift_money']],
  ['เลิกเรียนแล้วพี่รออยู่หน้าโรงเรียนนะ', ['meetup']],
  ['ศุกร์นี้มาบ้านพี่ พ่อแม่พี่ไม่อยู่', ['meetup']],
  ['ขอไอจีหน่อย ไปคุยต่อที่นั่น', ['off_platform']],
  ['ไม่ต้องบอกพ่อแม่เรื่องพี่นะ', ['secrecy']],
  ['ลบแชทด้วยเผื่อแม่เปิดดูมือถือ', ['secrecy']],
  ['อยากได้อะไรพี่ซื้อให้หมด รองเท้า เสื้อผ้า', ['gift_money']],
  ['น้องอยู่จังหวัดอะไร', ['personal_info']],
  ['ตอนนี้อยู่บ้านคนเดียวหรือมีใครอยู่ด้วย', ['personal_info']],
  ['งานพริตตี้ต่างจังหวัด ออกค่ารถกับที่พักให้', ['job_offer']],
  ['ส่งรูปหน้ากระจกมาดูหน่อย', ['photo_request']],
  ['📸 หน่อยดิ ดูคนเดียว', ['photo_request']],
  ['อัดวิดีโอตอนเต้นส่งมาหน่อย', ['photo_request']],
  ['แอดสแนปมา ตรงนี้คุยไม่สะดวก', ['off_platform']],
  ['t.me/lunaboy ทักมาตรงนี้', ['off_platform']],
  ['เรื่องที่คุยกันรู้กันแค่เรานะ', ['secrecy']],
  ['พี่เติมเพชรฟีฟายให้ได้นะ', ['gift_money']],
  ['โรงเรียนน้องชื่ออะไร', ['personal_info']],
  ['เดี๋ยวพี่ไปรับที่บ้านนะ', ['meetup']],
  ['รับสมัครนางแบบอายุ 14-17 สนใจไหม', ['job_offer']],
  ['ขอรหัสยืนยันหน่อย ด่วน', ['account_access']],
  ['ถ้าไม่ส่งเพิ่ม ครอบครัวน้องจะเห็นทุกอย่าง', ['threat', 'photo_request']],
  ['หนูขอรูปใส่ชุดนักเรียนหน่อยได้ไหม', ['photo_request']],
  ['ถ่ายคลิปตอนอาบน้ำให้ดูหน่อย', ['photo_request']],
  ['ส่งรูปมาให้ดูหน่อย พี่ไม่เอาไปให้ใครดูหรอก', ['photo_request']],
  ['คืนนี้วิดีโอคอลกับพี่นะ', ['photo_request']],
  ['ไปคุยต่อในไลน์ดีกว่า ไอดีพี่ abc_99', ['off_platform']],
  ['มีเทเลแกรมไหม ย้ายไปคุยในนั้น', ['off_platform']],
  ['ขอเบอร์โทรหน่อย จะได้โทรคุย', ['personal_info', 'off_platform']],
  ['ห้ามบอกแม่นะว่าคุยกับพี่', ['secrecy']],
  ['อย่าให้ใครรู้นะว่าเราคุยกัน', ['secrecy']],
  ['พี่โอนเงินให้ 2000 บาท ถ้าส่งรูปมา', ['gift_money', 'photo_request']],
  ['อยากได้ไอโฟนใหม่ไหม พี่ซื้อให้', ['gift_money']],
  ['เรียนโรงเรียนอะไร อยู่ชั้นไหนแล้ว', ['personal_info']],
  ['แม่กลับบ้านกี่โมงอะ', ['personal_info']],
  ['เจอกันที่ห้างเสาร์นี้นะ มาคนเดียว', ['meetup']],
  ['พี่ไปรับหน้าบ้านได้นะ', ['meetup']],
  ['งานไลฟ์สดขายของ รายได้ดี ไม่ต้องมีประสบการณ์', ['job_offer']],
  ['ขอยืมไอดีฟีฟายหน่อย เดี๋ยวคืน', ['account_access']],
  ['รหัสโอทีพีที่ได้รับทางเอสเอ็มเอส บอกพี่หน่อย', ['account_access']],
  ['ถ้าไม่ส่งมาอีก พี่จะโพสต์รูปน้องลงเฟส', ['threat', 'photo_request']],
  ['ให้เวลา 1 ชั่วโมง โอนมา 5000 ไม่งั้นแฉ', ['threat']],
  ['ใส่ชุดว่ายน้ำแล้วถ่ายให้ดูหน่อย', ['photo_request']],
  ['ทักมาที่ไลน์นะ ในนี้ข้อความเข้าช้า', ['off_platform']],
  ['เรื่องนี้อย่าให้หลุดไปนะ รู้กันสองคน', ['secrecy']],
  ['เดี๋ยวพี่ซื้อสกินให้', ['gift_money']],
  ['มาหาพี่ที่โรงแรมนะ เดี๋ยวจ่ายค่าแท็กซี่ให้', ['meetup']],
  ['รับสมัครน้องๆไลฟ์สดเว็บแคม รายได้ดีมาก', ['job_offer']],
  ['ส่งรหัสที่ได้รับมาให้พี่หน่อย จะกู้แอคคืน', ['account_access']],
  ['ถ้าบอกใคร จะโพสต์รูปน้อง', ['threat', 'secrecy']],
  ['ที่บ้านมีใครอยู่บ้าง พ่อแม่อยู่ไหม', ['personal_info']],
];

const ORDINARY: string[] = [
  'ส่งรูปการบ้านคณิตมาหน่อย',
  'ใครมีรูปงานกีฬาสีลงกลุ่มไลน์ห้องหน่อย',
  'รหัสไวไฟบ้านแกอะไรอะ',
  'เดี๋ยวฆ่าในเกมให้ดู 555',
  'อย่าบอกใครนะ จะเซอร์ไพรส์วันเกิดครู',
  'เดี๋ยวแม่ไปรับหลังซ้อมนะ',
  'ข่าวตำรวจจับคนที่หลอกขอรูปเด็กในเฟส',
  'อย่าบอกรหัสผ่านให้ใครรู้เด็ดขาด',
  'เจอกันพรุ่งนี้ที่โรงเรียนนะ',
  'น้องหมาน่ารักมาก ขอดูรูปอีก',
  'ส่งรูปวิวที่ไปเที่ยวมาหน่อย',
  'ขอรหัสไวไฟหน่อย',
  'ฆ่ามันในเกม rov 555',
  'แอดไลน์กลุ่มห้องด้วยนะ',
  'ครูบอกว่าห้ามส่งรูปให้คนแปลกหน้า',
  'ไปติวที่ห้องสมุดกันพรุ่งนี้',
  'ส่งรูปสูตรอาหารของยายมาหน่อย',
  'น้องสาวอายุกี่ขวบแล้ว',
  'นัดเจอกันที่ห้องสมุดบ่ายสี่ทำรายงานประวัติศาสตร์',
  'โค้ดส่วนลดคือ SUMMER20',
  'ลบมีมนั้นออกจากกลุ่มก่อนครูเห็น',
  'รูปโปรไฟล์สวยจัง',
  'เดี๋ยวส่งรูปงานวันเกิดให้ในไลน์นะ',
  'ระวังคนที่ขอรูปในเน็ตนะ',
  'ส่งรูปสมุดวิทย์มาหน่อย',
  'ขอเบอร์ครูประจำชั้นหน่อย',
  'เดี๋ยวพ่อไปรับหลังเลิกเรียน',
  'แม่บอกว่าอย่าบอกรหัสให้ใคร',
  'วันนี้เรียนเรื่องภัยออนไลน์ ครูบอกว่าอย่าส่งรูปให้คนแปลกหน้า',
  'โพสต์รูปทริปทะเลลงไอจีแล้วนะ',
  'แอดไลน์กลุ่มห้องยัง',
  'อายุเท่าไหร่แล้วน้องหมาบ้านแก',
  'ส่งไฟล์หนังสือมาหน่อย',
  'ศุกร์นี้ไปดูหนังกับเพื่อนๆกัน',
  'ยายให้เงินวันเกิดมา',
  'ชอบตัวละครไหนในเรื่องนี้',
  'รหัสไวไฟห้องสมุดคืออะไร',
];

describe('Thai pack on messages of its language', () => {
  it.each(RISKY)('labels %s', (text, expected) => {
    const labels = detector.scanMessage(text).labels;
    for (const category of expected) expect(labels, text).toContain(category);
  });

  it.each(ORDINARY)('leaves alone %s', (text) => {
    expect(detector.scanMessage(text).labels, text).toEqual([]);
  });
});

// Thai terms are found by substring search with a bounded number of checks per
// first character (src/engine/match.ts), longest first. A pack with too many
// terms sharing a first letter would silently lose its shortest ones, so each
// term must still be found when it is the whole message.
describe('Thai pack terms', () => {
  it('are each found on their own, none crowded out by longer terms with the same first letter', () => {
    const index = compilePacks({ packs: PACKS, common: COMMON_LEXICON, frequentWords: new Set(FREQUENT_WORDS) });
    const lost: string[] = [];
    for (const entries of index.thai.values()) {
      for (const { term, classes } of entries) {
        if (classes.length === 0) continue;
        const found = expandThai(tokenize(term), index).some((t) => t.text === term);
        if (!found) lost.push(term);
      }
    }
    expect(lost).toEqual([]);
  });
});
