// Vocabulary of the demo département: Haute-Garonne (31), académie de Toulouse.
// Plain lists, read in order by the seeded generator, so the demo never changes.

export const DEPARTEMENT = { code: "31", name: "Haute-Garonne", academie: "Toulouse", dsden: "DSDEN 31" } as const;

/** Real communes of Haute-Garonne, grouped by the demo circonscription that covers them. */
export const CIRCONSCRIPTIONS = [
  {
    code: "031-TLS-NORD",
    name: "Toulouse Nord",
    communes: [
      "Toulouse", "L'Union", "Aucamville", "Fenouillet", "Castelginest", "Saint-Jean",
      "Launaguet", "Saint-Alban", "Bruguières", "Gratentour", "Fonbeauzard",
    ],
  },
  {
    code: "031-TLS-CENTRE",
    name: "Toulouse Centre",
    communes: ["Toulouse"],
  },
  {
    code: "031-ST-GAUDENS",
    name: "Saint-Gaudens",
    communes: [
      "Saint-Gaudens", "Montréjeau", "Valentine", "Miramont-de-Comminges", "Aspet", "Bagnères-de-Luchon",
      "Salies-du-Salat", "Boulogne-sur-Gesse", "Encausse-les-Thermes", "Villeneuve-de-Rivière", "Labarthe-Rivière", "Estancarbon",
    ],
  },
] as const;

/** Other communes of the département, for past affectations in schools the demo does not model. */
export const OTHER_COMMUNES = [
  "Muret", "Portet-sur-Garonne", "Seysses", "Carbonne", "Villeneuve-Tolosane",
  "Colomiers", "Blagnac", "Tournefeuille", "Balma", "Ramonville-Saint-Agne", "Cugnaux", "Plaisance-du-Touch",
  "Castanet-Tolosan", "Villefranche-de-Lauragais", "Revel", "Grenade", "Fronton", "Auterive", "Saint-Orens-de-Gameville",
  "Léguevin", "Rieumes", "Cazères", "Nailloux", "Caraman", "Villemur-sur-Tarn",
] as const;

/** Kinds of school, with the usual post of a teacher there. */
export const SCHOOL_TYPES = [
  { label: "École maternelle", poste: "Adjoint maternelle" },
  { label: "École élémentaire", poste: "Adjoint élémentaire" },
  { label: "École primaire", poste: "Adjoint élémentaire" },
] as const;

/** Names given to schools: people and places commonly chosen in the Toulouse area. */
export const SCHOOL_PATRONS = [
  "Jean Jaurès", "Jules Ferry", "Victor Hugo", "Jean Moulin", "Marcel Pagnol", "Louise Michel", "Paul Langevin",
  "Jacques Prévert", "Pierre et Marie Curie", "Condorcet", "Jean de La Fontaine", "Antoine de Saint-Exupéry",
  "Simone Veil", "Georges Brassens", "Anatole France", "Claude Nougaro", "Clément Ader", "Pierre-Paul Riquet",
  "Lucie Aubrac", "Germaine Tillion", "Olympe de Gouges", "Jean Macé", "Paul Bert", "Ernest Renan", "Lakanal",
  "Frédéric Mistral", "Jean Rostand", "Léo Lagrange", "Marie Marvingt", "Camille Claudel", "Les Tilleuls",
  "Les Platanes", "Les Violettes", "Les Pyrénées", "Le Château", "Les Chênes", "Le Bois Joli", "La Garonne",
  "Les Oustalous", "Le Petit Prince", "Les Capitouls", "La Prairie", "Les Mimosas", "Le Lac", "Canal du Midi",
  "Henri Matisse", "Robert Doisneau", "Jean-Pierre Vernant", "Didier Daurat", "Jean Mermoz",
] as const;

export const FEMALE_FIRST_NAMES = [
  "Nathalie", "Isabelle", "Sylvie", "Catherine", "Valérie", "Sandrine", "Christine", "Véronique", "Stéphanie",
  "Céline", "Aurélie", "Émilie", "Sophie", "Laure", "Anne", "Marie", "Camille", "Élodie", "Caroline",
  "Virginie", "Delphine", "Karine", "Audrey", "Mélanie", "Lætitia", "Hélène", "Florence", "Agnès", "Pascale",
  "Corinne", "Muriel", "Magali", "Séverine", "Sabrina", "Amandine", "Pauline", "Marion", "Lucie", "Charlotte",
  "Manon", "Léa", "Clémence", "Anaïs", "Justine", "Mathilde", "Chloé", "Sarah", "Laura", "Émeline", "Gaëlle",
  "Maëlle", "Noémie", "Fanny", "Elsa", "Estelle", "Cécile", "Béatrice", "Brigitte", "Martine", "Dominique",
  "Françoise", "Géraldine", "Nadia", "Samira", "Fatima", "Inès", "Yasmina", "Marie-Christine", "Anne-Sophie",
  "Marie-Laure", "Aude", "Solène", "Margaux", "Agathe", "Héloïse", "Mireille", "Josiane", "Leïla", "Rachida",
] as const;

export const MALE_FIRST_NAMES = [
  "Jean", "Pierre", "Philippe", "Laurent", "Stéphane", "Christophe", "Nicolas", "Sébastien", "Frédéric",
  "Olivier", "Julien", "Guillaume", "Thomas", "Mathieu", "Romain", "Vincent", "David", "Éric", "Thierry",
  "Bruno", "Patrick", "Alain", "Didier", "Cédric", "Jérôme", "Benoît", "François", "Xavier", "Antoine",
  "Maxime", "Alexandre", "Hugo", "Lucas", "Clément", "Florian", "Kévin", "Yannick", "Damien", "Arnaud",
  "Fabien", "Karim", "Mehdi", "Jean-Marc", "Jean-Luc", "Jean-François", "Loïc", "Hervé", "Gilles", "Régis",
  "Serge", "Bastien", "Joël",
] as const;

/** Common French surnames, many from the South-West; a few with spaces, hyphens or apostrophes. */
export const SURNAMES = [
  "Martin", "Bernard", "Durand", "Petit", "Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux",
  "Fournier", "Girard", "Bonnet", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Faure", "André",
  "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Garcia",
  "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson",
  "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier", "Brun",
  "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Martinez",
  "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron", "Picard", "Roger",
  "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe", "Bourgeois", "Pierre",
  "Benoît", "Rey", "Lecomte", "Mollet", "Fernandez", "Lopez", "Sanchez", "Delpech", "Lacombe", "Soulié",
  "Cazeneuve", "Ducasse", "Labat", "Pujol", "Bousquet", "Marty", "Rouquette", "Mouret", "Azéma", "Carrère",
  "Sarrat", "Escudié", "Puech", "Andrieu", "Bonnafous", "Castex", "Cazals", "Couderc", "Delmas", "Estève",
  "Fourcade", "Lafitte", "Laborde", "Lasserre", "Massip", "Pons", "Ribes", "Sabatier", "Salvan", "Teulière",
  "Vergnes", "Barthe", "Bergès", "Caubet", "Darrieux", "Espinasse", "Lagarde", "Mirande", "Souquet", "Baylac",
  "Le Goff", "Le Gall", "N'Diaye", "Diallo", "Benali", "Haddad", "Nguyen", "Da Silva", "Dos Santos",
  "Saint-Martin", "Du Pré", "De Oliveira", "Martin-Lavigne", "D'Agostino", "Ferreira", "Rodriguez", "Gómez",
  "Kowalski", "Martel", "Bories", "Gasc", "Bastide", "Tournier",
] as const;

// ---------- dossier vocabulary ----------

export const LICENCES = [
  "Licence de lettres modernes", "Licence d'histoire", "Licence de géographie", "Licence de sciences de l'éducation",
  "Licence de psychologie", "Licence de mathématiques", "Licence STAPS", "Licence de biologie",
  "Licence LLCER anglais", "Licence LLCER espagnol", "Licence de musicologie", "Licence d'arts plastiques",
] as const;

export const CAFIPEMF_OPTIONS = ["Option généraliste", "Option langues vivantes", "Option éducation physique et sportive", "Option arts visuels"] as const;

export const LANGUES_HABILITATION = ["anglais", "espagnol", "occitan", "allemand", "italien"] as const;

export const COMPETENCES = [
  "Prévention et secours civiques (PSC1)",
  "Brevet d'aptitude aux fonctions d'animateur (BAFA)",
  "Pratique de la langue des signes française",
  "Formation « Premiers secours en santé mentale »",
] as const;

export const ACTIVITIES = [
  { title: "Classe de découverte dans les Pyrénées", description: "Organisation d'un séjour d'une semaine avec nuitées pour deux classes." },
  { title: "Projet « École et cinéma »", description: "Coordination du dispositif pour les classes de l'école." },
  { title: "Chorale inter-écoles", description: "Direction de la chorale et concert de fin d'année." },
  { title: "Rallye mathématiques de circonscription", description: null },
  { title: "Jardin pédagogique", description: "Création et suivi d'un potager avec la commune." },
  { title: "Correspondance scolaire avec une école de Catalogne", description: "Échanges en espagnol et en catalan, rencontre en fin d'année." },
  { title: "Atelier théâtre", description: null },
  { title: "Conseil école-collège", description: "Représentant·e de l'école, liaison CM2-6e." },
  { title: "Éducation au développement durable (label E3D)", description: "Préparation de la labellisation de l'école." },
  { title: "Accueil d'élèves allophones", description: "Travail avec l'UPE2A du secteur." },
  { title: "Classe à horaires aménagés musique", description: null },
  { title: "Cycle natation et savoir-nager", description: "Coordination des séances avec la piscine intercommunale." },
] as const;

export const OPINION_COMMENTS: Record<string, readonly string[]> = {
  EXCELLENT: ["Enseignant·e remarquable, moteur de l'équipe et des projets de l'école.", "Pratiques pédagogiques exemplaires ; accueille régulièrement des stagiaires."],
  TRES_SATISFAISANT: ["Très bonne maîtrise des apprentissages fondamentaux ; investissement constant.", "Engagement apprécié dans les projets de circonscription."],
  SATISFAISANT: ["Travail sérieux et régulier.", "Pratique de classe solide, à enrichir par la formation continue."],
  A_CONSOLIDER: ["La différenciation pédagogique reste à développer."],
};
