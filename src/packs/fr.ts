import type { LanguagePack } from './types';

/**
 * French (France, Belgium, Quebec, West Africa), including how teens write
 * it: stp/svp, tkt, jte/jt, ta/tas (t'as), t (t'es), c (c'est), pk/pq,
 * koi, mdr/ptdr, snap, insta, mp, nude(s), "envoi" for "envoie". Accents are
 * dropped by the normaliser and an apostrophe splits a word, so `t'as` is
 * the phrase `t as`; both spellings are listed because teens drop it.
 * Grammar: request verb x object x modifier, with the hard negatives that
 * would break a rule written beside it as `unless`. Format: ./FORMAT.md.
 */

export const frPack: LanguagePack = {
  lang: 'fr',
  lexicon: {
    /** "A pity if", who, "found out / saw" (threat.shame_if_they_knew). */
    shame_lead: ['ce serait dommage', 'ca serait dommage', 'dommage si', 'ce serait bete', 'ce serait triste', 'tu voudrais pas que'],
    shame_audience: ['tes parents', 'ta mere', 'ton pere', 'ton lycee', 'ton college', 'ton ecole', 'tes potes', 'tes amis', 'ta famille', 'tes abonnes', 'tout le monde', 'tes profs'],
    shame_verb: ['apprenait', 'apprenaient', 'apprenne', 'apprennent', 'voyait', 'voyaient', 'voie', 'voient', 'savait', 'savaient', 'sache', 'sachent', 'decouvrait', 'decouvraient', 'decouvre', 'decouvrent'],
    /** Pictures, and "that you didn't post" (photo.unposted_pics). */
    unposted_pic: ['photos', 'selfies', 'autres'],
    unposted_where: ['que t as pas postees', 'que tu as pas postees', 'que tu n as pas postees', 'pas sur ton insta', 'que tu postes pas'],
    // --- verbs -------------------------------------------------------------
    /** "Send me" as a request (imperative, "tu m'envoies ?", infinitive); never the first person "je t'envoie". */
    send: [
      'envoie', 'envoi', 'envois', 'envoye', 'envoyer', 'envoies', 'm envoie', 'm envoies', 'm envoyer', 'menvoie', 'menvoies', 'menvoi', 'me envoie', 'envoie moi', 'envoie-moi', 'envoi moi', 'envoi-moi',
      'balance', 'balances', 'file', 'files', 'file moi', 'file-moi', 'passe', 'passe moi', 'passe-moi', 'donne', 'donne moi', 'donne-moi', 'montre', 'montre moi', 'montre-moi', 'montres', 'partage', 'je veux', 'jveux', 'j veux',
      'je voudrais', 'jvoudrais', 'tu peux m', 'tu peux me', 'tu me', 'poste pour moi',
    ],
    show_me: [
      'montre moi', 'montre-moi', 'montre toi', 'montre-toi', 'montres toi', 'montres-toi', 'fais voir', 'fais moi voir', 'fais-moi voir', 'fait voir', 'je veux voir', 'je veux te voir', 'jveux te voir', 'j veux te voir', 'jveux voir',
      'je voudrais te voir', 'laisse moi voir', 'laisse-moi voir', 'te voir', 'voir a quoi tu ressembles', 'a quoi tu ressembles', 't ressembles a quoi', 'tu ressembles a quoi',
    ],
    take_self: ['prends toi', 'prends-toi', 'prend toi', 'prend-toi', 'prends', 'prend', 'fais', 'fait', 'fais toi', 'fais-toi', 'filme toi', 'filme-toi', 'filme', 'filmes toi', 'filmes-toi', 'prends une', 'fais une'],
    turn_on: ['allume', 'allumes', 'allumer', 'active', 'actives', 'activer', 'ouvre', 'ouvres', 'ouvrir', 'mets', 'met', 'lance'],
    // --- objects -----------------------------------------------------------
    pic: ['photo*', 'tof', 'tofs', 'toph', 'pic', 'pics', 'selfie*', 'video', 'videos', 'vid', 'vids', 'image', 'images', 'nude*', 'nudz', 'snap', 'snaps', '@pic_emoji'],
    nudes: ['nude', 'nudes', 'nudz', 'photos coquines', 'photo coquine', 'photos hot', 'photo hot', 'photos intimes', 'photo intime', 'photos osees', 'photo osee', 'contenu hot'],
    /** Vague but sexual objects: "send me something hot". */
    spicy_obj: ['un truc sexy', 'un truc chaud', 'un truc hot', 'quelque chose de sexy', 'quelque chose de chaud', 'un truc de toi', 'un truc ose', 'un truc coquin', 'un truc special', 'quelque chose de toi'],
    undressed: [
      'sans vetements', 'sans vetement', 'sans habits', 'nue', 'toute nue', 'tout nu', 'a poil', 'en sous vetements', 'sous vetements', 'en culotte', 'culotte', 'en string',
      'string', 'soutif', 'soutien gorge', 'osee', 'osees', 'provocante*', 'en maillot', 'maillot', 'bikini', 'en serviette', 'serviette', 'sans rien', 'sans haut', 'sans t-shirt', 'sans tee-shirt', 'sans ton t-shirt', 'sans ton haut', 'torse nu', 'sexy', 'hot', 'coquine', 'coquin',
      'en entier', 'ton corps', 'tout ton corps', 'au lit', 'dans ton lit', 'en pyjama', 'sous la douche', 'sous-la douche', 'dans la salle de bain', 'ce que tu portes', 'ta tenue', 'lingerie',
    ],
    of_you: ['de toi', 'de ta tete', 'de ton visage', 'de ton corps', 'ton visage', 'ton corps', 'ta tete', 'toi', 'ta bouille', 'a quoi tu ressembles'],
    private_modifier: [
      'juste pour moi', 'que pour moi', 'rien que pour moi', 'seulement pour moi', 'pour moi seul', 'personne va voir', 'personne ne verra', 'personne verra', 'je montre a personne',
      'je la montre a personne', 'privee', 'prive', 'en prive', 'entre nous', 'je supprime apres', 'j efface apres', 'tkt', 't inquiete', 'promis',
      'personne saura', 'personne le saura', 'personne va savoir',
    ],
    camera: ['camera', 'cam', 'webcam', 'appel video', 'appel en video', 'visio', 'facetime', 'facecam'],
    /** Asking the teen to undress, or to be undressed, on a call (photo.undress_on_camera). */
    undress_ask: ['enleve ton t-shirt', 'enleve ton tshirt', 'enleve ton tee-shirt', 'enleve ton haut', 'enleve tes vetements', 'enlever ton t-shirt', 'enlever ton haut', 'enlever tes vetements', 'retire ton t-shirt', 'retire ton haut', 'retire tes vetements'],
    call: ['appel', 'l appel'],
    video_call: ['appel video', 'appel en video', 'visio', 'facetime', 'facecam', 'en cam', 'call video', 'un call', 'en call'],
    // --- hard negatives for photo rules ---------------------------------------
    schoolwork: [
      'devoir*', 'dm de', 'exo', 'exos', 'exercice*', 'cours', 'cahier*', 'tableau', 'controle', 'interro', 'page*', 'manuel', 'livre*', 'fiche*', 'resume', 'emploi du temps',
      'edt', 'pronote', 'prof', 'profs', 'professeur*', 'bulletin', 'recette', 'diapo*', 'formulaire', 'ticket', 'menu', 'carte', 'expose', 'corrige', 'reponses', 'capture d ecran',
    ],
    benign_pic_subject: [
      'chien*', 'chat', 'chats', 'chaton*', 'animal', 'paysage*', 'repas', 'bouffe', 'gateau', 'voyage', 'sortie', 'fete', 'anniv*', 'match', 'concert', 'mariage', 'colo', 'vacances',
      'grand mere', 'grand pere', 'mamie', 'papy', 'bebe', 'sticker*', 'coucher de soleil', 'plage avec', 'voiture', 'scooter', 'tenue pour', 'equipe', 'de classe',
      'du groupe', 'de groupe', 'de tout le monde',
    ],
    group_place: ['groupe', 'le groupe', 'sur le groupe', 'dans le groupe', 'groupe de classe', 'conv de classe', 'album', 'drive', 'story', 'stories', 'tout le monde', 'la classe'],
    // --- meetups -------------------------------------------------------------
    meet: [
      'se voir', 'on se voit', 'se voie', 'on se voie', 'se voit', 'nous voir', 'se rencontrer', 'rencontrer', 'te rencontrer', 'rencontrons nous', 'rencontrons-nous', 'on se rejoint', 'se rejoindre', 'te rejoindre', 'se capter',
      'on se capte', 'se retrouver', 'on se retrouve', 'sortir avec moi', 'sortir ensemble', 'un rdv', 'rdv', 'rendez vous', 'un rendez vous', 'te voir', 'voir en vrai',
      'on se pose', 'se poser', 'rejoins moi', 'rejoins-moi', 'viens me voir', 'passer du temps',
      'je t invite', 't invite au', 'faire un tour', 'on fait un tour', 'aller au cine', 'aller au cinema',
    ],
    in_person: ['en vrai', 'en personne', 'irl', 'dans la vraie vie', 'face a face', 'en vrai de vrai', 'seule', 'seuls', 'tout seul', 'toute seule', 'que nous deux', 'juste nous deux', 'rien que nous deux', 'toi et moi', 'en cachette', 'en secret', 'mes parents seront pas la', 'mes parents sont pas la', 'y aura personne', 'il y aura personne', 'on sera seuls', 'maison vide'],
    meet_place: ['au centre commercial', 'au parc', 'au centre', 'a la gare', 'au cinema', 'au coin de', 'dans ma voiture', 'au mcdo'],
    when_where: ['quand', 'ou', 'a quelle heure', 'quelle heure', 'quel jour', 'ce week end', 'ce weekend', 'ce we', 'le week end', 'samedi', 'dimanche', ],
    pickup: [
      'je viens te chercher', 'jviens te chercher', 'j viens te chercher', 'je passe te chercher', 'je passe te prendre', 'je te recupere', 'jte recupere', 'j te recupere', 'je te prends',
      'je peux venir te chercher', 'je peux te recuperer', 'je peux te deposer', 'je te ramene', 'je t attends', 'jt attends', 'je t attendrai', 'je te conduis', 'je t emmene',
    ],
    come: ['viens', 'vien', 'venir', 'passe', 'passer', 'passes', 'rejoins moi', 'rejoins-moi', 'rends moi visite', 'rends-moi visite', 'dormir', 'dors', 'rester', 'reste'],
    my_place: ['chez moi', 'a la maison', 'mon appart', 'mon appartement', 'ma chambre', 'mon hotel', 'ma voiture', 'ma caisse', 'ma ville', 'chez moi ce soir'],
    i_pay: ['je te paie', 'je te paye', 'jte paie', 'jte paye', 'je paie', 'je paye', 'je t offre', 'jte offre', 'je t achete', 'j t achete', 'je te rembourse', 'je prends en charge', 'c est moi qui paie', 'je t envoie', 'je te donne'],
    travel: ['train', 'billet*', 'ticket de bus', 'bus', 'uber', 'taxi', 'bolt', 'heetch', 'blablacar', 'avion', 'vol', 'essence', 'le trajet', 'ton trajet', 'le voyage', 'tgv', 'ouigo', 'navigo', 'metro'],
    /** Paying your share, or asking them to pay theirs: friends splitting a ride, not a stranger paying the teen's way (meet.pay_travel). */
    split_cost: ['tu paies le retour', 'tu payes le retour', 'on partage', 'on divise', 'moitie moitie', 'chacun paie', 'chacun paye', 'chacun sa part', 'on fait moitie'],
    benign_meet: [
      'bibliotheque', 'bibli', 'cdi', 'cours', 'college', 'lycee', 'ecole', 'entrainement', 'entrainements', 'entraine', 'repet', 'repetition', 'match', 'expose', 'devoir', 'projet',
      'controle', 'reviser', 'bosser', 'groupe', 'tout le monde', 'les autres', 'ma mere te', 'mon pere te', 'avec ta mere', 'avec ma mere', 'mes parents te', 'eglise', 'mosquee', 'messe',
      'recre', 'cantine', 'anniv', 'fete de', 'en jeu', 'sur le serveur', 'partie',
      'avec mes parents',
      'la classe', 'toute la classe', 'avec tout le monde',
    ],
    // --- off platform ----------------------------------------------------------
    add: [
      'ajoute moi', 'ajoute-moi', 'ajoute', 'ajoutes moi', 'ajoutes-moi', 'ajouter', 'add moi', 'add-moi', 'add', 'suis moi', 'suis-moi', 'abonne toi', 'abonne-toi', 'ecris moi', 'ecris-moi', 'ecrit moi', 'ecrit-moi', 'ecris', 'parle moi', 'parle-moi', 'on parle', 'on parlera',
      'parlons', 'viens', 'viens sur', 'passe sur', 'passons', 'on passe', 'on continue', 'continuons', 'mieux', 'plutot', 'contacte moi', 'contacte-moi', 'envoie moi un message', 'envoie-moi un message', 'envoie moi un msg', 'envoie-moi un msg',
      'telecharge', 'installe', 'va sur', 'on se parle', 'jte parle', 'je te parle', 'on discute', 'discutons', 'jte mp', 'je t ecris',
    ],
    have: ['t as', 'tas', 'ta', 'tu as', 'as tu', 'as-tu', 't es sur', 'tu es sur', 'tu utilises', 't utilises', 't a'],
    app_here: ['@app', '@app_weak', 'wtsp', 'whats', 'watsap', 'snap', 'snapp', 'insta', 'tele', 'telegramme', 'kik', 'discorde'],
    private_channel: ['mp', 'en mp', 'par mp', 'en prive', 'en priv', 'dm', 'en dm', 'inbox', 'conv privee', 'discussion privee', 'chat prive', 'conversation secrete', 'discussion secrete'],
    other_account: ['autre compte', 'mon autre compte', 'compte secondaire', 'deuxieme compte', 'compte prive', 'compte secret', 'faux compte', 'compte fake', 'autre appli', 'autre application', 'autre numero', 'numero prive'],
    disappearing: ['messages ephemeres', 'message ephemere', 'messages qui disparaissent', 'messages disparaissent', 'disparaissent tout seuls', 'qui disparaissent', 'qui s effacent', 'qui s autodetruisent', 'vue unique', 'voir une fois', 'mode ephemere', 'conversation secrete'],
    here_bad: ['pas ici', 'ici c est nul', 'ici c nul', 'ici c est pas pratique', 'c est trop public', 'trop public', 'plus prive', 'plus discret', 'plus tranquille', 'ici on peut lire', 'ici-on peut lire', 'tes parents regardent', 'tes parents lisent', 'ils regardent ton tel', 'ils fouillent ton tel', 'c est surveille'],
    my_handle: ['mon snap', 'mon insta', 'mon num', 'mon numero', 'mon 06', 'mon 07', 'mon tel', 'mon whatsapp', 'mon wtsp', 'mon telegram', 'mon discord', 'mon pseudo', 'mon identifiant', 'mon @'],
    benign_group: ['groupe', 'groupe de', 'de la classe', 'de classe', 'du club', 'de l equipe', 'le prof', 'la prof', 'coach', 'entraineur', 'ma grand mere', 'ma tante', 'ma mere', 'stickers', 'bug', 'ne marche pas', 'marche plus'],
    // --- secrecy ---------------------------------------------------------------
    neg: ['ne', 'n', 'pas', 'jamais', 'personne', 'rien', 'surtout pas', 'sans'],
    tell: [
      'dis', 'dit', 'dire', 'le dis', 'le dit', 'le dire', 'dis rien', 'raconte', 'racontes', 'raconter', 'parle', 'parles', 'parler', 'en parle', 'en parles', 'en parler', 'montre',
      'montres', 'montrer', 'previens', 'previent', 'prevenir', 'sache', 'sachent', 'savoir', 'doit savoir', 'doivent savoir', 'apprenne', 'apprennent', 'mentionne',
    ],
    people_close: [
      'personne', 'a personne', 'tes parents', 'ta mere', 'ta mère', 'ton pere', 'ta daronne', 'ton daron', 'tes darons', 'ta famille', 'tes potes', 'tes amis', 'tes amies', 'ta pote',
      'ton pote', 'ta copine', 'ton copain', 'ta soeur', 'ton frere', 'ton prof', 'ta prof', 'tes profs', 'la police', 'les flics', 'ta tante', 'ton oncle', 'ta grand mere', 'les autres',
      'qui que ce soit', 'quiconque',
    ],
    our_secret: [
      'notre secret', 'notre petit secret', 'c est un secret', 'c est secret', 'c secret', 'un secret entre', 'entre nous', 'entre toi et moi', 'reste entre nous', 'que entre nous',
      'juste entre nous', 'garde le secret', 'garde-le secret', 'garde ca pour toi', 'gardes ca pour toi', 'garde le pour toi', 'garde-le pour toi',
      'sort pas d ici', 'ne sort pas d ici', 'reste ici', 'ca reste ici', 'sort pas de la',
    ],
    nobody_knows: [
      'personne doit savoir', 'personne ne doit savoir', 'personne doit le savoir', 'personne ne doit le savoir', 'personne saura', 'personne ne saura', 'personne va savoir',
      'personne n a besoin de savoir', 'personne a besoin de savoir', 'faut que personne sache', 'il faut que personne', 'sans que personne sache', 'sans que personne le sache',
      'sans que tes parents sachent', 'sans qu ils sachent', 'ils ont pas besoin de savoir', 'ils n ont pas besoin de savoir', 'tes parents doivent pas savoir', 'tes parents ne doivent pas savoir',
      'pas besoin qu ils sachent', 'que personne le sache', 'que personne sache',
    ],
    delete: ['supprime', 'supprimes', 'supprimer', 'efface', 'effaces', 'effacer', 'vide', 'vider', 'delete', 'suppr', 'retire', 'enleve'],
    chat_obj: ['message*', 'msg', 'msgs', 'conv', 'convo', 'conversation*', 'discussion', 'chat', 'tout', 'historique', 'les photos', 'ce que je t ai envoye', 'ce qu on s est dit', 'ca', 'cette conv'],
    after: ['apres', 'apres avoir lu', 'quand t as lu', 'quand tu as lu', 'quand-tu as lu', 'des que', 'tout de suite', 'direct', 'a chaque fois', 'toujours'],
    cover_story: ['si on te demande', 'si quelqu un demande', 'si quelqu un te demande', 'si ta mere demande', 'si ta mere te demande', 'si tes parents demandent', 'si tes parents te demandent', 'si ton pere demande', 'si ils demandent', 's ils demandent'],
    say_cover: ['dis que', 'dis leur que', 'dis-leur que', 'dis lui que', 'dis-lui que', 'raconte que', 'invente', 'invente un truc', 'dis a ta mere que', 'dis a tes parents que', 'dis q', 'di que'],
    cover_place: ['chez une copine', 'chez une amie', 'chez un pote', 'chez ta copine', 'tu dors chez', 'dormir chez', 'dors chez', 'chez ta pote', 'chez une pote', 'tu reviser', 'tu revises', 'en train de reviser', 'a la bibli', 'a la bibliotheque', 'soiree pyjama', 'devoir de groupe', 'expose'],
    surprise: [
      'surprise', 'sorpresa', 'surpresa', 'fete surprise', 'cadeau', 'anniv*', 'spoil*', 'la fin', 'episode', 'saison', 'serie', 'film', 'livre', 'crush', 'je kiffe', 'il me plait', 'elle me plait',
      'note', 'notes', 'bulletin', 'controle', 'pere noel secret', 'secret santa', 'recette', 'blague', 'prank',
    ],
    // --- gifts and money -----------------------------------------------------
    i_give: [
      'je t offre', 'jte offre', 'je te paie', 'je te paye', 'jte paie', 'jte paye', 'je t achete', 'jt achete', 'je t envoie', 'jte envoie', 'jt envoie', 'je te donne', 'jte donne',
      'je te fais', 'je te file', 'jte file', 'je te recharge', 'je peux t offrir', 'je peux te payer', 'je peux t acheter', 'je peux t envoyer', 'je peux te donner', 'je vais t offrir',
      'je vais te payer', 'je vais t acheter', 'je vais t envoyer', 'je t offrirai', 'je t acheterai', 'tu veux', 'tu voudrais', 't veux', 'tveux', 'ca te dit', 'besoin de',
      't envoyer', 't offrir', 't acheter', 'te donner', 'te payer', 'te filer',
      'je peux te passer', 'te passer', 'je te passe', 'jte passe',
      'on t envoie', 'on t offre', 'on te donne', 'on te paie',
    ],
    gift: [
      'argent', 'thune', 'thunes', 'sous', 'des sous', 'fric', 'oseille', 'maille', 'balles', 'euros', 'francs', 'fcfa', 'cfa', 'dollars', 'cadeau*', 'carte cadeau', 'cartes cadeaux',
      'gift card*', 'giftcard*', 'recharge', 'credit', 'credits', 'robux', 'vbucks', 'v-bucks', 'v bucks', 'diamants', 'skin', 'skins', 'passe de combat', 'gemmes', 'pieces', 'nitro',
      'paysafecard', 'pcs', 'neosurf', 'transcash', 'un nouveau tel', 'un iphone', 'iphone', 'des fringues', 'fringues', 'vetements', 'baskets', 'ce que tu veux', 'tout ce que tu veux',
      'paypal', 'lydia', 'virement', 'orange money', 'wave', 'crypto', 'bitcoin', 'argent de poche', '@MONEY', '@money_emoji',
      'produits gratuits', 'produits', 'carte google play', 'cartes google play', 'google play', 'itunes', 'steam',
      'forfait', 'ton forfait', 'du credit',
    ],
    in_exchange: ['en echange', 'en echange de', 'contre', 'pour chaque', 'pour une', 'pour un', 'si tu m envoies', 'si tu menvoies', 'si tu m envoie', 'si tu fais', 'il suffit', 'suffit de', 't as juste a', 'tas juste a', 'si tu me montres'],
    benign_money: [
      'je te dois', 'tu m as prete', 'je te rembourse', 'rembourser', 'kebab', 'grec', 'tacos', 'dej', 'cantine', 'cine', 'cinema', 'place', 'places', 'moitie', 'cagnotte', 'pizza',
      'cadeau pour', 'anniv de', 'la prof', 'le prof', 'pari',
      'cadeau de maman', 'cadeau de papa', 'cadeau de la prof', 'cadeau pour maman',
      'de ma mere', 'pour ma mere', 'pour ta mere', 'de ta mere', 'ma mere m', 'mon pere m',
    ],
    // --- personal info --------------------------------------------------------
    age_q: [
      't as quel age', 'tas quel age', 'ta quel age', 'tu as quel age', 'quel age', 'quel age as tu', 'quel age as-tu', 'quel age tu as', 'quel age t as', 't as quel ages', 't as combien',
      'tas combien', 'tu as combien', 'tu es ne en', 't es ne en', 't es nee en', 'tu es nee en', 'annee de naissance', 't es mineur*', 'tu es mineur*', 't es majeur*', 'tu es majeur*', 't as 18',
    ],
    others: ['frere', 'soeur', 'cousin', 'cousine', 'chien', 'chat', 'mere', 'pere', 'grand mere', 'grand pere', 'oncle', 'tante', 'bebe', 'prof', 'il', 'elle', 'ton pote', 'ta pote', 'maison', 'tel', 'telephone', 'personnage', 'acteur', 'chanteur', 'chanteuse'],
    where_live: ['tu habites ou', 't habites ou', 'thabites ou', 'tu vis ou', 't vis ou', 'ou tu habites', 'ou t habites', 'ou est ce que tu habites', 'ou habites tu', 'tu habites dans quelle', 't habites dans quelle', 'tu habites quelle', 'dans quelle ville', 'quelle ville', 'quel quartier', 'quel coin', 't es d ou', 'tu es d ou', 'tu viens d ou', 't viens d ou', 'ou tu es'],
    address: ['ton adresse', 'ton adr', 'ta localisation', 'ta loc', 'ta position', 'localisation en direct', 'ta rue', 'ton code postal', 'ton domicile', '@place_emoji'],
    give_me: ['donne moi', 'donne-moi', 'donne', 'envoie moi', 'envoie-moi', 'envoie', 'envoi', 'passe moi', 'passe-moi', 'passe', 'file moi', 'file-moi', 'c est quoi', 'cest quoi', 'c quoi', 'ckoi', 'dis moi', 'dis-moi', 'quel est', 'je veux', 'j ai besoin de', 'partage', 'balance', 'tu me donnes', 'me donnes', 'tu peux me donner', 'tu me files'],
    your_phone: ['ton num', 'ton numero', 'ton 06', 'ton 07', 'ton tel', 'ton portable', 'ton telephone', 'ton whatsapp', 'ton wtsp', 'ton phone', 'ton contact'],
    school_q: ['quel college', 'dans quel college', 'quel lycee', 'dans quel lycee', 'quelle ecole', 'dans quelle ecole', 't es en quelle classe', 'tu es en quelle classe', 'en quelle classe', 'quelle classe', 't es en quoi', 'tu es en quoi', 'en 3eme', 't es au college', 'tu es au college', 't es au lycee', 'tu vas ou a l ecole', 'tu vas a quelle ecole'],
    benign_school: ['controle', 'devoir', 'projet', 'expose', 'equipe', 'tournoi', 'uniforme', 'quelle heure', 'sortie', 'la prof', 'le prof', 'nous', 'la notre', 'le notre', 'ton frere', 'ta soeur', 'cantine', 'cdi'],
    are_you: ['t es', 'tes', 'tu es', 't', 'tu seras', 't seras', 'tu restes', 't restes', 'tu vas etre', 't vas etre', 't es toute', 'tu es toute', 'es tu', 'es-tu'],
    alone: ['seule', 'seul', 'toute seule', 'tout seul', 'seule chez toi', 'seul chez toi', 'seule a la maison', 'seul a la maison', 'sans tes parents', 'sans personne'],
    not_alone_meaning: ['pas seule', 'pas seul', 't es pas seule', 'tu n es pas seule', 'jamais seule', 'jamais seul', 'te sens', 'te sentir', 'triste', 'file d attente', 'en partie', 'dans l equipe', 'en jeu', 'la seule', 'le seul', 'seule personne', 'seul a', 'seule a'],
    your_parents: ['tes parents', 'ta mere', 'ton pere', 'ta daronne', 'ton daron', 'tes darons', 'ta famille', 'quelqu un', 'quelqu un d autre'],
    parents_home: ['sont la', 'sont-la', 'est la', 'sont a la maison', 'est a la maison', 'rentrent', 'rentre', 'reviennent', 'revient', 'partent', 'part', 'sortent', 'bossent tard', 'travaillent tard', 'a la maison', 'chez toi', 'avec toi', 'regardent ton', 'fouillent ton', 'surveillent', 'te laissent'],
    // --- job offers -------------------------------------------------------------
    easy_money: [
      'argent facile', 'thune facile', 'argent rapide', 'gagner de l argent', 'gagne de l argent', 'gagner des sous', 'se faire de l argent', 'te faire de l argent', 'te faire des sous',
      'se faire des thunes', 'te faire des thunes', 'job facile', 'travail facile', 'boulot facile', 'travail a domicile', 'depuis chez toi', 'depuis ton tel', 'sans experience',
      'sans bouger de chez toi', 'argent de poche en plus', 'revenu complementaire', 'complement de revenu', 'gagner beaucoup',
    ],
    job: [
      'job', 'jobs', 'travail', 'boulot', 'taf', 'emploi', 'poste', 'opportunite', 'proposition', 'mannequin*', 'modele*', 'agence', 'casting', 'shooting',
      'shooting photo', 'book', 'portfolio', 'influenceuse', 'influenceur', 'ambassadrice', 'ambassadeur', 'hotesse', 'danseuse', 'serveuse', 'nounou', 'baby sitting', 'contenu',
      'recrut*', 'partenariat',
      'ambassadrice*', 'ambassadeur*', 'marque de vetements', 'une marque', 'collab', 'collaboration',
      'soirees', 'pour des soirees', 'evenements', 'hotesse*',
      'offre d emploi', 'offre de job',
    ],
    lure: [
      'a l etranger', 'a l etrange', 'dans un autre pays', 'hors de france', 'en europe', 'a dubai', 'a paris', 'au canada', 'voyage paye', 'billet paye', 'billets payes', 'tout paye',
      'tous frais payes', 'logement', 'loge', 'logee', 'par jour', 'la journee', 'par semaine', 'la semaine', 'par heure', 'de l heure', 'par photo', 'par shooting', 'sans experience',
      't es parfaite', 'tu es parfaite', 't as le profil', 'tu as le profil', 'tas le profil', 'tas-le profil', 'on cherche des filles', 'on recherche des filles', 'on cherche des jeunes', 'filles',
      'jeunes', 'mineures', 'paye en liquide', 'en liquide', 'cash', 'bien paye', 'tres bien paye', 'salaire', 'tu gagnerais', 'tu gagnes', 'on paie', 'on te paie', 'payes', 'on paye', 'on te paye', 'cachet', 'remuneree', 'remunere', 'on paie le billet', 'on paie le train', '@MONEY',
      'produits gratuits', 'gratuit*', 'gratos',
      'paye chaque jour', 'payee chaque jour', 'paye a la journee', 'par soiree',
    ],
    offer: ['je te propose', 'on te propose', 'recherche', 'cherche', 'recrute', 'recrutons', 'j ai un', 'j ai une', 'on a un', 'on a une', 'ca t interesse', 'ca t interesserait', 't es interessee', 'tu es interessee', 'tu veux', 'tu pourrais', 'tu pourrais etre', 't pourrais', 'tu serais', 'on recherche', 'on cherche', 'je cherche', 'je recherche', 'nous recherchons', 't as deja pense a', 'on embauche', 'embauche', 'on recrute'],
    benign_job: ['model un', 'modele onu', 'simulation onu', 'mun', 'delegue', 'deleguee', 
      'forum des metiers', 'salon de l etudiant', 'orientation', 'cv', 'lettre de motivation', 'stage', 'stage de 3eme', 'alternance', 'benevol*', 'ma tante', 'mon oncle', 'ma mere',
      'mon pere', 'la voisine', 'le voisin', 'boulangerie', 'glacier', 'supermarche', 'mcdo', 'maitre nageur', 'colo', 'ecole', 'redaction', 'devoir',
    ],
    // --- account access ---------------------------------------------------------
    secret_code: [
      'mot de passe', 'mdp', 'password', 'pw', 'code', 'codes', 'code de verification', 'code de confirmation', 'code de securite', 'code a 6 chiffres', 'otp', 'sms',
      'identifiant', 'identifiants', 'login', 'tes acces', 'ton acces', 'qr', 'qr code', 'code qr', 'code pin', 'pin',
    ],
    your: ['ton', 'ta', 'tes', 'ce', 'cette'],
    arrived: [
      'tu as recu', 't as recu', 'tas recu', 'ta recu', 'tu vas recevoir', 't vas recevoir', 'tu recevras', 'recu par sms', 'on t a envoye', 'je t ai envoye', 'arrive', 'est arrive',
      'sur ton tel', 'sur ton telephone', 'sur ton portable', 'sur ton numero', 'sur ton mail', 'par erreur', 'par accident', 'sans faire expres', 'par sms', 'par message',
    ],
    benign_code: [
      'wifi', 'wi-fi', 'wi fi', 'internet', 'box', 'livebox', 'freebox', 'reseau', 'pronote', 'ent', 'classroom', 'code de la classe', 'teams', 'moodle', 'promo*', 'reduc*', 'code postal',
      'casier', 'cadenas', 'netflix', 'du controle', 'reponse*', 'corrige', 'vestimentaire', 'programmation', 'python', 'code de la route', 'digicode', 'cantine',
      'meet', 'zoom', 'du cours', 'pour rejoindre le cours', 'code de porte', 'code de la porte', 'code du portail', 'code de l immeuble', 'code d entree', 'code du garage',
    ],
    account: ['compte', 'comptes', 'profil', 'insta', 'instagram', 'tiktok', 'snap', 'snapchat', 'fortnite', 'roblox', 'free fire', 'steam', 'epic', 'discord', 'mail', 'gmail', 'facebook', 'fb', 'whatsapp', 'minecraft', 'xbox', 'psn', 'brawl stars', 'clash', 'icloud', 'identifiant apple'],
    borrow: ['prete moi', 'prete-moi', 'pretes moi', 'pretes-moi', 'prete', 'preter', 'passe moi', 'passe-moi', 'passe', 'donne moi', 'donne-moi', 'donne', 'file moi', 'file-moi', 'me connecter', 'me connecte', 'connecter sur', 'aller sur', 'rentrer sur', 'entrer sur', 'vends moi', 'vends-moi', 'echanger', 'echange', 'monter', 'tu me passes', 'me passes', 'tu me pretes', 'me pretes'],
    scan: ['scanne', 'scannes', 'scanner', 'flashe', 'flasher', 'flash', 'scan'],
    verify: ['verifier', 'verifie', 'confirmer', 'confirme', 'recuperer', 'debloquer', 'suspendu', 'bloque', 'signale', 'support', 'equipe de securite', 'gagne', 'tu as gagne', 't as gagne', 'concours', 'tirage'],
    // --- threats ------------------------------------------------------------------
    expose: [
      'publier', 'publie', 'poster', 'poste', 'envoyer', 'envoie', 'balancer', 'balance', 'montrer', 'montre', 'diffuser', 'diffuse', 'afficher', 'affiche', 'partager', 'partage',
      'leak', 'leaker', 'divulguer', 'je poste tout', 'je publie tout', 'je balance tout', 'j envoie tout', 'je montre tout', 'faire tourner', 'fais tourner', 'fait tourner', 'je vais mettre', 'mettre sur', 'tout le monde va voir', 'vont voir', 'verront', 'vont savoir', 'sauront',
      'va tout voir', 'vont tout voir', 'verra tout', 'verront tout', 'vont etre partout', 'partout', 'vont tourner', 'vont circuler',
    ],
    kompromat: [
      'tes photos', 'tes nudes', 'tes videos', 'tes tofs', 'tes pics', 'ces photos', 'ces videos', 'cette video', 'cette photo', 'les captures', 'les screens', 'nos conversations',
      'notre conv', 'ce que tu m as envoye', 'ce que tu m envoies', 'tout ce que tu m as envoye', 'ton secret', 'tes photos intimes', 'celles que j ai', 'ceux que j ai', 'ce que j ai', 'les screens',
    ],
    family_target: [
      'tes parents', 'ta mere', 'ton pere', 'ta famille', 'tes potes', 'tes amis', 'tes abonnes', 'tes contacts', 'ton college', 'ton lycee', 'ton ecole', 'tout le college', 'tout le lycee', 'tout ton college', 'tout ton lycee', 'toute ton ecole', 'toute ta classe',
      'tout le monde', 'tes profs', 'ton copain', 'ta copine', 'internet', 'les reseaux', 'reseaux sociaux', 'une page', 'ta classe',
    ],
    if_not: [
      'sinon', 'soit je', 'si tu paies pas', 'si tu payes pas', 'si tu me paies pas', 'si tu m envoies pas', 'si tu menvoies pas', 'si tu fais pas', 'si tu me bloques', 'si tu m ignores',
      'si tu le dis', 'si tu parles', 'si tu reponds pas', 'si tu arretes de me parler', 'si tu m envoies pas', 'si tu envoies pas', 'ou je', 'ou sinon',
      'ou tout le monde', 'ou tes parents', 'ou ta famille', 'ou je poste', 'ou je publie', 'ou je balance',
      'si t envoies pas', 'si t envoie pas', 'si tu m envoie pas', 'si tu envoie pas', 'si t m ignores',
      'ou j', 'ou j envoie', 'ou jenvoie',
      'si tu me reponds pas', 'si tu me repond pas', 'si tu me reponds plus', 'si tu me parles plus', 'si t me reponds pas',
      'si tu me donnes pas', 'si tu donnes pas', 'si tu fais pas ce que je', 'si tu me donne pas',
    ],
    harm: [
      'je vais te tuer', 'jvais te tuer', 'je te tue', 'jte tue', 'je vais te faire du mal', 'je vais te frapper', 'je vais te trouver', 'je vais te retrouver', 'tu vas le regretter',
      'tu vas regretter', 'tu le regretteras', 'tu vas le payer', 'tu vas payer', 'ruiner ta vie', 'pourrir ta vie', 'te pourrir la vie', 'je vais te ruiner', 'je vais te detruire',
      'je vais t afficher', 'jvais t afficher', 'je t affiche', 'jte affiche', 'je vais te hacker', 'je vais te pirater', 'je viens chez toi', 'je viens a ton ecole', 'je viens a ton college',
      'je viens a ton lycee', 'tu vas voir',
      'je viens te chercher a ton', 'je vais venir te chercher', 'je vais te chercher', 'je vais venir chez toi', 'je vais venir a ton',
      'faire de ta vie un enfer', 'ta vie un enfer', 'ta vie sera un enfer',
    ],
    know_where: ['je sais ou tu habites', 'jsais ou tu habites', 'je sais ou t habites', 'je sais dans quel college', 'je sais dans quel lycee', 'je sais quelle ecole', 'j ai ton adresse', 'je connais ton adresse', 'je sais ou tu vis'],
    i_have: ['j ai', 'jai', 'g', 'j ai garde', 'j ai gardé', 'j ai enregistre', 'j ai screen', 'j ai fait des screens', 'j ai capture', 'j ai tout', 'j ai encore', 'je garde'],
    owe: ['tu me dois', 'tu m dois', 'tu me le dois', 't es en dette', 'tu dois me payer', 'tu dois m envoyer', 'tu vas devoir me payer', 'tu vas devoir m envoyer'],
    deadline: ['avant minuit', 'derniere chance', 'fais ce que je dis', 'fais ce que je te dis', 'obeis', 'le temps presse', 'tic tac'],
    deadline_start: ['je te laisse jusqu a', 't as jusqu a', 'tas jusqu a', 'tu as jusqu a', 'avant ce soir', 'avant demain', 'd ici ce soir', 'd ici demain'],
    demand: ['paie', 'paye', 'payer', 'paie moi', 'paie-moi', 'paye moi', 'paye-moi', 'envoie', 'envoie moi', 'envoie-moi', 'vire', 'vire moi', 'vire-moi', 'fais un virement', 'depose', 'je veux'],
    game_context: [
      'fortnite', 'minecraft', 'roblox', 'free fire', 'valorant', 'lol', 'cod', 'warzone', 'fifa', 'fc', 'brawl', 'among us', 'clash', 'en jeu', 'dans le jeu', 'en partie', 'partie',
      'ranked', 'revanche', 'mdr', 'ptdr', 'xptdr', 'lol', 'jpp', 'haha*', 'hihi', 'blague', 'je rigole', 'jrigole', 'film', 'serie', 'chanson', 'paroles', 'mechant', 'personnage',
      'si t es en retard', 'en retard', 'spoil*', 'ma mere va me tuer', 'va me tuer', 'me tuer', 'kebab', 'pizza', 'glace',
    ],
    // --- shared guards ----------------------------------------------------------------
    safety_talk: [
      'arnaque*', 'jamais partager', 'ne partage jamais', 'partage jamais', 'ne donne jamais', 'donne jamais', 'n envoie jamais', 'envoie jamais', 'ne partage pas', 'partage pas', 
      'signaler', 'signalement', 'bloque le', 'bloque-le', 'bloque la', 'bloque-la', 'bloquer', 'j ai bloque', 'j ai dit a ma mere', 'j en ai parle', 'police', 'gendarmerie', 'pharos', 'article', 'journal',
      'actu', 'info', 'infos', 'reportage', 'intervention', 'prevention', 'fais gaffe', 'attention', 'danger*', 'inconnu*', 'cyberharcelement', 'harcelement', 'pedo*', 'sextorsion',
      'pirate', 'hacke', 'bot', 'faux compte', 'phishing', 'hameconnage', 'un mec', 'un gars', 'un random', 'ce compte', 'm a demande', 'personne te demandera', 'ne te demandera jamais', 'conseil', 'conseils',
      'signale le', 'signale la', 'signale les', 'je l ai signale',
    ],
    reported_speech: [
      'il m a dit', 'elle m a dit', 'il a dit', 'elle a dit', 'm a demande', 'il a demande', 'elle a demande', 'quelqu un m a', 'un mec m a', 'un gars m a', 'selon', 'dans le film',
      'dans la serie', 'la chanson', 'le mechant', 'citation', 'le suspect', 'l accuse', 'la police a dit', 'a annonce', 'interpelle', 'arrete', 'a menace', 'victime',
    ],
    // --- words the shared templates ask for (./templates.ts) ----------------------
    address_lead: ['@give_me'],
    address_target: ['@address'],
    agency_words: ['agence de mannequins', 'agence de mannequin', 'agence de modeles', 'agence de talents', 'je suis photographe', 'je suis recruteur', 'je suis recruteuse', 'chasseur de tetes', 'casting de', 'shooting photo'],
    borrow_account_obj: ['ton compte', 'ton profil', 'tes identifiants', 'ton identifiant', 'ton login', 'tes acces', 'ton acces'],
    code_arrived_lead: ['@secret_code', 'un code', 'le code', 'un sms'],
    code_arrived_obj: ['@arrived'],
    come_over_lead: ['@come', '@meet'],
    cover_story_obj: ['@say_cover', '@cover_place', 'que'],
    deadline_time_lead: ['t as', 'tas', 'tu as', 'ta', 'il te reste', 'je te donne', 'jte donne'],
    deadline_time_mid: ['@NUM', 'une', 'un'],
    deadline_time_obj: ['heure', 'heures', 'h', 'minutes', 'min', 'jour'],
    delete_after_lead: ['@delete'],
    disappearing_words: ['@disappearing', '@other_account'],
    /** The teen's parents, as a sender names them (secrecy.dont_tell_parents). */
    parents_obj: ['tes parents', 'ta mere', 'ton pere', 'ta daronne', 'ton daron', 'tes darons', 'ta famille', 'ta maman', 'ton papa'],
    /** The sender will tell the parents themselves ("I'll tell them myself"): a secret between siblings or friends, kept for now (secrecy.dont_tell_parents). */
    tell_myself: ['je lui dirai moi meme', 'je leur dirai moi meme', 'je veux lui dire moi meme', 'je vais lui dire moi meme', 'je vais leur dire moi meme'],
    dont_tell_obj: ['@people_close'],
    easy_money_words: ['@easy_money'],
    emoji_ask_obj: ['stp', 'svp', 'steuplait', 's il te plait', 'maintenant', '@private_modifier'],
    give_code_lead: ['@give_me', '@your', '@send'],
    if_not_obj: ['@expose', '@harm', 'tout le monde', 'ta famille', 'tes parents'],
    if_you_tell_lead: ['si tu', 'si jamais tu', 'si t'],
    if_you_tell_mid: ['le dis', 'dis', 'en parles', 'parles', 'racontes', 'le racontes', 'montres'],
    if_you_tell_obj: ['a quelqu un', 'a qui que ce soit', 'a tes parents', 'a ta mere', 'a ton pere', 'a tes potes', 'a personne', 'a la police', 'quelqu un'],
    just_one_lead: ['juste', 'rien qu', 'une seule', 'encore', 'au moins', 'une autre'],
    just_one_obj: ['une photo', 'un selfie', 'une video', 'une pic', 'photo', 'selfie', 'video', 'pic', 'une petite photo'],
    link_password_lead: ['@LINK', 'lien', 'ce lien', 'le lien', 'site', 'page'],
    meet_in_person_obj: ['@in_person', '@my_place'],
    move_to_app_obj: ['@app_here', '@other_account'],
    my_handle_obj: ['c est', 'cest', 'c', '@HANDLE', '@PHONE', '@LINK', 'ajoute', 'ecris'],
    nobody_may_know_lead: ['personne', 'tes parents', 'ta mere', 'ton pere', 'ta famille', 'tes darons'],
    nobody_may_know_mid: ['doit', 'peut', 'va', 'ne doit', 'ne peut', 'doivent', 'peuvent', 'vont', 'faut pas qu'],
    nobody_may_know_obj: ['savoir', 'le savoir', 'etre au courant', 'l apprendre', 'decouvrir', 'se douter'],
    number_to_talk_lead: ['@your_phone', '@PHONE', 'ton num', 'ton numero'],
    number_to_talk_obj: ['on s appelle', 'qu on s appelle', 'je t appelle', 'jt appelle', 'je t ecris', 'jte ecris', 'on s ecrit', 'on parlera', 'par sms', 'par message', 'appelle moi', 'appelle-moi', 'ecris moi', 'ecris-moi', 'on s capte'],
    our_secret_words: ['@our_secret'],
    pay_by_obj: ['payer', 'me payer', 'envoyer', 'm envoyer', 'faire le virement', 'virer', 'le faire', 'obeir', 'repondre'],
    pay_for_pic_lead: ['@gift', 'je te paie', 'je te paye', 'je t offre', 'je te donne'],
    pay_for_pic_mid: ['@in_exchange', 'pour', 'si'],
    pay_for_pic_obj: ['@pic', '@video_call', '@camera'],
    pay_or_mid: ['@MONEY', '@gift'],
    pay_or_obj: ['@if_not'],
    phone_number_lead: ['@give_me'],
    phone_number_obj: ['@your_phone'],
    pic_of_you_obj: ['@of_you'],
    private_channel_lead: ['@add', 'jte', 'je te', 'on se', 'parle', 'ecris', 'viens'],
    private_pic_lead: ['@pic', '@video_call', '@camera'],
    scan_qr_obj: ['qr', 'qr code', 'code', 'ce'],
    school_level_lead: ['t es', 'tu es', 't es deja', 'tu es deja', 't es encore', 'tu es encore', 'tes'],
    school_level_obj: ['au lycee', 'au college', 'en primaire', 'a la fac', 'en 3eme', 'en seconde', 'en premiere', 'en terminale', 'en 6eme', 'en 5eme', 'en 4eme', 'en troisieme', 'en quatrieme'],
    school_name_lead: ['@give_me', 'quel est', 'comment s appelle', 'il s appelle comment'],
    school_name_obj: ['ton college', 'ton lycee', 'ton ecole', 'ton bahut', 'ton etablissement'],
    school_words: ['@school_q'],
    scout_lead: ['@offer'],
    scout_obj: ['@job'],
    see_on_cam_lead: ['@show_me', 'je veux te voir', 'jveux te voir', 'te voir'],
    send_details_lead: ['envoie', 'envoi', 'envoie-moi', 'envoi-moi', 'donne', 'donne-moi', 'dis moi', 'dis-moi', 'file', 'file-moi', 'passe-moi', 'c est quoi', 'cest quoi'],
    send_details_obj: ['ton age', 'ton âge', 'ta ville', 'ton adresse', 'ton ecole', 'ton college', 'ton lycee', 'ton numero', 'ton num', 'age'],
    send_nudes_lead: ['@send', '@show_me', '@take_self', 't as', 'tas', 'tu as', 'tu vends'],
    show_me_obj: ['@of_you', '@undressed', '@pic', 'a quoi tu ressembles', 'corps'],
    spoil_you_words: ['tu merites', 't merites', 'te gater', 'gater', 'tout ce que tu veux', 'je t entretiens', 't entretenir', 'sugar daddy', 'sugar mommy'],
    take_pic_lead: ['@take_self'],
    take_pic_obj: ['en photo', 'une photo', 'un selfie', 'une video', 'une vid', '@pic'],
    tell_parent_cover_lead: ['dis', 'dit', 'dis lui', 'raconte', 'previens'],
    tell_parent_cover_mid: ['a ta mere', 'a ton pere', 'a tes parents', 'a ta famille', 'a ta daronne', 'a tes darons', 'chez toi'],
    undressed_lead: ['@pic', '@show_me', '@send', '@take_self'],
    /** The sender's picture sent first, then the teen's asked for (photo.your_turn). */
    sent_mine: ['je t ai envoye une photo', 'je t ai envoye la mienne', 'je t ai montre la mienne', 'jt ai envoye', 'je t en ai envoye une', 'je t ai envoye une', 'j t ai envoye'],
    your_turn: ['a toi', 'a ton tour', 'ton tour', 'envoie la tienne', 'montre la tienne', 'maintenant toi'],
    video_call_lead: ['on fait', 'on se fait', 'tu veux', 'tu peux', 'fais', 'faire', 'un', 'une', 'on', 'viens'],
    video_call_obj: ['@video_call'],
    wait_for_you_lead: ['je t attends', 'jt attends', 'je t attendrai', 'je serai', 'jserai', 'je vais etre'],
    wait_for_you_obj: ['au', 'a la', 'devant', 'dehors', 'a la sortie', 'au coin', 'au parc', 'au centre commercial', 'a la gare', 'a l arret'],
    want_to_meet_lead: ['je veux', 'jveux', 'j veux', 'j ai envie de', 'jai envie de', 'tu veux', 't veux', 'on pourrait', 'on peut', 'faut qu on', 'il faut qu on', 'ce serait bien de', 'j aimerais', 'jaimerais', 'grave envie de'],
    your_app_mid: ['ton', 'ta', 'le'],
  },
  uses: {
    'threat.shame_if_they_knew': {
      extraUnless: ['@schoolwork', 'prix|gagne|tournoi|medaille|note|notes|bourse|personne|voient pas|voie pas|sachent pas|sache pas|dessin|spectacle|piece|match|concert|dis lui|dis le lui|par quelqu un|mieux vaut|chambre|range'],
      examples: ['ce serait dommage que ton lycée l apprenne', 'tu voudrais pas que tes parents voient ça'],
      counterExamples: ['ce serait dommage que le prof sache pas que t as gagné le tournoi'],
    },
    'photo.unposted_pics': {
      extraUnless: ['vacances|voyage|soiree|anniv|groupe|classe|equipe|mariage|album'],
      examples: ['t as des photos que t as pas postées ? 😏'],
      counterExamples: ['envoie les photos que t as pas postées des vacances'],
    },
    // ====================== photo_request ======================
    'photo.send_pic': {
      within: 7,
      extraUnless: ['@reported_speech', 'ton snap|ta snap|mon snap|ton insta|ton compte', 'j envoie|je t envoie|jt envoie|je vais envoyer|ou j'],
      examples: ['envoie moi une photo stp', 'tu m envoies une pic ?', 'envoi une selfie', 'je veux une photo de toi', 'env0ie une ph0to'],
      counterExamples: ['envoie moi la photo des devoirs de maths', 'envoie les photos de la sortie sur le groupe', 'envoie une photo de ton chien', 'un mec m a demandé des photos, je l ai bloqué'],
    },
    'photo.show_me': {
      extraUnless: ['@group_place'],
      examples: ['montre moi ton corps', 'fais voir à quoi tu ressembles', 'je veux voir ton corps'],
      counterExamples: ['montre moi la photo de ton chat'],
    },
    'photo.pic_of_you': {
      extraUnless: ['j ai vu|trop belle|trop beau|t es belle|elle est belle|trop bien'],
      examples: ['une photo de toi', 'des photos de ton visage'],
      counterExamples: ['les photos de toi au voyage sont trop bien'],
    },
    'photo.private_pic': {
      examples: ['une photo juste pour moi', 'personne va voir, juste une photo', 'appel vidéo en privé'],
    },
    'photo.video_call': {
      extraUnless: ['@group_place', 'mamie|papy|grand mere|tante|oncle|cousins|famille|equipe|prof|reunion|tout le monde'],
      examples: ['on fait un appel vidéo ?', 'tu veux faire un facetime ce soir', 'viens en visio avec moi'],
      counterExamples: ['on fait un appel vidéo avec le groupe pour l exposé'],
    },
    'photo.take_pic': {
      extraUnless: ['@safety_talk'],
      examples: ['prends toi en photo maintenant', 'fais un selfie pour moi', 'filme toi une vidéo'],
      counterExamples: ['prends une photo avec l équipe pour le groupe de classe'],
    },
    'photo.emoji_ask': {
      extraUnless: ['@schoolwork', '@group_place', '@safety_talk'],
      examples: ['📸 stp', '🤳 maintenant'],
    },
    'photo.pay_for_pic': {
      extraUnless: ['@schoolwork'],
      examples: ['je t offre des robux pour une photo', '50 euros si tu m envoies une vidéo'],
    },
    'photo.send_nudes': {
      // "nude" is also a shade: of lipstick, nail polish, shoes, tights.
      extraUnless: ['rouge a levres nude|gloss nude|vernis nude|fond de teint nude|palette nude|teinte nude|couleur nude|ton nude|talons nude|escarpins nude|sandales nude|collants nude|ongles nude'],
      examples: ['envoie des nudes', 'tu m envoies un nude ?', 't as des photos coquines ?'],
      counterExamples: ['n envoie jamais de nudes à un inconnu, c est une arnaque', 't as le vernis nude ?', 'envoie moi la photo du rouge à lèvres nude'],
    },
    'photo.send_spicy': {
      extraUnless: ['manger|bouffe|recette|musique|son|meme|blague'],
      examples: ['envoie un truc sexy', 'montre moi quelque chose de chaud'],
      counterExamples: ['envoie un truc chaud à manger stp'],
    },
    'photo.undressed': {
      extraUnless: ['@reported_speech', 'magasin|boutique|soldes|acheter|catalogue'],
      examples: ['une photo en sous vêtements', 'je veux te voir en maillot', 'envoie une photo dans ton lit', 'prends toi en photo en entier'],
      counterExamples: ['regarde la photo du maillot que je veux acheter en soldes'],
    },
    'photo.your_turn': {
      extraUnless: ['@reported_speech'],
      examples: ['je t\'ai envoyé une photo de moi, à toi maintenant', 'je t\'ai montré la mienne, à ton tour'],
      counterExamples: ['je t\'ai envoyé une photo de mon chien, à toi', 'je t\'ai envoyé mes devoirs, envoie les tiens'],
    },
    'photo.undress_on_camera': {
      examples: ['tu peux enlever ton t-shirt pendant l\'appel?', 'allume ta cam et enlève ton haut 🙈'],
      counterExamples: ['enlève ta veste pendant l\'appel que je voie la robe'],
    },
    'photo.just_one': {
      within: 5,
      examples: ['juste une photo', 'rien qu une petite photo', 'au moins un selfie'],
      counterExamples: ['juste une photo de classe pour l album'],
    },
    'photo.see_on_cam': {
      extraUnless: ['prof|cours|reunion|zoom|meet|teams'],
      examples: ['je veux te voir à la caméra maintenant'],
    },
    'photo.camera_on': {
      extraUnless: ['prof|teams|zoom|reunion|cours|classe|appel|controle|groupe'],
      examples: ['allume ta caméra', 'active ta cam pour moi', 'ouvre ta webcam'],
      counterExamples: ['allume ta caméra, la prof fait l appel en cours'],
    },
    'photo.job_pics': {
      examples: ['pour l agence de mannequins il me faut quelques photos de toi', 'job facile, tu envoies juste des photos'],
    },
    // ====================== meetup ======================
    'meet.come_over': {
      extraUnless: ['@surprise'],
      examples: ['viens chez moi', 'passe à mon appart ce soir', 'viens dormir chez moi'],
      counterExamples: ['viens chez moi pour mon anniv, toute la classe vient'],
    },
    'meet.pick_up': {
      extraUnless: ['@if_not', 'ma mere|mon pere|mes parents|ma tante|mon oncle|mon frere|ma soeur|le car|le bus|de l entrainement|du foot|du sport'],
      examples: ['je viens te chercher', 'je passe te prendre à la sortie', 'je peux te récupérer à 18h'],
      counterExamples: ['ma mère dit que je passe te prendre après l entraînement'],
    },
    'meet.wait_for_you': {
      extraUnless: ['@benign_meet', 'mere|pere|bus|car'],
      examples: ['je t attends au parc à 17h', 'je serai devant chez toi'],
      counterExamples: ['je t attends au cdi pour réviser'],
    },
    'meet.meet_in_person': {
      extraUnless: ['@reported_speech', '@camera|@video_call'],
      examples: ['j ai envie de te rencontrer en vrai', 'on se voit juste nous deux', 'on se retrouve chez moi', 'on se capte irl'],
      counterExamples: ['on se voit en vrai au cdi pour l exposé', 'ne rencontre jamais seule un inconnu d internet'],
    },
    'meet.meet_place': {
      examples: ['on se retrouve au centre commercial', 'on se voit au parc'],
      counterExamples: ['on se retrouve au parc avec toute la classe'],
    },
    'meet.want_to_meet': {
      extraUnless: ['en ligne|en jeu|en visio|en appel'],
      examples: ['je veux te rencontrer', 'on pourrait se voir ce week end', 'faut qu on se voie'],
      counterExamples: ['tu veux qu on se voie au cdi pour réviser ?'],
    },
    // ====================== off_platform ======================
    'offplat.disappearing': {
      extraUnless: ['@benign_group', 'ma mere|mon pere|travail|du boulot'],
      examples: ['active les messages éphémères', 'écris moi sur mon autre compte', 'prends l appli où les messages disparaissent'],
    },
    'offplat.move_to_app': {
      within: 7,
      extraUnless: ['@benign_group', '@reported_speech'],
      examples: ['ajoute moi sur snap', 'on parle sur telegram plutôt', 'écris moi sur whatsapp', 'viens sur discord', 'add moi insta'],
      counterExamples: ['ajoute moi au groupe whatsapp de la classe', 'n ajoute jamais des inconnus sur snap, signale les'],
    },
    'offplat.number_to_talk': {
      extraUnless: ['@benign_group'],
      examples: ['donne moi ton num qu on s appelle', 'envoie ton 06, je t écris ce soir'],
    },
    'offplat.have_app': {
      within: 5,
      examples: ['t as snap ?', 'tu as telegram', 't es sur discord ?'],
      counterExamples: ['t as le whatsapp du groupe de classe ?'],
    },
    'offplat.your_app': {
      within: 6,
      extraUnless: ['@secret_code'],
      examples: ['donne moi ton snap', 'c est quoi ton insta ?', 'passe moi ton whatsapp'],
      counterExamples: ['passe moi le whatsapp du groupe de la classe'],
    },
    'offplat.my_handle': {
      within: 6,
      examples: ['mon snap c est @lea_75', 'mon 06 0612345678 écris moi'],
    },
    'offplat.private_channel': {
      examples: ['viens en mp', 'on parle en privé', 'jte parle en dm'],
    },
    'offplat.here_bad': {
      extraUnless: ['@benign_group'],
      examples: ['pas ici, c est trop public', 'tes parents regardent ton tel'],
    },
    // ====================== secrecy ======================
    'secrecy.dont_tell_parents': {
      within: 8,
      examples: ['ne dis pas à tes parents qu on parle', 'ne le dis jamais à ta mère'],
      counterExamples: ['dis rien à ta mère pour la fête surprise', 'dis rien à ta mère pour le verre, je lui dirai moi même'],
    },
    'secrecy.dont_tell': {
      within: 8,
      extraUnless: ['@reported_speech'],
      examples: ['ne le dis à personne', 'ne le dis pas à tes parents', 'n en parle jamais à ta mère'],
      counterExamples: ['dis rien à personne pour la fête surprise', 'ne dis pas la fin de la série à personne'],
    },
    'secrecy.if_you_tell': {
      extraUnless: ['@reported_speech'],
      examples: ['si tu le dis à quelqu un, tu vas le regretter', 'si tu en parles à tes parents c est fini'],
    },
    'secrecy.our_secret': {
      extraUnless: ['@reported_speech'],
      examples: ['c est notre secret', 'ça reste entre nous', 'entre toi et moi'],
      counterExamples: ['le cadeau pour maman c est notre secret, c est une surprise'],
    },
    'secrecy.delete_chat': {
      weight: 0.6,
      extraUnless: ['@surprise', '@safety_talk', 'groupe|par erreur|me suis trompe|trompee|place|memoire|stockage|devoir|brouillon|supprime rien|efface rien|garde|screens|capture'],
      examples: ['supprime les messages', 'efface la conv après', 'supprime tout quand t as lu'],
      counterExamples: ['supprime le message que j ai envoyé sur le groupe par erreur', 'ne supprime rien et garde des captures'],
    },
    'secrecy.cover_story': {
      extraUnless: ['@surprise', 'la verite|ce qui s est passe|que tout va bien|merci'],
      examples: ['si on te demande, dis que t es chez une copine'],
      counterExamples: ['si on te demande, dis la vérité'],
    },
    'secrecy.must_not_know': {
      within: 7,
      examples: ['tes parents doivent pas savoir', 'ta mère doit rien savoir'],
    },
    'secrecy.secret_emoji': {
      extraUnless: ['@reported_speech'],
      examples: ['ça reste ici 🤫'],
    },
    'secrecy.nobody_may_know': {
      examples: ['personne peut être au courant', 'ta famille doit pas l apprendre'],
    },
    'secrecy.nobody_knows': {
      examples: ['personne doit savoir', 'sans que personne le sache', 'tes parents ont pas besoin de savoir, ils n ont pas besoin de savoir'],
      counterExamples: ['personne doit savoir pour la fête surprise'],
    },
    'secrecy.delete_after': {
      extraUnless: ['groupe|par erreur|place|memoire|devoir|brouillon'],
      examples: ['quand t as lu, supprime', 'efface direct'],
    },
    'secrecy.say_cover_place': {
      examples: ['dis que tu révises à la bibli', 'dis leur que t es chez une copine'],
    },
    'secrecy.tell_parent_cover': {
      examples: ['dis à ta mère que tu dors chez une copine'],
    },
    // ====================== gift_money ======================
    'gift.offer_gift': {
      extraUnless: ['je te paie le|je te paye le|je te paie ton|@travel'],
      examples: ['je t offre des robux', 'je t envoie de l argent si tu veux', 'je t achète un iphone', 'tu veux une carte cadeau ?', 'je te fais un virement de 50 euros'],
      counterExamples: ['je te rembourse le kebab demain', 'je te dois 5 euros pour le ciné'],
    },
    'gift.in_exchange': {
      extraUnless: ['@reported_speech', 'magasin|soldes|prix|coute|vends|vente|echange de skins'],
      examples: ['100 euros en échange de quelques photos', 'des v-bucks si tu m envoies une vidéo', 'pour chaque photo je te donne du crédit'],
    },
    'gift.spoil_you': {
      extraUnless: ['repos|vacances|reussir|note|gagner le match'],
      examples: ['je t achète tout ce que tu veux', 'tu mérites qu on te gâte'],
    },
    // ====================== personal_info ======================
    'info.age': {
      weight: 0.6,
      extraUnless: ['@others', '@reported_speech'],
      examples: ['t as quel âge ?', 'tu as quel age', 'quel âge as-tu', 't es mineure ?'],
      counterExamples: ['quel âge a ton frère ?'],
    },
    'info.address': {
      within: 6,
      extraUnless: ['mail|email|e-mail|ip|site|invitation|pour le cadeau|ma mere|mon pere|fete|anniv'],
      examples: ['donne moi ton adresse', 'envoie ta localisation', 'c est quoi ton adresse ?'],
      counterExamples: ['donne moi ton adresse mail pour l exposé'],
    },
    'info.where_live': {
      weight: 0.6,
      extraUnless: ['@others', '@know_where'],
      examples: ['tu habites où ?', 't habites dans quelle ville', 'tu viens d où ?'],
      counterExamples: ['elle habite où ta grand mère ? tu habites où elle ?'],
    },
    'info.school': {
      extraUnless: ['mon frere|ma soeur|ton frere|ta soeur'],
      examples: ['tu vas dans quel collège ?', 't es en quelle classe', 't es au lycée ?'],
      counterExamples: ['ta soeur est en quelle classe ?'],
    },
    'info.phone_number': {
      within: 6,
      extraUnless: ['@reported_speech', 'casier|maillot|commande|place|page|de ta mere|de ton pere'],
      examples: ['donne moi ton num', 'c est quoi ton 06 ?', 'envoie ton numéro'],
      counterExamples: ['donne moi ton numéro de casier pour le prof'],
    },
    'info.send_details': {
      extraUnless: ['mail|e-mail|pronote|dossier|inscription|formulaire', '@if_not|@kompromat', 'a ton|a tout|a toute|au'],
      examples: ['envoie une photo et ton âge', 'dis-moi ta ville'],
    },
    'info.school_level': {
      // "t'es au lycée ?" asks; "t'es morte demain au lycée" is a joke about tomorrow: the level right after.
      within: 5,
      extraUnless: ['ton frere|ta soeur|ton cousin|ta cousine'],
      examples: ['t es déjà au lycée ou encore au collège ?', 'tu es en 3eme ?'],
      counterExamples: ["t'es morte demain au lycée"],
    },
    'info.school_name': {
      extraUnless: ['@if_not|@expose|@kompromat', 'a ton|a tout|a toute|au'],
      examples: ['c est quoi ton collège ?', 'il s appelle comment ton lycée'],
    },
    'info.parents_home': {
      extraUnless: ['bisous a|merci|invite*|viennent a la fete|demande si|te laissent venir|autorisation|permission'],
      examples: ['tes parents sont là ?', 'ta mère rentre à quelle heure', 'y a quelqu un avec toi ?'],
      counterExamples: ['tes parents te laissent venir à la fête ? demande l autorisation'],
    },
    // ====================== job_offer ======================
    'job.job_lure': {
      extraUnless: ['@reported_speech'],
      examples: ['job de mannequin à l étranger, voyage payé', 'on cherche des filles pour être hôtesse, 200 euros par jour'],
      counterExamples: ['ma tante cherche une nounou le samedi, payé de l heure'],
    },
    'job.easy_money': {
      extraUnless: ['@reported_speech', '@benign_job'],
      examples: ['je peux t apprendre à te faire de l argent facile', 'travail à domicile sans expérience'],
      counterExamples: ['attention aux pubs d argent facile, c est des arnaques'],
    },
    'job.scout': {
      extraUnless: ['@reported_speech', 'devoir|redaction|projet|cours|de l ecole'],
      examples: ['je te propose un job', 'tu pourrais être mannequin', 'on recherche des modèles jeunes', 'j ai une proposition pour toi'],
      counterExamples: ['le forum des métiers du collège c est vendredi'],
    },
    'job.agency': {
      extraUnless: ['photo de classe|ecole|college|lycee'],
      examples: ['je travaille pour une agence de mannequins', 'on fait un casting de filles'],
    },
    // ====================== account_access ======================
    'account.borrow_account': {
      extraUnless: ['@reported_speech', 'chargeur|calculette|calculatrice|cahier|livre|cours|mon compte|oublie'],
      examples: ['prête moi ton compte fortnite', 'je peux me connecter sur ton compte', 'passe moi ton compte roblox'],
    },
    'account.give_code': {
      within: 7,
      extraUnless: ['@reported_speech', 'mon mdp|mon mot de passe|oublie|change|reinitialiser|recuperer mon'],
      examples: ['envoie moi le code que t as reçu', 'c est quoi ton mdp ?', 'donne moi ton mot de passe fortnite', 'passe moi tes identifiants'],
      counterExamples: ['c est quoi le mot de passe du wifi ?', 'ne partage jamais ton mot de passe', 'le code de la classe sur classroom c est abc123'],
    },
    'account.code_arrived': {
      extraUnless: ['@reported_speech'],
      examples: ['un code est arrivé sur ton tel par erreur, tu peux me l envoyer ?', 'tu vas recevoir un code à 6 chiffres, envoie le moi'],
    },
    'account.scan_qr': {
      within: 6,
      extraUnless: ['menu|billet|appel|devoir|cours|musee|resto|restaurant'],
      examples: ['scanne ce qr pour te connecter', 'flashe le qr code avec ton tel'],
      counterExamples: ['scanne le qr du menu au resto'],
    },
    'account.link_password': {
      examples: ['va sur ce lien et mets ton mot de passe', 'mets ton mdp sur le site'],
    },
    'account.verify': {
      extraUnless: ['mon compte|j ai active'],
      examples: ['ton compte va être suspendu, confirme ton mot de passe', 'confirme le code pour récupérer ton compte'],
    },
    // ====================== threat ======================
    'threat.know_where': {
      examples: ['je sais où tu habites', 'je sais dans quel collège tu es'],
    },
    'threat.harm': {
      extraUnless: ['@reported_speech'],
      examples: ['tu vas le regretter', 'je vais te pourrir la vie', 'je viens à ton collège'],
      counterExamples: ['ce soir je te démonte à fortnite mdr', 'jte tue si t es en retard encore ptdr'],
    },
    'threat.owe': {
      extraUnless: ['@benign_money', '@MONEY|euros|balles|service|revanche'],
      examples: ['tu me dois bien ça après tout ce que j ai fait', 'tu vas devoir m envoyer plus'],
      counterExamples: ['tu me dois 5 euros pour le kebab'],
    },
    'threat.deadline': {
      extraUnless: ['promo|soldes|billet*|match|episode|cours|train|bus|vol', 'si tu fais|si tu fait'],
      examples: ['c est ta dernière chance', 'fais ce que je te dis'],
      counterExamples: ['t as 2 heures pour le contrôle de maths'],
    },
    'threat.pay_or': {
      extraUnless: ['@reported_speech'],
      examples: ['paie 200 euros sinon je publie tout', 'envoie une carte paysafecard de 100 ou je balance tout'],
    },
    'threat.expose_pics': {
      // Asking a friend NOT to post a photo of oneself ("poste pas cette photo de moi") is no threat.
      extraUnless: ['poste pas|publie pas|ne poste|ne publie|mets pas|ne mets'],
      examples: ['je vais publier tes photos', 'si tu paies pas je balance tes nudes', 'je vais envoyer ces vidéos à tes parents'],
      counterExamples: ['je vais poster tes photos de la fête sur l album', 'ne publie pas la photo de moi au lac stp, supprime-la', 'la police a dit que le suspect a menacé de publier les photos'],
    },
    'threat.to_family': {
      within: 11,
      examples: ['tes photos, tout le monde va voir, même tes abonnés', 'ces vidéos je les envoie à ta famille'],
    },
    'threat.if_not': {
      within: 12,
      extraUnless: ['@reported_speech'],
      examples: ['si tu m envoies pas plus, tout le monde va voir', 'si tu me bloques tes parents vont savoir'],
    },
    'threat.i_have_pics': {
      within: 8,
      extraUnless: ['pas encore|j ai pas'],
      examples: ['j ai gardé tes photos', 'j ai fait des screens de notre conv'],
      counterExamples: ['j ai tes photos du voyage sur mon ordi'],
    },
    'threat.deadline_time': {
      extraUnless: ['promo|soldes|billet*|match|episode|cours|train|bus|vol|arriver|j arrive|rdv chez|medecin|dentiste'],
      examples: ['t as 24 heures pour payer', 'je te donne une heure'],
      counterExamples: ['t as 2 heures pour le contrôle de maths'],
    },
    'threat.pay_by': {
      within: 9,
      extraUnless: ['rendre|inscription|inscrire|cotisation'],
      examples: ['je te laisse jusqu à ce soir pour payer', 't as jusqu à demain pour m envoyer plus'],
      counterExamples: ['t as jusqu à vendredi pour rendre le devoir'],
    },
  },
  rules: [
    // ====================== threats without the usual words ======================
    {
      // "j'ai encore ce que tu m'as envoyé": the kompromat is kept.
      id: 'fr.threat.kept_copies',
      category: 'threat',
      weight: 0.55,
      match: ['j ai encore|j ai toujours|j ai garde|j ai enregistre|j ai tout garde|j ai des captures|j ai une copie|j ai screen', 'ce que tu m as envoye|ce que tu m a envoye|ce que tu m envoyais|notre appel|notre appel video|tout l appel|notre visio|toute la visio|tes nudes|notre facetime'],
      within: 11,
      unless: ['@safety_talk', '@reported_speech', '@benign_pic_subject', '@schoolwork', '@surprise', 'vacances|voyage|sortie|cours|souvenir|dossier|inscription|formulaire|document|documents'],
      examples: ['j ai encore ce que tu m as envoyé, réfléchis bien', 'j ai enregistré notre appel'],
      counterExamples: ['j ai encore tes photos des vacances à la mer, je te les envoie ?'],
    },
    // ====================== asks through a third party ======================
    {
      // "mon pote veut te rencontrer": the ask passed through someone else.
      id: 'fr.meet.third_party_meet',
      category: 'meetup',
      weight: 0.55,
      match: ['veut|voudrait|aimerait|a envie de|meurt d envie de', 'te rencontrer|te voir|te connaitre|sortir avec toi|te sortir'],
      within: 7,
      unless: ['@benign_meet', '@safety_talk', 'maman|papa|mere|pere|prof|professeur|coach|entraineur|cpe|principal|directrice|directeur|docteur|dentiste|infirmiere|mamie|papy|chien|chat|soeur|frere|oncle|tante|cousin|cousine|bureau|depart|chargeur'],
      examples: ['mon pote veut te rencontrer', 'quelqu un que je connais aimerait te voir, il a de l argent'],
      counterExamples: ['ma mere veut te rencontrer avant la soiree pyjama', 'le coach veut te voir apres l entrainement'],
    },
    {
      // "mon pote veut ton numéro": a contact asked for on someone else's behalf.
      id: 'fr.offplat.third_party_number',
      category: 'off_platform',
      weight: 0.55,
      match: ['veut|voudrait|aimerait|a demande|demande', 'ton', '@app|@app_weak|numero|06|contact|tel|portable'],
      within: 5,
      unless: ['@safety_talk', 'prof|professeur|coach|entraineur|groupe|classe|equipe|projet|maman|papa|ecole|college|lycee|docteur|dentiste|mamie|papy|tante|oncle|anniv|voisine|voisin|soeur|frere|livreur|dessins'],
      examples: ['mon pote veut ton numero', 'mon cousin voudrait ton snap'],
      counterExamples: ['la prof veut ton numero pour le groupe de classe'],
    },
    // ====================== meetup ======================
    {
      id: 'fr.meet.when_where',
      category: 'meetup',
      weight: 0.5,
      match: ['@when_where', '@meet|@come|@pickup'],
      anyOrder: true,
      within: 7,
      unless: ['@benign_meet', '@safety_talk', '@reported_speech'],
      examples: ['quand est ce qu on se voit ?', 'on se retrouve où samedi', 'à quelle heure je viens te chercher'],
      counterExamples: ['on se voit quand pour réviser le contrôle avec le groupe ?'],
    },
    {
      id: 'fr.meet.pay_travel',
      category: 'meetup',
      weight: 0.65,
      match: ['@i_pay|@i_give', '@travel'],
      within: 8,
      unless: ['@benign_meet', '@safety_talk', '@split_cost', 'tu me dois|je te dois|rembourse'],
      examples: ['je te paie le train', 'je t offre le billet pour venir', 'je paie ton uber'],
    },
    // ====================== secrecy ======================
    {
      id: 'fr.secrecy.tell_then_neg',
      category: 'secrecy',
      weight: 0.7,
      match: ['@tell', '@neg', '@people_close'],
      within: 8,
      unless: ['@surprise', '@safety_talk', '@reported_speech'],
      examples: ['dis rien à tes parents', 'en parle pas à ta mère', 'le dis pas à tes potes'],
      counterExamples: ['dis pas la fin du film à tes potes'],
    },
    {
      id: 'fr.secrecy.tell_nobody',
      category: 'secrecy',
      weight: 0.6,
      match: ['@tell', 'personne|a personne'],
      within: 5,
      unless: ['@surprise', '@safety_talk', '@reported_speech'],
      examples: ['dis à personne', 'le dis à personne stp'],
      counterExamples: ['dis à personne pour le cadeau surprise'],
    },
    // ====================== personal_info ======================
    {
      id: 'fr.info.school_schedule',
      category: 'personal_info',
      weight: 0.55,
      match: ['a quelle heure|quelle heure|quand|tu sors|tu finis|t sors|t finis', 'tu sors|tu finis|t sors|t finis|sortie|termine*|fini*', 'college|lycee|ecole|cours|les cours|bahut'],
      anyOrder: true,
      within: 8,
      unless: ['@safety_talk', '@reported_speech', 'ma mere|mon pere|nous|on sort|on finit', 'je t attends|jt attends|je viens te chercher|je passe te prendre'],
      unlessWithin: 3,
      examples: ['tu sors à quelle heure du collège ?', 'tu finis quand les cours'],
    },
    {
      id: 'fr.info.alone',
      category: 'personal_info',
      weight: 0.6,
      match: ['@are_you', '@alone'],
      within: 5,
      unless: ['@not_alone_meaning', '@safety_talk', '@reported_speech', '@game_context'],
      examples: ['t es seule ?', 'tu es toute seule chez toi ?', 'tu restes seule ce soir ?'],
      counterExamples: ['t es pas seule, je suis là pour toi', 't es seul en partie ?'],
    },
  ],
};
