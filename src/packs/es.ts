import type { LanguagePack } from './types';

/**
 * Spanish (Spain and Latin America, tú and vos), including how teens write
 * it: q/k, xq/pq, porfa/plis/xfa, tqm, wsp/wpp/whats, cel, "pasa el pack".
 * Accents are dropped by the normaliser, so `mandame` also matches `mándame`
 * and `contrasena` matches `contraseña`.
 * Grammar: request verb x object x modifier, with the hard negatives that
 * would break a rule written beside it as `unless`. Format: ./FORMAT.md.
 */

export const esPack: LanguagePack = {
  lang: 'es',
  lexicon: {
    /** "A pity if", who, "found out / saw" (threat.shame_if_they_knew). */
    shame_lead: ['seria una pena', 'seria una lastima', 'que pena si', 'que lastima si', 'seria triste', 'no querras que', 'no quieres que'],
    shame_audience: ['tus papas', 'tus padres', 'tu mama', 'tu papa', 'tu escuela', 'tu colegio', 'tu cole', 'tus amigos', 'tus profes', 'tu familia', 'tus seguidores', 'todos', 'toda tu', 'alguien'],
    shame_verb: ['se enteraran', 'se enterara', 'se entere', 'se enteren', 'vieran', 'viera', 'supieran', 'supiera', 'lo vean', 'lo vea', 'lo sepan', 'lo sepa', 'vean', 'vea'],
    /** Pictures, and "that you didn't post" (photo.unposted_pics). */
    unposted_pic: ['fotos', 'fotitos', 'selfies', 'otras'],
    unposted_where: ['que no subiste', 'que no has subido', 'que no estan en tu ig', 'que no estan en tu insta', 'que no publicaste', 'que no subes'],
    // --- verbs -------------------------------------------------------------
    /** "Send me" in the forms a request takes (imperative tú/vos, "me mandas?", infinitive); never the first person "te mando". */
    send: [
      'manda', 'mandame', 'mandamela', 'mandamelas', 'mandas', 'mandes', 'mandar', 'mandarme', 'mandarmela', 'mande', 'mandeme',
      'envia', 'enviame', 'enviamela', 'envias', 'envies', 'enviar', 'enviarme', 'envie', 'envieme',
      'pasa', 'pasame', 'pasamela', 'pasamelas', 'pasas', 'pases', 'pasar', 'pasarme', 'pasate',
      'comparte', 'compartime', 'comparteme', 'compartir', 'compartirme',
      'regalame', 'regalas', 'regalarme', 'dame', 'me das', 'quiero', 'kiero', 'quisiera', 'queria', 'keria',
    ],
    show_me: [
      'muestrame', 'mostrame', 'muestras', 'mostrarme', 'ensename', 'ensenas', 'ensenarme', 'dejame ver', 'deja ver', 'dejas ver',
      'quiero ver', 'kiero ver', 'quiero verte', 'kiero verte', 'me gustaria ver', 'me gustaria verte', 'a ver', 'puedo ver', 'verte',
      'me ensenas', 'me muestras', 'me mostras', 'me dejas ver',
    ],
    take_self: ['tomate', 'tomarte', 'sacate', 'sacarte', 'hazte', 'hacerte', 'haz', 'grabate', 'grabarte', 'toma', 'saca', 'graba'],
    turn_on: ['prende', 'prendes', 'prender', 'enciende', 'encender', 'enciendes', 'abre', 'abri', 'abrir', 'activa', 'activar', 'pon', 'pone', 'poner', 'conecta'],
    // --- objects -----------------------------------------------------------
    pic: [
      'foto*', 'fotit*', 'fotic*', 'selfie*', 'selfi', 'pic', 'pics', 'pik', 'video', 'videos', 'videito*', 'vid', 'vids', 'imagen', 'imagenes',
      'nude*', 'nudis', 'pack', 'packs', 'pak', '@pic_emoji',
    ],
    nudes: ['nudes', 'nude', 'nudis', 'nudez', 'pack', 'packs', 'el pak', 'fotos hot', 'fotos intimas', 'fotos prohibidas', 'contenido hot'],
    /** Vague but sexual objects: "send me something hot". */
    spicy_obj: ['algo rico', 'algo sexy', 'algo caliente', 'algo picante', 'algo hot', 'algo atrevido', 'algo mas atrevido', 'algo subido de tono', 'algo tuyo', 'algo de ti', 'algo especial', 'algo que me guste'],
    undressed: [
      'sin ropa', 'desnud*', 'encuerad*', 'en ropa interior', 'ropa interior', 'en calzones', 'calzones', 'en tanga', 'tanga', 'bikini', 'en toalla',
      'brasier', 'sosten', 'sin nada', 'sin blusa', 'sin camisa', 'sin playera', 'hot', 'sexy', 'subidita de tono', 'atrevid*', 'provocativ*',
      'cuerpo completo', 'cuerpo entero', 'tu cuerpo', 'en la cama', 'en pijama', 'en la ducha', 'en el bano', 'lo que llevas puesto', 'lo q llevas puesto', 'como estas vestida',
      'traje de bano', 'vestido de bano', 'como te queda', 'como te ves',
    ],
    of_you: ['tuya', 'tuyas', 'tuyo', 'tuyos', 'de ti', 'de vos', 'de tu cara', 'de tu cuerpo', 'tu cuerpo', 'tu carita', 'como eres', 'como sos', 'como te ves'],
    private_modifier: [
      'solo para mi', 'solo pa mi', 'nomas para mi', 'nomas pa mi', 'solo yo', 'solo la veo yo', 'nadie mas', 'nadie la va a ver', 'nadie las va a ver', 'nadie lo va a ver',
      'no se la enseno a nadie', 'no la enseno a nadie', 'privada', 'privadas', 'privado', 'entre nosotros', 'la borro', 'las borro', 'despues la borras',
      'nadie se va a enterar', 'nadie va a saber', 'nadie se entera',
    ],
    camera: ['camara', 'cam', 'webcam', 'videollamada*', 'video llamada', 'videochat', 'llamada de video', 'videollamar', 'facetime'],
    /** Asking the teen to undress, or to be undressed, on a call (photo.undress_on_camera). */
    undress_ask: ['quitate la playera', 'quitate la camisa', 'quitate la blusa', 'quitate la ropa', 'quitate el brasier', 'quitate el bra', 'sacate la playera', 'sacate la camisa', 'sacate la ropa', 'te quitas la playera', 'te quitas la blusa', 'te quitas la ropa', 'quitarte la ropa', 'quitarte la blusa'],
    call: ['llamada', 'llamadita'],
    video_call: ['videollamada*', 'video llamada', 'videochat', 'llamada de video', 'videollamar', 'facetime', 'vc'],
    // --- hard negatives for photo rules ---------------------------------------
    schoolwork: [
      'tarea*', 'deber', 'deberes', 'apunte*', 'cuaderno*', 'pizarra*', 'pizarron', 'examen*', 'horario*', 'guia', 'pagina*', 'ejercicio*',
      'libro*', 'resumen*', 'receta*', 'diapositiva*', 'formulario*', 'temario', 'mapa', 'problema*', 'trabajo practico', 'proyecto', 'maqueta',
      'clase', 'la profe', 'el profe', 'materia', 'evaluacion', 'respuestas', 'comprobante*', 'licao', 'dever de casa', 'lousa', 'prova', 'caderno', 'apostila', 'atividade', 'redacao', 'recibo*', 'boleta', 'menu',
    ],
    benign_pic_subject: [
      'perr*', 'gato*', 'gatit*', 'mascota*', 'paisaje*', 'comida', 'pastel', 'torta', 'viaje', 'paseo', 'excursion', 'fiesta', 'cumple*',
      'partido', 'concierto', 'boda', 'graduacion', 'campamento', 'vacaciones', 'abuel*', 'bebe', 'meme', 'memes', 'sticker*', 'atardecer', 'playa',
      'coche', 'carro', 'moto', 'outfit', 'el look', 'tu look', 'del look', 'do look', 'look de hoy', 'vestido para', 'vestido pa', 'equipo', 'del grupo', 'grupal', 'de todos',
      // A picture of him or her (the dog, the baby, the cake): not of the teen.
      'de el', 'de ella', 'de ellos', 'de ellas',
    ],
    group_place: ['grupo', 'al grupo', 'el grupo', 'chat del curso', 'chat de la clase', 'album', 'drive', 'la nube', 'el chat grupal', 'historia', 'historias', 'todos'],
    // --- meetups -------------------------------------------------------------
    meet: [
      'vernos', 'nos vemos', 'veamos', 'veamonos', 'nos veamos', 'verte', 'conocernos', 'conocerte', 'juntarnos', 'juntemonos', 'juntemos', 'encontrarnos', 'encontremonos',
      'quedar', 'quedamos', 'quedemos', 'salir conmigo', 'salgamos', 'salimos', 'cita', 'una cita', 'citarnos', 'vernos a solas', 'nos juntamos',
      'te invito a salir', 'te invito al', 'te invito a', 'damos una vuelta', 'dar una vuelta', 'salir a pasear', 'ir al cine', 'vamos al cine',
    ],
    in_person: ['en persona', 'en vivo', 'cara a cara', 'irl', 'en la vida real', 'en real', 'de verdad', 'personalmente', 'solos', 'solas', 'a solas', 'tu y yo', 'los dos', 'nosotros dos', 'sin nadie', 'donde nadie', 'mis papas no estan', 'no hay nadie', 'no va a haber nadie', 'vamos a estar solos', 'estaremos solos', 'casa sola'],
    meet_place: ['en el centro', 'en el parque', 'en la plaza', 'en el mall', 'en el centro comercial', 'en el cine', 'en la esquina', 'en la estacion', 'en mi carro', 'en mi coche'],
    when_where: ['cuando', 'donde', 'dnd', 'cdo', 'a que hora', 'a q hora', 'que dia', 'q dia', 'que hora', 'q hora', 'este finde', 'el finde', 'este fin de semana', 'el sabado', 'el domingo', 'esta noche'],
    pickup: [
      'te recojo', 'te recogo', 'paso por ti', 'paso a buscarte', 'te paso a buscar', 'te busco', 'te voy a buscar', 'voy por ti', 'te llevo', 'te vengo a buscar',
      'te espero en', 'te espero afuera', 'te espero a la salida', 'te espero en la salida', 'yo te recojo', 'te puedo recoger', 'te puedo llevar',
    ],
    come: ['ven', 'vente', 'veni', 'venite', 'vienes', 'venis', 'venir', 'visitame', 'visitarme', 'pasa por', 'pasate por', 'caete', 'te invito', 'quedarte'],
    my_place: ['mi casa', 'mi depa', 'mi departamento', 'mi apartamento', 'mi piso', 'mi cuarto', 'mi habitacion', 'mi hotel', 'mi carro', 'mi coche', 'mi auto', 'mi auto', 'mi casita', 'a la mia', 'en la mia', 'mi ciudad'],
    i_pay: ['te pago', 'yo pago', 'te lo pago', 'te pagaria', 'te compro', 'te mando para', 'te mando pa', 'te deposito para', 'te deposito pa', 'corre por mi cuenta', 'invito yo', 'yo invito', 'te cubro'],
    travel: ['pasaje*', 'boleto*', 'billete de tren', 'billete de bus', 'billete de avion', 'uber', 'taxi', 'didi', 'cabify', 'bus', 'camion', 'viaje hasta', 'vuelo', 'gasolina', 'el transporte', 'la micro', 'el colectivo', 'el cole hasta'],
    /** Paying your share, or asking them to pay theirs: friends splitting a ride, not a stranger paying the teen's way (meet.pay_travel). */
    split_cost: ['pagas la vuelta', 'pagas el regreso', 'dividimos', 'dividir', 'lo dividimos', 'a medias', 'mitad y mitad', 'cada quien paga', 'cada uno paga', 'hacemos vaca'],
    benign_meet: [
      'biblioteca', 'biblio', 'clase', 'clases', 'el cole', 'colegio', 'escuela', 'entreno', 'entrenamiento', 'practica', 'ensayo', 'partido', 'trabajo en grupo',
      'trabajo de', 'tarea', 'proyecto', 'examen', 'estudiar', 'grupo', 'todos', 'los demas', 'iglesia',
      'misa', 'recreo', 'cumple', 'fiesta de', 'en el juego', 'en el server', 'partida',
      'tu mama te', 'mi mama te', 'mi papa te', 'tu papa te', 'mis papas te', 'con mis papas', 'con tu mama',
    ],
    // --- off platform ----------------------------------------------------------
    add: [
      'agregame', 'agrega', 'agregar', 'agregarme', 'anademe', 'anade', 'anadirme', 'sigueme', 'seguime', 'escribeme', 'escribime', 'escribirme', 'hablame',
      'hablarme', 'hablemos', 'hablamos', 'habla', 'pasemos', 'pasamos', 'pasate', 'vamos', 'vente', 'venite', 'seguimos', 'sigamos', 'continuamos', 'continuemos',
      'mejor', 'contactame', 'buscame', 'mensajeame', 'mandame mensaje', 'mandame un mensaje', 'manda mensaje', 'te escribo', 'te hablo', 'nos hablamos',
      'descarga', 'descargate', 'bajate', 'instala', 'usa', 'usas', 'tienes', 'tenes', 'tenis',
    ],
    have: ['tienes', 'tenes', 'tenis', 'tiene', 'usas', 'usa', 'tendras', 'andas en', 'estas en'],
    app_here: ['@app', '@app_weak', 'wpp', 'whatsap', 'guasap', 'guasa', 'wasa', 'tlg', 'tlgm', 'telegra', 'insta', 'kik'],
    private_channel: ['privado', 'priv', 'al priv', 'por priv', 'md', 'al md', 'por md', 'dm', 'por dm', 'al dm', 'inbox', 'chat privado', 'chat secreto', 'interno', 'por interno'],
    other_account: [
      'otra cuenta', 'mi otra cuenta', 'cuenta secundaria', 'cuenta privada', 'cuenta secreta', 'segunda cuenta', 'cuenta alterna', 'cuenta fake',
      'otra app', 'otra aplicacion', 'otro numero', 'numero privado',
    ],
    disappearing: ['mensajes temporales', 'mensajes que se borran', 'mensajes q se borran', 'que se borran solos', 'q se borran solos', 'que se borran', 'q se borran', 'se borran solos', 'se borran', 'se eliminan solos', 'desaparecen solos', 'mensajes que desaparecen', 'mensajes q desaparecen', 'se autodestruyen', 'modo efimero', 'ver una vez', 'una sola vez', 'chat secreto'],
    here_bad: ['aqui no', 'aca no', 'por aqui no', 'por aca no', 'mas privado', 'mas seguro', 'aqui nos ven', 'aca revisan', 'te revisan', 'revisan', 'es muy publico', 'aqui es peligroso', 'mejor alla'],
    my_handle: ['mi usuario', 'mi user', 'mi snap', 'mi insta', 'mi numero', 'mi num', 'mi cel', 'mi whats', 'mi wsp', 'mi wpp', 'mi telegram', 'mi discord', 'mi tele', 'mi contacto', 'mi arroba'],
    benign_group: ['grupo', 'grupo del', 'grupo de la', 'del curso', 'de la clase', 'del salon', 'del cole', 'del equipo', 'el profe', 'la profe', 'la maestra', 'el maestro', 'el entrenador', 'mi abuela', 'mi tia', 'mi mama', 'stickers', 'se cayo', 'no funciona'],
    // --- secrecy ---------------------------------------------------------------
    neg: ['no', 'ni', 'nunca', 'jamas', 'nadie', 'tampoco', 'sin'],
    tell: [
      'digas', 'diga', 'digan', 'dire', 'decir', 'decirle', 'decirles', 'decile', 'cuentes', 'cuente', 'contar', 'contarle', 'contarles', 'menciones', 'comentes',
      'ensenes', 'muestres', 'enterar', 'enterarse', 'saber', 'se lo digas', 'le digas', 'les digas', 'le cuentes', 'les cuentes', 'se lo cuentes', 'se entere', 'se enteren', 'sepa', 'sepan', 'le muestres',
    ],
    people_close: [
      'nadie', 'naiden', 'tus papas', 'tus padres', 'tu mama', 'tu mami', 'tu papa', 'tu papi', 'tu familia', 'tus viejos', 'tu vieja', 'tu viejo', 'tus amigas', 'tus amigos',
      'tu amiga', 'tu amigo', 'tu hermana', 'tu hermano', 'tu profe', 'tus profes', 'la profe', 'el profe', 'tus tios', 'tu tia', 'tu abuela', 'tu novio', 'tu novia', 'la policia',
      'los demas', 'ninguno', 'ninguna', 'tus papis', 'tu mamá',
    ],
    our_secret: [
      'nuestro secreto', 'nuestro secretito', 'es un secreto', 'secreto entre', 'nuestro pequeno secreto', 'entre nosotros', 'entre nosotras', 'entre nos',
      'entre tu y yo', 'entre vos y yo', 'que quede entre', 'q quede entre', 'queda entre', 'solo entre', 'guardame el secreto', 'guarda el secreto',
      'no salga de aqui', 'no sale de aqui', 'de aqui no sale', 'queda aqui', 'no sale de aca', 'no salga de aca',
    ],
    nobody_knows: [
      'nadie tiene que saber', 'nadie tiene q saber', 'nadie tiene que enterarse', 'nadie tiene q enterarse', 'nadie se tiene que enterar', 'nadie se tiene q enterar', 'nadie debe saber', 'nadie puede saber', 'nadie va a saber',
      'nadie necesita saber', 'que nadie se entere', 'q nadie se entere', 'que nadie sepa', 'q nadie sepa', 'sin que nadie sepa', 'sin q nadie sepa', 'sin que nadie se entere', 'sin q nadie se entere', 'sin que sepan', 'sin q sepan', 'sin que se enteren', 'sin q se enteren',
      'que no se entere*', 'que no sepan', 'q no sepan', 'que no sepa', 'q no sepa', 'ni se enteran', 'no se van a enterar', 'no se tienen que enterar', 'no se tienen q enterar', 'no tienen que saber', 'no tienen q saber', 'no tiene que saber', 'no tiene q saber',
      'no tienen por que saber', 'no tienen por q saber', 'no tienen xq saber', 'no necesitan saber', 'nadie se va a enterar',
      'nadie tiene por que', 'nadie tiene xq', 'no tienen por que', 'no tiene por que',
    ],
    delete: ['borra', 'borras', 'borrar', 'borrame', 'borralo', 'borralos', 'borres', 'elimina', 'eliminar', 'eliminas', 'eliminalo', 'eliminalos', 'limpia', 'vacia'],
    chat_obj: ['mensaje*', 'msj', 'msjs', 'chat', 'chats', 'conversacion', 'conver', 'todo', 'historial', 'fotos', 'lo que hablamos', 'lo q hablamos', 'lo que te dije', 'lo q te dije', 'esto', 'lo que te mande', 'lo q te mande', 'lo nuestro'],
    after: ['despues', 'luego', 'al terminar', 'cuando termines', 'cuando leas', 'cuando lo leas', 'cuando los leas', 'cuando lo veas', 'apenas lo leas', 'apenas', 'enseguida', 'al rato', 'siempre', 'cada vez'],
    cover_story: ['si te preguntan', 'si preguntan', 'si alguien pregunta', 'si alguien te pregunta', 'si tu mama pregunta', 'si tu mama te pregunta', 'si tus papas preguntan', 'si tus papas te preguntan', 'si te dicen'],
    say_cover: ['di que', 'dile que', 'diles que', 'dile a tu mama', 'dile a tu papa', 'dile a tus papas', 'diles a tus papas', 'decile a tu mama', 'decile a tu vieja', 'dile a tu familia', 'decile que', 'deciles que', 'deciles q', 'dices que', 'dices q', 'decis que', 'decis q', 'inventa que', 'inventa q', 'inventa algo', 'invent a algo', 'di q', 'dile q', 'diles q', 'decile q'],
    cover_place: ['con una amiga', 'con un amigo', 'con tu amiga', 'en casa de una amiga', 'dormir en casa de', 'duermes en casa de', 'te quedas en casa de', 'donde una amiga', 'casa de tu amiga', 'en casa de un amigo', 'estudiando', 'en la biblioteca', 'con tus primos', 'donde tu amiga', 'pijamada', 'trabajo en grupo'],
    surprise: [
      'sorpresa', 'surpresa', 'surprise', 'fiesta sorpresa', 'regalo', 'cumple*', 'sorpresa para', 'sorpresa pa', 'spoiler*', 'spoil*', 'final', 'capitulo', 'temporada', 'serie', 'peli', 'pelicula', 'libro',
      'me gusta', 'crush', 'reprobe', 'suspendi', 'nota', 'boleta', 'examen', 'aniversario', 'amigo secreto', 'amigo invisible', 'receta', 'plan para', 'plan pa', 'broma',
    ],
    // --- gifts and money -----------------------------------------------------
    i_give: [
      'te regalo', 'te compro', 'te doy', 'te mando', 'te deposito', 'te transfiero', 'te paso', 'te recargo', 'te pago', 'te ofrezco', 'te puedo dar', 'te puedo regalar',
      'te puedo comprar', 'te puedo mandar', 'te voy a dar', 'te voy a regalar', 'te voy a comprar', 'te voy a mandar', 'te voy a depositar', 'te daria', 'te regalaria',
      'te compraria', 'te mandaria', 'te doy', 'te hago', 'te mande', 'te de', 'te deposite', 'te regale', 'te compre', 'quieres', 'queres', 'kieres', 'te gustaria', 'necesitas', 'te consigo',
      'mandarte', 'regalarte', 'comprarte', 'darte', 'enviarte', 'depositarte', 'pagarte', 'transferirte',
      'te puedo pasar', 'pasarte', 'te puedo conseguir',
      'te mandamos', 'te enviamos', 'te regalamos', 'te damos',
    ],
    gift: [
      'dinero', 'plata', 'lana', 'pasta', 'guita', 'feria', 'varo', 'varos', 'billete*', 'luca*', 'pesos', 'dolares', 'euros', 'soles', 'bolivares', 'quetzales', 'lempiras',
      'regalo*', 'regalito', 'tarjeta de regalo', 'tarjeta regalo', 'gift card*', 'giftcard*', 'recarga*', 'saldo', 'robux', 'pavos', 'vbucks', 'v-bucks', 'diamantes',
      'skin', 'skins', 'pase de batalla', 'gemas', 'monedas', 'nitro', 'celular nuevo', 'un celular', 'un iphone', 'iphone', 'ropa', 'tenis', 'zapatillas', 'lo que quieras', 'lo q quieras',
      'todo lo que quieras', 'todo lo q quieras', 'paypal', 'transferencia', 'bizum', 'nequi', 'yape', 'mercado pago', 'deposito', 'cripto', 'bitcoin', '@MONEY', '@money_emoji',
      'productos gratis', 'productos', 'ropa gratis',
      'saldo al celular', 'datos', 'megas',
    ],
    in_exchange: ['a cambio', 'a cambio de', 'por cada', 'por una', 'por un', 'si me mandas', 'si me envias', 'si me pasas', 'si haces', 'solo tienes que', 'solo tienes q', 'solo tenes que', 'solo tenes q', 'con que me', 'con q me', 'si me dejas'],
    benign_money: [
      'te debo', 'me prestaste', 'te devuelvo', 'devolver', 'almuerzo', 'comida', 'cine', 'la entrada', 'entradas', 'la mitad', 'mitad', 'vaquita', 'vaca', 'cuota', 'colecta', 'pizza',
      'para el regalo de', 'pa el regalo de', 'el regalo de', 'regalo para', 'regalo pa', 'cumple de', 'la profe', 'el profe', 'ganaste', 'apuesta',
      'de mi mama', 'para mi mama', 'para tu mama', 'de tu mama', 'mi mama me', 'mi papa me',
    ],
    // --- personal info --------------------------------------------------------
    age_q: [
      'cuantos anos tienes', 'cuantos anos tenes', 'cuantos anos tenis', 'cuantos anos cumples', 'cuantos anos tiene', 'cuantos anitos', 'que edad tienes', 'que edad tenes',
      'q edad tienes', 'q edad tenes', 'que edad tiene', 'q edad tiene', 'edad?', 'cuantos anos', 'tienes cuantos', 'tenes cuantos', 'en que ano naciste', 'en q ano naciste', 'que ano naciste', 'q ano naciste',
      'eres menor', 'sos menor', 'eres mayor de edad', 'sos mayor de edad', 'tienes 18', 'tenes 18',
      'cual es tu edad',
    ],
    others: ['hermano', 'hermana', 'hermanito', 'hermanita', 'primo', 'prima', 'perro', 'perrito', 'gato', 'gatito', 'mascota', 'mama', 'papa', 'abuelo', 'abuela', 'tio', 'tia', 'bebe', 'profe', 'maestra', 'maestro', 'el', 'ella', 'tu amiga', 'tu amigo', 'celular', 'personaje', 'actor', 'cantante'],
    where_q: ['donde', 'dnd', 'en que parte', 'en q parte', 'por donde', 'de donde', 'en que zona', 'en q zona', 'en que barrio', 'en q barrio', 'en que ciudad', 'en q ciudad', 'que ciudad', 'q ciudad', 'que barrio', 'q barrio', 'que colonia', 'q colonia', 'en que colonia', 'en q colonia', 'cual es tu'],
    address: ['tu direccion', 'tu direc', 'tu domicilio', 'tu ubicacion', 'tu ubi', 'tu localizacion', 'ubicacion en tiempo real', 'ubicacion actual', 'tu calle', 'tu codigo postal', '@place_emoji'],
    give_me: ['dame', 'pasame', 'mandame', 'enviame', 'me das', 'me pasas', 'me mandas', 'me envias', 'regalame', 'cual es', 'decime', 'dime', 'comparteme', 'compartime', 'necesito', 'quiero', 'manda', 'pasa', 'envia', 'mandas', 'pasas', 'me dices', 'me decis', 'me compartes'],
    your_phone: ['tu numero', 'tu num', 'tu cel', 'tu celular', 'tu telefono', 'tu tel', 'tu movil', 'tu whatsapp', 'tu whats', 'tu wsp', 'tu wpp', 'tu numerito', 'tu contacto'],
    school_q: ['en que colegio', 'en q colegio', 'que colegio', 'q colegio', 'cual colegio', 'en que escuela', 'en q escuela', 'que escuela', 'q escuela', 'cual escuela', 'en que liceo', 'en q liceo', 'que liceo', 'q liceo', 'en que prepa', 'en q prepa', 'que prepa', 'q prepa', 'en que insti', 'en q insti', 'que instituto', 'q instituto', 'en que secundaria', 'en q secundaria', 'que secundaria', 'q secundaria', 'a que cole', 'a q cole', 'que cole', 'q cole', 'en que cole', 'en q cole'],
    where_study: ['donde estudias', 'donde estudias', 'dnd estudias', 'donde estudiais', 'a donde vas a la escuela', 'a que escuela vas', 'a q escuela vas', 'a que colegio vas', 'a q colegio vas', 'a que cole vas', 'a q cole vas', 'a que liceo vas', 'a q liceo vas', 'como se llama tu escuela', 'como se llama tu colegio', 'como se llama tu cole'],
    grade_q: ['en que grado', 'en q grado', 'que grado', 'q grado', 'en que curso', 'en q curso', 'que curso', 'q curso', 'en que ano estas', 'en q ano estas', 'que ano estas', 'q ano estas', 'en que ano vas', 'en q ano vas', 'que ano vas', 'q ano vas', 'que semestre', 'q semestre', 'en que semestre', 'en q semestre', 'en que grado vas', 'en q grado vas', 'de que grado', 'de q grado'],
    benign_school: ['examen', 'tarea', 'proyecto', 'feria', 'para el trabajo', 'pa el trabajo', 'equipo', 'torneo', 'uniforme', 'a que hora', 'a q hora', 'excursion', 'la profe', 'el profe', 'nosotros', 'el nuestro', 'nuestra', 'tu hermano', 'tu hermana'],
    are_you: ['estas', 'tas', 'andas', 'te quedas', 'vas a estar', 'te vas a quedar', 'quedas', 'sigues', 'seguis', 'estaras', 'estas en casa'],
    alone: ['sola', 'solo', 'solita', 'solito', 'sola en casa', 'solo en casa', 'sin tus papas', 'sin nadie'],
    not_alone_meaning: ['solo jugando', 'solo estudiando', 'solo viendo', 'solo un', 'solo una', 'solo eso', 'solo para', 'solo pa', 'solo tu', 'no estas sola', 'no estas solo', 'nunca estas', 'sentir', 'sientes', 'triste', 'la fila', 'en la partida', 'en el equipo', 'en el juego'],
    your_parents: ['tus papas', 'tus padres', 'tu mama', 'tu papa', 'tu mami', 'tu papi', 'tus viejos', 'tu vieja', 'tu viejo', 'tu familia', 'alguien', 'tus papis'],
    parents_home: ['estan', 'esta', 'estan en casa', 'esta en casa', 'llegan', 'llega', 'vuelven', 'vuelve', 'regresan', 'regresa', 'salen', 'sale', 'se van', 'se fueron', 'trabajan hasta', 'en casa', 'en tu casa', 'contigo', 'con vos', 'hay alguien', 'te revisan', 'revisan tu', 'ven tu celular', 'te dejan', 'revisan', 'revisa', 'lo revisan', 'miran'],
    // --- job offers -------------------------------------------------------------
    easy_money: [
      'dinero facil', 'plata facil', 'dinero rapido', 'plata rapida', 'lana facil', 'feria facil', 'ganar dinero', 'gana dinero', 'ganar plata', 'gana plata', 'ganes dinero',
      'ingresos extra', 'ingreso extra', 'trabajo facil', 'trabajito facil', 'chamba facil', 'trabajo desde casa', 'trabaja desde casa', 'desde tu casa', 'desde tu celular',
      'sin experiencia', 'sin salir de casa', 'dinero extra', 'plata extra', 'ganancias', 'ganar mucho', 'gana mucho',
    ],
    job: [
      'trabajo', 'trabajito', 'empleo', 'chamba', 'chambita', 'curro', 'vacante', 'oportunidad', 'oferta', 'propuesta', 'modelo', 'modelos', 'modelaje', 'modelar',
      'agencia', 'casting', 'sesion de fotos', 'sesion fotografica', 'book', 'portafolio', 'influencer', 'embajadora', 'embajador', 'promotora', 'edecan', 'azafata', 'anfitriona',
      'bailarina*', 'mesera*', 'camarera*', 'ninera*', 'contenido', 'reclut*', 'promotor*', 'edecan*', 'azafat*', 'anfitrion*', 'modelo*',
      'embajador*', 'marca de ropa', 'una marca', 'colaboracion',
      'eventos', 'para eventos', 'edecanes', 'hostess', 'anfitrionas',
    ],
    lure: [
      'en el extranjero', 'al extranjero', 'en otro pais', 'a otro pais', 'fuera del pais', 'en europa', 'a europa', 'en espana', 'a espana', 'en estados unidos', 'a estados unidos',
      'en dubai', 'viaje pagado', 'viajes pagados', 'pasaje pagado', 'vuelo pagado', 'todo pagado', 'alojamiento', 'hospedaje', 'vivienda', 'por dia', 'al dia', 'a la semana',
      'por semana', 'por hora', 'por foto', 'por sesion', 'sin experiencia', 'eres perfecta', 'tienes el perfil', 'tenes el perfil', 'tienes la cara', 'buscamos chicas',
      'buscamos jovenes', 'buscamos chicos', 'jovenes', 'chicas', 'menores', 'pago en efectivo', 'en efectivo', 'bien pagado', 'bien pagada', 'muy bien pagado', 'sueldo',
      'ganarias', 'ganas', 'pagamos', 'te pagamos', 'te pagan', 'pagan', 'pagamos el pasaje', 'pagamos el viaje', 'te pagamos el pasaje', 'de 13', 'de 14', 'de 15', 'de 16', 'de 17', '@MONEY',
      'productos gratis', 'ropa gratis', 'gratis',
      'paga diaria', 'pago diario', 'por evento', 'pago por evento',
    ],
    offer: ['te ofrezco', 'te ofrecemos', 'busca', 'recluta', 'contrata', 'contratamos', 'tengo un', 'tengo una', 'tenemos un', 'tenemos una', 'te interesa', 'te interesaria', 'quieres', 'queres', 'podrias', 'podes', 'puedes', 'serias', 'te gustaria', 'buscamos', 'busco', 'estamos buscando'],
    benign_job: ['model un', 'modelo onu', 'modelo de naciones unidas', 'mun', 'delegado', 'delegada', 
      'feria de empleo', 'feria vocacional', 'orientacion', 'curriculum', 'cv', 'practicas', 'pasantia', 'voluntari*', 'mi tia', 'mi tio', 'mi mama', 'mi papa', 'la vecina',
      'el vecino', 'heladeria', 'panaderia', 'supermercado', 'socorrista', 'salvavidas', 'campamento de verano', 'la escuela', 'el colegio', 'ensayo', 'redaccion', 'tarea',
    ],
    // --- account access ---------------------------------------------------------
    secret_code: [
      'contrasena', 'contrasenas', 'contra', 'clave', 'claves', 'password', 'pass', 'passw*', 'pw', 'pin', 'codigo', 'codigos', 'cod', 'codigo de verificacion',
      'codigo de seguridad', 'codigo de 6 digitos', 'otp', 'sms', 'usuario y contrasena', 'datos de acceso', 'tus datos', 'inicio de sesion', 'login', 'qr', 'codigo qr',
    ],
    your: ['tu', 'tus', 'ese', 'esa', ],
    arrived: [
      'te llego', 'te llega', 'te va a llegar', 'te llegara', 'te acaba de llegar', 'te mandaron', 'te enviaron', 'te mande', 'te envie', 'recibiste', 'llego a tu',
      'a tu celular', 'a tu cel', 'a tu telefono', 'a tu numero', 'a tu correo', 'por error', 'sin querer', 'por equivocacion', 'por sms', 'por mensaje',
    ],
    benign_code: [
      'wifi', 'wi-fi', 'wi fi', 'internet', 'la red', 'router', 'modem', 'classroom', 'codigo de la clase', 'codigo de clase', 'del aula', 'teams', 'moodle', 'descuento',
      'promo*', 'cupon*', 'codigo postal', 'postal', 'casillero', 'candado', 'netflix', 'del examen', 'respuesta*', 'de vestimenta', 'programacion', 'python', 'de barras',
      'meet', 'zoom', 'de la clase', 'del curso', 'para entrar a la clase', 'de la puerta', 'del portal', 'del portón', 'del porton', 'de la reja', 'del garaje', 'de la alarma',
    ],
    account: ['cuenta', 'cuentas', 'perfil', 'insta', 'instagram', 'tiktok', 'snap', 'snapchat', 'fortnite', 'roblox', 'free fire', 'ff', 'steam', 'epic', 'discord', 'correo', 'gmail', 'facebook', 'fb', 'whatsapp', 'minecraft', 'xbox', 'play', 'id de apple', 'icloud'],
    borrow: ['prestame', 'presta', 'prestas', 'prestar', 'prestarme', 'pasame', 'dame', 'me das', 'me pasas', 'entrar a', 'entrar en', 'meterme', 'meterme en', 'iniciar sesion en', 'inicio sesion en', 'loguearme', 'loguear', 'cambiame', 'vendeme', 'me vendes', 'subirte', 'me prestas'],
    scan: ['escanea', 'escanear', 'escaneas', 'escanees', 'escaneame', 'scan'],
    verify: ['verificar', 'verifica', 'verificacion', 'confirmar', 'confirma', 'recuperar', 'desbloquear', 'suspendida', 'bloqueada', 'reportada', 'soporte', 'equipo de seguridad', 'premio', 'ganaste', 'sorteo'],
    // --- threats ------------------------------------------------------------------
    expose: [
      'publicar', 'publico', 'publicare', 'publicarlas', 'publicarlos', 'subir', 'subo', 'subire', 'subirlas', 'subirlos', 'mandar', 'mandarlas', 'mandarselas', 'mando', 'mandare',
      'pasar', 'pasarlas', 'pasarselas', 'paso', 'compartir', 'comparto', 'compartirlas', 'difundir', 'difundo', 'filtrar', 'filtro', 'filtrarlas', 'viralizar', 'ensenar',
      'ensenarselas', 'mostrar', 'mostrarselas', 'exponer', 'expongo', 'exponerte', 'quemar', 'quemarte', 'quemo', 'escrachar', 'escracharte', 'escracho', 'funar', 'funarte',
      'funo', 'enviar', 'enviarselas', 'envio', 'enseno', 'muestro', 'difundo', 'reenvio', 'reenviar', 'se las enseno', 'se las muestro', 'se los enseno', 'van a ver', 'vean', 'ver todos', 'se van a enterar', 'sepan', 'se enteren', 'se las mando', 'se las paso', 'se lo mando',
      'van a estar en todos lados', 'van a estar en todas partes', 'van a circular', 'van a terminar en', 'en todos lados', 'en todas partes', 'por todos lados', 'van a rodar',
    ],
    kompromat: [
      'tus fotos', 'tus fotitos', 'tus videos', 'tus nudes', 'tu pack', 'tus packs', 'tus fotos intimas', 'esas fotos', 'capturas', 'screenshots', 'screens', 'esos videos', 'las fotos', 'los videos', 'el video',
      'las capturas', 'nuestras conversaciones', 'nuestro chat', 'lo que me mandaste', 'lo q me mandaste', 'lo que me enviaste', 'lo q me enviaste', 'todo lo que hablamos', 'todo lo q hablamos', 'tu secreto', 'las que me mandaste', 'las q me mandaste',
      'los que me mandaste', 'los q me mandaste', 'todo lo que me mandaste', 'todo lo q me mandaste', 'las que tengo', 'las q tengo', 'los que tengo', 'los q tengo', 'lo que tengo', 'lo q tengo', 'lo que me mandaste', 'lo q me mandaste',
    ],
    family_target: [
      'tus papas', 'tus padres', 'tu mama', 'tu papa', 'tu familia', 'tus amigos', 'tus amigas', 'tus seguidores', 'tus contactos', 'todo el colegio', 'toda la escuela', 'tu escuela',
      'tu colegio', 'tu cole', 'todo tu colegio', 'toda tu escuela', 'todo tu cole', 'todo tu salon', 'toda tu clase', 'todos', 'todo el mundo', 'tus profes', 'tu novio', 'tu novia', 'internet', 'las redes', 'redes sociales', 'una pagina', 'tus compas', 'tus companeros',
    ],
    if_not: [
      'si no', 'si no me', 'sino', 'o si no', 'o sino', 'o te', 'o publico', 'o subo', 'o las', 'o se las', 'o le', 'o les', 'si me bloqueas', 'si me ignoras', 'si le dices',
      'si le cuentas', 'si me dejas de hablar', 'si no contestas', 'si no respondes', 'si no pagas', 'si no me pagas', 'si no me mandas', 'si no me envias', 'si no me das',
      'si no haces', 'si no lo haces', 'si no obedeces', 'o ya sabes',
      'o todos', 'o todo el mundo', 'o tus papas', 'o tu familia', 'o se enteran', 'o lo publico', 'o lo subo', 'o lo mando', 'o publico todo', 'o subo todo',
    ],
    harm: [
      'te voy a matar', 'te mato', 'te matare', 'te voy a hacer dano', 'te hago dano', 'te voy a lastimar', 'te voy a buscar', 'te voy a encontrar', 'se van a arrepentir',
      'te vas a arrepentir', 'te arrepentiras', 'arruinar tu vida', 'arruinarte la vida', 'te arruino la vida', 'te arruino', 'te voy a arruinar', 'te destruyo', 'te voy a destruir',
      'te voy a exponer', 'te expongo', 'te voy a quemar', 'te quemo', 'te voy a funar', 'te funo', 'te voy a escrachar', 'te escracho', 'te voy a hackear', 'te hackeo',
      'voy a tu casa', 'voy a tu escuela', 'voy a tu colegio', 'te la vas a ver', 'vas a pagar', 'me las vas a pagar', 'lo vas a lamentar', 'lo lamentaras',
      'voy a ir a buscarte', 'ir a buscarte', 'voy a buscarte', 'te voy a ir a buscar', 'voy a ir a tu casa', 'voy a ir a tu escuela', 'voy a ir a tu colegio',
      'hacer la vida imposible', 'hacerte la vida imposible', 'te hago la vida imposible', 'la vida imposible', 'tu vida un infierno', 'hacer tu vida un infierno',
    ],
    know_where: ['se donde vives', 'ya se donde vives', 'se donde estudias', 'ya se donde estudias', 'se cual es tu colegio', 'se cual es tu escuela', 'se donde queda tu casa', 'se donde vivis', 'ya se tu direccion', 'tengo tu direccion'],
    i_have: ['tengo', 'guarde', 'ya tengo', 'tengo guardadas', 'tengo guardados', 'hice captura', 'hice capturas', 'grabe', 'tengo grabado', 'tengo grabada', 'sigo teniendo'],
    owe: ['me debes', 'me lo debes', 'me la debes', 'me las debes', 'estas en deuda', 'me tienes que pagar', 'me tienes q pagar', 'me tenes que pagar', 'me tenes q pagar', 'me tienes que mandar', 'me tienes q mandar', 'me tenes que mandar', 'me tenes q mandar'],
    deadline: ['antes de la medianoche', 'ultima oportunidad', 'ultima vez que te lo digo', 'ultima vez q te lo digo', 'haz lo que te digo', 'haz lo q te digo', 'has lo que te digo', 'has lo q te digo', 'obedece', 'ya sabes lo que pasa', 'ya sabes lo q pasa', 'se acaba el tiempo', 'tic tac'],
    deadline_start: ['te doy hasta', 'tienes hasta', 'tenes hasta', 'tienes tiempo hasta', 'tenes tiempo hasta', 'te quedan', 'antes de que acabe el dia', 'antes de manana', 'antes de la noche'],
    demand: ['paga', 'pagame', 'pagas', 'pagar', 'pagarme', 'deposita', 'depositame', 'transfiere', 'transfiereme', 'manda', 'mandame', 'envia', 'enviame', 'quiero'],
    game_context: [
      'fortnite', 'minecraft', 'roblox', 'free fire', 'freefire', 'ff', 'valorant', 'lol', 'cod', 'warzone', 'fifa', 'brawl', 'among us', 'clash', 'en el juego', 'en la partida',
      'partida', 'ranked', 'la revancha', 'revancha', 'jaja*', 'jsjs*', 'jajs*', 'jeje*', 'xd', 'xdd', 'lmao', 'broma', 'bromeo', 'es broma', 'peli', 'pelicula', 'serie', 'cancion',
      'letra', 'villano', 'personaje', 'si llegas tarde', 'llegas tarde', 'spoiler*', 'mi mama me va a matar', 'me va a matar', 'me mata', 'nos van a matar', 'almuerzo', 'pizza', 'helado',
    ],
    // --- shared guards ----------------------------------------------------------------
    safety_talk: [
      'estafa*', 'nunca compartas', 'nunca des', 'nunca le des', 'nunca se la des', 'nunca la des', 'no se la des', 'nunca le digas tu', 'nunca le pases', 'no compartas', 'no des', 'no le des', 'no mandes', 'no envies', 'nunca mandes', 'nunca envies', 'denuncia*', 'reporte',
      'bloquealo', 'bloqueala', 'bloquealos', 'bloquee', 'lo bloquee', 'la bloquee', 'bloquear a', 'le dije a mi mama', 'le conte a mi mama', 'policia', 'noticia*', 'articulo', 'charla', 'cuidado', 'ten cuidado', 'tene cuidado', 'peligro*',
      'desconocid*', 'extrano', 'extrana', 'extranos', 'extranas', 'ciberacoso', 'grooming', 'sextorsion', 'acosador*', 'hackearon', 'hackeada', 'hackeado', 'bot', 'cuenta falsa', 'phishing', 'fraude',
      'un tipo', 'un senor', 'un random', 'esa cuenta', 'me pidio', 'le pidio', 'les pidio', 'nadie te va a pedir', 'jamas te pedira', 'nunca te pedira', 'consejo', 'tips', 'aviso',
      'reportalo', 'reportala', 'reportalos', 'lo reporte', 'la reporte', 'reportar a',
    ],
    reported_speech: [
      'me dijo', 'le dijo', 'les dijo', 'dijo que', 'dijo q', 'me pidio', 'me pregunto', 'le pidio', 'alguien me', 'un tipo me', 'un chico me', 'segun', 'segun la', 'en la pelicula', 'en la peli',
      'en la serie', 'la cancion', 'el villano', 'cita textual', 'el acusado', 'la policia dijo', 'informo', 'detenido', 'detuvieron', 'arrestado', 'amenazo', 'acusado', 'victima',
    ],
    // --- words the shared templates ask for (./templates.ts) ----------------------
    address_lead: ['@give_me', 'cual es', 'dime', 'decime', 'manda', 'pasa', 'comparte'],
    address_target: ['@address'],
    agency_words: ['agencia de modelos', 'agencia de talentos', 'soy fotografo', 'soy fotografa', 'soy reclutador', 'soy reclutadora', 'cazatalentos', 'casting de', 'sesion de fotos', 'sesion fotografica'],
    borrow_account_obj: ['tu cuenta', 'tus cuentas', 'tu perfil', 'tu usuario y contrasena', 'tus datos', 'tu login', 'tu acceso'],
    code_arrived_lead: ['@secret_code', 'un codigo', 'el codigo', 'un mensaje'],
    code_arrived_obj: ['@arrived'],
    come_over_lead: ['@come', '@meet'],
    cover_story_obj: ['@say_cover', '@cover_place', 'que', 'q'],
    deadline_time_lead: ['tienes', 'tenes', 'te quedan', 'te doy', 'solo tienes', 'solo tenes'],
    deadline_time_mid: ['@NUM', 'una', 'un', 'media'],
    deadline_time_obj: ['hora', 'horas', 'hrs', 'minutos', 'min', 'mins', 'dia'],
    delete_after_lead: ['@delete', 'borralo', 'borrala', 'borralas', 'borralos'],
    disappearing_words: ['@disappearing', '@other_account'],
    /** The teen's parents, as a sender names them (secrecy.dont_tell_parents). */
    parents_obj: ['tus papas', 'tus padres', 'tu mama', 'tu papa', 'tu mami', 'tu papi', 'tu familia', 'tu jefa', 'tus viejos', 'tu vieja'],
    /** The sender will tell the parents themselves ("I'll tell them myself"): a secret between siblings or friends, kept for now (secrecy.dont_tell_parents). */
    tell_myself: ['yo misma le digo', 'yo mismo le digo', 'yo misma le cuento', 'yo mismo le cuento', 'yo misma les digo', 'yo mismo les digo', 'quiero decirle yo misma', 'quiero decirle yo mismo'],
    dont_tell_obj: ['@people_close'],
    easy_money_words: ['@easy_money'],
    emoji_ask_obj: ['porfa', 'plis', 'pls', 'por favor', 'xfa', 'porfis', 'ya', 'ahora', 'ahorita', '@private_modifier'],
    give_code_lead: ['@give_me', '@your', '@send'],
    if_not_obj: ['@expose', '@harm', 'publico', 'subo', 'mando', 'se enteran', 'todos', 'todo el mundo', 'tu familia', 'tus papas'],
    if_you_tell_lead: ['si', 'si es que', 'como'],
    if_you_tell_mid: ['le cuentas', 'le dices', 'les cuentas', 'les dices', 'cuentas', 'dices', 'contas', 'decis', 'le contas', 'le decis', 'se lo cuentas', 'se lo dices', 'hablas'],
    if_you_tell_obj: ['a alguien', 'a nadie', 'a tus papas', 'a tus padres', 'a tu mama', 'a tu papa', 'a tus amigas', 'a tus amigos', 'a la policia', 'alguien'],
    just_one_lead: ['solo', 'nomas', 'aunque sea', 'tan solo', 'una sola', 'otra', 'unas'],
    just_one_obj: ['foto', 'fotito', 'fotos', 'fotitos', 'selfie', 'video', 'videito', 'pic', 'una foto', 'una fotito', 'una selfie', 'un video', 'un videito', 'una pic', 'otra foto'],
    link_password_lead: ['@LINK', 'link', 'enlace', 'este link', 'esta pagina', 'la pagina'],
    lives_with_lead: ['vives', 'vivis', 'vivs'],
    lives_with_obj: ['con tus papas', 'con tus padres', 'con tu mama', 'con tu papa', 'con quien', 'con quienes', 'sola', 'solita', 'solo'],
    meet_in_person_obj: ['@in_person', '@my_place'],
    move_to_app_obj: ['@app_here', '@other_account'],
    my_handle_obj: ['es', '@HANDLE', '@PHONE', '@LINK', 'agregame', 'escribeme', 'hablame'],
    nobody_may_know_lead: ['nadie', 'naiden', 'tus papas', 'tus padres', 'tu mama', 'tu papa', 'tu familia'],
    nobody_may_know_mid: ['puede', 'tiene que', 'debe', 'va a', 'necesita', 'pueden', 'tienen que', 'deben', 'van a', 'tiene q', 'tienen q'],
    nobody_may_know_obj: ['saber', 'enterar*', 'descubrir', 'sospechar', 'ver esto'],
    number_to_talk_lead: ['@your_phone', '@PHONE'],
    number_to_talk_obj: ['te llamo', 'te escribo', 'hablamos por', 'nos llamamos', 'nos escribimos', 'llamame', 'escribeme', 'escribime', 'hablamos mejor', 'por mensaje', 'por sms', 'te marco'],
    our_secret_words: ['@our_secret'],
    pay_by_obj: ['pagar', 'pagarme', 'mandar', 'mandarme', 'depositar', 'depositarme', 'transferir', 'transferirme', 'hacerlo', 'obedecer', 'contestar', 'responder'],
    pay_for_pic_lead: ['@gift', 'te pago', 'te doy', 'te regalo'],
    pay_for_pic_mid: ['@in_exchange', 'por', 'si'],
    pay_for_pic_obj: ['@pic', '@video_call', '@camera'],
    pay_or_mid: ['@MONEY', '@gift', '@NUM', 'pesos', 'dolares', 'euros', 'soles'],
    pay_or_obj: ['@if_not'],
    phone_number_lead: ['@give_me'],
    phone_number_obj: ['@your_phone'],
    pic_of_you_obj: ['@of_you'],
    private_channel_lead: ['@add', 'hablamos', 'seguimos', 'te escribo', 'escribo'],
    private_pic_lead: ['@pic', '@video_call', '@camera'],
    scan_qr_obj: ['qr', 'codigo', 'codigo qr', 'este'],
    school_level_lead: ['estas en', 'vas en', 'ya estas en', 'sigues en', 'todavia en', 'estas todavia en', 'vas a la'],
    school_level_obj: ['prepa', 'secu', 'secundaria', 'primaria', 'preparatoria', 'bachillerato', 'liceo', 'la uni', 'universidad', 'sexto', 'septimo', 'octavo', 'noveno'],
    school_name_lead: ['@give_me', 'cual es', 'como se llama', 'dime', 'decime'],
    school_name_obj: ['tu escuela', 'tu colegio', 'tu cole', 'tu liceo', 'tu prepa', 'tu insti', 'tu secundaria'],
    school_schedule_lead: ['a que hora', 'que hora', 'cuando', 'a q hora'],
    school_schedule_mid: ['sales', 'salis', 'terminas', 'terminan', 'sale', 'acaba*', 'termina', 'entras', 'entran'],
    school_schedule_obj: ['clase*', 'colegio', 'escuela', 'cole', 'liceo', 'prepa', 'insti', 'secundaria'],
    school_words: ['@school_q', '@where_study', '@grade_q'],
    scout_lead: ['@offer'],
    scout_obj: ['@job'],
    see_on_cam_lead: ['@show_me', 'quiero verte', 'kiero verte', 'verte'],
    send_details_lead: ['@send', '@give_me', 'dime', 'decime'],
    send_details_obj: ['tu edad', 'edad', 'tu ciudad', 'tu direccion', 'tu escuela', 'tu colegio', 'tu numero', 'tu ubicacion'],
    send_nudes_lead: ['@send', '@show_me', '@take_self', 'tienes', 'tenes', 'vendes', 'hay'],
    show_me_obj: ['@of_you', '@undressed', '@pic', 'como eres', 'como sos', 'cuerpo'],
    spoil_you_words: ['te mereces', 'mereces', 'te consiento', 'consentirte', 'darte todo', 'te doy todo', 'lo que quieras', 'todo lo que quieras', 'te mantengo', 'mantenerte', 'sugar daddy', 'sugar mommy'],
    take_pic_lead: ['@take_self'],
    take_pic_obj: ['@pic'],
    tell_parent_cover_lead: ['dile', 'decile', 'di', 'diles', 'deciles', 'avisa', 'avisale'],
    tell_parent_cover_mid: ['a tu mama', 'a tu papa', 'a tus papas', 'a tus padres', 'a tu familia', 'a tu vieja', 'a tus viejos', 'en tu casa', 'en casa'],
    undressed_lead: ['@pic', '@show_me', '@send', '@take_self'],
    /** The sender's picture sent first, then the teen's asked for (photo.your_turn). */
    sent_mine: ['te mande la mia', 'te mande una foto', 'te envie una foto', 'te envie la mia', 'ya te mande', 'ya te envie', 'te ensene la mia', 'te pase la mia', 'te mande una mia'],
    your_turn: ['te toca', 'ahora tu', 'tu turno', 'manda la tuya', 'mandame la tuya', 'pasame la tuya', 'ensename la tuya', 'ahora te toca'],
    video_call_lead: ['hacemos', 'hagamos', 'hacer', 'haces', 'quieres', 'queres', 'podemos', 'puedes', 'podes', 'vamos', 'una', 'me', 'te', 'nos'],
    video_call_obj: ['@video_call'],
    wait_for_you_lead: ['te espero', 'te estare esperando', 'te estoy esperando', 'te voy a estar esperando', 'voy a estar', 'estare', 'estoy afuera'],
    wait_for_you_obj: ['en el', 'en la', 'afuera', 'a la salida', 'en la esquina', 'en el parque', 'en el centro comercial', 'en el mall', 'en la plaza', 'en la estacion'],
    want_to_meet_lead: ['quiero', 'kiero', 'quieres', 'queres', 'kieres', 'podemos', 'podriamos', 'deberiamos', 'ya es hora', 'tenemos que', 'me encantaria', 'me gustaria', 'vamos a', 'hay que', 'dale'],
    your_app_mid: ['tu', 'tus', 'el', 'su'],
  },
  uses: {
    'threat.shame_if_they_knew': {
      extraUnless: ['@schoolwork', 'premio|ganaste|torneo|medalla|nota|notas|beca|nadie|no vieran|no viera|no vean|no vea|no se enteraran|no se enteren|no sepan|dibujo|video del|obra|teatro|partido|concierto|dile|diselo|mejor dile|por otra persona|por alguien'],
      examples: ['seria una pena que tu escuela se enterara', 'no querrás que tus papás vean estas fotos'],
      counterExamples: ['sería una pena que el profe no se enterara de que ganaste el torneo'],
    },
    'photo.unposted_pics': {
      extraUnless: ['viaje|vacaciones|fiesta|cumple|grupo|clase|equipo|boda|album'],
      examples: ['tienes fotos que no subiste? 😏'],
      counterExamples: ['pasame las fotos que no subiste del viaje'],
    },
    // ====================== photo_request ======================
    'photo.send_pic': {
      within: 7,
      extraUnless: ['@reported_speech'],
      examples: ['mandame una foto porfa', 'me pasas una selfie?', 'envíame fotos tuyas', 'kiero una fotito', 'm4ndame un video'],
      counterExamples: ['mándame la foto de la tarea de mate', 'pasa las fotos del paseo al grupo', 'mandame foto de tu perrito', 'un tipo me pidió que le mande fotos y lo bloqueé'],
    },
    'photo.show_me': {
      extraUnless: ['@group_place'],
      examples: ['déjame ver tu cuerpo', 'quiero ver cómo eres', 'muéstrame tu carita'],
      counterExamples: ['muéstrame la foto de tu perro'],
    },
    'photo.pic_of_you': {
      extraUnless: ['vi una|vi tu|que linda|que lindo|salis|sales'],
      examples: ['una foto tuya', 'fotos de tu cara'],
      counterExamples: ['las fotos tuyas del viaje quedaron geniales'],
    },
    'photo.private_pic': {
      examples: ['una foto solo para mí', 'nadie la va a ver, solo una foto', 'videollamada privada'],
    },
    'photo.video_call': {
      extraUnless: ['@group_place', 'abuela|abuelo|tia|tio|primos|familia|equipo|profe|reunion|zoom|todos'],
      examples: ['hacemos videollamada?', 'quieres hacer una videollamada conmigo', 'te hago facetime esta noche'],
      counterExamples: ['hagamos videollamada con el grupo para el proyecto'],
    },
    'photo.take_pic': {
      extraUnless: ['@safety_talk', 'tomate el|tomate la|te tomas|pastilla|agua|cafe|jugo|leche'],
      examples: ['tómate una foto ahora', 'sácate una selfie para mí', 'grábate un video'],
      counterExamples: ['sácate una foto con el equipo para el anuario del grupo'],
    },
    'photo.emoji_ask': {
      extraUnless: ['@schoolwork', '@group_place', '@safety_talk'],
      examples: ['📸 porfa', '🤳 ahorita'],
    },
    'photo.pay_for_pic': {
      extraUnless: ['@schoolwork'],
      examples: ['te doy robux por una foto', '500 pesos si me mandas un video'],
    },
    'photo.send_nudes': {
      extraUnless: [
        'sticker*|textura*|mods|minecraft|skins|pack de|pack del|expansion|dlc',
        // "nude" is also a shade: of lipstick, nail polish, shoes, tights. Not clothes:
        // "take off your top and send a nude" is the ask itself.
        'labial nude|labiales nude|gloss nude|esmalte nude|base nude|corrector nude|sombra nude|sombras nude|paleta nude|tono nude|tonos nude|color nude|colores nude|tacones nude|tacon nude|zapatos nude|sandalias nude|medias nude|unas nude|en tono nude',
      ],
      examples: ['pasa el pack', 'mandame nudes', 'tienes fotos hot?'],
      counterExamples: ['pásame el pack de stickers', 'nunca mandes nudes a nadie, es peligroso', 'mandame foto de los tacones nude', 'tienes la base en tono nude?'],
    },
    'photo.send_spicy': {
      extraUnless: ['comida|comer|cocina|receta|musica|cancion|meme|chiste|de comer'],
      examples: ['mandame algo rico', 'enviame algo mas atrevido'],
      counterExamples: ['mandame algo rico de comer que tengo hambre'],
    },
    'photo.undressed': {
      extraUnless: ['@reported_speech', 'tienda|oferta|catalogo|comprar|playa con|vacaciones en'],
      examples: ['una foto sin ropa', 'quiero verte en ropa interior', 'mandame una foto en la cama', 'sácate una foto de cuerpo completo'],
      counterExamples: ['mira la foto del bikini que quiero comprar en la tienda'],
    },
    'photo.your_turn': {
      extraUnless: ['@reported_speech'],
      examples: ['ya te mandé la mía, ahora te toca', 'te envié una foto, mándame la tuya'],
      counterExamples: ['te mandé una foto de mi perro, ahora tú', 'ya te mandé la tarea, pásame la tuya'],
    },
    'photo.undress_on_camera': {
      examples: ['quítate la playera en la videollamada', 'prende la cámara y te quitas la blusa 🙈'],
      counterExamples: ['quítate la chamarra en la llamada pa ver el vestido'],
    },
    'photo.just_one': {
      examples: ['solo una fotito', 'aunque sea una selfie'],
      counterExamples: ['solo una foto del grupo para el anuario'],
    },
    'photo.see_on_cam': {
      extraUnless: ['profe|clase|reunion|zoom|meet'],
      examples: ['quiero verte en la cámara ahora'],
    },
    'photo.camera_on': {
      extraUnless: ['profe|maestra|maestro|zoom|meet|reunion|clase|examen|grupo'],
      examples: ['prende la cámara', 'abre tu cam para mi', 'enciende la webcam'],
      counterExamples: ['prende la cámara que la profe está pasando lista en la clase'],
    },
    'photo.job_pics': {
      examples: ['para la agencia de modelos necesito unas fotos tuyas', 'trabajo fácil, solo mandas fotos'],
    },
    // ====================== meetup ======================
    'meet.come_over': {
      extraUnless: ['@surprise'],
      examples: ['vente a mi casa', 'ven a mi depa esta noche', 'visítame en mi ciudad'],
      counterExamples: ['ven a mi casa para la fiesta de cumple, van todos del salón'],
    },
    'meet.pick_up': {
      extraUnless: ['@if_not', 'mi mama|mi papa|mis papas|mi tia|mi tio|mi hermano|mi hermana|la van|el bus|de la practica|del entreno|del partido'],
      examples: ['yo te recojo', 'paso por ti a la salida', 'te paso a buscar a las 7'],
      counterExamples: ['mi mamá dice que te recojo después del entreno'],
    },
    'meet.wait_for_you': {
      extraUnless: ['mama|papa|bus|biblioteca|biblio|estudiar|entreno|practica|ensayo|grupo'],
      examples: ['te espero en el parque a las 5', 'voy a estar en la esquina de tu casa', 'cuando salgas del cole te estoy esperando afuera'],
      counterExamples: ['te espero en la biblio para estudiar'],
    },
    'meet.meet_in_person': {
      extraUnless: ['@reported_speech', '@camera|@video_call'],
      examples: ['quiero conocerte en persona', 'veámonos a solas', 'nos vemos en mi casa tú y yo', 'juntémonos cara a cara'],
      counterExamples: ['nos vemos en persona en la biblioteca para el trabajo en grupo', 'nunca te veas a solas con desconocidos de internet'],
    },
    'meet.meet_place': {
      examples: ['nos vemos en el centro comercial', 'quedamos en la plaza'],
      counterExamples: ['nos vemos en el parque con todos los del curso'],
    },
    'meet.when_where': {
      within: 8,
      examples: ['cuándo nos vemos?', 'dónde quedamos el sábado', 'a qué hora te paso a buscar'],
      counterExamples: ['cuándo nos vemos para estudiar para el examen con el grupo'],
    },
    'meet.want_to_meet': {
      extraUnless: ['en linea|online|en el juego|por video'],
      examples: ['quiero conocerte ya', 'podemos vernos este finde', 'ya es hora de que nos veamos'],
      counterExamples: ['quieres que nos veamos en la biblio para estudiar?'],
    },
    // ====================== off_platform ======================
    'offplat.disappearing': {
      extraUnless: ['@benign_group', 'mi mama|mi papa|de mi mama|trabajo|del trabajo'],
      examples: ['pon los mensajes temporales', 'escríbeme a mi otra cuenta', 'usa la app donde los mensajes se borran solos'],
    },
    'offplat.move_to_app': {
      extraUnless: ['@benign_group', '@reported_speech'],
      examples: ['agrégame en snap', 'hablemos por telegram mejor', 'escríbeme al wsp', 'pasemos a discord', 'mejor por whats'],
      counterExamples: ['agrégame al grupo de whatsapp del curso', 'no agregues a desconocidos en snap, reportalos'],
    },
    'offplat.number_to_talk': {
      extraUnless: ['@benign_group'],
      examples: ['pasame tu cel y te escribo', 'dame tu número, te marco en la noche'],
    },
    'offplat.have_app': {
      examples: ['tienes snap?', 'tenés telegram', 'usas discord?'],
      counterExamples: ['tienes el whatsapp del grupo del salón?'],
    },
    'offplat.your_app': {
      examples: ['pásame tu whats', 'dame tu insta', 'cuál es tu snap?'],
      counterExamples: ['pásame el whatsapp del grupo de la clase'],
    },
    'offplat.my_handle': {
      examples: ['mi snap es @luna_22', 'mi número 5512345678 escríbeme'],
    },
    'offplat.private_channel': {
      examples: ['hablemos por privado', 'te escribo al md', 'seguimos por dm'],
    },
    'offplat.here_bad': {
      extraUnless: ['@benign_group'],
      examples: ['aquí no, es muy público', 'por acá no, te revisan'],
    },
    // ====================== secrecy ======================
    'secrecy.dont_tell_parents': {
      within: 8,
      examples: ['no le digas a tus papás de nosotros', 'no le cuentes a tu mamá que hablamos'],
      counterExamples: ['no le digas a tu mamá lo de la fiesta sorpresa', 'no le digas a tu mamá lo del vaso, yo misma le cuento'],
    },
    'secrecy.dont_tell': {
      within: 8,
      extraUnless: ['@reported_speech'],
      examples: ['no le digas a nadie', 'no se lo cuentes a tus papás', 'ni le menciones esto a tu mamá', 'no le digas a tus amigas q hablamos'],
      counterExamples: ['no le digas a nadie lo de la fiesta sorpresa', 'no le cuentes el final de la serie a nadie'],
    },
    'secrecy.if_you_tell': {
      extraUnless: ['@reported_speech'],
      examples: ['si le cuentas a alguien te vas a arrepentir', 'si le dices a tu mamá se acabó'],
    },
    'secrecy.our_secret': {
      extraUnless: ['@reported_speech'],
      examples: ['esto es nuestro secreto', 'que quede entre tú y yo', 'entre nos'],
      counterExamples: ['el regalo de mamá es nuestro secreto, es sorpresa'],
    },
    'secrecy.delete_chat': {
      weight: 0.6,
      extraUnless: ['@surprise', '@safety_talk', 'grupo|por error|sin querer|equivoque|equivocado|me equivoque|espacio|memoria|almacenamiento|tarea|borrador|no borres|no lo borres|guarda|guardalo|capturas'],
      examples: ['borra los mensajes', 'borra el chat después', 'elimina la conversación cuando leas'],
      counterExamples: ['borra el mensaje que mandé al grupo por error', 'no borres nada y guarda capturas'],
    },
    'secrecy.cover_story': {
      extraUnless: ['@surprise', 'la verdad|que paso|que pasa|que estas bien|gracias'],
      examples: ['si te preguntan, di que estás con una amiga'],
      counterExamples: ['si te preguntan, di la verdad'],
    },
    'secrecy.must_not_know': {
      within: 8,
      examples: ['que tus papás no se enteren', 'tu mamá no tiene por qué saber'],
    },
    'secrecy.secret_emoji': {
      extraUnless: ['@reported_speech'],
      examples: ['esto queda aquí 🤫'],
    },
    'secrecy.nobody_may_know': {
      examples: ['nadie puede enterarse de esto', 'tu familia no tiene q saber'],
    },
    'secrecy.nobody_knows': {
      examples: ['nadie tiene que saber', 'sin que nadie se entere', 'tus papás no tienen que saber'],
      counterExamples: ['nadie tiene que saber lo de la fiesta sorpresa'],
    },
    'secrecy.delete_after': {
      extraUnless: ['grupo|por error|espacio|memoria|tarea|borrador'],
      examples: ['cuando lo leas, bórralo', 'bórralas después'],
    },
    'secrecy.say_cover_place': {
      examples: ['dile a tu mamá que estás estudiando', 'di que vas con una amiga'],
    },
    'secrecy.tell_parent_cover': {
      examples: ['dile a tu mamá que vas a dormir en casa de una amiga'],
    },
    // ====================== gift_money ======================
    'gift.offer_gift': {
      extraUnless: ['te pago lo|te pago el|@travel'],
      examples: ['te regalo robux', 'te mando dinero si quieres', 'te compro un celular nuevo', 'quieres una tarjeta de regalo?', 'te deposito 500 pesos'],
      counterExamples: ['te pago lo del almuerzo mañana', 'te devuelvo la plata del cine'],
    },
    'gift.in_exchange': {
      extraUnless: ['@reported_speech', 'tienda|oferta|precio|cuesta|vendo|venta'],
      examples: ['100 dólares a cambio de unas fotos', 'robux si me mandas un video', 'por cada foto te doy saldo'],
    },
    'gift.spoil_you': {
      extraUnless: ['descansar|aprobar|un 10|la nota|ganar el partido'],
      examples: ['te compro lo que quieras', 'mereces que alguien te consienta'],
    },
    // ====================== personal_info ======================
    'info.age': {
      weight: 0.6,
      extraUnless: ['@others', '@reported_speech'],
      examples: ['cuántos años tienes?', 'q edad tenés', 'tienes cuantos años?', 'eres menor de edad?'],
      counterExamples: ['cuántos años tiene tu hermano?'],
    },
    'info.address': {
      extraUnless: ['correo|email|mail|ip|pagina|web|para la invitacion|invitacion|para el regalo|mi mama|mi papa|fiesta|cumple'],
      examples: ['pásame tu dirección', 'mándame tu ubicación', 'cuál es tu dirección?'],
      counterExamples: ['pásame tu dirección de correo para el trabajo'],
    },
    'info.school': {
      extraUnless: ['mi hermano|mi hermana|tu hermano|tu hermana'],
      examples: ['en qué colegio vas tú?', 'dónde estudias', 'en qué grado estás?', 'a qué escuela vas'],
      counterExamples: ['en qué grado está tu hermana?'],
    },
    'info.phone_number': {
      extraUnless: ['@reported_speech', 'lista|casillero|camiseta|pedido|asiento|pagina|de tu mama|de tu papa'],
      examples: ['dame tu número', 'pásame tu cel', 'cuál es tu número?'],
      counterExamples: ['pásame tu número de lista para la tarea'],
    },
    'info.send_details': {
      extraUnless: ['correo|mail|formulario|inscripcion|ficha|matricula'],
      examples: ['manda una foto y tu edad', 'dime tu ciudad y tu edad'],
    },
    'info.school_level': {
      extraUnless: ['tu hermano|tu hermana|tu primo|tu prima'],
      examples: ['ya estás en prepa o todavía en secu?', 'vas en secundaria?'],
    },
    'info.school_name': {
      examples: ['cuál es tu colegio?', 'cómo se llama tu escuela'],
    },
    'info.school_schedule': {
      extraUnless: ['mi mama|mi papa|nosotros|salimos|terminamos|examen|partido|peli', 'te espero|te estoy esperando|te recojo|paso por ti|te busco'],
      examples: ['a qué hora sales de clases?', 'cuándo terminas en el colegio'],
    },
    'info.lives_with': {
      examples: ['vives con tus papás o sola?', 'con quién vives?'],
    },
    'info.parents_home': {
      extraUnless: ['saludos|saluda|dile que|dile a|gracias|invitados|invitaron|vienen a la|pregunta si|pregunto si|permiso|dejan ir'],
      examples: ['tus papás están en casa?', 'a qué hora llegan tus padres', 'hay alguien en tu casa?'],
      counterExamples: ['tus papás te dejan ir a la fiesta? pregúntales por el permiso'],
    },
    // ====================== job_offer ======================
    'job.job_lure': {
      extraUnless: ['@reported_speech'],
      examples: ['trabajo de modelo en el extranjero, viaje pagado', 'buscamos chicas para promotoras, 800 pesos al día'],
      counterExamples: ['mi tía busca niñera para los sábados, pagan por hora'],
    },
    'job.easy_money': {
      extraUnless: ['@reported_speech', '@benign_job'],
      examples: ['te enseño a ganar dinero fácil', 'trabajo desde casa sin experiencia'],
      counterExamples: ['ojo con los anuncios de dinero fácil, son estafas'],
    },
    'job.scout': {
      extraUnless: ['@reported_speech', 'tarea|ensayo|proyecto|clase|de la escuela'],
      examples: ['te ofrezco un trabajo', 'podrías ser modelo', 'buscamos modelos jóvenes', 'tengo una propuesta para ti'],
      counterExamples: ['la feria de empleo de la escuela es el viernes'],
    },
    'job.agency': {
      extraUnless: ['graduacion|anuario|escuela|colegio'],
      examples: ['soy de una agencia de modelos', 'hacemos casting de chicas'],
    },
    // ====================== account_access ======================
    'account.borrow_account': {
      extraUnless: ['@reported_speech', 'cargador|calculadora|cuaderno|libro|apuntes|mi cuenta|olvide'],
      examples: ['préstame tu cuenta de fortnite', 'déjame entrar a tu cuenta', 'pásame tu cuenta de roblox'],
    },
    'account.give_code': {
      extraUnless: ['@reported_speech', 'mi contrasena|olvide|cambie|restablecer|recuperar mi|mi clave|mi pass'],
      examples: ['pásame el código que te llegó', 'dime tu contraseña', 'mandame tu clave de free fire', 'dame tu usuario y contraseña'],
      counterExamples: ['cuál es la contraseña del wifi?', 'nunca compartas tu contraseña con nadie', 'el código de la clase de classroom es abc123'],
    },
    'account.code_arrived': {
      extraUnless: ['@reported_speech'],
      examples: ['te llegó un código por error, me lo pasas?', 'te va a llegar un código de 6 dígitos, mándamelo'],
    },
    'account.scan_qr': {
      extraUnless: ['menu|entrada|boleto|asistencia|tarea|clase|museo|restaurante'],
      examples: ['escanea este qr para entrar', 'escanea el código qr con tu celular'],
      counterExamples: ['escanea el qr del menú del restaurante'],
    },
    'account.link_password': {
      examples: ['entra a este link y pon tu contraseña', 'pon tu clave en el enlace'],
    },
    'account.verify': {
      extraUnless: ['mi cuenta|yo active|active'],
      examples: ['tu cuenta será suspendida, verifica tu contraseña', 'confirma el código para recuperar tu cuenta'],
    },
    // ====================== threat ======================
    'threat.know_where': {
      examples: ['ya sé dónde vives', 'sé cuál es tu colegio'],
    },
    'threat.harm': {
      extraUnless: ['@reported_speech'],
      examples: ['te vas a arrepentir', 'te voy a arruinar la vida', 'voy a tu escuela a buscarte'],
      counterExamples: ['te voy a matar en fortnite jaja', 'te mato si llegas tarde otra vez jsjs'],
    },
    'threat.owe': {
      extraUnless: ['@benign_money', '@MONEY|pesos|euros|dolares|favor|revancha'],
      examples: ['me debes, después de todo lo que hice por ti', 'me tienes que mandar más'],
      counterExamples: ['me debes 20 pesos del almuerzo'],
    },
    'threat.deadline': {
      extraUnless: ['oferta|promo|entradas|partido|capitulo|clase|vuelo|bus|tren'],
      examples: ['es tu última oportunidad', 'haz lo que te digo'],
      counterExamples: ['tienes 2 horas para el examen de mate'],
    },
    'threat.pay_or': {
      extraUnless: ['@reported_speech'],
      examples: ['paga 200 dólares o publico todo', 'deposítame 1000 pesos si no quieres que tus papás vean'],
    },
    'threat.expose_pics': {
      // Asking a friend NOT to post a photo of oneself ("no subas esa foto mía") is no threat.
      extraUnless: ['no publiques|no subas|no postees|no pongas'],
      examples: ['voy a publicar tus fotos', 'si no pagas subo tus videos', 'voy a filtrar tus nudes'],
      counterExamples: ['voy a subir tus fotos del cumple al álbum', 'no subas esa foto mía del lago, bórrala porfa', 'la policía dijo que el acusado amenazó con publicar las fotos'],
    },
    'threat.to_family': {
      extraUnless: ['pasa las fotos al grupo|manda las fotos al grupo'],
      examples: ['tus fotos las van a ver todos tus seguidores', 'esos videos se los mando a tu familia'],
    },
    'threat.if_not': {
      extraUnless: ['@reported_speech', 'no me digas|no le digas'],
      examples: ['si no me mandas más, todos van a ver', 'si me bloqueas se enteran tus papás'],
    },
    'threat.i_have_pics': {
      extraUnless: ['todavia no|aun no|no tengo'],
      examples: ['tengo tus fotos guardadas', 'ya tengo capturas de todo'],
      counterExamples: ['tengo tus fotos del viaje en mi compu'],
    },
    'threat.deadline_time': {
      extraUnless: ['oferta|promo|entradas|partido|capitulo|clase|vuelo|bus|tren|llegar|llego|viaje|cita|doctor|turno'],
      examples: ['tienes 24 horas para pagar', 'te doy una hora'],
      counterExamples: ['tienes 2 horas para el examen de mate'],
    },
    'threat.pay_by': {
      extraUnless: ['entregar|inscribirte|inscripcion|la cuota|matricula'],
      examples: ['te doy hasta la noche para pagar', 'tienes hasta mañana para mandarme más'],
      counterExamples: ['tienes hasta el viernes para entregar la tarea'],
    },
  },
  rules: [
    // ====================== threats without the usual words ======================
    {
      // "todavía tengo lo que me mandaste": the kompromat is kept.
      id: 'es.threat.kept_copies',
      category: 'threat',
      weight: 0.55,
      match: ['todavia tengo|aun tengo|sigo teniendo|guarde|tengo guardad*|grabe|tengo capturas|tengo copia|tengo una copia', 'lo que me mandaste|lo que me enviaste|lo q me mandaste|lo que me pasaste|tus nudes|tu pack|nuestra videollamada|la videollamada'],
      within: 9,
      unless: ['@safety_talk', '@reported_speech', '@benign_pic_subject', '@schoolwork', '@surprise', 'viaje|vacaciones|graduacion|apuntes|recuerdo|clase|reunion|los que faltaron|faltaron'],
      examples: ['todavia tengo lo que me mandaste, piénsalo', 'grabé nuestra videollamada'],
      counterExamples: ['todavía tengo tus fotos del viaje a la playa, te las paso?', 'guardé tus fotos de la obra de teatro, saliste increíble'],
    },
    // ====================== asks through a third party ======================
    {
      // "mi amigo quiere tu número": a contact asked for on someone else's behalf.
      id: 'es.offplat.third_party_number',
      category: 'off_platform',
      weight: 0.55,
      match: ['quiere|quisiera|pide', 'tu', '@app|@app_weak|numero|cel|celular|whats|wasap|contacto'],
      within: 5,
      unless: ['@safety_talk', 'profe|profesor|profesora|maestra|maestro|entrenador|grupo|clase|equipo|proyecto|mama|papa|escuela|colegio|doctor|dentista|abuela|abuelo|tia|tio|vecina|vecino|boda|cumple|cuides|ninera|hermana|hermano|tienda|ticket|dibujos'],
      examples: ['mi primo quiere tu numero', 'un amigo quiere tu snap'],
      counterExamples: ['la profe quiere tu numero para el grupo de la clase'],
    },
    // ====================== meetup ======================
    {
      id: 'es.meet.pay_travel',
      category: 'meetup',
      weight: 0.65,
      match: ['@i_pay|@i_give', '@travel'],
      within: 6,
      unless: ['@benign_meet', '@safety_talk', '@split_cost', 'me debes|te debo|devuelvo'],
      examples: ['te pago el uber', 'yo pago el pasaje para que vengas', 'te compro el boleto de bus'],
    },
    // ====================== gift_money ======================
    {
      id: 'es.gift.top_up',
      category: 'gift_money',
      weight: 0.55,
      match: ['te recargo|te pongo saldo|te hago una recarga|te cargo saldo|te pago el plan|te pago los datos'],
      unless: ['@benign_money', '@safety_talk', '@reported_speech'],
      examples: ['te recargo el celular si me contestas'],
    },
    // ====================== personal_info ======================
    {
      id: 'es.info.where_live',
      category: 'personal_info',
      weight: 0.6,
      match: ['@where_q', 'vives|vivis|vivs|queda tu casa|es tu casa|esta tu casa'],
      within: 6,
      unless: ['@others', '@safety_talk', '@reported_speech', '@know_where'],
      examples: ['dónde vives?', 'en qué barrio vivís', 'por dónde queda tu casa'],
      counterExamples: ['dónde vive tu abuela?'],
    },
    {
      id: 'es.info.alone',
      category: 'personal_info',
      weight: 0.6,
      match: ['@are_you', '@alone'],
      within: 3,
      unless: ['@not_alone_meaning', '@safety_talk', '@reported_speech', '@game_context'],
      examples: ['estás sola?', 'estás solita en casa?', 'te quedas solo esta noche?', 'tas sola ahorita'],
      counterExamples: ['no estás sola, aquí estoy para lo que necesites', 'estás solo en la partida?'],
    },
    // ====================== threat ======================
    {
      id: 'es.threat.them_to_family',
      category: 'threat',
      weight: 0.7,
      match: ['se las|se los|las voy|los voy|las|los', '@expose', '@family_target'],
      within: 8,
      unless: ['@game_context', '@safety_talk', '@reported_speech', '@benign_pic_subject', '@schoolwork', '@surprise'],
      examples: ['se las voy a mandar a tus papás', 'las subo y las ven todos tus seguidores'],
      counterExamples: ['las fotos del paseo se las voy a mandar a tus papás por el grupo del cole'],
    },
  ],
};
