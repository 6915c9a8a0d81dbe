import { describe, expect, it } from 'vitest';
import { createDetectorFromPacks } from '../../src/engine/detector';
import { COMMON_LEXICON, FREQUENT_WORDS, PACKS } from '../../src/packs/index';
import type { Category } from '../../src/shared/categories';

// Indonesian messages written for this test (never lines of ../shared/eval): the
// grammar must label risky ones, in other words than the pack's own examples
// and in teen spelling, and leave the look-alike ordinary ones alone, with
// every other shipped pack running beside it, as in the extension. Rules
// alone: no model.
const detector = createDetectorFromPacks({ packs: PACKS, common: COMMON_LEXICON, frequentWords: new Set(FREQUENT_WORDS) });

const RISKY: [string, Category[]][] = [
  ['kirimin foto kamu dong, buat aku aja', ['photo_request']],
  ['pap dong sekarang', ['photo_request']],
  ['vc yuk malem ini berdua aja', ['photo_request']],
  ['ketemuan yuk sabtu, nanti aku jemput', ['meetup']],
  ['main ke rumahku aja, ortuku lagi pergi', ['meetup']],
  ['rumah kamu di daerah mana?', ['personal_info']],
  ['alamat rumah kamu dimana? kirim lokasi dong', ['personal_info']],
  ['kamu sendirian di rumah?', ['personal_info']],
  ['pindah ke telegram aja yuk', ['off_platform']],
  ['minta nomor wa kamu dong', ['off_platform']],
  ['jangan bilang ke ortu kamu ya soal kita', ['secrecy']],
  ['hapus chat kita abis baca ya', ['secrecy']],
  ['ini rahasia kita berdua', ['secrecy']],
  ['aku kasih diamond ff kalo kamu kirim foto', ['gift_money', 'photo_request']],
  ['mau jadi model? bayarannya gede, gak perlu pengalaman', ['job_offer']],
  ['ada kode otp masuk ke hp kamu, kasih tau aku ya', ['account_access']],
  ['pinjem akun ml kamu dong', ['account_access']],
  ['kalo gak kirim lagi, fotomu aku sebar ke grup sekolah', ['threat']],
  ['awas ya, aku tau sekolah kamu', ['threat']],
];

const ORDINARY: string[] = [
  'kirim foto tugas matematika ke grup kelas ya',
  'besok kita kerja kelompok di perpus',
  'mama jemput aku jam 4 nanti',
  'password wifi rumah kamu apa?',
  'jangan bilang siapa siapa ya soal kejutan ultah bu guru',
  'adikmu umur berapa sekarang?',
  'wa aku lagi error, chat di ig dulu',
  'hati hati penipuan, jangan kasih kode otp ke siapa pun',
  'foto liburan kemarin bagus banget',
  'aku kalah mabar tadi malam wkwk',
  'nanti kita ketemu di kelas ya',
];

describe('Indonesian pack on messages of its language', () => {
  it.each(RISKY)('labels %s', (text, expected) => {
    const labels = detector.scanMessage(text).labels;
    for (const category of expected) expect(labels, text).toContain(category);
  });

  it.each(ORDINARY)('leaves alone %s', (text) => {
    expect(detector.scanMessage(text).labels, text).toEqual([]);
  });
});
