import { describe, expect, it } from 'vitest';
import { createDetectorFromPacks } from '../../src/engine/detector';
import { COMMON_LEXICON, FREQUENT_WORDS, PACKS } from '../../src/packs/index';
import type { Category } from '../../src/shared/categories';

// Malay messages written for this test (never lines of ../shared/eval): the
// grammar must label risky ones, in other words than the pack's own examples
// and in teen spelling, and leave the look-alike ordinary ones alone, with
// every other shipped pack running beside it, as in the extension. Rules
// alone: no model.
const detector = createDetectorFromPacks({ packs: PACKS, common: COMMON_LEXICON, frequentWords: new Set(FREQUENT_WORDS) });

const RISKY: [string, Category[]][] = [
  ['hantar gambar awak sekarang, untuk saya je', ['photo_request']],
  ['jom video call malam ni, berdua je', ['photo_request']],
  ['jom jumpa esok, saya ambil awak kat sekolah', ['meetup']],
  ['datang rumah saya, mak ayah saya takde', ['meetup']],
  ['bagi alamat rumah awak, nak hantar hadiah', ['personal_info']],
  ['awak sorang je kat rumah?', ['personal_info']],
  ['jom sembang kat telegram', ['off_platform']],
  ['bagi nombor whatsapp awak', ['off_platform']],
  ['jangan bagitahu mak ayah awak pasal kita', ['secrecy']],
  ['padam chat kita lepas baca', ['secrecy']],
  ['ni rahsia kita berdua je', ['secrecy']],
  ['saya belanja awak topup kalau awak hantar gambar', ['gift_money', 'photo_request']],
  ['nak jadi model? gaji lumayan, tak perlu pengalaman', ['job_offer']],
  ['ada kod tac masuk phone awak, bagi saya kod tu', ['account_access']],
  ['kalau tak hantar lagi, saya sebar gambar awak kat semua orang', ['threat']],
];

const ORDINARY: string[] = [
  'hantar gambar nota sejarah dalam group kelas',
  'mak saya ambil kita lepas sekolah',
  'jumpa esok kat kelas',
  'adik awak umur berapa sekarang?',
  'jangan bagitahu sesiapa pasal hadiah hari jadi cikgu',
  'wifi rumah awak password apa',
  'hati hati scam, jangan bagi kod tac pada sesiapa',
  'gambar rombongan kelas semalam cantik',
  'saya kalah game tadi haha',
];

describe('Malay pack on messages of its language', () => {
  it.each(RISKY)('labels %s', (text, expected) => {
    const labels = detector.scanMessage(text).labels;
    for (const category of expected) expect(labels, text).toContain(category);
  });

  it.each(ORDINARY)('leaves alone %s', (text) => {
    expect(detector.scanMessage(text).labels, text).toEqual([]);
  });
});
