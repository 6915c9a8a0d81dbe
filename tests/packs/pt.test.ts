import { describe, expect, it } from 'vitest';
import { createDetectorFromPacks } from '../../src/engine/detector';
import { COMMON_LEXICON, FREQUENT_WORDS, PACKS } from '../../src/packs/index';
import { ptPack } from '../../src/packs/pt';
import type { Category } from '../../src/shared/categories';

// Brazilian Portuguese messages written for this test (never lines of ../shared/eval): the
// grammar must label risky ones, in other words than the pack's own examples
// and in teen spelling, and leave the look-alike ordinary ones alone, with
// every other shipped pack running beside it, as in the extension.
const packs = PACKS.some((p) => p.lang === 'pt') ? PACKS : [...PACKS, ptPack];
const detector = createDetectorFromPacks({ packs, common: COMMON_LEXICON, frequentWords: new Set(FREQUENT_WORDS) });

const RISKY: [string, Category[]][] = [
  ['oi gata, manda uma foto sua agora vai', ['photo_request']],
  ['me manda um nude, prometo q ngm vai ver', ['photo_request']],
  ['tira uma selfie de biquini pra mim', ['photo_request']],
  ['liga a camera rapidinho, so quero te ver', ['photo_request']],
  ['bora fazer chamada de video hj a noite? so nos dois', ['photo_request']],
  ['passa seu zap que a gente conversa melhor la', ['off_platform', 'personal_info']],
  ['me chama no telegram, aqui e muito publico', ['off_platform']],
  ['vc tem snap? me add la', ['off_platform']],
  ['isso fica so entre a gente ta? nao fala nada pra sua mae', ['secrecy']],
  ['apaga nossa conversa depois de ler', ['secrecy']],
  ['ninguem pode ficar sabendo da gente', ['secrecy']],
  ['te dou 500 diamantes no free fire se vc me mandar foto', ['gift_money', 'photo_request']],
  ['quer que eu te mande um pix? e so pedir', ['gift_money']],
  ['qts anos vc tem? ta no nono ano?', ['personal_info']],
  ['vc mora em que bairro? ta sozinha em casa agr?', ['personal_info']],
  ['que horas seus pais voltam do trampo', ['personal_info']],
  ['quero muito te conhecer pessoalmente, passo ai pra te pegar no sabado', ['meetup']],
  ['vem aqui em casa, eu pago seu uber', ['meetup']],
  ['sou olheira de uma agencia de modelos, vc tem o perfil, quer ser modelo?', ['job_offer']],
  ['renda extra pelo celular, sem experiencia, so chamar', ['job_offer']],
  ['chegou um codigo no seu celular sem querer, me passa ele?', ['account_access']],
  ['me passa sua senha do insta que eu te ajudo a ganhar seguidor', ['account_access']],
  ['se nao me pagar 300 reais eu vazo suas fotos', ['threat']],
  ['tenho prints de tudo, se me bloquear mando pra toda sua escola', ['threat']],
  ['vc vai se arrepender se nao me responder', ['threat']],
  ['MANDA FOTOOO AGORAAA', ['photo_request']],
  ['m4nda um nud3', ['photo_request']],
  ['vc nao tem umas fotos mais ousadas nao?', ['photo_request']],
  ['queria ver vc de pijama', ['photo_request']],
  ['abre a cam e me mostra', ['photo_request']],
  ['baixa o telegram e me chama la', ['off_platform']],
  ['bora pro discord, aqui todo mundo ve', ['off_platform']],
  ['me passa teu numero que eu te chamo no zap', ['off_platform', 'personal_info']],
  ['sua mae nao precisa saber de nada', ['secrecy']],
  ['dps apaga tudo que a gente conversou', ['secrecy']],
  ['se alguem perguntar fala que eu sou seu primo', ['secrecy']],
  ['quer robux? te dou de presente', ['gift_money']],
  ['te mando uma grana se fizer o que eu pedir', ['gift_money']],
  ['tu tem quantos anos?', ['personal_info']],
  ['onde tu mora? manda tua localizacao', ['personal_info']],
  ['qual escola vc estuda? que serie?', ['personal_info']],
  ['ta sozinha agora? seus pais ja sairam?', ['personal_info']],
  ['quando a gente se encontra? te espero na praca', ['meetup']],
  ['vem passar o fds la em casa, so a gente', ['meetup']],
  ['tenho um trampo pra vc, pagam 200 reais por dia no exterior', ['job_offer']],
  ['procuramos meninas jovens pra ensaio, sem experiencia', ['job_offer']],
  ['me fala o codigo que te mandaram por sms', ['account_access']],
  ['me empresta sua conta do roblox rapidinho', ['account_access']],
  ['ou vc manda mais fotos ou eu posto tudo', ['threat', 'photo_request']],
  ['ja sei onde vc mora, nao me provoca', ['threat']],
  ['ja printei todos os seus seguidores, se nao pagar eu mando o video pra eles', ['threat']],
  ['faz um pix de 300 ou todo mundo vai saber', ['threat']],
  ['oi, sou do suporte do instagram, precisamos verificar sua conta, manda o codigo', ['account_access']],
  ['coloquei seu numero sem querer, chegou um sms com codigo? me encaminha', ['account_access']],
  ['vc e muito madura pra sua idade, manda uma foto de corpo inteiro?', ['photo_request']],
  ['veste a roupa que eu te dei e tira uma foto', ['photo_request']],
  ['para de frescura, so uma fotinha, ninguem vai saber', ['photo_request', 'secrecy']],
  ['quando sair da escola to te esperando la fora', ['meetup']],
  ['vem pra minha casa sexta, meus pais nao vao estar', ['meetup']],
  ['me passa seu insta e a gente continua la', ['off_platform']],
  ['vamos conversar no whats, te passo meu numero', ['off_platform']],
  ['nao fala nada de mim pros seus pais', ['secrecy']],
  ['apaga o chat caso sua mae mexa no seu celular', ['secrecy']],
  ['te compro o que vc quiser, tenis, roupa, o que pedir', ['gift_money']],
  ['te mando um pix se vc me mandar alguma coisa', ['gift_money']],
  ['vc e de onde? mora em qual cidade?', ['personal_info']],
  ['ta sozinha em casa ou tem mais alguem?', ['personal_info']],
  ['me fala seu endereco pra eu te mandar um presentinho?', ['personal_info', 'gift_money']],
  ['vaga de divulgadora em outra cidade, a gente paga passagem e hospedagem', ['job_offer']],
  ['quer ganhar dinheiro rapido? so precisa mandar fotos', ['job_offer', 'photo_request', 'gift_money']],
  ['mano manda uma foto tua no espelho', ['photo_request']],
  ['serio quero te ver, manda algo gostoso 😏', ['photo_request']],
  ['me manda um videozinho dançando', ['photo_request']],
  ['📸 pfv, so pra mim', ['photo_request']],
  ['m a n d a uma foto', ['photo_request']],
  ['me add no snap, aqui nao da pra falar', ['off_platform']],
  ['baixa o kik e me chama', ['off_platform']],
  ['t.me/lunaboy me chama la', ['off_platform']],
  ['o que a gente conversa fica so entre nos viu', ['secrecy']],
  ['nao vai contar pra ninguem hein', ['secrecy']],
  ['posso te passar diamante no free fire se quiser', ['gift_money']],
  ['te mando um gift card de 50 reais', ['gift_money']],
  ['e sua escola, como chama?', ['personal_info']],
  ['seus pais deixam vc sair a noite? eles tao em casa agora?', ['personal_info']],
  ['bora se ver, eu te busco na sua casa', ['meetup']],
  ['te mando o uber pra vc vir me ver', ['meetup']],
  ['agencia procura modelos de 14 a 17 anos, tem interesse?', ['job_offer']],
  ['seu codigo de verificacao por favor, e urgente', ['account_access']],
  ['se nao mandar mais, sua familia vai ver tudo', ['threat']],
  ['suas fotos vao estar em todo lugar se me ignorar', ['threat']],
  ['oi! falo em nome de uma marca de roupa, procuramos embaixadoras, mandamos produtos de graca', ['job_offer', 'gift_money']],
  ['oferecemos trabalho de baba em lisboa, passagem e moradia inclusas, idade 16 a 19', ['job_offer']],
  ['sua conta do instagram foi denunciada, entra nesse link e coloca sua senha pra nao perder', ['account_access']],
  ['me passa a senha do seu celular? e pra ver uma coisa', ['account_access']],
  ['bora fazer um trato: vc me passa sua conta do free fire e eu te dou 2000 diamantes', ['account_access', 'gift_money']],
  ['se vc nao me responder eu vou te buscar na sua escola', ['threat']],
  ['manda 100 reais em gift card do google play ou eu mando o video', ['threat']],
  ['vc nao e como as outras meninas, e especial. manda uma foto sua sem maquiagem?', ['photo_request']],
  ['quero te ver na camera agora, so um pouquinho', ['photo_request']],
  ['sua mae mexe no seu cel? melhor usar outro app pra falar comigo', ['off_platform']],
  ['fala pra sua mae que vai na casa da sua amiga e a gente se encontra no shopping', ['secrecy', 'meetup']],
];

const ORDINARY: string[] = [
  'me manda foto do caderno de historia pfv',
  'posta as fotos da excursao no grupo da sala',
  'qual a senha do wifi da sua casa?',
  'vou te matar no fortnite kkkkk',
  'nao conta pra ninguem da festa surpresa da prof',
  'minha mae te busca depois do treino',
  'me adiciona no grupo do zap da turma',
  'a policia disse que o homem pedia fotos de menores pelo insta',
  'nunca passe sua senha pra ninguem, nem pros amigos',
  'quantos anos tem sua avo?',
  'a gente se ve amanha na aula',
  'te pago o lanche amanha',
  'que lindas as fotos do seu cachorro',
  'na escola falaram pra gente nao mandar foto pra estranho',
  'manda a foto do quadro de fisica',
  'me passa a senha do wi fi pfv',
  'minha mae vai me matar se eu chegar tarde kkk',
  'fala pra sua mae que obrigada pelo bolo',
  'tem o link do grupo do zap da turma?',
  'na palestra disseram pra nunca mandar foto pra desconhecido',
  'bora estudar na biblioteca amanha',
  'o professor pediu pra postar as fotos do experimento no classroom',
  'me manda foto da receita da sua avo',
  'quantos anos sua irma faz sabado?',
  'a gente se encontra na biblioteca as 4 pro trabalho de historia',
  'o codigo de desconto e VERAO20',
  'se vc nao me passar o resumo eu reprovo kkk',
  'me adiciona na sua lista de amigos no fortnite',
  'apaga esse meme do grupo antes que a prof veja',
  'meu tio tem uma agencia de viagens e ta procurando estagiario',
  'manda foto do que a prof passou',
  'que foto linda a do seu perfil',
  'te mando as fotos do niver pelo zap',
  'cuidado com quem pede foto na internet',
  'hoje na aula falamos sobre aliciamento e nao mandar fotos',
  'a professora disse que no grupo do zap ninguem passa foto pessoal',
  'a materia diz que os abusadores pedem fotos e depois ameacam publicar',
  'amanha a gente se ve na entrada da escola as 7',
  'apaga a foto que eu te mandei da prova, nao quero que a prof veja',
  'minha mae vai me dar um celular novo de aniversario',
  'e seu irmao ja tem 18?',
  'o codigo pra entrar no meet da aula e xkq-rtz',
  'me passa seu usuario do roblox pra eu te adicionar',
  'na serie o vilao fala eu vou te encontrar',
];

// Known cross-pack false positive, kept visible: the English pack reads "vc" (Portuguese "você") as "video call" (en.photo.video_call).
// When it is fixed `it.fails` turns red: move the line into ORDINARY.
const KNOWN_FALSE_POSITIVES: string[] = ['me manda o video do jogo que vc gravou'];

describe('Brazilian Portuguese pack on messages of its language', () => {
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
