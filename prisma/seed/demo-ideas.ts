import { IdeaStatus } from '../../modules/platform/db/client';
import type { CategorySlug, DepartmentSlug } from './demo-organisation';

export interface DemoIdea {
  title: string;
  body: string;
  category: CategorySlug;
  departments: DepartmentSlug[];
  status: IdeaStatus;
  author: string;
  /** When the idea was first created, in days before the seed runs. */
  daysAgo: number;
  savingsEur?: number;
  hoursSaved?: number;
  benefitNote?: string;
  anonymous?: boolean;
  /** Why a door closed (rejected, declined, discontinued) or what changes were asked for. */
  reason?: string;
}

const S = IdeaStatus;

export const ideas: DemoIdea[] = [
  {
    title: 'Automaattinen esiopetuspaikan osoittaminen',
    body: 'Esiopetuspaikat osoitetaan nyt käsin taulukoista, ja työ vie keväisin kahdelta ihmiseltä viikkoja.\n\nEhdotan, että paikat osoitetaan **automaattisesti** oppilaaksiottoalueen, sisarusperusteen ja huoltajan toiveiden perusteella. Ihminen tarkistaa vain poikkeukset.',
    category: 'digitalisaatio', departments: ['sivistys'], status: S.IMPLEMENTED, author: 'Elina Jokinen', daysAgo: 300, hoursSaved: 320,
    benefitNote: 'Perheet saavat päätöksen viikkoja aiemmin.',
  },
  {
    title: 'Henkilöstöravintolan digitaalinen maksujärjestelmä',
    body: 'Henkilöstöravintolassa maksetaan yhä lounaslipukkeilla, jotka pitää tilata, jakaa ja laskea käsin. Mobiilimaksu tai maksu henkilökortilla poistaisi lipukkeet ja niiden käsittelyn.',
    category: 'digitalisaatio', departments: ['ateria-ja-puhtaanapito', 'konsernihallinto'], status: S.EXPERIMENT, author: 'Marjo Pitkänen', daysAgo: 210, savingsEur: 18000,
  },
  {
    title: 'Sähköinen arkistointi paperiarkiston tilalle',
    body: 'Arkistossa on satoja hyllymetrejä paperia, ja uutta tulee joka vuosi. Siirrytään sähköiseen arkistointiin (e-arkisto) ja digitoidaan eniten käytetyt sarjat ensin.\n\n- vähemmän tilaa\n- haku sekunneissa\n- ei kadonneita kansioita',
    category: 'digitalisaatio', departments: ['konsernihallinto'], status: S.IMPLEMENTATION, author: 'Emma Wikström', daysAgo: 260, savingsEur: 42000,
  },
  {
    title: 'Karttapohjainen palautekanava asukkaille',
    body: 'Asukkaat ilmoittavat rikkinäisistä katuvaloista ja kuopista puhelimella ja sähköpostilla, ja sijainti joudutaan selvittämään jälkikäteen. Kartalle merkittävä palaute menisi suoraan oikealle tiimille sijainnin ja kuvan kanssa.',
    category: 'asiakaspalvelu', departments: ['kaupunkirakenne'], status: S.EVALUATION, author: 'Juha Turunen', daysAgo: 190, hoursSaved: 600,
  },
  {
    title: 'Videoasiointi rakennusvalvontaan',
    body: 'Moni rakennuslupa-asia hoituisi lyhyellä videotapaamisella ilman käyntiä virastossa. Ajanvaraus verkossa ja Teams-linkki automaattisesti.',
    category: 'asiakaspalvelu', departments: ['kaupunkirakenne'], status: S.IMPLEMENTED, author: 'Juha Turunen', daysAgo: 280, hoursSaved: 250,
  },
  {
    title: 'Laskutusrajapinta talousjärjestelmän ja asiakastietojärjestelmän välille',
    body: 'Varhaiskasvatuksen laskut siirretään nyt tiedostona käsin talousjärjestelmään. Rajapinta poistaisi käsityön ja virheet, jotka johtuvat vanhentuneista tiedostoista.',
    category: 'digitalisaatio', departments: ['konsernihallinto', 'sivistys'], status: S.SHORTLISTED, author: 'Mika Rantanen', daysAgo: 120, hoursSaved: 400, savingsEur: 9000,
  },
  {
    title: 'Digitaalinen perehdytys keittiöhenkilöstölle',
    body: 'Uusia keittiötyöntekijöitä perehdytetään kiireen keskellä suullisesti. Lyhyet videot ja puhelimella tehtävä tarkistuslista (hygienia, laitteet, allergiat) auttaisivat, ja perehdytyksen voisi tehdä omassa tahdissa.',
    category: 'osaaminen', departments: ['ateria-ja-puhtaanapito'], status: S.EVALUATION, author: 'Matti Mäkinen', daysAgo: 150, hoursSaved: 180,
    benefitNote: 'Vähemmän virheitä erityisruokavalioissa.',
  },
  {
    title: 'Siivouksen tarvepohjainen ohjaus anturidatan avulla',
    body: 'Kaikki tilat siivotaan saman aikataulun mukaan, vaikka osa on tyhjillään. Käyttöasteanturit kertoisivat, missä siivousta oikeasti tarvitaan.',
    category: 'prosessit', departments: ['ateria-ja-puhtaanapito', 'kaupunkirakenne'], status: S.EXPERIMENT, author: 'Minna Heikkilä', daysAgo: 170, savingsEur: 35000,
  },
  {
    title: 'Hävikkiruoan myynti iltapäivisin edullisesti',
    body: 'Koulukeittiöissä jää päivittäin syömätöntä ruokaa. Sen voisi myydä iltapäivällä edullisesti esimerkiksi ResQ-tyyppisen sovelluksen kautta.',
    category: 'ymparisto', departments: ['ateria-ja-puhtaanapito'], status: S.IMPLEMENTED, author: 'Satu Salonen', daysAgo: 320, savingsEur: 6000,
    benefitNote: 'Ruokahävikki pienenee arviolta kolmanneksella.',
  },
  {
    title: 'Yhteinen sijaisrekisteri varhaiskasvatukseen',
    body: 'Jokainen päiväkoti soittaa sijaisia omasta listastaan aamulla kuudelta. Yhteinen sijaisrekisteri ja tekstiviestikysely säästäisivät johtajien aamuja.',
    category: 'prosessit', departments: ['sivistys'], status: S.PUBLISHED, author: 'Heidi Heinonen', daysAgo: 40, hoursSaved: 500,
  },
  {
    title: 'Päiväkotien välinen lelujen ja välineiden kierrätys',
    body: 'Päiväkodeissa on varastoissa välineitä, joita toinen päiväkoti ostaa juuri uutena. Yhteinen kierrätyslista intranetiin.',
    category: 'ymparisto', departments: ['sivistys'], status: S.PUBLISHED, author: 'Eeva Vainio', daysAgo: 35, savingsEur: 4000,
  },
  {
    title: 'Kirjaston omatoimiaukiolon laajentaminen kyläkirjastoihin',
    body: 'Pääkirjaston omatoimiaukiolo on ollut suosittu. Sama malli kyläkirjastoihin pidentäisi aukioloa ilman lisähenkilöstöä.',
    category: 'asiakaspalvelu', departments: ['sivistys'], status: S.SHORTLISTED, author: 'Timo Kinnunen', daysAgo: 95,
  },
  {
    title: 'Sähköinen allekirjoitus kaikkiin sopimuksiin',
    body: 'Sopimuksia tulostetaan, allekirjoitetaan, skannataan ja postitetaan. Sähköinen allekirjoitus on jo hankittu, mutta sitä käytetään vain osassa yksiköitä.',
    category: 'digitalisaatio', departments: ['konsernihallinto'], status: S.IMPLEMENTED, author: 'Sami Ahonen', daysAgo: 340, hoursSaved: 300,
  },
  {
    title: 'Työvuorotoiveet mobiilisovelluksella',
    body: 'Ateriapalveluissa työvuorotoiveet kerätään paperille taukotilan seinällä. Toiveet voisi jättää puhelimella, ja esihenkilö näkisi ne suoraan suunnittelussa.',
    category: 'tyohyvinvointi', departments: ['ateria-ja-puhtaanapito'], status: S.PUBLISHED, author: 'Aleksi Ojala', daysAgo: 28,
  },
  {
    title: 'Kaupungin autojen yhteiskäyttö verkkovarauksella',
    body: 'Toimialoilla on omia autoja, jotka seisovat suuren osan päivästä. Yhteinen varauskalenteri ja avainkaappi lisäisivät käyttöastetta ja vähentäisivät autojen määrää.',
    category: 'talous', departments: ['konsernihallinto', 'kaupunkirakenne'], status: S.IMPLEMENTATION, author: 'Olli Miettinen', daysAgo: 230, savingsEur: 28000,
  },
  {
    title: 'Chatbotti vastaamaan yleisimpiin asiakaskysymyksiin',
    body: 'Asiakaspalveluun tulee päivittäin samat kysymykset aukioloajoista, maksuista ja lomakkeista. Chatbotti voisi vastata niihin ympäri vuorokauden ja ohjata muut ihmiselle.',
    category: 'asiakaspalvelu', departments: ['konsernihallinto'], status: S.DISCONTINUED, author: 'Oona Kallio', daysAgo: 250,
    reason: 'Kokeilussa botti osasi vastata vain viidennekseen kysymyksistä. Panostamme ensin verkkosivujen usein kysyttyihin kysymyksiin.',
  },
  {
    title: 'Yhteinen sähköinen lomakepohja kaikille toimialoille',
    body: 'Jokainen toimiala tekee omat lomakkeensa eri työkaluilla. Yksi lomaketyökalu ja yhteinen ilme helpottaisivat asukkaita ja vähentäisivät ylläpitoa.',
    category: 'digitalisaatio', departments: ['konsernihallinto'], status: S.PUBLISHED, author: 'Markus Manninen', daysAgo: 22,
  },
  {
    title: 'Taukojumppa-muistutus etätyöpäiville',
    body: 'Etätyöpäivinä istutaan helposti tuntikausia. Teamsiin ajastettu muistutus ja viiden minuutin taukojumppavideo kerran päivässä.',
    category: 'tyohyvinvointi', departments: ['henkilostopalvelut'], status: S.PUBLISHED, author: 'Pekka Lehtinen', daysAgo: 18,
  },
  {
    title: 'Kouluruokalan menu ruudulle kuvina',
    body: 'Moni oppilas ei osaa lukea suomea tai ei jaksa lukea listaa. Ruokalan ruudulle kuvat päivän ruoista ja allergeeneista.',
    category: 'asiakaspalvelu', departments: ['ateria-ja-puhtaanapito', 'sivistys'], status: S.PUBLISHED, author: 'Satu Salonen', daysAgo: 55,
  },
  {
    title: 'Laskujen hyväksyntä mobiilissa',
    body: 'Esihenkilöt hyväksyvät ostolaskut vain koneelta, ja laskut myöhästyvät lomilla. Mobiilihyväksyntä nopeuttaisi maksamista ja vähentäisi viivästyskorkoja.',
    category: 'talous', departments: ['konsernihallinto'], status: S.EVALUATION, author: 'Mika Rantanen', daysAgo: 140, savingsEur: 7500,
  },
  {
    title: 'Uimahallin vuorojen varaus verkossa',
    body: 'Seurat varaavat uimahallin ratoja sähköpostilla, ja varauskirja on Excel-tiedosto. Verkkovaraus näyttäisi vapaat vuorot kaikille.',
    category: 'asiakaspalvelu', departments: ['elinvoima'], status: S.SHORTLISTED, author: 'Pekka Lehtinen', daysAgo: 85, hoursSaved: 150,
  },
  {
    title: 'Yritysneuvonnan ajanvaraus suoraan kalenteriin',
    body: 'Yrittäjät soittavat neuvontaan ja sopivat ajan puhelimessa. Verkkoajanvaraus neuvojien kalentereihin vähentäisi puheluita.',
    category: 'asiakaspalvelu', departments: ['elinvoima'], status: S.PUBLISHED, author: 'Katja Laaksonen', daysAgo: 47,
  },
  {
    title: 'Puistojen kastelun ohjaus sääennusteen mukaan',
    body: 'Kesällä istutuksia kastellaan aikataulun mukaan myös sateella. Kastelukierrokset voisi ohjata sääennusteen ja maaperän kosteusanturien mukaan.',
    category: 'ymparisto', departments: ['kaupunkirakenne'], status: S.PUBLISHED, author: 'Jussi Hiltunen', daysAgo: 60, hoursSaved: 200,
  },
  {
    title: 'Kokoushuoneiden varaus näyttöineen ovipieleen',
    body: 'Varatut huoneet ovat usein tyhjiä ja vapaat huoneet näyttävät varatuilta. Ovipielen näyttö ja automaattinen vapautus, jos kukaan ei kuittaa varausta.',
    category: 'prosessit', departments: ['konsernihallinto'], status: S.PUBLISHED, author: 'Riikka Lehtonen', daysAgo: 12,
  },
  {
    title: 'Rekrytointi-ilmoitusten kieliversiot automaattisesti',
    body: 'Ruotsin- ja englanninkieliset ilmoitukset tehdään käsin, ja ne jäävät usein tekemättä. Konekäännös ja tarkistus nopeuttaisivat julkaisua.',
    category: 'digitalisaatio', departments: ['henkilostopalvelut'], status: S.PUBLISHED, author: 'Anna-Maria Sjöberg', daysAgo: 30,
  },
  {
    title: 'Matkalaskut kuvaamalla kuitti puhelimella',
    body: 'Matkalaskun liitteet skannataan toimiston laitteella. Kuitin kuvaaminen puhelimella ja automaattinen tekstintunnistus säästäisivät aikaa.',
    category: 'digitalisaatio', departments: ['konsernihallinto', 'henkilostopalvelut'], status: S.PUBLISHED, author: 'Leena Savolainen', daysAgo: 25, hoursSaved: 350,
  },
  {
    title: 'Uuden työntekijän ensimmäisen viikon muistilista esihenkilölle',
    body: 'Tunnukset, avaimet ja työvälineet ovat usein myöhässä. Automaattinen muistilista esihenkilölle kaksi viikkoa ennen aloitusta.',
    category: 'osaaminen', departments: ['henkilostopalvelut'], status: S.SHORTLISTED, author: 'Anna-Maria Sjöberg', daysAgo: 100,
  },
  {
    title: 'Koulujen kiinteistövikailmoitukset QR-koodilla',
    body: 'Vioista ilmoitetaan kiinteistönhoitajalle sähköpostilla, ja viestit hukkuvat. Luokan ovessa oleva QR-koodi avaisi valmiin vikailmoituksen oikealle kohteelle.',
    category: 'prosessit', departments: ['kaupunkirakenne', 'sivistys'], status: S.PUBLISHED, author: 'Antti Niemi', daysAgo: 20,
  },
  {
    title: 'Kesätyöntekijöiden perehdytysvideot',
    body: 'Kesätyöntekijöitä on satoja, ja jokainen yksikkö perehdyttää samat asiat erikseen. Yhteiset lyhyet videot työturvallisuudesta ja tietosuojasta.',
    category: 'osaaminen', departments: ['henkilostopalvelut'], status: S.PUBLISHED, author: 'Leena Savolainen', daysAgo: 70,
  },
  {
    title: 'Ruokatilausten sähköinen järjestelmä päiväkodeille',
    body: 'Päiväkodit tilaavat ruoat puhelimella ja sähköpostilla, ja määrät muuttuvat päivittäin. Sähköinen tilaus poissaolojen perusteella vähentäisi hävikkiä.',
    category: 'ymparisto', departments: ['ateria-ja-puhtaanapito', 'sivistys'], status: S.PUBLISHED, author: 'Marjo Pitkänen', daysAgo: 65, savingsEur: 12000,
  },
  {
    title: 'Etäluettavat vesimittarit kaupungin kiinteistöihin',
    body: 'Vesimittarit luetaan käsin kerran kuussa, ja vuodot huomataan vasta laskusta. Etäluenta hälyttäisi vuodoista heti.',
    category: 'ymparisto', departments: ['kaupunkirakenne'], status: S.PUBLISHED, author: 'Olli Miettinen', daysAgo: 75, savingsEur: 20000,
  },
  {
    title: 'Asiakaspalautteet yhteen paikkaan',
    body: 'Palautetta tulee sähköpostiin, somekanaviin, puhelimeen ja lomakkeelle. Yksi palautejärjestelmä ja vastausten seuranta.',
    category: 'asiakaspalvelu', departments: ['konsernihallinto'], status: S.MERGED, author: 'Oona Kallio', daysAgo: 150,
  },
  {
    title: 'Tapahtumakalenteri yhdeksi rajapinnaksi',
    body: 'Kaupungin tapahtumat syötetään kolmeen eri kalenteriin. Yksi rajapinta, josta verkkosivut, matkailusivusto ja infonäytöt hakevat tapahtumat.',
    category: 'digitalisaatio', departments: ['elinvoima'], status: S.PUBLISHED, author: 'Noora Räsänen', daysAgo: 52, hoursSaved: 220,
  },
  {
    title: 'Kulttuuritilojen vapaat ajat näkyviin',
    body: 'Yhdistykset kysyvät tilojen vapaita aikoja puhelimella. Julkinen varauskalenteri vähentäisi kyselyitä.',
    category: 'asiakaspalvelu', departments: ['elinvoima'], status: S.PUBLISHED, author: 'Sanna Leinonen', daysAgo: 44,
  },
  {
    title: 'Yhteiskäyttöiset sähköpyörät työmatkoille',
    body: 'Lyhyet työmatkat kaupungin sisällä ajetaan autolla. Toimipisteisiin yhteiskäyttöiset sähköpyörät.',
    category: 'ymparisto', departments: ['konsernihallinto'], status: S.DECLINED, author: 'Teemu Laitinen', daysAgo: 180,
    reason: 'Pyörien huolto ja vakuutus olisivat kalliimpia kuin hyöty tällä hetkellä. Palataan asiaan, kun työmatkapyöräetu on selvitetty.',
  },
  {
    title: 'Sisäilmaongelmien ilmoituskanava henkilöstölle',
    body: 'Sisäilmaoireista ilmoitetaan eri tavoin eri yksiköissä, eikä kokonaiskuvaa synny. Yksi lomake ja koonti työsuojeluun.',
    category: 'tyohyvinvointi', departments: ['kaupunkirakenne', 'henkilostopalvelut'], status: S.PUBLISHED, author: 'Harri Kettunen', daysAgo: 38, anonymous: true,
  },
  {
    title: 'Oppilaiden poissaoloilmoitukset suoraan Wilmaan tekstiviestillä',
    body: 'Huoltajat soittavat koulusihteerille aamulla. Tekstiviesti-ilmoitus kirjautuisi suoraan Wilmaan.',
    category: 'digitalisaatio', departments: ['sivistys'], status: S.PUBLISHED, author: 'Elina Jokinen', daysAgo: 33,
  },
  {
    title: 'Kiinteistöjen lämpötilan etäohjaus viikonlopuiksi',
    body: 'Koulut ja toimistot lämpenevät viikonloppuisin turhaan. Lämpötilan pudotus etäohjauksella säästäisi energiaa.',
    category: 'ymparisto', departments: ['kaupunkirakenne'], status: S.SHORTLISTED, author: 'Olli Miettinen', daysAgo: 110, savingsEur: 55000,
  },
  {
    title: 'Hankintojen yhteinen tarvekartoitus syksyisin',
    body: 'Samoja tuotteita hankitaan erikseen eri yksiköissä. Yhteinen tarvekartoitus ennen kilpailutusta toisi paremmat hinnat.',
    category: 'talous', departments: ['konsernihallinto'], status: S.PUBLISHED, author: 'Sami Ahonen', daysAgo: 58, savingsEur: 30000,
  },
  {
    title: 'Nuorisotilojen aukioloajat somessa automaattisesti',
    body: 'Muuttuneet aukioloajat päivitetään käsin kolmeen kanavaan. Yksi päivitys, joka julkaistaan kaikkialle.',
    category: 'asiakaspalvelu', departments: ['sivistys'], status: S.PUBLISHED, author: 'Tuomas Lindholm', daysAgo: 15,
  },
  {
    title: 'Kuntalaisaloitteiden käsittelyn seuranta verkossa',
    body: 'Aloitteen tekijä ei näe, missä käsittelyvaiheessa aloite on. Julkinen seurantanäkymä vähentäisi tiedusteluja.',
    category: 'asiakaspalvelu', departments: ['konsernihallinto'], status: S.PUBLISHED, author: 'Laura Nieminen', daysAgo: 48,
  },
  {
    title: 'Ikääntyneiden digitukikahvilat kirjastoihin',
    body: 'Moni ikääntynyt tarvitsee apua sähköisessä asioinnissa. Viikoittainen digitukikahvila kirjastossa vapaaehtoisten ja henkilöstön voimin.',
    category: 'asiakaspalvelu', departments: ['sivistys'], status: S.PUBLISHED, author: 'Timo Kinnunen', daysAgo: 62,
  },
  {
    title: 'Työpistevaraus monitilatoimistoon',
    body: 'Monitilatoimistossa ei tiedä aamulla, onko työpisteitä vapaana. Varaus sovelluksella edellisenä päivänä.',
    category: 'tyohyvinvointi', departments: ['konsernihallinto'], status: S.PUBLISHED, author: 'Markus Manninen', daysAgo: 26,
  },
  {
    title: 'Siivousaineiden annostelu automaattisesti',
    body: 'Aineita annostellaan silmämääräisesti, ja kulutus on suuri. Annostelulaitteet vähentäisivät kulutusta ja ihon ärsytystä.',
    category: 'ymparisto', departments: ['ateria-ja-puhtaanapito'], status: S.PUBLISHED, author: 'Kaisa Toivonen', daysAgo: 42, savingsEur: 8000,
  },
  {
    title: 'Kaavoituksen vuorovaikutus 3D-mallilla',
    body: 'Asukkaiden on vaikea hahmottaa kaavaluonnoksia. Selaimessa toimiva 3D-malli näyttäisi, miltä alue näyttää eri suunnista.',
    category: 'asiakaspalvelu', departments: ['kaupunkirakenne'], status: S.PUBLISHED, author: 'Ville Karjalainen', daysAgo: 80,
  },
  {
    title: 'Palkkalaskelmat vain sähköisenä',
    body: 'Osa palkkalaskelmista tulostetaan ja postitetaan yhä. Sähköinen laskelma oletuksena, paperi pyynnöstä.',
    category: 'talous', departments: ['henkilostopalvelut'], status: S.ARCHIVED, author: 'Leena Savolainen', daysAgo: 330, savingsEur: 5000,
  },
  {
    title: 'Ruokalistojen ravintosisällöt automaattisesti',
    body: 'Ravintosisältölaskelmat tehdään käsin taulukkoon. Ruokatuotannon järjestelmä laskisi ne suoraan reseptiikasta.',
    category: 'digitalisaatio', departments: ['ateria-ja-puhtaanapito'], status: S.PUBLISHED, author: 'Marjo Pitkänen', daysAgo: 37,
  },
  {
    title: 'Vertaismentorointi uusille esihenkilöille',
    body: 'Uudet esihenkilöt jäävät usein yksin. Kokeneen esihenkilön mentorointi ensimmäisen vuoden ajan.',
    category: 'osaaminen', departments: ['henkilostopalvelut'], status: S.PUBLISHED, author: 'Päivi Hämäläinen', daysAgo: 90,
  },
  {
    title: 'Talvikunnossapidon tilanne kartalle',
    body: 'Asukkaat soittavat kysyäkseen, milloin heidän katunsa aurataan. Aurauskaluston reaaliaikainen tilanne kartalle.',
    category: 'asiakaspalvelu', departments: ['kaupunkirakenne'], status: S.PUBLISHED, author: 'Jari Laine', daysAgo: 10,
  },
  {
    title: 'Kokousmuistioiden pohja ja automaattinen jakelu',
    body: 'Muistiot kirjoitetaan eri pohjille ja lähetetään käsin. Yhteinen pohja ja automaattinen jakelu osallistujille.',
    category: 'prosessit', departments: ['konsernihallinto'], status: S.PUBLISHED, author: 'Riikka Lehtonen', daysAgo: 8,
  },
  {
    title: 'Lasten allergiatiedot turvallisesti keittiön käyttöön',
    body: 'Allergiatiedot kulkevat paperilapuilla päiväkodista keittiöön. Sähköinen erityisruokavaliolomake, josta tiedot näkyvät vain tarvitseville.',
    category: 'digitalisaatio', departments: ['ateria-ja-puhtaanapito', 'sivistys'], status: S.SUBMITTED, author: 'Eeva Vainio', daysAgo: 4,
  },
  {
    title: 'Työterveyshuollon ajanvaraus samaan palveluun',
    body: 'Työterveysaika varataan puhelimella. Linkki työterveyden verkkoajanvaraukseen intranetin etusivulle.',
    category: 'tyohyvinvointi', departments: ['henkilostopalvelut'], status: S.SUBMITTED, author: 'Kaisa Toivonen', daysAgo: 3,
  },
  {
    title: 'Liikuntapaikkojen kävijälaskenta',
    body: 'Emme tiedä, paljonko lähiliikuntapaikkoja käytetään. Yksinkertaiset kävijälaskurit ohjaisivat investointeja.',
    category: 'talous', departments: ['elinvoima'], status: S.SUBMITTED, author: 'Pekka Lehtinen', daysAgo: 2,
  },
  {
    title: 'Kaupungintalon aulaan asiointipiste',
    body: 'Aulassa ei ole paikkaa, jossa asukas voi asioida verkossa avustettuna. Kone ja avustaja aulaan ruuhka-aikoina.',
    category: 'asiakaspalvelu', departments: ['konsernihallinto'], status: S.SUBMITTED, author: 'Oona Kallio', daysAgo: 1,
  },
  {
    title: 'Koulukuljetusten reitit optimoimalla',
    body: 'Kuljetusreitit on suunniteltu vuosia sitten. Reittien optimointi ohjelmallisesti säästäisi ajokilometrejä.',
    category: 'talous', departments: ['sivistys'], status: S.SUBMITTED, author: 'Hanna Salo', daysAgo: 1, savingsEur: 40000,
  },
  {
    title: 'Vanhojen tietokoneiden kierrätys kouluille',
    body: 'Toimistojen vanhat koneet romutetaan. Osa kelpaisi koulujen varakoneiksi.',
    category: 'ymparisto', departments: ['konsernihallinto', 'sivistys'], status: S.CHANGES_REQUESTED, author: 'Markus Manninen', daysAgo: 14,
    reason: 'Kerrotko vielä, miten koneiden tietoturva (levyjen tyhjennys) hoidettaisiin ja kuka ylläpitää koneita kouluilla?',
  },
  {
    title: 'Henkilökunnan parkkipaikat vuorotyöläisille etusijalla',
    body: 'Aamuvuoroon tulevat eivät löydä paikkaa. Osa paikoista varattaisiin vuorotyötä tekeville.',
    category: 'tyohyvinvointi', departments: ['ateria-ja-puhtaanapito'], status: S.CHANGES_REQUESTED, author: 'Aleksi Ojala', daysAgo: 9,
    reason: 'Kiitos ideasta! Voisitko tarkentaa, mitä toimipistettä ehdotus koskee?',
  },
  {
    title: 'Kaikki kokoukset etänä',
    body: 'Lopetetaan kaikki lähikokoukset.',
    category: 'prosessit', departments: ['konsernihallinto'], status: S.REJECTED, author: 'Mika Rantanen', daysAgo: 60,
    reason: 'Ehdotus on liian yleinen, ja moni työ vaatii läsnäoloa. Voit tehdä uuden, rajatumman ehdotuksen esimerkiksi tietyistä kokoustyypeistä.',
  },
  {
    title: 'Oma sovellus jokaiselle palvelulle',
    body: 'Jokaiselle palvelulle oma mobiilisovellus.',
    category: 'digitalisaatio', departments: ['konsernihallinto'], status: S.REJECTED, author: 'Antti Niemi', daysAgo: 45,
    reason: 'Kaupungin linjaus on yksi verkkoasiointi eikä erillisiä sovelluksia. Hyvä ajatus palvelujen löydettävyydestä kannattaa kuitenkin kirjata uudeksi ideaksi.',
  },
  {
    title: 'Ruokalan jonotusaika näkyviin',
    body: 'Luonnos: ruokalan jonon pituus näytölle, jotta voi valita ajankohdan.',
    category: 'tyohyvinvointi', departments: ['ateria-ja-puhtaanapito'], status: S.DRAFT, author: 'Matti Mäkinen', daysAgo: 2,
  },
  {
    title: 'Lukusalin äänitasomittari',
    body: 'Luonnos: valo näyttää, kun lukusalissa on liian kova ääni.',
    category: 'asiakaspalvelu', departments: ['sivistys'], status: S.DRAFT, author: 'Timo Kinnunen', daysAgo: 5,
  },
  {
    title: 'Puistonpenkkien kunto kartalle',
    body: 'Luonnos: huonokuntoiset penkit ja roska-astiat merkitään kartalle tarkastuskierroksella.',
    category: 'ymparisto', departments: ['kaupunkirakenne'], status: S.DRAFT, author: 'Jussi Hiltunen', daysAgo: 6,
  },
  {
    title: 'Tiimien yhteinen osaamiskartta',
    body: 'Luonnos: kuka osaa mitäkin, jotta apua löytää talon sisältä.',
    category: 'osaaminen', departments: ['henkilostopalvelut'], status: S.DRAFT, author: 'Anna-Maria Sjöberg', daysAgo: 7,
  },
  {
    title: 'Palautteet ja kehitysideat asukkailta samaan järjestelmään',
    body: 'Asukkaiden palaute, kehitysideat ja kysymykset kootaan yhteen järjestelmään, josta ne ohjataan oikeaan yksikköön ja joihin vastataan julkisesti.',
    category: 'asiakaspalvelu', departments: ['konsernihallinto'], status: S.PUBLISHED, author: 'Laura Nieminen', daysAgo: 160,
  },
  {
    title: 'Kokouskahvien tilaus sähköisesti',
    body: 'Kahvitilaukset tulevat keittiöön sähköpostilla ja puhelimella, ja laskutus tehdään käsin. Sähköinen tilauslomake kustannuspaikkoineen.',
    category: 'prosessit', departments: ['ateria-ja-puhtaanapito', 'konsernihallinto'], status: S.PUBLISHED, author: 'Marjo Pitkänen', daysAgo: 50, hoursSaved: 120,
  },
];

/** The duplicate that moderators merged: title of the merged idea → title of the idea it was merged into. */
export const merges: Record<string, string> = {
  'Asiakaspalautteet yhteen paikkaan': 'Palautteet ja kehitysideat asukkailta samaan järjestelmään',
};

export const commentPool = [
  'Tosi hyvä idea! Meillä on sama ongelma.',
  'Tätä on toivottu jo pitkään. Olisin valmis kokeilemaan omassa yksikössäni.',
  'Miten tämä toimisi niissä toimipisteissä, joissa ei ole kunnollista verkkoyhteyttä?',
  'Kannatan. Säästäisi varmasti aikaa myös meillä.',
  'Kannattaisi selvittää, onko naapurikunnissa jo kokemuksia vastaavasta.',
  'Muistakaa tietosuoja: kuka näkee tiedot ja kuinka kauan niitä säilytetään?',
  'Hieno ajatus. Tarvitaanko tähän uusi järjestelmä vai riittäisikö nykyisen asetusten muutos?',
  'Olen tehnyt tätä aiemmassa työpaikassani, ja se toimi hyvin. Autan mielelläni.',
  'Tämä helpottaisi erityisesti osa-aikaisten ja sijaisten työtä.',
  'Voisiko kokeilun aloittaa yhdessä yksikössä ennen laajempaa käyttöönottoa?',
  'Hyvä, mutta muistetaan myös ne, jotka eivät käytä älypuhelinta.',
  'Arvioisin säästön olevan vielä suurempi, jos mukaan otetaan myös viikonloput.',
];

export const officialResponses = [
  'Kiitos ideasta! Idea on otettu ideakiihdyttämöön, ja sen vastuuhenkilö kertoo etenemisestä täällä.',
  'Kokeilu alkaa kahdessa yksikössä. Kokemuksista kerrotaan tällä sivulla.',
  'Toteutus on aikataulutettu, ja käyttöönotto etenee toimialoittain.',
];
