import { describe, expect, it } from 'vitest';
import { createDetectorFromPacks } from '../../src/engine/detector';
import { COMMON_LEXICON, FREQUENT_WORDS, PACKS } from '../../src/packs/index';
import { frPack } from '../../src/packs/fr';
import type { Category } from '../../src/shared/categories';

// French messages written for this test (never lines of ../shared/eval): the
// grammar must label risky ones, in other words than the pack's own examples
// and in teen spelling, and leave the look-alike ordinary ones alone, with
// every other shipped pack running beside it, as in the extension.
const packs = PACKS.some((p) => p.lang === 'fr') ? PACKS : [...PACKS, frPack];
const detector = createDetectorFromPacks({ packs, common: COMMON_LEXICON, frequentWords: new Set(FREQUENT_WORDS) });

const RISKY: [string, Category[]][] = [
  ['coucou ma belle, tu m\'envoies une petite photo de toi ?', ['photo_request']],
  ['envoie moi un nude stp, personne le verra tkt', ['photo_request']],
  ['montre-toi en maillot de bain', ['photo_request']],
  ['allume ta cam 2 min, je veux juste te voir', ['photo_request']],
  ['on se fait un facetime ce soir rien que nous deux ?', ['photo_request']],
  ['file moi ton snap on parlera mieux la bas', ['off_platform']],
  ['viens sur telegram c\'est plus discret', ['off_platform']],
  ['donne moi ton 06 qu\'on s\'appelle', ['personal_info', 'off_platform']],
  ['ça reste entre nous hein, dis rien à tes darons', ['secrecy']],
  ['efface notre conv après l\'avoir lue', ['secrecy']],
  ['faut que personne sache qu\'on se parle', ['secrecy']],
  ['je t\'envoie 20 euros de v-bucks si tu m\'envoies une photo', ['gift_money', 'photo_request']],
  ['tu veux une carte cadeau ? je peux te l\'offrir', ['gift_money']],
  ['t\'as quel age ? t\'es en 4eme ?', ['personal_info']],
  ['t\'habites dans quelle ville ? t\'es toute seule chez toi la ?', ['personal_info']],
  ['tes parents rentrent à quelle heure ce soir', ['personal_info']],
  ['j\'ai trop envie de te voir en vrai, je passe te prendre samedi', ['meetup']],
  ['viens chez moi, je te paie le bus', ['meetup']],
  ['je recrute pour une agence de mannequins, t\'as le profil', ['job_offer']],
  ['se faire de l\'argent facile depuis chez toi, sans experience', ['job_offer']],
  ['t\'as reçu un code par sms par erreur, tu peux me le donner ?', ['account_access']],
  ['donne moi ton mdp insta, je vais te faire gagner des abonnés', ['account_access']],
  ['si tu me paies pas 100 euros je publie tes photos', ['threat']],
  ['j\'ai des screens, si tu me bloques j\'envoie tout à ton lycée', ['threat']],
  ['tu vas le regretter si tu réponds pas', ['threat']],
  ['ENVOIE UNE PHOTOOOO', ['photo_request']],
  ['3nv0ie un nud3', ['photo_request']],
  ['t\'as pas des photos un peu plus osées ?', ['photo_request']],
  ['j\'aimerais voir à quoi tu ressembles en pyjama', ['photo_request']],
  ['ouvre ta cam et montre toi', ['photo_request']],
  ['télécharge telegram et écris moi là bas', ['off_platform']],
  ['on passe sur discord, ici tout le monde voit', ['off_platform']],
  ['ta mère a pas besoin de savoir', ['secrecy']],
  ['après tu supprimes tout ce qu\'on s\'est dit', ['secrecy']],
  ['si quelqu\'un demande dis que je suis ton cousin', ['secrecy']],
  ['tu veux des robux ? je t\'en offre', ['gift_money']],
  ['je t\'envoie de la thune si tu fais ce que je dis', ['gift_money']],
  ['tu as quel âge au fait ?', ['personal_info']],
  ['t\'habites où ? envoie ta localisation', ['personal_info']],
  ['t\'es dans quel lycée ? en quelle classe ?', ['personal_info']],
  ['t\'es seule la ? tes parents sont partis ?', ['personal_info']],
  ['on se voit quand ? je t\'attends au parc', ['meetup']],
  ['viens passer le week end chez moi, juste nous deux', ['meetup']],
  ['j\'ai un taf pour toi, 200 euros par jour à l\'étranger', ['job_offer']],
  ['on recherche des jeunes filles pour un shooting, sans expérience', ['job_offer']],
  ['dis moi le code qu\'on t\'a envoyé par sms', ['account_access']],
  ['prête moi ton compte roblox vite fait', ['account_access']],
  ['soit tu envoies d\'autres photos soit je poste tout', ['threat', 'photo_request']],
  ['je sais où tu habites, me cherche pas', ['threat']],
  ['j\'ai screen tous tes abonnés, si tu paies pas j\'envoie la vidéo à tout le monde', ['threat']],
  ['fais un virement de 200 ou tout le monde saura', ['threat']],
  ['bonjour, support instagram, nous devons vérifier ton compte, envoie le code', ['account_access']],
  ['j\'ai mis ton numéro par erreur, t\'as reçu un sms avec un code ? renvoie le moi', ['account_access']],
  ['t\'es trop mature pour ton âge, tu m\'envoies une photo en entier ?', ['photo_request']],
  ['mets la tenue que je t\'ai offerte et prends toi en photo', ['photo_request']],
  ['fais pas ta timide, juste une photo, personne saura', ['photo_request', 'secrecy']],
  ['quand tu sors du collège je t\'attends devant', ['meetup']],
  ['viens chez moi vendredi, mes parents seront pas là', ['meetup']],
  ['donne moi ton insta et on continue là bas', ['off_platform']],
  ['on parle sur whatsapp, je te donne mon num', ['off_platform']],
  ['parle pas de moi à tes parents', ['secrecy']],
  ['supprime la conv au cas où ta mère regarde ton tel', ['secrecy']],
  ['je t\'achète tout ce que tu veux, des baskets, des fringues', ['gift_money']],
  ['je t\'envoie un virement si tu m\'envoies quelque chose', ['gift_money']],
  ['t\'es d\'où ? tu vis dans quelle ville ?', ['personal_info']],
  ['t\'es seule chez toi ou y a quelqu\'un ?', ['personal_info']],
  ['tu me donnes ton adresse pour que je t\'envoie un petit cadeau ?', ['personal_info', 'gift_money']],
  ['job d\'hôtesse dans une autre ville, on paie le train et le logement', ['job_offer']],
  ['tu veux gagner de l\'argent vite ? il suffit d\'envoyer des photos', ['job_offer', 'photo_request', 'gift_money']],
];

const ORDINARY: string[] = [
  'envoie moi la photo de l\'exo 3 stp',
  'mettez les photos de la sortie sur le groupe de classe',
  'c\'est quoi le code wifi chez toi ?',
  'je vais te tuer sur fortnite ce soir mdr',
  'dis rien à personne pour l\'anniv surprise de la prof',
  'ma mère passe te prendre après le foot',
  'ajoute moi au groupe whatsapp de la classe',
  'selon la police, un homme demandait des photos à des mineurs sur insta',
  'ne donne jamais ton mot de passe, même à tes potes',
  'quel âge a ta grand-mère ?',
  'on se voit demain en cours',
  'je te rembourse le kebab demain',
  'trop mignonnes les photos de ton chien',
  'au collège on nous a dit de jamais envoyer de photos à des inconnus',
  'envoie la photo du tableau de physique',
  'envoie moi la vidéo du match que t\'as filmé',
  'tu me donnes le mot de passe du wifi stp',
  'ma mère va me tuer si je rentre tard mdr',
  'dis à ta mère merci pour le gâteau',
  't\'as le lien du groupe whatsapp de la classe ?',
  'à la prévention ils ont dit de jamais envoyer de photos à des inconnus',
  'on révise à la bibli demain ?',
  'le prof a demandé de poster les photos de l\'expérience sur classroom',
  'envoie moi la photo de la recette de ta grand mère',
  'ta soeur a quel âge samedi ?',
  'on se retrouve au cdi à 16h pour l\'exposé d\'histoire',
  'le code promo c\'est ETE20',
  'si tu me passes pas tes cours je vais rater le contrôle mdr',
  'ajoute moi en ami sur fortnite',
  'supprime ce meme du groupe avant que la prof le voie',
  'mon oncle a une agence de voyage et cherche un stagiaire',
];

describe('French pack on messages of its language', () => {
  it.each(RISKY)('labels %s', (text, expected) => {
    const labels = detector.scanMessage(text).labels;
    for (const category of expected) expect(labels, text).toContain(category);
  });

  it.each(ORDINARY)('leaves alone %s', (text) => {
    expect(detector.scanMessage(text).labels, text).toEqual([]);
  });
});
