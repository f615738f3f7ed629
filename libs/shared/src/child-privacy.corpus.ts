/**
 * Test data: 50 realistic workshop debriefs that name no child (media-education workshops in the network). Some
 * mention members and authors (given as `allowed`, as the API and the form do), places, organisations and tools.
 * Used by child-privacy.spec.ts to count false alarms.
 */
export interface CorpusDebrief {
  text: string;
  /** Members and authors the caller knows. */
  allowed?: string[];
}

export const DEBRIEFS_WITHOUT_CHILDREN: readonly CorpusDebrief[] = [
  {
    text: 'Atelier à la médiathèque de Chambéry avec un groupe de 12 enfants de 8 à 10 ans. Le jeu de cartes a bien lancé la discussion sur les fausses informations.',
  },
  {
    text: 'Les élèves ont vite compris le principe du robot Thymio. Prévoir des piles de rechange et une table plus grande.',
  },
  {
    text: 'Séance animée avec Claire Dumas, bibliothécaire, au collège Jean Moulin. Les jeunes ont adoré fabriquer leur une de journal.',
    allowed: ['Claire Dumas'],
  },
  {
    text: 'Très bon accueil au centre social des Hauts de Chambéry. La partie sur les images retouchées a marqué les esprits.',
  },
  {
    text: 'Nous avons utilisé Scratch sur les tablettes de la MJC. Deux groupes sur trois ont terminé leur animation.',
  },
  { text: 'Le quiz de fin a été trop long. Certains participants décrochaient au bout de vingt minutes.' },
  {
    text: 'Animation menée avec Thomas Girard (Canopé Savoie). Le débat sur les influenceurs a été riche, les parents présents ont posé beaucoup de questions.',
    allowed: ['Thomas Girard'],
  },
  {
    text: 'Le kit de Julie Martin est clair et bien pensé ; les fiches enseignant sont un vrai plus.',
    allowed: ['Julie Martin'],
  },
  { text: 'Groupe de CM1 très réceptif. La vidéo d’introduction est un peu datée, il faudrait la remplacer.' },
  {
    text: 'Atelier en bibliothèque à Aix-les-Bains, public familial. Les plus petits ont surtout aimé dessiner les personnages.',
  },
  { text: 'Pas assez de temps pour la phase de restitution. La prochaine fois, prévoir deux séances de une heure.' },
  {
    text: 'Excellent outil pour parler des algorithmes de recommandation. Les ados se sont reconnus dans les exemples.',
  },
  { text: 'Nous avons adapté le déroulé pour une classe ULIS : consignes plus courtes, plus de manipulation.' },
  { text: 'La séquence sur la publicité a bien fonctionné. Le jeu de rôle « agence de pub » a beaucoup plu.' },
  {
    text: 'Le lycée professionnel de Albertville nous a accueillis dans la salle informatique. Connexion instable, prévoir une version hors ligne.',
  },
  {
    text: 'Co-animation avec Sophie Bernard de la Ligue de l’enseignement. Les échanges sur le cyberharcèlement ont été intenses mais constructifs.',
    allowed: ['Sophie Bernard'],
  },
  {
    text: 'Atelier radio au foyer des jeunes travailleurs. Enregistrement d’une chronique de trois minutes par groupe.',
  },
  { text: 'Les cartes sont fragiles, il faudrait les plastifier. Le contenu reste excellent.' },
  { text: 'Bonne dynamique de groupe, mais le vocabulaire des fiches est trop difficile pour des CE2.' },
  {
    text: 'Séance en EHPAD avec des grands-parents et leurs petits-enfants : très beaux échanges intergénérationnels sur les écrans.',
  },
  {
    text: 'Le jeu de plateau fonctionne mieux en petits groupes de quatre. Au-delà, certains attendent trop longtemps leur tour.',
  },
  {
    text: 'Marc Leroy, formateur au CLEMI, a présenté la démarche aux enseignants avant l’atelier. Cela a facilité la suite.',
    allowed: ['Marc Leroy'],
  },
  {
    text: 'Utilisé lors de la Semaine de la presse et des médias dans l’école. Les élèves ont produit un petit journal affiché dans le hall.',
  },
  {
    text: 'Le tutoriel vidéo pour Thymio est très utile. Penser à vérifier la mise à jour du logiciel avant la séance.',
  },
  {
    text: 'Atelier en plein air au parc du Verney. Le soleil gênait la lecture des écrans ; prévoir un coin à l’ombre.',
  },
  {
    text: 'Public de collégiens en accueil de loisirs. Ils ont apprécié de pouvoir créer leurs propres fausses nouvelles puis de les démasquer.',
  },
  { text: 'La fiche d’évaluation en fin de séance a montré que le message était passé pour la grande majorité.' },
  { text: 'Les animateurs de la MJC de Cognin ont repris l’outil de leur côté la semaine suivante.' },
  { text: 'Trop de texte sur les diapositives. Nous avons simplifié en direct avec des pictogrammes.' },
  {
    text: 'Atelier proposé par Nadia Benali et Paul Roche au centre de loisirs. Les enfants ont construit un parcours pour le robot.',
    allowed: ['Nadia Benali', 'Paul Roche'],
  },
  {
    text: 'Le livre de Claude Ponti a servi d’amorce : les enfants ont inventé la suite de l’histoire en bande dessinée.',
    allowed: ['Claude Ponti'],
  },
  {
    text: 'Intervention dans deux classes de 4e. Le module sur les réseaux sociaux a suscité beaucoup de témoignages.',
  },
  { text: 'L’outil demande une bonne préparation en amont : compter une heure pour installer le matériel.' },
  { text: 'Séance à Annecy avec un groupe de parents. Les conseils sur le contrôle parental étaient très attendus.' },
  {
    text: 'La version imprimable du jeu manque de contraste. Les personnes malvoyantes ont eu du mal à lire les cartes.',
  },
  {
    text: 'Les participants ont fabriqué un reportage photo sur leur quartier. Exposition prévue à la médiathèque en juin.',
  },
  {
    text: 'Animation en anglais pour une section internationale : le support s’adapte bien, quelques termes à traduire.',
  },
  {
    text: 'Super outil, facile à prendre en main. Je le recommande pour une première approche de l’éducation aux médias.',
  },
  {
    text: 'Atelier de programmation avec Scratch Junior pour les GS. Les icônes sont parlantes, même pour des non-lecteurs.',
  },
  { text: 'La discussion a dérivé vers les jeux vidéo ; nous avons pris le temps d’en parler, c’était utile.' },
  {
    text: 'Émilie Rousseau, documentaliste, a prolongé l’atelier au CDI avec une recherche sur les sources.',
    allowed: ['Émilie Rousseau'],
  },
  {
    text: 'Les vidéos de Hugo Travers ont servi d’exemple de journalisme sur les réseaux. Débat animé sur la neutralité.',
    allowed: ['Hugo Travers'],
  },
  {
    text: 'Bonne séance, mais le bruit de la salle polyvalente gênait l’écoute des extraits audio. Prévoir un casque par groupe.',
  },
  { text: 'La règle du jeu mériterait une version courte. Nous avons perdu un quart d’heure à l’expliquer.' },
  { text: 'Formation des animateurs du réseau à Chambéry : prise en main en une matinée, retours très positifs.' },
  { text: 'Les jeunes du service jeunesse de La Motte-Servolex ont réalisé un podcast sur les rumeurs au collège.' },
  { text: 'Atelier mené en Savoie dans trois écoles rurales. Le transport du matériel reste compliqué.' },
  {
    text: 'Merci à Lucie Perrin pour le prêt des tablettes. Sans elles, l’atelier n’aurait pas été possible.',
    allowed: ['Lucie Perrin'],
  },
  { text: 'Les enfants ont été surpris de découvrir comment une photo peut être recadrée pour changer son sens.' },
  {
    text: 'À refaire avec un temps de débat plus long. Les questions sur l’intelligence artificielle ont été nombreuses.',
  },
];
