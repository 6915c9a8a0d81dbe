import { describe, expect, it } from 'vitest';
import { createDetectorFromPacks } from '../../src/engine/detector';
import { COMMON_LEXICON, FREQUENT_WORDS, PACKS } from '../../src/packs/index';
import { esPack } from '../../src/packs/es';
import type { Category } from '../../src/shared/categories';

// Spanish messages written for this test (never lines of ../shared/eval): the
// grammar must label risky ones, in other words than the pack's own examples
// and in teen spelling, and leave the look-alike ordinary ones alone, with
// every other shipped pack running beside it, as in the extension.
const packs = PACKS.some((p) => p.lang === 'es') ? PACKS : [...PACKS, esPack];
const detector = createDetectorFromPacks({ packs, common: COMMON_LEXICON, frequentWords: new Set(FREQUENT_WORDS) });

const RISKY: [string, Category[]][] = [
  ['hola preciosa, me mandas una foto tuya? solo para mi', ['photo_request']],
  ['pasame fotos en bikini porfa', ['photo_request']],
  ['q haces? mandame una selfie ahorita', ['photo_request']],
  ['kiero verte sin ropa jeje', ['photo_request']],
  ['prendé la cámara un ratito dale', ['photo_request']],
  ['hagamos videollamada pero solos tu y yo', ['photo_request']],
  ['enviame un videito bailando en tu cuarto', ['photo_request']],
  ['tenés whatsapp? pasame tu numero y hablamos por ahi', ['off_platform', 'personal_info']],
  ['mejor agregame a snap que aca nos pueden leer', ['off_platform']],
  ['escribime al telegram, mi user es @nico_k', ['off_platform']],
  ['esto queda entre nosotros ok? no le cuentes a tu mama', ['secrecy']],
  ['borra todos los mensajes cuando termines de leer', ['secrecy']],
  ['nadie se tiene q enterar de lo nuestro', ['secrecy']],
  ['te regalo 1000 robux si me pasas una foto', ['gift_money', 'photo_request']],
  ['te hago una recarga de saldo, que te gustaria?', ['gift_money']],
  ['cuantos años tenes? vas a la secundaria?', ['personal_info']],
  ['en que barrio vivis? estas sola en tu casa ahora?', ['personal_info']],
  ['a que hora llegan tus papas del trabajo', ['personal_info']],
  ['quiero conocerte en persona, te paso a buscar el sabado', ['meetup']],
  ['veni a mi depa, yo te pago el uber', ['meetup']],
  ['soy reclutadora de una agencia de modelos, te interesa? pagamos bien', ['job_offer']],
  ['gana dinero facil desde tu casa, solo necesitas tu celular', ['job_offer']],
  ['te llego un codigo de 6 digitos a tu cel, me lo pasas? fue sin querer', ['account_access']],
  ['dame tu contraseña de insta para subirte seguidores', ['account_access']],
  ['si no me pagas 200 dolares publico tus fotos', ['threat']],
  ['tengo capturas, si me bloqueas se las mando a todos tus seguidores', ['threat']],
  ['te vas a arrepentir si no me contestas', ['threat']],
  ['MANDAMEEE UNA FOTOOO', ['photo_request']],
  ['m4ndame un v1deo tuyo', ['photo_request']],
  ['oye y no tienes fotos mas atrevidas? 🔥', ['photo_request']],
  ['me gustaria ver como te ves en pijama', ['photo_request']],
  ['pasa pack', ['photo_request']],
  ['abri la camara y mostrame', ['photo_request']],
  ['te escribo por wasap mejor, dame tu numero', ['off_platform', 'personal_info']],
  ['descargate telegram y me hablas alla', ['off_platform']],
  ['sigamos hablando por discord, aca es muy publico', ['off_platform']],
  ['tu mami no tiene que saber nada de esto', ['secrecy']],
  ['despues borras todo lo que hablamos', ['secrecy']],
  ['si alguien te pregunta deci que soy tu primo', ['secrecy']],
  ['quieres pavos para fortnite? te los regalo', ['gift_money']],
  ['te deposito en tu cuenta si haces lo que te pido', ['gift_money']],
  ['que edad tenes vos?', ['personal_info']],
  ['dnd vivis? pasame tu ubi', ['personal_info']],
  ['a que colegio vas? en que curso estas?', ['personal_info']],
  ['estas solita ahora? tus papas ya se fueron?', ['personal_info']],
  ['cuando nos vemos? te espero en la plaza', ['meetup']],
  ['quedamos el finde en mi casa, nadie mas', ['meetup']],
  ['tengo un trabajito para vos, pagan 300 dolares por dia en el extranjero', ['job_offer']],
  ['buscamos chicas jovenes para modelar, sin experiencia', ['job_offer']],
  ['decime el codigo que te mandaron por sms', ['account_access']],
  ['prestame tu cuenta de roblox un rato', ['account_access']],
  ['o me mandas mas fotos o las publico', ['threat', 'photo_request']],
  ['ya se donde vivis, no me provoques', ['threat']],
  ['me debes 3 fotos mas', ['threat']],
  ['ya tengo captura de todos tus seguidores, si no pagas les mando el video', ['threat']],
  ['deposita 500 pesos por oxxo o todos se enteran', ['threat']],
  ['hola soy del soporte de instagram, necesitamos verificar tu cuenta, mandanos el codigo', ['account_access']],
  ['oye me equivoque y puse tu numero, te llego un mensaje con un codigo? me lo reenvias', ['account_access']],
  ['eres muy madura para tu edad, me mandas una foto de cuerpo entero?', ['photo_request']],
  ['ponte la ropa que te regale y tomate una foto', ['photo_request']],
  ['no seas asi, solo una fotito, nadie se va a enterar', ['photo_request', 'secrecy']],
  ['cuando salgas del cole te estoy esperando afuera', ['meetup']],
  ['te invito a mi casa el viernes, mis papas no estan', ['meetup']],
  ['pasame tu insta y seguimos alla', ['off_platform']],
  ['hablemos mejor por whats, te paso mi numero', ['off_platform']],
  ['no les digas nada a tus viejos de mi', ['secrecy']],
  ['mejor elimina el chat por si tu mama revisa tu celular', ['secrecy']],
  ['te compro lo que quieras, unos tenis, ropa, lo que pidas', ['gift_money']],
  ['te transfiero por bizum si me mandas algo', ['gift_money']],
  ['y tu de donde eres? en que ciudad vives?', ['personal_info']],
  ['estas sola en casa o hay alguien mas?', ['personal_info']],
  ['me dices tu direccion para mandarte un regalito?', ['personal_info', 'gift_money']],
  ['trabajo de promotora en otra ciudad, te pagamos el pasaje y el hospedaje', ['job_offer']],
  ['quieres ganar dinero rapido? solo tienes que mandar fotos', ['job_offer', 'photo_request', 'gift_money']],
  ['che linda, pasame una foto tuya en el espejo', ['photo_request']],
  ['neta quiero verte, mandame algo rico 😏', ['photo_request']],
  ['me regalas una fotico tuya parce?', ['photo_request']],
  ['usted podria enviarme una fotografia suya?', ['photo_request']],
  ['📸 porfa, solo para mi', ['photo_request']],
  ['m a n d a m e una foto', ['photo_request']],
  ['wey agregame al snap, aqui no puedo hablar', ['off_platform']],
  ['bajate kik y me escribes', ['off_platform']],
  ['t.me/lunaboy escribeme ahi', ['off_platform']],
  ['esto que hablamos es solo entre tu y yo eh', ['secrecy']],
  ['no le vayas a decir a nadie po', ['secrecy']],
  ['te puedo pasar diamantes para free fire si quieres', ['gift_money']],
  ['te mando una gift card de 50 dolares', ['gift_money']],
  ['que edad tiene usted?', ['personal_info']],
  ['y tu cole como se llama?', ['personal_info']],
  ['tus papas te dejan salir de noche? estan en casa ahorita?', ['personal_info']],
  ['vamos a vernos, yo te busco en tu casa', ['meetup']],
  ['te mando el uber para que vengas a verme', ['meetup']],
  ['agencia busca modelos de 14 a 17 años, interesada?', ['job_offer']],
  ['tu codigo de verificacion por favor, es urgente', ['account_access']],
  ['si no mandas mas, tu familia va a ver todo', ['threat']],
  ['tus fotos van a estar en todos lados si me ignoras', ['threat']],
  ['te doy hasta la noche para pagar', ['threat']],
];

const ORDINARY: string[] = [
  'mandame la foto del horario de clases porfa',
  'suban las fotos del viaje de egresados al drive',
  'cual es la clave del wifi de tu casa?',
  'te mato en el free fire jajaja',
  'no le digas a nadie del regalo sorpresa para la profe',
  'mi mamá te recoge después del entreno',
  'agregame al grupo de wsp del salon',
  'la policia dijo que un hombre pedia fotos a menores por instagram',
  'nunca compartas tu contraseña, ni con tus amigos',
  'cuantos años tiene tu abuela?',
  'nos vemos mañana en clase',
  'te paso la plata del cine mañana',
  'que lindas las fotos de tu perro',
  'en el cole nos dijeron que no mandemos fotos a extraños',
  'pasame las fotos de la pizarra de fisica',
  'mandame el video del partido que grabaste',
  'me pasas la contraseña del wi fi porfa',
  'mi vieja me va a matar si llego tarde jaja',
  'dile a tu mama que gracias por la torta',
  'tienes el link del grupo de whatsapp del curso?',
  'en la charla de ciberseguridad dijeron que nunca mandes fotos a desconocidos',
  'juntemonos a estudiar en la biblio manana',
  'el profe pidio que subamos las fotos del experimento al classroom',
  'mandame una foto de la receta de tu abuela',
  'cuantos años cumple tu hermana el sabado?',
  'quedamos en la biblio a las 4 para el trabajo de historia',
  'el codigo de descuento es VERANO20',
  'si no me pasas los apuntes repruebo jaja',
  'agregame a tu lista de amigos en fortnite',
  'borra ese meme del grupo antes que lo vea la profe',
  'mi tio tiene una agencia de viajes y busca practicantes',
  'q foto tan buena la de tu perfil',
  'te mando las fotos del cumple por whats',
  'pasame el numero de la pagina de la tarea',
  'cuidado con los que piden fotos por internet',
  'hoy en clase hablamos del grooming y de no mandar fotos',
];

// Known cross-pack false positive, kept visible: the Indonesian pack reads this homework photo as a photo of the body (id.photo.pic_body).
// When it is fixed `it.fails` turns red: move the line into ORDINARY.
const KNOWN_FALSE_POSITIVES: string[] = ['mandame foto de lo que te dio la profe'];

describe('Spanish pack on messages of its language', () => {
  it.each(RISKY)('labels %s', (text, expected) => {
    const labels = detector.scanMessage(text).labels;
    for (const category of expected) expect(labels, text).toContain(category);
  });

  it.each(ORDINARY)('leaves alone %s', (text) => {
    expect(detector.scanMessage(text).labels, text).toEqual([]);
  });

  it.fails.each(KNOWN_FALSE_POSITIVES)('(known issue) leaves alone %s', (text) => {
    expect(detector.scanMessage(text).labels, text).toEqual([]);
  });
});
