import type { LanguagePack } from './types';

/**
 * Brazilian Portuguese, including how teens write it: vc/cê, pq, tb/tbm,
 * q, mt/mto, pfv/pf, kkkk/rsrs, zap/zapzap/wpp, pv, "manda nude", "vende
 * pack". Accents are dropped by the normaliser (`não` = `nao`, `você` =
 * `voce`), so terms are written without them.
 * Grammar: request verb x object x modifier, with the hard negatives that
 * would break a rule written beside it as `unless`. Format: ./FORMAT.md.
 */

export const ptPack: LanguagePack = {
  lang: 'pt',
  lexicon: {
    /** "A pity if", who, "found out / saw" (threat.shame_if_they_knew). */
    shame_lead: ['seria uma pena', 'que pena se', 'seria triste', 'seria chato se', 'vc nao vai querer que', 'voce nao vai querer que'],
    shame_audience: ['seus pais', 'teus pais', 'sua mae', 'tua mae', 'seu pai', 'teu pai', 'sua escola', 'tua escola', 'seus amigos', 'teus amigos', 'sua familia', 'tua familia', 'seus seguidores', 'todo mundo', 'seus professores', 'alguem'],
    shame_verb: ['ficasse sabendo', 'ficassem sabendo', 'soubesse', 'soubessem', 'visse', 'vissem', 'descobrisse', 'descobrissem', 'veja', 'vejam'],
    /** Pictures, and "that you didn't post" (photo.unposted_pics). */
    unposted_pic: ['fotos', 'fotinhas', 'selfies', 'outras'],
    unposted_where: ['que vc nao postou', 'que voce nao postou', 'que nao postou', 'que nao ta no insta', 'que nao estao no insta', 'que vc nao posta'],
    // --- verbs -------------------------------------------------------------
    /** "Send me" as a request (imperative, "me manda?", infinitive); never the first person "te mando". */
    send: [
      'manda', 'mandar', 'mande', 'me manda', 'manda ai', 'mandaa', 'mandar pra mim', 'envia', 'enviar', 'me envia', 'envie', 'passa', 'me passa', 'passar',
      'mostra', 'me mostra', 'mostrar', 'compartilha', 'joga', 'solta', 'quero', 'qro', 'queria', 'kero', 'me da', 'da uma', 'posta pra mim',
    ],
    show_me: [
      'deixa eu ver', 'dexa eu ver', 'deixa ver', 'quero ver', 'quero te ver', 'qro te ver', 'queria te ver', 'queria ver', 'me mostra', 'mostra', 'me deixa ver',
      'posso ver', 'posso te ver', 'ver voce', 'ver vc', 'te ver',
    ],
    take_self: ['tira', 'tirar', 'tira uma', 'bate', 'bater', 'faz', 'fazer', 'grava', 'gravar', 'se grava', 'tire'],
    turn_on: ['liga', 'ligar', 'abre', 'abrir', 'ativa', 'ativar', 'liga ai', 'abre ai'],
    // --- objects -----------------------------------------------------------
    pic: ['foto*', 'fotinh*', 'selfie*', 'self', 'pic', 'pics', 'video', 'videos', 'videozinho', 'videozinhos', 'vid', 'imagem', 'imagens', 'nude*', 'nudez', 'pack', 'packs', '@pic_emoji'],
    nudes: ['nude', 'nudes', 'nudez', 'pack', 'packs', 'fotos intimas', 'foto intima', 'foto hot', 'fotos hot', 'conteudo hot', 'foto proibida', 'fotos proibidas', 'foto picante', 'fotos picantes'],
    /** Vague but sexual objects: "send me something hot". */
    spicy_obj: ['algo gostoso', 'algo sexy', 'algo quente', 'algo picante', 'algo hot', 'algo ousado', 'algo mais ousado', 'algo seu', 'algo especial', 'algo que eu goste'],
    undressed: [
      'sem roupa', 'pelad*', 'nua', 'nuazinha', 'de calcinha', 'calcinha', 'de sutia', 'sutia', 'de biquini', 'biquini', 'de toalha', 'de cueca', 'cueca', 'sem camisa',
      'sem blusa', 'sem nada', 'sensual', 'sensuais', 'ousad*', 'provocante*', 'sexy', 'hot', 'corpo todo', 'corpo inteiro', 'seu corpo', 'teu corpo', 'na cama', 'de pijama',
      'no banho', 'no banheiro', 'o que ta vestindo', 'o q ta vestindo', 'o que voce ta vestindo', 'o q voce ta vestindo', 'o que vc ta vestindo', 'o q vc ta vestindo', 'de lingerie', 'lingerie',
    ],
    of_you: ['sua', 'suas', 'tua', 'tuas', 'seu', 'de voce', 'de vc', 'de tu', 'do seu rosto', 'do seu corpo', 'seu rosto', 'seu corpo', 'teu corpo', 'como voce e', 'como vc e', 'sua carinha'],
    private_modifier: [
      'so pra mim', 'so para mim', 'so eu', 'so eu vou ver', 'ninguem vai ver', 'ngm vai ver', 'ninguem mais', 'ngm mais', 'nao mostro pra ninguem', 'n mostro pra ninguem', 'nao mostro pra ngm', 'nao vou mostrar', 'n vou mostrar', 'privada', 'privado', 'particular',
      'entre a gente', 'entre nos', 'depois apaga', 'eu apago', 'apago depois', 'de boa', 'confia',
      'ninguem vai saber', 'ngm vai saber', 'ninguem fica sabendo',
    ],
    camera: ['camera', 'cam', 'webcam', 'chamada de video', 'videochamada*', 'video chamada', 'facetime'],
    /** Asking the teen to undress, or to be undressed, on a call (photo.undress_on_camera). */
    undress_ask: ['tira a blusa', 'tira a camiseta', 'tira a camisa', 'tira a roupa', 'tira o sutia', 'tirar a blusa', 'tirar a camiseta', 'tirar a roupa', 'tirar o sutia'],
    call: ['chamada', 'ligacao'],
    video_call: ['chamada de video', 'videochamada*', 'video chamada', 'chamar no video', 'chama no video', 'ligacao de video', 'facetime', 'call de video', 'chamada de cam'],
    // --- hard negatives for photo rules ---------------------------------------
    schoolwork: [
      'licao', 'dever', 'deveres', 'tarefa*', 'tarea', 'deberes', 'apuntes', 'pizarra', 'examen', 'cuaderno', 'materia', 'caderno*', 'quadro', 'lousa', 'prova', 'provas', 'exercicio*', 'livro*', 'pagina*', 'apostila', 'resumo*', 'trabalho de',
      'trabalho da', 'trabalho do', 'horario', 'cronograma', 'gabarito', 'professor*', 'prof', 'aula', 'boletim', 'receita', 'slide*', 'formulario', 'comprovante', 'cardapio', 'mapa',
      'print da', 'print do', 'atividade', 'atividades', 'redacao', 'projeto',
    ],
    benign_pic_subject: [
      'cachorr*', 'gato*', 'gatinho do', 'pet', 'bicho', 'paisagem', 'comida', 'bolo', 'viagem', 'passeio', 'excursao', 'festa', 'aniversario', 'niver', 'jogo', 'show',
      'casamento', 'formatura', 'acampamento', 'ferias', 'avo', 'avos', 'vovo', 'bebe', 'meme', 'memes', 'figurinha*', 'por do sol', 'praia com', 'carro', 'moto', 'look pra', 'do look', 'o look', 'seu look', 'teu look', 'look do dia', 'look de hoje', 'time',
      'da turma', 'do grupo', 'da galera', 'de todo mundo',
      // A picture of him or her (the cat, the baby, the cake): not of the teen.
      'dele', 'dela', 'deles', 'delas',
    ],
    group_place: ['grupo', 'no grupo', 'pro grupo', 'grupo da sala', 'grupo da turma', 'album', 'drive', 'nuvem', 'story', 'stories', 'galera', 'turma'],
    // --- meetups -------------------------------------------------------------
    meet: [
      'encontrar', 'se encontrar', 'nos encontrar', 'a gente se encontra', 'se encontra', 'nos encontramos', 'se encontrem', 'encontro', 'se ver', 'nos ver', 'a gente se ve', 'te ver', 'ver voce', 'ver vc', 'te conhecer',
      'conhecer voce', 'conhecer vc', 'se conhecer', 'nos conhecer', 'sair comigo', 'sair junto', 'sair juntos', 'marcar', 'marcar um', 'rolezinho', 'role', 'date', 'ficar junto',
      'me encontra', 'me ve', 'vem me ver',
      'te chamo pro', 'te chamo pra', 'dar uma volta', 'da uma volta', 'ir no cinema', 'ir ao cinema',
    ],
    in_person: ['pessoalmente', 'ao vivo', 'cara a cara', 'na vida real', 'irl', 'de verdade', 'sozinha', 'sozinho', 'so nos dois', 'so a gente', 'nos dois', 'eu e voce', 'eu e vc', 'escondido', 'escondida', 'meus pais nao vao estar', 'meus pais nao estao', 'nao tem ninguem', 'nao vai ter ninguem', 'casa vazia', 'vamos estar sozinhos'],
    meet_place: ['no shopping', 'no parque', 'na praca', 'no centro', 'no cinema', 'na esquina', 'na estacao', 'no meu carro'],
    when_where: ['quando', 'qnd', 'qdo', 'onde', 'que horas', 'q horas', 'que dia', 'q dia', 'esse fim de semana', 'fds', 'fim de semana', 'sabado', 'domingo', 'hoje a noite'],
    pickup: [
      'te busco', 'te pego', 'busco voce', 'busco vc', 'pego voce', 'pego vc', 'passo ai', 'passo ai pra te pegar', 'passo te buscar', 'vou te buscar', 'vou te pegar', 'te levo',
      'posso te buscar', 'posso te pegar', 'posso te levar', 'te espero na', 'te espero no', 'te espero na saida', 'te espero la fora', 'te dou carona', 'dou carona', 'carona',
    ],
    come: ['vem', 'vem pra', 'vem pro', 'venha', 'vir', 'aparece', 'aparece la', 'me visita', 'visitar', 'dormir', 'dorme', 'passar a noite', 'ficar'],
    my_place: ['minha casa', 'la em casa', 'aqui em casa', 'meu ape', 'meu apartamento', 'meu quarto', 'meu hotel', 'meu carro', 'minha cidade', 'la no meu', 'ca em casa'],
    i_pay: ['pago', 'eu pago', 'te pago', 'pago seu', 'pago sua', 'pago o', 'pago a', 'banco', 'eu banco', 'te dou', 'compro', 'te compro', 'te mando o dinheiro', 'mando o dinheiro', 'faco um pix pro', 'faco pix pro'],
    travel: ['uber', '99', 'taxi', 'passagem', 'passagens', 'onibus', 'busao', 'trem', 'metro', 'aviao', 'voo', 'gasolina', 'a viagem', 'viagem ate', 'corrida', 'transporte', 'brt'],
    /** Paying your share, or asking them to pay theirs: friends splitting a ride, not a stranger paying the teen's way (meet.pay_travel). */
    split_cost: ['paga a volta', 'paga o da volta', 'racha', 'rachar', 'rachamos', 'dividir', 'divide', 'dividimos', 'meio a meio', 'cada um paga', 'vaquinha'],
    benign_meet: [
      'biblioteca', 'aula', 'escola', 'colegio', 'treino', 'ensaio', 'jogo', 'trabalho em grupo', 'trabalho de', 'trabalho da', 'trabalho do', 'prova', 'estudar', 'grupo', 'turma',
      'galera', 'todo mundo', 'igreja', 'missa', 'culto', 'recreio', 'intervalo', 'aniversario', 'niver', 'festa da',
      'no jogo', 'no servidor', 'partida',
      'sua mae te', 'minha mae te', 'meu pai te', 'seu pai te', 'meus pais te', 'com meus pais', 'com sua mae',
    ],
    // --- off platform ----------------------------------------------------------
    add: [
      'me add', 'add', 'adiciona', 'me adiciona', 'adicionar', 'me segue', 'segue', 'me chama', 'chama', 'chamar', 'me chama no', 'me liga', 'fala comigo', 'falar', 'fala',
      'conversar', 'conversa', 'vamos', 'bora', 'vem pro', 'vem pra', 'passa pro', 'passa pra', 'continua', 'continuar', 'melhor', 'me manda mensagem', 'manda msg', 'me manda msg',
      'te chamo', 'te mando mensagem', 'baixa', 'instala', 'usa', 'tem', 'voce tem', 'vc tem',
    ],
    have: ['tem', 'vc tem', 'voce tem', 'ce tem', 'cê tem', 'usa', 'vc usa', 'voce usa', 'tens'],
    app_here: ['@app', '@app_weak', 'zap', 'zapzap', 'zapp', 'wpp', 'whats', 'whatsap', 'watts', 'telegran', 'tele', 'insta', 'snap', 'kwai'],
    private_channel: ['pv', 'privado', 'no pv', 'no privado', 'inbox', 'direct', 'dm', 'na dm', 'no direct', 'chat privado', 'chat secreto', 'particular'],
    other_account: ['outra conta', 'minha outra conta', 'conta secundaria', 'conta fake', 'conta privada', 'conta secreta', 'segunda conta', 'perfil fake', 'outro perfil', 'outro app', 'outro numero', 'numero privado'],
    disappearing: ['mensagem temporaria', 'mensagens temporarias', 'mensagens que somem', 'mensagens q somem', 'mensagens somem', 'mensagens some', 'somem sozinhas', 'some sozinha', 'se autodestroem', 'que some', 'q some', 'que somem', 'q somem', 'se apaga sozinha', 'se apagam sozinhas', 'visualizacao unica', 'ver uma vez', 'modo sumir', 'chat secreto'],
    here_bad: ['aqui nao', 'aqui n', 'por aqui nao', 'por aqui n', 'mais privado', 'mais seguro', 'aqui e muito publico', 'aqui todo mundo ve', 'aqui e perigoso', 'meus pais veem', 'seus pais veem', 'olham seu celular', 'mexem no seu celular'],
    my_handle: ['meu user', 'meu usuario', 'meu snap', 'meu insta', 'meu numero', 'meu num', 'meu zap', 'meu whats', 'meu wpp', 'meu telegram', 'meu discord', 'meu @', 'meu contato', 'meu arroba'],
    benign_group: ['grupo', 'grupo da', 'grupo do', 'da sala', 'da turma', 'da escola', 'do time', 'professor*', 'prof', 'coordenacao', 'treinador', 'minha avo', 'minha tia', 'minha mae', 'figurinha*', 'caiu', 'nao funciona', 'n funciona', 'ta fora do ar'],
    // --- secrecy ---------------------------------------------------------------
    neg: ['nao', 'n', 'nem', 'nunca', 'jamais', 'ninguem', 'ngm', 'sem'],
    tell: [
      'conta', 'conte', 'contar', 'fala', 'fale', 'falar', 'diz', 'diga', 'dizer', 'comenta', 'comentar', 'mostra', 'mostrar', 'saiba', 'saibam', 'sabe', 'sabem', 'descobre',
      'descobrir', 'fica sabendo', 'ficar sabendo', 'precisa saber', 'precisam saber', 'pode saber', 'podem saber',
    ],
    people_close: [
      'ninguem', 'ngm', 'niguem', 'seus pais', 'teus pais', 'sua mae', 'tua mae', 'seu pai', 'teu pai', 'sua familia', 'seus amigos', 'suas amigas', 'sua amiga', 'seu amigo',
      'sua irma', 'seu irmao', 'seu professor', 'sua professora', 'seus professores', 'seu namorado', 'sua namorada', 'a policia', 'seus tios', 'sua tia', 'sua avo', 'pros seus pais',
      'pra sua mae', 'pro seu pai', 'pra ninguem', 'pra ngm', 'os outros', 'mais ninguem', 'mais ngm', 'tua familia',
    ],
    our_secret: [
      'nosso segredo', 'nosso segredinho', 'e segredo', 'segredo nosso', 'fica entre a gente', 'fica entre nos', 'entre a gente', 'entre nos', 'so entre', 'so nos dois sabemos',
      'so a gente sabe', 'guarda segredo', 'guarda esse segredo',
      'nao sai daqui', 'n sai daqui', 'daqui nao sai', 'fica aqui', 'nao sai dessa conversa',
    ],
    nobody_knows: [
      'ninguem fica sabendo', 'ngm fica sabendo', 'ninguem vai ficar sabendo', 'ngm vai ficar sabendo',
      'ninguem precisa saber', 'ngm precisa saber', 'ninguem pode saber', 'ngm pode saber', 'ninguem vai saber', 'ngm vai saber', 'ninguem vai descobrir', 'ngm vai descobrir', 'ninguem pode descobrir', 'ngm pode descobrir',
      'sem ninguem saber', 'sem ngm saber', 'sem ninguem ver', 'sem ngm ver', 'sem seus pais saberem', 'sem eles saberem', 'ninguem tem que saber', 'ninguem tem q saber', 'ngm tem que saber', 'ninguem deve saber', 'ngm deve saber', 'eles nao precisam saber', 'eles n precisam saber',
      'seus pais nao precisam saber', 'seus pais n precisam saber', 'nao precisam saber', 'n precisam saber', 'nao podem saber', 'n podem saber', 'que ninguem saiba', 'q ninguem saiba', 'que ngm saiba', 'pra ninguem saber', 'pra ngm saber',
    ],
    delete: ['apaga', 'apagar', 'apague', 'apagua', 'deleta', 'deletar', 'delete', 'exclui', 'excluir', 'limpa', 'limpar', 'some com', 'sumir com'],
    chat_obj: ['mensage*', 'msg', 'msgs', 'conversa*', 'chat', 'tudo', 'historico', 'as fotos', 'o que eu mandei', 'o q eu mandei', 'o que a gente falou', 'o q a gente falou', 'isso', 'essa conversa', 'print*'],
    after: ['depois', 'dps', 'quando ler', 'quando terminar', 'logo', 'em seguida', 'sempre', 'toda vez', 'assim que', 'assim q'],
    cover_story: ['se perguntarem', 'se alguem perguntar', 'se sua mae perguntar', 'se seus pais perguntarem', 'se seu pai perguntar', 'se te perguntarem', 'se ela perguntar', 'se ele perguntar'],
    say_cover: ['fala que', 'diz que', 'diga que', 'diga q', 'fale que', 'fale q', 'inventa que', 'inventa q', 'inventa uma', 'fala q', 'diz q', 'fala pra sua mae que', 'fala pra sua mae q', 'diz pra sua mae que', 'diz pra sua mae q', 'fala pros seus pais que', 'fala pros seus pais q'],
    cover_place: ['na casa de uma amiga', 'na casa da sua amiga', 'na casa de um amigo', 'dormir na', 'dorme na', 'vai dormir', 'na amiga', 'casa da amiga', 'casa do amigo', 'na casa da', 'na casa do', 'estudando', 'na biblioteca', 'com as amigas', 'com uma amiga', 'trabalho de escola', 'trabalho em grupo', 'dormir na casa'],
    surprise: [
      'surpresa', 'sorpresa', 'surprise', 'festa surpresa', 'presente', 'aniversario', 'niver', 'spoiler*', 'final', 'episodio', 'temporada', 'serie', 'filme', 'livro', 'crush', 'gosto dele',
      'gosto dela', 'nota', 'boletim', 'prova', 'amigo secreto', 'amigo oculto', 'receita', 'plano pra', 'pegadinha', 'zoeira',
      'eu gosto do', 'eu gosto da', 'gosto do', 'gosto da', 'to afim', 'a fim dele', 'a fim dela',
    ],
    // --- gifts and money -----------------------------------------------------
    i_give: [
      'te dou', 'te do', 'te compro', 'te mando', 'te passo', 'te faco', 'te pago', 'te ofereco', 'te envio', 'te transfiro', 'posso te dar', 'posso te comprar', 'posso te mandar',
      'vou te dar', 'vou te comprar', 'vou te mandar', 'te mande', 'te de', 'te dar', 'te mandar', 'te comprar', 'te daria', 'te compraria', 'quer', 'quer ganhar', 'vc quer', 'voce quer', 'ce quer', 'precisa de', 'te arrumo', 'te consigo',
      'faco um', 'mando um', 'dou um', 'dou uns',
      'te enviar', 'te pagar', 'te transferir',
      'posso te passar', 'te passar',
      'te mandamos', 'mandamos', 'te enviamos', 'enviamos', 'te damos',
      'coloco', 'te coloco', 'boto', 'te boto',
    ],
    gift: [
      'dinheiro', 'grana', 'granas', 'bufunfa', 'reais', 'conto', 'contos', 'pila', 'pilas', 'real', 'pix', 'um pix', 'presente*', 'presentinho', 'cartao presente', 'gift card*',
      'giftcard*', 'recarga', 'credito', 'creditos', 'robux', 'vbucks', 'v-bucks', 'diamante*', 'skin', 'skins', 'passe', 'passe de batalha', 'gemas', 'moedas', 'nitro',
      'celular novo', 'um celular', 'um iphone', 'iphone', 'roupa', 'roupas', 'tenis', 'o que voce quiser', 'o q voce quiser', 'o que vc quiser', 'o q vc quiser', 'tudo que voce quiser', 'tudo q voce quiser', 'tudo que vc quiser', 'tudo q vc quiser',
      'paypal', 'transferencia', 'deposito', 'cripto', 'bitcoin', 'mesada', '@MONEY', '@money_emoji',
      'produtos de graca', 'produtos', 'roupa de graca', 'produtos gratis',
      'credito no celular', 'creditos no celular',
    ],
    in_exchange: ['em troca', 'em troca de', 'por cada', 'por uma', 'por um', 'se voce mandar', 'se vc mandar', 'se me mandar', 'se mandar', 'se voce fizer', 'se vc fizer', 'so precisa', 'e so mandar', 'so mandar', 'se me deixar'],
    benign_money: [
      'te devo', 'me emprestou', 'te devolvo', 'devolver', 'lanche', 'almoco', 'cinema', 'ingresso', 'ingressos', 'metade', 'vaquinha', 'rachar', 'racha', 'rateio', 'pizza',
      'presente da', 'presente do', 'presente pra', 'aniversario da', 'aniversario do', 'professor*', 'prof', 'aposta', 'chave pix da', 'chave pix do',
      'da minha mae', 'da sua mae', 'minha mae me', 'meu pai me',
    ],
    // --- personal info --------------------------------------------------------
    age_q: [
      'quantos anos voce tem', 'quantos anos vc tem', 'quantos anos ce tem', 'quantos anos tu tem', 'quantos anos tem', 'quantos anos', 'qts anos', 'qnts anos', 'quantos anos vai fazer',
      'qual sua idade', 'qual a sua idade', 'idade?', 'vc tem quantos', 'voce tem quantos', 'tem quantos anos', 'e de menor', 'e menor de idade', 'e maior de idade', 'tem 18',
      'que ano voce nasceu', 'q ano voce nasceu', 'que ano vc nasceu', 'q ano vc nasceu', 'ano que nasceu', 'ano q nasceu',
      'qual tua idade',
    ],
    others: ['irmao', 'irma', 'primo', 'prima', 'cachorro', 'gato', 'mae', 'pai', 'avo', 'tio', 'tia', 'bebe', 'professor*', 'ele', 'ela', 'sua amiga', 'seu amigo', 'casa', 'celular', 'personagem', 'ator', 'atriz', 'cantor*', 'escola tem', 'predio'],
    where_q: ['onde', 'aonde', 'em que bairro', 'em q bairro', 'qual bairro', 'que bairro', 'q bairro', 'em que cidade', 'em q cidade', 'qual cidade', 'que cidade', 'q cidade', 'de onde', 'em qual'],
    live: ['mora', 'mora?', 'vc mora', 'voce mora', 'ce mora', 'tu mora', 'fica sua casa', 'e sua casa', 'voce ta', 'vc ta', 'ta agora'],
    address: ['seu endereco', 'teu endereco', 'sua localizacao', 'sua loc', 'localizacao em tempo real', 'localizacao atual', 'sua rua', 'seu cep', 'onde fica sua casa', '@place_emoji'],
    give_me: ['me passa', 'passa', 'me manda', 'manda', 'me da', 'da', 'qual', 'qual e', 'qual o', 'qual seu', 'qual sua', 'me fala', 'fala', 'me envia', 'envia', 'preciso', 'quero', 'compartilha', 'me diz', 'me conta'],
    your_phone: ['seu numero', 'teu numero', 'seu num', 'seu cel', 'seu celular', 'seu telefone', 'seu tel', 'seu zap', 'seu whats', 'seu wpp', 'seu whatsapp', 'seu contato', 'teu zap', 'teu whats', 'numero de voce', 'numero de vc'],
    school_q: ['que escola', 'q escola', 'qual escola', 'em que escola', 'em q escola', 'em qual escola', 'que colegio', 'q colegio', 'qual colegio', 'em que colegio', 'em q colegio', 'em qual colegio', 'nome da sua escola', 'nome do seu colegio', 'estuda onde', 'onde voce estuda', 'onde vc estuda', 'onde ce estuda', 'onde tu estuda'],
    grade_q: ['que serie', 'q serie', 'qual serie', 'em que serie', 'em q serie', 'em qual serie', 'que ano voce ta', 'q ano voce ta', 'que ano vc ta', 'q ano vc ta', 'qual ano vc ta', 'que ano voce esta', 'q ano voce esta', 'que ano vc esta', 'em que ano', 'em q ano', 'qual turma', 'que turma', 'q turma', 'de que ano', 'de q ano', 'ta em que ano', 'ta em q ano', 'ta no'],
    benign_school: ['prova', 'trabalho', 'projeto', 'feira', 'time', 'campeonato', 'uniforme', 'que horas', 'excursao', 'professor*', 'prof', 'a nossa', 'nossa escola', 'seu irmao', 'sua irma', 'formatura', 'interclasse'],
    are_you: ['ta', 'tá', 'esta', 'voce ta', 'vc ta', 'ce ta', 'tu ta', 'voce esta', 'vc esta', 'fica', 'vai ficar', 'vai estar', 'ficou', 'vc fica'],
    alone: ['sozinha', 'sozinho', 'sozinha em casa', 'sozinho em casa', 'sem seus pais', 'sem ninguem', 'sem ngm', 'so em casa'],
    not_alone_meaning: ['nao ta sozinha', 'n ta sozinha', 'nao ta sozinho', 'n ta sozinho', 'nao esta sozinha', 'n esta sozinha', 'nao esta sozinho', 'n esta sozinho', 'voce nao ta', 'voce n ta', 'vc nao ta', 'vc n ta', 'nunca', 'se sente', 'sentindo', 'triste', 'na fila', 'na partida', 'no time', 'no jogo', 'na sala', 'nessa'],
    your_parents: ['seus pais', 'teus pais', 'sua mae', 'tua mae', 'seu pai', 'teu pai', 'sua familia', 'alguem', 'seus coroas', 'seus velhos'],
    parents_home: ['estao em casa', 'tao em casa', 'ta em casa', 'esta em casa', 'estao ai', 'tao ai', 'ta ai', 'chegam', 'chega', 'voltam', 'volta', 'saem', 'sai', 'trabalham ate', 'foram', 'em casa', 'ai com voce', 'ai com vc', 'olham seu', 'mexem no seu', 'veem seu', 'deixam'],
    // --- job offers -------------------------------------------------------------
    easy_money: [
      'dinheiro facil', 'grana facil', 'dinheiro rapido', 'grana rapida', 'ganhar dinheiro', 'ganhe dinheiro', 'ganha dinheiro', 'ganhar grana', 'renda extra', 'trabalho facil',
      'trampo facil', 'trabalho em casa', 'trabalhar de casa', 'trabalho de casa pelo celular', 'pelo celular', 'sem experiencia', 'sem sair de casa', 'dinheiro extra', 'grana extra',
      'ganhar muito', 'ganha muito', 'lucro garantido', 'renda garantida',
    ],
    job: [
      'trabalho', 'trampo', 'emprego', 'vaga', 'vagas', 'oportunidade', 'proposta', 'modelo', 'modelos', 'agencia', 'casting', 'ensaio', 'ensaio fotografico', 'book', 'portfolio',
      'influencer', 'divulgadora', 'divulgador', 'promotora', 'recepcionista', 'dancarina', 'garconete', 'baba', 'conteudo', 'recrut*', 'parceria', 'parceira', 'embaixadora',
      'embaixador*', 'marca de roupa', 'uma marca',
      'eventos', 'pra eventos', 'recepcionistas',
    ],
    lure: [
      'no exterior', 'pro exterior', 'fora do pais', 'em outro pais', 'pra outro pais', 'na europa', 'pra europa', 'em portugal', 'pra portugal', 'nos estados unidos', 'em dubai',
      'viagem paga', 'passagem paga', 'tudo pago', 'hospedagem', 'moradia', 'alojamento', 'por dia', 'ao dia', 'por semana', 'na semana', 'por hora', 'por foto', 'por ensaio',
      'sem experiencia', 'voce e perfeita', 'vc e perfeita', 'tem o perfil', 'voce tem o perfil', 'vc tem o perfil', 'procuramos meninas', 'procuramos garotas', 'procuramos jovens',
      'meninas', 'garotas', 'jovens', 'menores', 'pagamento em dinheiro', 'bem pago', 'bem paga', 'salario', 'ganharia', 'ganha', 'pagamos', 'te pagamos', 'pagam', 'a gente paga', 'paga a passagem', 'pagamos a passagem', 'cache', 'cache alto', 'de 13', 'de 14', 'de 15', 'de 16', 'de 17', '@MONEY',
      'produtos de graca', 'de graca', 'gratis', 'produtos gratis',
      'pagamento diario', 'pago por dia', 'por evento',
    ],
    offer: ['te ofereco', 'oferecemos', 'procura', 'busca', 'recruta', 'contrata', 'contratamos', 'tenho um', 'tenho uma', 'temos um', 'temos uma', 'tem interesse', 'interessada', 'interessado', 'quer', 'voce poderia', 'vc poderia', 'poderia ser', 'podia ser', 'seria', 'procuramos', 'procuro', 'estamos procurando', 'ja pensou em ser'],
    benign_job: ['model un', 'modelo onu', 'simulacao da onu', 'mun', 'delegado', 'delegada', 
      'feira de profissoes', 'orientacao', 'curriculo', 'cv', 'estagio', 'jovem aprendiz', 'voluntari*', 'minha tia', 'meu tio', 'minha mae', 'meu pai', 'vizinha', 'vizinho',
      'sorveteria', 'padaria', 'mercado', 'salva-vidas', 'salva vidas', 'colonia de ferias', 'escola', 'redacao', 'tarefa',
    ],
    // --- account access ---------------------------------------------------------
    secret_code: [
      'senha', 'senhas', 'password', 'pin', 'codigo', 'codigos', 'cod', 'codigo de verificacao', 'codigo de seguranca', 'codigo de 6 digitos', 'otp', 'sms', 'login',
      'usuario e senha', 'dados de acesso', 'seus dados', 'qr', 'qr code', 'qrcode', 'token',
    ],
    your: ['seu', 'sua', 'teu', 'tua', 'esse', 'essa', 'aquele', 'aquela', ],
    arrived: [
      'chegou', 'chegar', 'vai chegar', 'chegou pra voce', 'chegou pra vc', 'te mandaram', 'te enviaram', 'te mandei', 'te enviei', 'recebeu', 'no seu celular', 'no seu cel',
      'no seu telefone', 'no seu numero', 'no seu email', 'por engano', 'sem querer', 'por sms', 'por mensagem',
    ],
    benign_code: [
      'wifi', 'wi-fi', 'wi fi', 'internet', 'rede', 'roteador', 'modem', 'classroom', 'codigo da turma', 'codigo da sala', 'da turma', 'teams', 'moodle', 'desconto', 'promo*',
      'cupom', 'cep', 'armario', 'cadeado', 'netflix', 'da prova', 'resposta*', 'gabarito', 'programacao', 'python', 'de barras', 'rastreio', 'rastreamento',
      'meet', 'zoom', 'da aula', 'pra entrar na aula', 'da porta', 'do portao', 'do portão', 'da garagem', 'do alarme', 'do condominio', 'do prédio', 'do predio',
    ],
    account: ['conta', 'contas', 'perfil', 'insta', 'instagram', 'tiktok', 'snap', 'snapchat', 'fortnite', 'roblox', 'free fire', 'ff', 'steam', 'epic', 'discord', 'email', 'gmail', 'facebook', 'face', 'zap', 'whatsapp', 'minecraft', 'xbox', 'play', 'icloud', 'id apple'],
    borrow: ['me empresta', 'empresta', 'emprestar', 'me passa', 'passa', 'me da', 'entrar na', 'entrar no', 'logar na', 'logar no', 'logar', 'acessar', 'acessa', 'me vende', 'vende', 'upar', 'troca'],
    scan: ['escaneia', 'escanear', 'escaneie', 'escaneia ai', 'le o qr', 'aponta a camera', 'scan'],
    verify: ['verificar', 'verifica', 'verificacao', 'confirmar', 'confirma', 'recuperar', 'desbloquear', 'suspensa', 'bloqueada', 'denunciada', 'suporte', 'equipe de seguranca', 'premio', 'ganhou', 'sorteio'],
    // --- threats ------------------------------------------------------------------
    expose: [
      'postar', 'posto', 'vou postar', 'postar tudo', 'vazar', 'vazo', 'vou vazar', 'espalhar', 'espalho', 'vou espalhar', 'mandar', 'mando', 'vou mandar', 'enviar', 'envio', 'mostrar',
      'mostro', 'vou mostrar', 'divulgar', 'divulgo', 'publicar', 'publico', 'expor', 'exponho', 'jogar na net', 'jogo na net', 'jogar na internet', 'compartilhar', 'compartilho',
      'todo mundo vai ver', 'vao ver', 'vao saber', 'vai ver', 'viralizar',
      'vao estar em todo lugar', 'em todo lugar', 'em todos os lugares', 'vao rodar', 'vao parar na', 'vao circular', 'por toda parte',
    ],
    kompromat: [
      'suas fotos', 'tuas fotos', 'seus videos', 'teus videos', 'seus nudes', 'suas nudes', 'seu pack', 'suas fotinhas', 'essas fotos', 'esses videos', 'esse video', 'essa foto', 'os prints',
      'seus prints', 'nossa conversa', 'nossas conversas', 'o que voce me mandou', 'o q voce me mandou', 'o que vc me mandou', 'o q vc me mandou', 'tudo que voce mandou', 'tudo q voce mandou', 'tudo que vc mandou', 'tudo q vc mandou', 'seu segredo', 'suas fotos intimas',
    ],
    family_target: [
      'seus pais', 'sua mae', 'seu pai', 'sua familia', 'seus amigos', 'suas amigas', 'seus seguidores', 'seus contatos', 'sua escola', 'seu colegio', 'escola toda', 'a escola toda', 'todo mundo',
      'seus professores', 'seu namorado', 'sua namorada', 'internet', 'na net', 'nas redes', 'redes sociais', 'uma pagina', 'seus colegas', 'sua sala', 'sua turma',
    ],
    if_not: [
      'se nao', 'se n', 'senao', 'ou entao', 'ou eu', 'ou vou', 'ou posto', 'ou vazo', 'ou mando', 'se voce me bloquear', 'se vc me bloquear', 'se me bloquear', 'se me ignorar', 'se contar',
      'se voce contar', 'se vc contar', 'se parar de falar', 'se nao responder', 'se n responder', 'se nao pagar', 'se n pagar', 'se nao me pagar', 'se n me pagar', 'se nao mandar', 'se n mandar', 'se nao me mandar', 'se n me mandar', 'se nao fizer', 'se n fizer', 'ou ja sabe',
      'ou todo mundo', 'ou seus pais', 'ou sua familia', 'ou eu posto', 'ou eu mando', 'ou eu vazo', 'ou posto tudo', 'ou vazo tudo',
      'se vc nao', 'se voce nao', 'se tu nao', 'se vc n', 'se ce nao',
    ],
    harm: [
      'vou te matar', 'te mato', 'vou matar voce', 'vou matar vc', 'vou te machucar', 'vou te pegar', 'vou te achar', 'vou te encontrar', 'vai se arrepender', 'voce vai se arrepender', 'vc vai se arrepender',
      'acabar com sua vida', 'acabo com sua vida', 'acabar com voce', 'acabar com vc', 'acabo com voce', 'acabo com vc', 'destruir sua vida', 'destruo sua vida', 'vou te expor', 'te exponho', 'vou te hackear', 'te hackeio',
      'vou na sua casa', 'vou na sua escola', 'vou ai na sua casa', 'vai pagar caro', 'vai ter volta', 'vai ver so',
      'vou te buscar na sua escola', 'vou atras de voce', 'vou atras de vc', 'vou te procurar', 'vou na sua escola te pegar',
      'sua vida um inferno', 'sua vida num inferno', 'infernizar sua vida', 'transformar sua vida', 'inferno na sua vida',
    ],
    know_where: ['sei onde voce mora', 'sei onde vc mora', 'ja sei onde voce mora', 'ja sei onde vc mora', 'sei onde voce estuda', 'sei onde vc estuda', 'sei qual e sua escola', 'sei sua escola', 'tenho seu endereco', 'sei seu endereco'],
    i_have: ['tenho', 'eu tenho', 'salvei', 'guardei', 'ja tenho', 'tenho salvo', 'tenho salvas', 'printei', 'tirei print', 'gravei', 'ainda tenho'],
    owe: ['voce me deve', 'vc me deve', 'ce me deve', 'me deve', 'ta me devendo', 'esta me devendo', 'tem que me pagar', 'tem q me pagar', 'tem que me mandar', 'tem q me mandar', 'vai ter que me pagar', 'vai ter q me pagar', 'vai ter que me mandar', 'vai ter q me mandar'],
    deadline: ['ate meia noite', 'ultima chance', 'faz o que eu mando', 'faz o q eu mando', 'faz o que eu falo', 'faz o q eu falo', 'obedece', 'tempo acabando', 'tic tac'],
    deadline_start: ['te dou ate', 'vc tem ate', 'voce tem ate', 'tem ate', 'antes de acabar o dia', 'antes de amanha', 'ate de noite', 'ate hoje a noite'],
    demand: ['paga', 'pagar', 'me paga', 'me pagar', 'faz um pix', 'faz o pix', 'manda', 'me manda', 'transfere', 'deposita', 'quero'],
    game_context: [
      'fortnite', 'minecraft', 'roblox', 'free fire', 'freefire', 'ff', 'valorant', 'lol', 'cod', 'warzone', 'fifa', 'brawl', 'among us', 'clash', 'no jogo', 'na partida', 'partida',
      'ranked', 'revanche', 'kkk*', 'rsrs*', 'haha*', 'hahs*', 'zoeira', 'brincadeira', 'to brincando', 'filme', 'serie', 'musica', 'letra', 'vilao', 'personagem', 'se chegar atrasada',
      'se atrasar', 'spoiler*', 'minha mae vai me matar', 'vai me matar', 'me mata', 'lanche', 'pizza', 'sorvete',
    ],
    // --- shared guards ----------------------------------------------------------------
    safety_talk: [
      'golpe*', 'nunca compartilhe', 'nunca passe', 'nunca mande', 'nunca envie', 'nunca de', 'nunca fale', 'nunca conte', 'nao passe pra', 'n passe pra', 'nao compartilhe', 'n compartilhe', 'nao passe', 'n passe', 'nao mande', 'n mande', 'nao envie', 'n envie', 'denunciei', 'bloqueia ele',
      'bloqueia ela', 'bloqueei', 'contei pra minha mae', 'falei pra minha mae', 'policia', 'noticia*', 'reportagem', 'materia do', 'palestra', 'cuidado', 'toma cuidado', 'perigo*',
      'desconhecid*', 'estranho*', 'ciberbullying', 'aliciamento', 'sextorsao', 'assediador*', 'hackearam', 'hackeada', 'hackeado', 'bot', 'conta falsa', 'phishing', 'fraude',
      'um cara', 'um tio', 'um random', 'essa conta', 'me pediu', 'pediu pra', 'ninguem vai te pedir', 'ngm vai te pedir', 'nunca vai pedir', 'dica', 'dicas', 'aviso', 'alerta',
      'denuncia ele', 'denuncia ela', 'denunciar', 'denuncie',
    ],
    reported_speech: [
      'me disse', 'disse que', 'disse q', 'falou que', 'falou q', 'me pediu', 'me perguntou', 'pediu pra', 'alguem me', 'um cara me', 'um menino me', 'segundo', 'segundo a', 'no filme', 'na serie',
      'a musica', 'o vilao', 'citacao', 'o suspeito', 'acusado', 'a policia disse', 'informou', 'preso', 'prenderam', 'ameacou', 'vitima',
    ],
    // --- words the shared templates ask for (./templates.ts) ----------------------
    address_lead: ['@give_me'],
    address_target: ['@address'],
    agency_words: ['agencia de modelos', 'agencia de talentos', 'sou fotografo', 'sou fotografa', 'sou recrutador', 'sou recrutadora', 'olheiro', 'olheira', 'casting de', 'ensaio fotografico'],
    borrow_account_obj: ['sua conta', 'tua conta', 'seu perfil', 'teu perfil', 'seu login', 'seu usuario e senha', 'seus dados', 'seu acesso'],
    code_arrived_lead: ['@secret_code', 'um codigo', 'o codigo', 'uma mensagem'],
    code_arrived_obj: ['@arrived'],
    come_over_lead: ['@come', '@meet'],
    cover_story_obj: ['@say_cover', '@cover_place', 'que', 'q'],
    deadline_time_lead: ['tem', 'voce tem', 'vc tem', 'so tem', 'te dou', 'te restam'],
    deadline_time_mid: ['@NUM', 'uma', 'um', 'meia'],
    deadline_time_obj: ['hora', 'horas', 'hrs', 'minutos', 'min', 'mins', 'dia'],
    delete_after_lead: ['@delete'],
    disappearing_words: ['@disappearing', '@other_account'],
    /** The teen's parents, as a sender names them (secrecy.dont_tell_parents). */
    parents_obj: ['seus pais', 'teus pais', 'sua mae', 'tua mae', 'seu pai', 'teu pai', 'sua familia', 'tua familia', 'seus coroas', 'sua coroa'],
    /** The sender will tell the parents themselves ("I'll tell them myself"): a secret between siblings or friends, kept for now (secrecy.dont_tell_parents). */
    tell_myself: ['eu mesmo conto', 'eu mesma conto', 'eu mesma vou contar', 'eu mesmo vou contar', 'quero contar eu mesma', 'quero contar eu mesmo'],
    dont_tell_obj: ['@people_close'],
    easy_money_words: ['@easy_money'],
    emoji_ask_obj: ['pfv', 'pf', 'pls', 'por favor', 'agora', 'ja', '@private_modifier'],
    give_code_lead: ['@give_me', '@your', '@send'],
    if_not_obj: ['@expose', '@harm', 'posto', 'vazo', 'mando', 'todo mundo', 'sua familia', 'seus pais'],
    if_you_tell_lead: ['se', 'se voce', 'se vc', 'se ce', 'se tu', 'caso'],
    if_you_tell_mid: ['contar', 'falar', 'disser', 'mostrar', 'conta', 'fala', 'abrir a boca'],
    if_you_tell_obj: ['pra alguem', 'pra ninguem', 'pros seus pais', 'pros teus pais', 'pra sua mae', 'pra tua mae', 'pro seu pai', 'pras suas amigas', 'pros seus amigos', 'pra policia', 'alguem', 'a alguem'],
    just_one_lead: ['so', 'pelo menos', 'uma unica', 'mais uma', 'outra'],
    just_one_obj: ['foto', 'fotinha', 'fotinho', 'fotos', 'selfie', 'video', 'videozinho', 'pic', 'uma foto', 'uma fotinha', 'uma selfie', 'um video', 'um videozinho', 'outra foto'],
    link_password_lead: ['@LINK', 'link', 'esse link', 'nesse link', 'site', 'pagina'],
    lives_with_lead: ['mora', 'vc mora', 'voce mora', 'ce mora', 'tu mora'],
    lives_with_obj: ['com seus pais', 'com sua mae', 'com seu pai', 'com quem', 'sozinha', 'sozinho'],
    meet_in_person_obj: ['@in_person', '@my_place'],
    move_to_app_obj: ['@app_here', '@other_account'],
    my_handle_obj: ['e', '@HANDLE', '@PHONE', '@LINK', 'me chama', 'me add', 'adiciona'],
    nobody_may_know_lead: ['ninguem', 'ngm', 'niguem', 'seus pais', 'sua mae', 'seu pai', 'sua familia'],
    nobody_may_know_mid: ['pode', 'precisa', 'deve', 'vai', 'tem que', 'podem', 'precisam', 'devem', 'vao'],
    nobody_may_know_obj: ['saber', 'ficar sabendo', 'descobrir', 'desconfiar', 'ver isso'],
    number_to_talk_lead: ['@your_phone', '@PHONE'],
    number_to_talk_obj: ['te ligo', 'te chamo', 'a gente conversa', 'a gente se fala', 'conversa melhor', 'me liga', 'me chama', 'te mando mensagem', 'por mensagem', 'por sms'],
    our_secret_words: ['@our_secret'],
    pay_by_obj: ['pagar', 'me pagar', 'mandar', 'me mandar', 'fazer o pix', 'transferir', 'fazer', 'obedecer', 'responder'],
    pay_for_pic_lead: ['@gift', 'te pago', 'te dou', 'faco um pix'],
    pay_for_pic_mid: ['@in_exchange', 'por', 'se'],
    pay_for_pic_obj: ['@pic', '@video_call', '@camera'],
    pay_or_mid: ['@MONEY', '@gift', '@NUM', 'reais', 'conto', 'contos'],
    pay_or_obj: ['@if_not'],
    phone_number_lead: ['@give_me'],
    phone_number_obj: ['@your_phone'],
    pic_of_you_obj: ['@of_you'],
    private_channel_lead: ['@add', 'te chamo', 'falamos', 'continua'],
    private_pic_lead: ['@pic', '@video_call', '@camera'],
    scan_qr_obj: ['qr', 'qr code', 'qrcode', 'codigo', 'esse'],
    school_level_lead: ['ta no', 'esta no', 'ja ta no', 'ainda ta no', 'vc ta no', 'voce ta no', 'ainda no'],
    school_level_obj: ['ensino medio', 'fundamental', 'ensino fundamental', 'primeiro ano', 'segundo ano', 'terceiro ano', 'oitavo', 'nono', 'colegial', 'facul', 'faculdade'],
    school_name_lead: ['qual', 'como chama', 'como se chama', 'nome', 'me fala', 'me diz', 'qual e'],
    school_name_obj: ['sua escola', 'seu colegio', 'tua escola', 'teu colegio'],
    school_schedule_lead: ['que horas', 'q horas', 'quando', 'qnd', 'que hora'],
    school_schedule_mid: ['sai', 'sair', 'termina', 'acaba', 'entra', 'entrar', 'sai da', 'voce sai', 'vc sai'],
    school_schedule_obj: ['escola', 'colegio', 'aula', 'aulas'],
    school_words: ['@school_q', '@grade_q'],
    scout_lead: ['@offer'],
    scout_obj: ['@job'],
    see_on_cam_lead: ['@show_me', 'quero te ver', 'qro te ver', 'te ver'],
    send_details_lead: ['@send', '@give_me', 'diz', 'fala'],
    send_details_obj: ['sua idade', 'idade', 'sua cidade', 'seu endereco', 'sua escola', 'seu numero', 'sua localizacao'],
    send_nudes_lead: ['@send', '@show_me', '@take_self', 'tem', 'vende', 'vc tem', 'voce tem'],
    show_me_obj: ['@of_you', '@undressed', '@pic', 'corpo', 'como voce e', 'como vc e'],
    spoil_you_words: ['voce merece', 'vc merece', 'te mimar', 'mimar voce', 'te dou tudo', 'o que voce quiser', 'o que vc quiser', 'tudo que vc quiser', 'tudo que voce quiser', 'te banco', 'bancar voce', 'sugar daddy', 'sugar mommy'],
    take_pic_lead: ['@take_self'],
    take_pic_obj: ['@pic'],
    tell_parent_cover_lead: ['fala', 'diz', 'diga', 'fale', 'conta', 'avisa', 'inventa'],
    tell_parent_cover_mid: ['pra sua mae', 'pra tua mae', 'pro seu pai', 'pro teu pai', 'pros seus pais', 'pros teus pais', 'pra sua familia', 'em casa', 'pra ela', 'pra eles'],
    undressed_lead: ['@pic', '@show_me', '@send', '@take_self'],
    /** The sender's picture sent first, then the teen's asked for (photo.your_turn). */
    sent_mine: ['te mandei a minha', 'te mandei uma foto', 'ja te mandei', 'mandei a minha', 'te mostrei a minha', 'eu mandei a minha', 'te enviei uma foto'],
    your_turn: ['sua vez', 'tua vez', 'agora vc', 'agora voce', 'agora tu', 'manda a sua', 'manda a tua', 'mostra a sua', 'agora e sua vez'],
    video_call_lead: ['vamos', 'bora', 'faz', 'fazer', 'faca', 'quer', 'pode', 'podemos', 'me', 'te', 'uma', 'chama', 'aceita'],
    video_call_obj: ['@video_call'],
    wait_for_you_lead: ['te espero', 'vou te esperar', 'vou estar', 'vou ta', 'to te esperando', 'tô te esperando', 'estou te esperando', 'to la fora', 'vou ficar te esperando'],
    wait_for_you_obj: ['na', 'no', 'la fora', 'na saida', 'na esquina', 'no parque', 'no shopping', 'na praca', 'na estacao'],
    want_to_meet_lead: ['quero', 'qro', 'queria', 'quer', 'vamos', 'bora', 'podemos', 'poderiamos', 'precisamos', 'ta na hora', 'ja ta na hora', 'adoraria', 'vamo', 'da pra', 'vc quer', 'voce quer'],
    your_app_mid: ['seu', 'sua', 'teu', 'tua', 'o'],
  },
  uses: {
    'threat.shame_if_they_knew': {
      extraUnless: ['@schoolwork', 'premio|ganhou|campeonato|medalha|nota|notas|bolsa|ninguem|nao veja|nao vejam|nao visse|nao vissem|desenho|peca|teatro|jogo|show|quarto|arruma|bagunca|conta pra ela|conta pra ele|melhor contar|por outra pessoa'],
      examples: ['seria uma pena se sua escola ficasse sabendo', 'vc não vai querer que seus pais vejam'],
      counterExamples: ['seria uma pena se o professor não ficasse sabendo que vc ganhou o campeonato'],
    },
    'photo.unposted_pics': {
      extraUnless: ['viagem|ferias|festa|niver|grupo|turma|time|casamento|album'],
      examples: ['tem fotos que vc nao postou? 😏'],
      counterExamples: ['me passa as fotos que vc nao postou da viagem'],
    },
    // ====================== photo_request ======================
    'photo.send_pic': {
      within: 7,
      extraUnless: ['@reported_speech'],
      examples: ['manda uma foto sua', 'me manda foto pfv', 'me passa uma selfie?', 'quero um videozinho seu', 'mand4 foto'],
      counterExamples: ['me manda a foto da lição de mat', 'manda as fotos da excursão no grupo', 'manda foto do seu cachorro', 'um cara me pediu pra mandar foto e eu bloqueei'],
    },
    'photo.show_me': {
      extraUnless: ['@group_place'],
      examples: ['deixa eu ver seu corpo', 'quero ver como vc é', 'me mostra seu rosto'],
      counterExamples: ['me mostra a foto do seu gato'],
    },
    'photo.pic_of_you': {
      extraUnless: ['vi uma|vi sua|que linda|ficou linda|ficou otima|ficou top'],
      examples: ['uma foto sua', 'fotos do seu rosto'],
      counterExamples: ['suas fotos da viagem ficaram lindas'],
    },
    'photo.private_pic': {
      examples: ['uma foto só pra mim', 'ninguém vai ver, só uma foto', 'chamada de vídeo privada'],
    },
    'photo.video_call': {
      extraUnless: ['@group_place', 'avo|vovo|tia|tio|primos|familia|time|professor*|reuniao|zoom|todo mundo|galera'],
      examples: ['bora fazer chamada de vídeo?', 'me chama no vídeo hoje', 'aceita uma videochamada comigo'],
      counterExamples: ['vamos fazer chamada de vídeo com o grupo pro trabalho de história'],
    },
    'photo.take_pic': {
      extraUnless: ['@safety_talk', 'faz um favor|faz uma forca|faz um trabalho|bate um papo|bate uma bola|faz uma pergunta'],
      examples: ['tira uma foto agora', 'bate uma selfie pra mim', 'se grava um vídeo'],
      counterExamples: ['tira uma foto com o time pro álbum da turma'],
    },
    'photo.emoji_ask': {
      extraUnless: ['@schoolwork', '@group_place', '@safety_talk'],
      examples: ['📸 pfv', '🤳 agora'],
    },
    'photo.pay_for_pic': {
      extraUnless: ['@schoolwork'],
      examples: ['te dou robux por uma foto', '50 reais se vc mandar um vídeo'],
    },
    'photo.send_nudes': {
      extraUnless: [
        'figurinha*|textura*|mods|minecraft|skins|pack de|dlc|expansao',
        // "nude" is also a shade: of lipstick, nail polish, shoes, tights. Not clothes:
        // "take off your top and send a nude" is the ask itself.
        'batom nude|batons nude|gloss nude|esmalte nude|base nude|corretivo nude|sombra nude|paleta nude|tom nude|tons nude|cor nude|salto nude|scarpin nude|sandalia nude|sapato nude|unha nude|unhas nude|meia calca nude',
      ],
      examples: ['manda nude', 'manda nudes', 'vc tem pack?', 'me passa umas fotos hot'],
      counterExamples: ['me passa o pack de figurinhas', 'nunca mande nudes pra ninguém, é golpe', 'manda foto do batom nude que vc comprou', 'vc tem a sandália nude em 37?'],
    },
    'photo.send_spicy': {
      extraUnless: ['comida|comer|cozinha|receita|musica|meme|piada|de comer'],
      examples: ['manda algo gostoso', 'me mostra algo mais ousado'],
      counterExamples: ['manda algo gostoso de comer que to com fome'],
    },
    'photo.undressed': {
      extraUnless: ['@reported_speech', 'loja|promocao|catalogo|comprar|vitrine'],
      examples: ['uma foto sem roupa', 'quero te ver de calcinha', 'manda uma foto na cama', 'tira uma foto do corpo todo'],
      counterExamples: ['olha a foto do biquíni que eu quero comprar na loja'],
    },
    'photo.your_turn': {
      extraUnless: ['@reported_speech', 'trabalho|tarefa|dever|resumo'],
      examples: ['te mandei a minha, agora é sua vez', 'já te mandei uma foto, manda a sua'],
      counterExamples: ['te mandei uma foto do meu cachorro, agora vc', 'já te mandei o trabalho, manda a sua parte'],
    },
    'photo.undress_on_camera': {
      examples: ['tira a blusa na chamada', 'liga a câmera e tira a roupa 🙈'],
      counterExamples: ['tira o casaco na chamada pra eu ver o vestido'],
    },
    'photo.just_one': {
      examples: ['só uma fotinha', 'pelo menos uma selfie'],
      counterExamples: ['só uma foto da turma pro álbum'],
    },
    'photo.see_on_cam': {
      extraUnless: ['prof|aula|reuniao|zoom|meet'],
      examples: ['quero te ver na câmera agora'],
    },
    'photo.camera_on': {
      extraUnless: ['professor*|prof|meet|zoom|reuniao|aula|chamada da|prova|grupo'],
      examples: ['liga a câmera', 'abre sua cam pra mim', 'liga a webcam ai'],
      counterExamples: ['liga a câmera que o professor tá fazendo a chamada da aula'],
    },
    'photo.job_pics': {
      examples: ['pra agência de modelos preciso de umas fotos suas', 'trabalho fácil, é só mandar fotos'],
    },
    // ====================== meetup ======================
    'meet.come_over': {
      within: 8,
      extraUnless: ['@surprise'],
      examples: ['vem pra minha casa', 'vem aqui em casa hoje à noite', 'vem dormir lá em casa'],
      counterExamples: ['vem pra minha casa pro aniversário, a turma toda vai'],
    },
    'meet.pick_up': {
      extraUnless: ['@if_not', 'minha mae|meu pai|meus pais|minha tia|meu tio|meu irmao|minha irma|van|o onibus|do treino|do jogo'],
      examples: ['eu te busco', 'passo aí pra te pegar', 'te dou carona na saída'],
      counterExamples: ['minha mãe disse que te busca depois do treino'],
    },
    'meet.wait_for_you': {
      extraUnless: ['mae|pai|onibus|biblioteca|estudar|treino|ensaio|grupo'],
      examples: ['te espero no parque às 5', 'vou estar na esquina da sua casa', 'quando sair da escola to te esperando la fora'],
      counterExamples: ['te espero na biblioteca pra estudar'],
    },
    'meet.meet_in_person': {
      extraUnless: ['@reported_speech', '@camera|@video_call'],
      examples: ['quero te conhecer pessoalmente', 'bora se ver só nós dois', 'a gente se encontra lá em casa', 'quero te ver ao vivo'],
      counterExamples: ['a gente se encontra pessoalmente na biblioteca pro trabalho em grupo', 'nunca se encontre sozinha com desconhecidos da internet'],
    },
    'meet.meet_place': {
      examples: ['a gente se encontra no shopping', 'bora se ver na praça'],
      counterExamples: ['a gente se encontra no parque com a turma toda'],
    },
    'meet.when_where': {
      examples: ['quando a gente se vê?', 'onde a gente se encontra sábado', 'que horas te busco'],
      counterExamples: ['quando a gente se encontra pra estudar pra prova com o grupo?'],
    },
    'meet.want_to_meet': {
      extraUnless: ['online|no jogo|por video|na call'],
      examples: ['quero te conhecer logo', 'bora se encontrar esse fds', 'tá na hora da gente se ver'],
      counterExamples: ['bora se encontrar na biblioteca pra estudar?'],
    },
    // ====================== off_platform ======================
    'offplat.disappearing': {
      extraUnless: ['@benign_group', 'minha mae|meu pai|trabalho|do trabalho'],
      examples: ['ativa as mensagens temporárias', 'fala comigo na minha outra conta', 'usa o app que as mensagens somem'],
    },
    'offplat.move_to_app': {
      extraUnless: ['@benign_group', '@reported_speech'],
      examples: ['me add no snap', 'chama no zap', 'bora conversar no telegram', 'me chama no whats', 'vem pro discord'],
      counterExamples: ['me adiciona no grupo do zap da turma', 'não adiciona desconhecido no snap, denuncia'],
    },
    'offplat.number_to_talk': {
      extraUnless: ['@benign_group'],
      examples: ['me passa seu número que eu te ligo', 'manda seu celular, a gente conversa melhor por lá'],
    },
    'offplat.have_app': {
      examples: ['tem zap?', 'vc tem telegram', 'usa discord?'],
      counterExamples: ['tem o zap do grupo da sala?'],
    },
    'offplat.your_app': {
      examples: ['me passa seu zap', 'qual seu insta?', 'passa teu whats'],
      counterExamples: ['me passa o zap do grupo da turma'],
    },
    'offplat.my_handle': {
      examples: ['meu snap é @bia_22', 'meu zap 11987654321 me chama'],
    },
    'offplat.private_channel': {
      examples: ['me chama no pv', 'bora conversar no privado', 'te chamo na dm'],
    },
    'offplat.here_bad': {
      extraUnless: ['@benign_group'],
      examples: ['aqui não, é muito público', 'aqui todo mundo vê'],
    },
    // ====================== secrecy ======================
    'secrecy.dont_tell_parents': {
      within: 8,
      examples: ['não conta pros seus pais da gente', 'n fala pra sua mãe q a gente conversa'],
      counterExamples: ['não conta pra sua mãe da festa surpresa', 'não conta pra sua mãe do copo, eu mesma conto'],
    },
    'secrecy.dont_tell': {
      within: 9,
      extraUnless: ['@reported_speech'],
      examples: ['não conta pra ninguém', 'n fala pros seus pais', 'não mostra isso pra sua mãe', 'nem comenta com suas amigas'],
      counterExamples: ['não conta pra ninguém da festa surpresa', 'não conta o final da série pra ninguém'],
    },
    'secrecy.if_you_tell': {
      extraUnless: ['@reported_speech'],
      examples: ['se você contar pra alguém vai se arrepender', 'se falar pros seus pais acabou'],
    },
    'secrecy.our_secret': {
      extraUnless: ['@reported_speech'],
      examples: ['isso é nosso segredo', 'fica entre a gente', 'só entre nós'],
      counterExamples: ['o presente da mãe é nosso segredo, é surpresa'],
    },
    'secrecy.delete_chat': {
      weight: 0.6,
      extraUnless: ['@surprise', '@safety_talk', 'grupo|por engano|sem querer|errado|espaco|memoria|armazenamento|tarefa|rascunho|nao apaga|nao apague|guarda|print'],
      examples: ['apaga as mensagens', 'apaga a conversa depois', 'deleta tudo quando ler'],
      counterExamples: ['apaga a mensagem que mandei no grupo por engano', 'não apaga nada e tira print'],
    },
    'secrecy.cover_story': {
      extraUnless: ['@surprise', 'a verdade|o que aconteceu|que ta tudo bem|obrigad*'],
      examples: ['se perguntarem, fala que tá na casa de uma amiga'],
      counterExamples: ['se perguntarem, fala a verdade'],
    },
    'secrecy.must_not_know': {
      examples: ['seus pais não podem saber', 'sua mãe nem precisa saber'],
    },
    'secrecy.secret_emoji': {
      extraUnless: ['@reported_speech'],
      examples: ['isso fica aqui 🤫'],
    },
    'secrecy.nobody_may_know': {
      examples: ['ninguém pode ficar sabendo disso', 'sua família não precisa descobrir'],
    },
    'secrecy.nobody_knows': {
      examples: ['ninguém precisa saber', 'sem ninguém saber', 'seus pais não precisam saber'],
      counterExamples: ['ninguém pode saber da festa surpresa'],
    },
    'secrecy.delete_after': {
      extraUnless: ['grupo|por engano|espaco|memoria|tarefa|rascunho'],
      examples: ['quando ler, apaga', 'apaga dps'],
    },
    'secrecy.say_cover_place': {
      examples: ['diz pra sua mãe que vc tá estudando', 'fala que vai dormir na amiga'],
    },
    'secrecy.tell_parent_cover': {
      examples: ['fala pra tua mãe que vai dormir na casa da amiga'],
    },
    // ====================== gift_money ======================
    'gift.offer_gift': {
      extraUnless: ['te pago o|te pago a|@travel'],
      examples: ['te dou robux', 'te mando um pix se quiser', 'te compro um celular novo', 'quer um cartão presente?', 'faço um pix de 100 reais pra vc'],
      counterExamples: ['te pago o lanche amanhã', 'te devolvo o dinheiro do cinema'],
    },
    'gift.in_exchange': {
      extraUnless: ['@reported_speech', 'loja|promocao|preco|custa|vendo|venda'],
      examples: ['100 reais em troca de umas fotos', 'robux se vc mandar um vídeo', 'por cada foto te dou crédito'],
    },
    'gift.spoil_you': {
      extraUnless: ['descansar|passar na prova|tirar 10|nota|ganhar o jogo'],
      examples: ['te compro o que vc quiser', 'você merece alguém pra te mimar'],
    },
    // ====================== personal_info ======================
    'info.age': {
      weight: 0.6,
      extraUnless: ['@others', '@reported_speech'],
      examples: ['quantos anos vc tem?', 'qual sua idade', 'vc tem quantos anos?', 'é de menor?'],
      counterExamples: ['quantos anos tem seu irmão?'],
    },
    'info.address': {
      extraUnless: ['email|e-mail|ip|site|convite|pro presente|minha mae|meu pai|festa|aniversario|niver'],
      examples: ['me passa seu endereço', 'manda sua localização', 'qual seu endereço?'],
      counterExamples: ['me passa seu endereço de e-mail pro trabalho'],
    },
    'info.school': {
      extraUnless: ['meu irmao|minha irma|seu irmao|sua irma'],
      examples: ['em que escola vc estuda?', 'estuda onde?', 'que série você tá?', 'qual o nome da sua escola'],
      counterExamples: ['em que série tá sua irmã?'],
    },
    'info.phone_number': {
      extraUnless: ['@reported_speech', 'chamada|armario|camisa|pedido|assento|pagina|da sua mae|do seu pai'],
      examples: ['me passa seu número', 'qual seu celular?', 'manda seu zap'],
      counterExamples: ['me passa seu número da chamada pra lista da professora'],
    },
    'info.send_details': {
      extraUnless: ['email|e-mail|formulario|inscricao|ficha|matricula', '@if_not|@kompromat', 'pra sua|pro seu|pros seus|pra tua|pro teu'],
      examples: ['manda uma foto e sua idade', 'me fala sua cidade e idade'],
    },
    'info.school_level': {
      extraUnless: ['seu irmao|sua irma|seu primo|sua prima'],
      examples: ['vc já tá no ensino médio ou ainda no fundamental?', 'tá no nono ano?'],
    },
    'info.school_name': {
      examples: ['e sua escola, como chama?', 'qual é o nome do seu colégio'],
    },
    'info.school_schedule': {
      extraUnless: ['minha mae|meu pai|a gente|nos|prova|jogo|filme', 'te espero|to te esperando|te busco|te pego'],
      examples: ['que horas vc sai da escola?', 'quando acaba sua aula'],
    },
    'info.lives_with': {
      examples: ['vc mora com seus pais ou sozinha?', 'mora com quem?'],
    },
    'info.parents_home': {
      extraUnless: ['manda um beijo|obrigad*|convidad*|vem pra festa|pergunta se|deixam ir|autoriza*|permissao'],
      examples: ['seus pais tão em casa?', 'que horas sua mãe chega', 'tem alguém aí com você?'],
      counterExamples: ['seus pais deixam ir na festa? pergunta se eles autorizam'],
    },
    // ====================== job_offer ======================
    'job.job_lure': {
      extraUnless: ['@reported_speech'],
      examples: ['vaga de modelo no exterior, passagem paga', 'procuramos meninas pra divulgadora, 300 reais por dia'],
      counterExamples: ['minha tia tá procurando babá pros sábados, paga por hora'],
    },
    'job.easy_money': {
      extraUnless: ['@reported_speech', '@benign_job'],
      examples: ['te ensino a ganhar dinheiro fácil', 'renda extra sem sair de casa'],
      counterExamples: ['cuidado com anúncio de dinheiro fácil, é golpe'],
    },
    'job.scout': {
      extraUnless: ['@reported_speech', 'tarefa|redacao|projeto|aula|da escola'],
      examples: ['te ofereço um trabalho', 'vc poderia ser modelo', 'procuramos modelos jovens', 'tenho uma proposta pra você'],
      counterExamples: ['a feira de profissões da escola é sexta'],
    },
    'job.agency': {
      extraUnless: ['formatura|escola|colegio'],
      examples: ['sou de uma agência de modelos', 'fazemos casting de meninas'],
    },
    // ====================== account_access ======================
    'account.borrow_account': {
      extraUnless: ['@reported_speech', 'carregador|calculadora|caderno|livro|resumo|minha conta|esqueci'],
      examples: ['me empresta sua conta do fortnite', 'deixa eu entrar na sua conta', 'me passa sua conta do roblox'],
    },
    'account.give_code': {
      extraUnless: ['@reported_speech', 'minha senha|esqueci|mudei|troquei|redefinir|recuperar minha'],
      examples: ['me passa o código que chegou', 'qual sua senha?', 'me manda sua senha do free fire', 'me passa seu usuário e senha'],
      counterExamples: ['qual a senha do wifi?', 'nunca compartilhe sua senha com ninguém', 'o código da turma no classroom é abc123'],
    },
    'account.code_arrived': {
      extraUnless: ['@reported_speech'],
      examples: ['chegou um código no seu celular por engano, me passa?', 'vai chegar um código de 6 dígitos, me manda'],
    },
    'account.scan_qr': {
      extraUnless: ['cardapio|ingresso|presenca|chamada|tarefa|aula|museu|restaurante'],
      examples: ['escaneia esse qr pra entrar', 'escaneia o qr code com seu celular'],
      counterExamples: ['escaneia o qr do cardápio do restaurante'],
    },
    'account.link_password': {
      examples: ['entra nesse link e coloca sua senha', 'coloca a senha no site'],
    },
    'account.verify': {
      extraUnless: ['minha conta|eu ativei|ativei'],
      examples: ['sua conta vai ser suspensa, confirma sua senha', 'confirma o código pra recuperar sua conta'],
    },
    // ====================== threat ======================
    'threat.know_where': {
      examples: ['já sei onde você mora', 'sei qual é sua escola'],
    },
    'threat.harm': {
      extraUnless: ['@reported_speech'],
      examples: ['você vai se arrepender', 'vou acabar com sua vida', 'vou na sua escola te procurar'],
      counterExamples: ['vou te matar no free fire kkkk', 'te mato se chegar atrasada de novo rsrs'],
    },
    'threat.owe': {
      extraUnless: ['@benign_money', '@MONEY|reais|conto|favor|revanche'],
      examples: ['você me deve, depois de tudo que fiz por você', 'vai ter que me mandar mais'],
      counterExamples: ['me deve 10 reais do lanche'],
    },
    'threat.deadline': {
      extraUnless: ['promocao|promo|ingresso*|jogo|episodio|aula|voo|onibus|trem'],
      examples: ['é sua última chance', 'faz o que eu mando'],
      counterExamples: ['vc tem 2 horas pra fazer a prova de mat'],
    },
    'threat.pay_or': {
      extraUnless: ['@reported_speech'],
      examples: ['paga 500 reais ou eu posto tudo', 'faz um pix de 200 se não quiser que seus pais vejam'],
    },
    'threat.expose_pics': {
      // Asking a friend NOT to post a photo of oneself ("não posta essa foto minha") is no threat.
      extraUnless: ['nao posta|n posta|nao poste|nao publica|nao publique'],
      examples: ['vou postar suas fotos', 'se não pagar eu vazo seus nudes', 'vou mandar esses vídeos pros seus pais'],
      counterExamples: ['vou postar suas fotos da festa no álbum', 'não posta aquela foto minha do lago, apaga pfv', 'a polícia disse que o suspeito ameaçou vazar as fotos'],
    },
    'threat.to_family': {
      examples: ['suas fotos todo mundo vai ver, seus seguidores', 'esses vídeos eu mando pra sua família'],
    },
    'threat.if_not': {
      extraUnless: ['@reported_speech'],
      examples: ['se não mandar mais, todo mundo vai ver', 'se me bloquear seus pais vão saber'],
    },
    'threat.i_have_pics': {
      extraUnless: ['ainda nao|nao tenho'],
      examples: ['tenho suas fotos salvas', 'printei nossa conversa toda'],
      counterExamples: ['tenho suas fotos da viagem no meu pc'],
    },
    'threat.deadline_time': {
      extraUnless: ['promocao|promo|ingresso*|jogo|episodio|aula|voo|onibus|trem|chegar|chego|viagem|consulta|medico'],
      examples: ['você tem 24 horas pra pagar', 'te dou uma hora'],
      counterExamples: ['vc tem 2 horas pra fazer a prova de mat'],
    },
    'threat.pay_by': {
      extraUnless: ['entregar|inscricao|matricula|mensalidade'],
      examples: ['te dou até a noite pra pagar', 'vc tem até amanhã pra me mandar mais'],
      counterExamples: ['vc tem até sexta pra entregar a tarefa'],
    },
  },
  rules: [
    // ====================== threats without the usual words ======================
    {
      // "ainda tenho o que vc me mandou": the kompromat is kept.
      id: 'pt.threat.kept_copies',
      category: 'threat',
      weight: 0.55,
      match: ['ainda tenho|guardei|salvei|gravei|tenho print|tenho os prints|tenho copia|tenho uma copia', 'o que vc mandou|o que voce mandou|o que vc me mandou|o que voce me mandou|o q vc me mandou|nossa chamada|a chamada|teus nudes|seus nudes|teu pack|seu pack'],
      within: 9,
      unless: ['@safety_talk', '@reported_speech', '@benign_pic_subject', '@schoolwork', '@surprise', 'viagem|ferias|formatura|resumo|lembranca|aula|reuniao|pessoal que faltou|faltou'],
      examples: ['ainda tenho o que vc me mandou, pensa bem', 'gravei nossa chamada'],
      counterExamples: ['ainda tenho suas fotos da viagem pra praia, quer?', 'gravei a chamada de ontem pro pessoal que faltou'],
    },
    // ====================== asks through a third party ======================
    {
      // "meu amigo quer teu número": a contact asked for on someone else's behalf.
      id: 'pt.offplat.third_party_number',
      category: 'off_platform',
      weight: 0.55,
      match: ['quer|queria|pede', 'teu|seu', '@app|@app_weak|numero|zap|whats|contato|cel'],
      within: 5,
      unless: ['@safety_talk', 'prof|professor|professora|treinador|grupo|turma|sala|time|projeto|mae|pai|escola|colegio|medico|dentista|vo|avo|tia|tio|vizinha|vizinho|parabens|aniversario|irma|irmao|marcar|operadora|vc quer|voce quer'],
      examples: ['meu primo quer teu numero', 'um amigo quer seu snap'],
      counterExamples: ['a professora quer seu numero pro grupo da turma'],
    },
    // ====================== meetup ======================
    {
      id: 'pt.meet.pay_travel',
      category: 'meetup',
      weight: 0.65,
      match: ['@i_pay|@i_give', '@travel'],
      within: 6,
      unless: ['@benign_meet', '@safety_talk', '@split_cost', 'me deve|te devo|devolvo'],
      examples: ['pago seu uber', 'eu pago a passagem pra vc vir', 'te compro a passagem de ônibus'],
      counterExamples: ['pago o uber da ida e vc paga o da volta, fechado?'],
    },
    // ====================== personal_info ======================
    {
      id: 'pt.info.where_live',
      category: 'personal_info',
      weight: 0.6,
      match: ['@where_q', '@live'],
      within: 6,
      unless: ['@others', '@safety_talk', '@reported_speech', '@know_where'],
      examples: ['onde vc mora?', 'em que bairro você mora', 'onde é que você mora'],
      counterExamples: ['onde mora sua avó?'],
    },
    {
      id: 'pt.info.lives_where',
      category: 'personal_info',
      weight: 0.6,
      match: ['mora|vc mora|voce mora|ce mora|tu mora', 'onde|aonde|em que|qual'],
      within: 3,
      unless: ['@others', '@safety_talk', '@reported_speech', '@know_where'],
      examples: ['vc mora onde?', 'mora em que cidade'],
    },
    {
      id: 'pt.info.alone',
      category: 'personal_info',
      weight: 0.6,
      match: ['@are_you', '@alone'],
      within: 3,
      unless: ['@not_alone_meaning', '@safety_talk', '@reported_speech', '@game_context'],
      examples: ['tá sozinha?', 'vc tá sozinha em casa?', 'vai ficar sozinha hoje?'],
      counterExamples: ['você não tá sozinha, conta comigo', 'tá sozinho na partida?'],
    },
  ],
};
