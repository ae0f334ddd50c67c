import { Role } from '../../modules/platform/db/client';

// The fictional City of Kuusilahti: departments, categories and the demo staff (all names invented).

export const departments = [
  {
    slug: 'konsernihallinto',
    nameFi: 'Konsernihallinto',
    nameSv: 'Koncernförvaltningen',
    nameEn: 'Central Administration',
  },
  { slug: 'henkilostopalvelut', nameFi: 'Henkilöstöpalvelut', nameSv: 'Personaltjänster', nameEn: 'HR Services' },
  { slug: 'sivistys', nameFi: 'Sivistyksen toimiala', nameSv: 'Bildningssektorn', nameEn: 'Education and Culture' },
  {
    slug: 'kaupunkirakenne',
    nameFi: 'Kaupunkirakenteen toimiala',
    nameSv: 'Stadsmiljösektorn',
    nameEn: 'Urban Environment',
  },
  { slug: 'elinvoima', nameFi: 'Elinvoiman toimiala', nameSv: 'Livskraftssektorn', nameEn: 'Vitality and Business' },
  {
    slug: 'ateria-ja-puhtaanapito',
    nameFi: 'Ateria- ja puhtaanapitopalvelut',
    nameSv: 'Måltids- och städtjänster',
    nameEn: 'Catering and Cleaning Services',
  },
] as const;

export type DepartmentSlug = (typeof departments)[number]['slug'];

export const categories = [
  {
    slug: 'digitalisaatio',
    nameFi: 'Digitalisaatio ja automaatio',
    nameSv: 'Digitalisering och automation',
    nameEn: 'Digitalisation and automation',
  },
  { slug: 'asiakaspalvelu', nameFi: 'Asiakaspalvelu', nameSv: 'Kundservice', nameEn: 'Customer service' },
  {
    slug: 'prosessit',
    nameFi: 'Toimintatavat ja prosessit',
    nameSv: 'Arbetssätt och processer',
    nameEn: 'Ways of working and processes',
  },
  { slug: 'tyohyvinvointi', nameFi: 'Työhyvinvointi', nameSv: 'Arbetshälsa', nameEn: 'Wellbeing at work' },
  {
    slug: 'ymparisto',
    nameFi: 'Ympäristö ja kestävyys',
    nameSv: 'Miljö och hållbarhet',
    nameEn: 'Environment and sustainability',
  },
  {
    slug: 'talous',
    nameFi: 'Talous ja hankinnat',
    nameSv: 'Ekonomi och upphandling',
    nameEn: 'Finance and procurement',
  },
  {
    slug: 'osaaminen',
    nameFi: 'Osaaminen ja perehdytys',
    nameSv: 'Kompetens och introduktion',
    nameEn: 'Skills and onboarding',
  },
] as const;

export type CategorySlug = (typeof categories)[number]['slug'];

export interface DemoUser {
  name: string;
  jobTitle: string;
  department: DepartmentSlug;
  roles: Role[];
  locale?: 'fi' | 'sv' | 'en';
  /** A manager's departments beyond their own (managed departments). */
  alsoManages?: DepartmentSlug[];
}

const { EMPLOYEE, MODERATOR, MANAGER, HR, ADMIN, COORDINATOR } = Role;

/** The first user of each role is the one the README suggests for a click-through. */
export const users: DemoUser[] = [
  { name: 'Sari Virtanen', jobTitle: 'Digikehityspäällikkö', department: 'konsernihallinto', roles: [EMPLOYEE, ADMIN] },
  { name: 'Anne Heikkinen', jobTitle: 'Palkka-asiantuntija', department: 'henkilostopalvelut', roles: [EMPLOYEE, HR] },
  { name: 'Mikko Korhonen', jobTitle: 'Varhaiskasvatusjohtaja', department: 'sivistys', roles: [EMPLOYEE, MANAGER] },
  {
    name: 'Helena Rautiainen',
    jobTitle: 'Kehittämiskoordinaattori',
    department: 'konsernihallinto',
    roles: [EMPLOYEE, COORDINATOR],
  },
  {
    name: 'Laura Nieminen',
    jobTitle: 'Viestintäsuunnittelija',
    department: 'konsernihallinto',
    roles: [EMPLOYEE, MODERATOR],
  },
  { name: 'Matti Mäkinen', jobTitle: 'Kokki', department: 'ateria-ja-puhtaanapito', roles: [EMPLOYEE] },
  {
    name: 'Päivi Hämäläinen',
    jobTitle: 'Henkilöstöjohtaja',
    department: 'henkilostopalvelut',
    roles: [EMPLOYEE, HR, MANAGER],
  },
  { name: 'Jari Laine', jobTitle: 'Kaupungininsinööri', department: 'kaupunkirakenne', roles: [EMPLOYEE, MANAGER] },
  { name: 'Tiina Koskinen', jobTitle: 'Elinkeinojohtaja', department: 'elinvoima', roles: [EMPLOYEE, MANAGER] },
  {
    name: 'Kari Järvinen',
    jobTitle: 'Palvelupäällikkö',
    department: 'ateria-ja-puhtaanapito',
    roles: [EMPLOYEE, MANAGER],
    // School and day-care meals: the catering manager acts for education's ideas too.
    alsoManages: ['sivistys'],
  },
  {
    name: 'Riikka Lehtonen',
    jobTitle: 'Hallintojohtaja',
    department: 'konsernihallinto',
    roles: [EMPLOYEE, MANAGER],
    alsoManages: ['henkilostopalvelut'],
  },
  {
    name: 'Johanna Saarinen',
    jobTitle: 'Asiakaspalvelusihteeri',
    department: 'sivistys',
    roles: [EMPLOYEE, MODERATOR],
  },
  {
    name: 'Petri Salminen',
    jobTitle: 'Tietohallintoasiantuntija',
    department: 'konsernihallinto',
    roles: [EMPLOYEE, MODERATOR],
  },
  { name: 'Heidi Heinonen', jobTitle: 'Lastentarhanopettaja', department: 'sivistys', roles: [EMPLOYEE] },
  { name: 'Antti Niemi', jobTitle: 'Laitosmies', department: 'kaupunkirakenne', roles: [EMPLOYEE] },
  { name: 'Minna Heikkilä', jobTitle: 'Siivooja', department: 'ateria-ja-puhtaanapito', roles: [EMPLOYEE] },
  { name: 'Timo Kinnunen', jobTitle: 'Kirjastovirkailija', department: 'sivistys', roles: [EMPLOYEE] },
  { name: 'Satu Salonen', jobTitle: 'Ravitsemistyöntekijä', department: 'ateria-ja-puhtaanapito', roles: [EMPLOYEE] },
  { name: 'Juha Turunen', jobTitle: 'Rakennustarkastaja', department: 'kaupunkirakenne', roles: [EMPLOYEE] },
  { name: 'Hanna Salo', jobTitle: 'Luokanopettaja', department: 'sivistys', roles: [EMPLOYEE] },
  { name: 'Mika Rantanen', jobTitle: 'Kirjanpitäjä', department: 'konsernihallinto', roles: [EMPLOYEE] },
  { name: 'Katja Laaksonen', jobTitle: 'Yritysneuvoja', department: 'elinvoima', roles: [EMPLOYEE] },
  { name: 'Ville Karjalainen', jobTitle: 'Kaavoittaja', department: 'kaupunkirakenne', roles: [EMPLOYEE] },
  { name: 'Elina Jokinen', jobTitle: 'Koulusihteeri', department: 'sivistys', roles: [EMPLOYEE] },
  { name: 'Pekka Lehtinen', jobTitle: 'Liikuntasuunnittelija', department: 'elinvoima', roles: [EMPLOYEE] },
  { name: 'Marjo Pitkänen', jobTitle: 'Ruokapalveluesimies', department: 'ateria-ja-puhtaanapito', roles: [EMPLOYEE] },
  { name: 'Tuomas Lindholm', jobTitle: 'Nuoriso-ohjaaja', department: 'sivistys', roles: [EMPLOYEE], locale: 'sv' },
  {
    name: 'Anna-Maria Sjöberg',
    jobTitle: 'Rekrytointiasiantuntija',
    department: 'henkilostopalvelut',
    roles: [EMPLOYEE],
    locale: 'sv',
  },
  { name: 'Jussi Hiltunen', jobTitle: 'Puistotyöntekijä', department: 'kaupunkirakenne', roles: [EMPLOYEE] },
  { name: 'Noora Räsänen', jobTitle: 'Matkailukoordinaattori', department: 'elinvoima', roles: [EMPLOYEE] },
  { name: 'Sami Ahonen', jobTitle: 'Hankinta-asiantuntija', department: 'konsernihallinto', roles: [EMPLOYEE] },
  { name: 'Eeva Vainio', jobTitle: 'Varhaiskasvatuksen erityisopettaja', department: 'sivistys', roles: [EMPLOYEE] },
  { name: 'Olli Miettinen', jobTitle: 'Kiinteistönhoitaja', department: 'kaupunkirakenne', roles: [EMPLOYEE] },
  { name: 'Kaisa Toivonen', jobTitle: 'Laitoshuoltaja', department: 'ateria-ja-puhtaanapito', roles: [EMPLOYEE] },
  { name: 'Markus Manninen', jobTitle: 'Järjestelmäasiantuntija', department: 'konsernihallinto', roles: [EMPLOYEE] },
  { name: 'Leena Savolainen', jobTitle: 'Palkkasihteeri', department: 'henkilostopalvelut', roles: [EMPLOYEE] },
  { name: 'Teemu Laitinen', jobTitle: 'Ympäristötarkastaja', department: 'kaupunkirakenne', roles: [EMPLOYEE] },
  { name: 'Sanna Leinonen', jobTitle: 'Kulttuurituottaja', department: 'elinvoima', roles: [EMPLOYEE] },
  { name: 'Harri Kettunen', jobTitle: 'Koulunkäynnin ohjaaja', department: 'sivistys', roles: [EMPLOYEE] },
  {
    name: 'Emma Wikström',
    jobTitle: 'Arkistosihteeri',
    department: 'konsernihallinto',
    roles: [EMPLOYEE],
    locale: 'sv',
  },
  { name: 'Aleksi Ojala', jobTitle: 'Kokki', department: 'ateria-ja-puhtaanapito', roles: [EMPLOYEE] },
  { name: 'Oona Kallio', jobTitle: 'Asiakasneuvoja', department: 'konsernihallinto', roles: [EMPLOYEE], locale: 'en' },
];

export function demoEmail(name: string): string {
  const ascii = name
    .toLowerCase()
    .replace(/[äå]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[^a-z -]/g, '')
    .replace(/\s+/g, '.');
  return `${ascii}@kuusilahti.example`;
}
