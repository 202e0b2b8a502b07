// Word lists for recognising names: titles, role nouns, organisation and place words, first
// names with their usual gender, and capitalised words that never start a name.

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/u).filter(Boolean));

/** Titles written before a name ("President Putin", "Sen. Ben Sasse", "Mr Obama"). */
export const TITLES = set(`
  Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Sir Dame Lord Lady Sen. Sen Rep. Rep Gov. Gov Gen. Gen Lt. Col. Capt. Sgt. Adm.
  Rev. Rev Fr. President Vice Prime Minister Secretary Chancellor Ambassador Senator Governor Mayor Judge Justice Chief Patrol
  General Attorney King Queen Prince Princess Pope Sheikh Ayatollah Premier Speaker Commissioner Inspector Detective Officer
  Sergeant Captain Colonel Lieutenant Admiral Professor Deputy Special Envoy Director Chairman Chairwoman Leader Skipper
  President-elect Foreign Defense Defence Interior State Press Spokesman Spokeswoman Editor Correspondent Agent Coach Dean
  Pastor Bishop Archbishop Cardinal Rabbi Imam Dr. CEO Adviser Advisor Counsel Lt. Col Superintendent Supt Supt. Det. Insp.
  Constable Corporal Cpl. Realtor QB Quarterback Councilman Councilwoman Councillor Alderman Alderwoman Assemblyman
  Assemblywoman Sheriff Trooper Emperor Empress Kaiser Tsar Czar Sultan Emir Ranger Supervisor Manager Coordinator
  Administrator Commander Warden Trustee Treasurer Principal Planner Analyst Economist Researcher Scientist Founder Co-founder
  Chairperson Lawyer Prosecutor Magistrate Councilmember Organizer Organiser Investigator Firefighter Paramedic Lifeguard
  Curator Lecturer Instructor Headteacher Headmaster Surgeon Physician Executive
`);

/** Abbreviated titles and the role each stands for: "Gov. Linda Hart" is the governor. */
export const TITLE_ROLES: ReadonlyMap<string, string> = new Map([
  ["gov", "governor"], ["sen", "senator"], ["rep", "representative"], ["gen", "general"], ["lt", "lieutenant"], ["col", "colonel"],
  ["capt", "captain"], ["sgt", "sergeant"], ["adm", "admiral"], ["prof", "professor"], ["dr", "doctor"], ["supt", "superintendent"],
  ["atty", "attorney"], ["det", "detective"], ["insp", "inspector"], ["cmdr", "commander"], ["pres", "president"],
]);

/** Titles that tell a person's gender. */
export const MALE_TITLES = set("Mr Mr. Sir Lord King Prince Father Fr. Spokesman Chairman");
export const FEMALE_TITLES = set("Mrs Mrs. Ms Ms. Miss Dame Lady Queen Princess Spokeswoman Chairwoman");

/** Nouns for men and for women: "his brother Sam Baker", "Jo Lee, her daughter," tell a gender the given name may not. */
export const MALE_NOUNS = set(`
  brother son father husband uncle nephew grandfather grandson boyfriend dad stepfather stepson widower king prince
  spokesman chairman congressman actor businessman fiance
`);
export const FEMALE_NOUNS = set(`
  sister daughter mother wife aunt niece grandmother granddaughter girlfriend mom mum stepmother stepdaughter widow queen
  princess spokeswoman chairwoman congresswoman actress businesswoman fiancee
`);

/** Nouns naming a role: a description before a name ends with one ("Kremlin spokesman"). */
export const ROLE_NOUNS = set(`
  spokesman spokeswoman spokesperson envoy analyst president minister secretary senator governor mayor ambassador official
  chief editor correspondent meteorologist reporter director chairman chairwoman leader expert adviser advisor aide professor
  fellow researcher economist lawyer attorney prosecutor judge commander general officer captain skipper psychologist
  representative lawmaker congressman congresswoman member head founder executive manager owner spokesperson activist
  tabloid agency newspaper broadcaster network channel daily outlet company group organisation organization union party
  student teacher doctor scientist writer author historian commentator strategist consultant pilot driver witness friend
  prime premier emissary negotiator diplomat ruler monarch king queen prince dictator strongman deputy board commission
  committee panel department ministry council court
`);

/** Role nouns that name a body, not a person: alone before a person's name they belong to something else ("on whose board Hunter Biden sat"). */
export const COLLECTIVE_ROLE_NOUNS = set(`
  tabloid agency newspaper broadcaster network channel daily outlet company group organisation organization union party board
  commission committee panel department ministry council court firm brokerage bank movement militia brand label chain
  retailer coalition alliance faction
`);

/** Words that make a capitalised phrase an organisation. */
export const ORG_WORDS = set(`
  House Kremlin Ministry Department Bureau Office Agency Committee Council Commission Congress Senate Parliament Assembly
  Court Endowment Institute Institution Foundation University College School Union Party League Association Federation
  Corporation Company Inc Inc. Ltd Group Bank Fund Service Services Administration Authority Center Centre Board Army Navy
  Police Forces Force Guard Times Post News Channel Network Press Agency Journal Tribune Herald Daily Pravda Novosti Reuters
  Airlines Airways Express Amtrak Delta Staff Cabinet Government Commission Church Council Organization Organisation
  Alliance Coalition Movement Front Brigade State Nations Parliament Prisons Transportation Security Safety Brotherhood
  Media Images Radio Network Studios Museum Hospital Clinic Society Trust Fed Treasury Pentagon Vatican Likud NATO Hamas Hezbollah
  Taliban ISIS Qaeda Amazon Foods Market FBI CIA BBC CNN AP AAA TSA NTSB FAA ICC EU UN U.N. NBC CBS ABC MSNBC Fox International Research Finance Electric Motors Dynamics
  LLC LLP PLC Plc GmbH Corp Corp. Co. Holdings Partners Associates Ventures Capital Labs Technologies Systems Solutions
  Enterprises Industries Brands Pharmaceuticals Insurance Airline Railways Bancorp Platforms Financial Securities Entertainment
  Communications Therapeutics Brothers Protection Enforcement Interdiction Prevention Control
  High Elementary Academy Seminary Stadium Arena Library Theater Theatre Cathedral Mosque Synagogue
  Analytics Medicine Operator Oil TV Musée Museo Fondation Société Banco Banque Universidad Université Instituto
  Consortium Club Technology Relations Affairs
`);

/** Body words that come before the name they take in French, Spanish, Italian, Portuguese and German ("Fondation Louis Vuitton", "Museo Frida Kahlo"). */
export const LEADING_ORG_WORDS = set(`
  Fondation Fundación Fundação Fondazione Stiftung Musée Museo Museu Société Sociedad Banco Banque Universidad Université
  Universidade Università Instituto Institut Istituto Collège Lycée École Escuela Colegio Hôpital Teatro Théâtre
`);

/** Organisation words that are names on their own ("the Kremlin said", "Amtrak said"). */
export const PROPER_ORGS = set(`
  Kremlin Congress Senate Parliament Pentagon Vatican Likud Hamas Hezbollah Taliban Amtrak Delta Reuters Amazon Fed Treasury
  Pravda Novosti Fox Cabinet Government
`);

/** Words that make a capitalised phrase a place, not a person or organisation. */
export const PLACE_WORDS = set(`
  Sea Ocean River Lake Lakes Mountains Mountain Island Islands County Region Square Park Street Avenue Road Bay Valley Beach
  Airport Terminal Station Bridge Wall Coast Peninsula Strait Gulf Desert Canal Province District Republic Kingdom Territory
  Harbor Harbour Falls Heights Hills City Town Village States East West Middle Drive Lane Boulevard Highway Freeway
  Tollway Parkway Expressway Plaza Mall Resort Hotel Coliseum Corral Canyon Point Creek Nagar Quarter Reich Transitway
  Busway Corridor
`);

/** Last parts of hyphenated street names ("Anna-Mungunda-Allee", "Manga-Bell-Platz"): the person honoured is in the place's name. */
export const STREET_ENDINGS = set("Allee Straße Strasse Str Platz Weg Ufer Damm Gasse Ring Brücke Markt Street Avenue Road Square Park");

/** Place words that are common surnames too: after a given name they may end a person's name ("Jane Park", "Carla Hills"). */
export const SURNAME_PLACE_WORDS = set("Park Hills Wall Lake Bay Beach Street Bridge Lane");

/** States, regions and cities that appear alone and capitalised (countries and capitals come from the gazetteer, people/places.ts). */
export const PLACES = set(`
  Africa Alaska Americas Arkansas Asia California Colorado Darfur Donetsk England Europe Florida Gaza Hague Kursk Kiev
  Louisiana Manhattan Maryland Massachusetts Newark Oklahoma Pennsylvania Philadelphia Pittsburgh Saudi Scotland Seattle
  Sudzha Sumy Texas Trenton Virginia Wales Washington Crimea Eurasia Baltimore Chicago Boston Atlanta Dallas Houston
  Miami Denver Oregon Ohio Michigan Iowa Nevada Arizona Utah Idaho Montana Kansas Nebraska Missouri Kentucky Tennessee
  Alabama Mississippi Carolina Dakota Wisconsin Minnesota Indiana Illinois Delaware Vermont Maine Connecticut Hampshire
  Hawaii Wyoming Warren Neb. Sinai Zealand Northland Eastern Western Northern Southern Korea Hong Kong Mosul Tikrit
  Fallujah Anbar Erbil Kurdistan Aleppo Pacific Atlantic Arctic Antarctic Mediterranean Caribbean Baltic
`);

/** Adjectives of nationality and affiliation that describe rather than name ("Ukrainian President"). */
export const DEMONYM =
  /^(?:[A-Z][a-z]+(?:ian|ean|ese|ish)|U\.S\.|US|UK|U\.N\.|American|Mexican|Kenyan|German|Moroccan|Afghan|Republican|Democratic|Democrat|Sunni|Shia|Shiite|Kurdish|Arab|Jewish|Muslim|Islamic|French|Dutch|Greek|Thai|Swiss|Iraqi|Israeli|Pakistani|Saudi|Yemeni|Kuwaiti|Qatari|Omani|Somali|Bangladeshi|Nepali|Iranian|Soviet|Conservative|Tory|Liberal|Socialist|Communist|Unionist)$/u;

/** Days and months: capitalised everywhere, so a capital says nothing about them. */
export const CALENDAR = set(`
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October
  November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
`);

/** Words that make a capitalised phrase a law, event, product, work or faith, not a person ("Affordable Care Act", "Super Bowl", "Radical Islam"). */
export const THING_WORDS = set(`
  Islam Christianity Judaism Hinduism Buddhism Sikhism Catholicism Protestantism Shinto Taoism Confucianism
  Act Acts Law Amendment Treaty Accord Accords Agreement Convention Protocol Doctrine Plan Initiative Summit Games Olympics
  Cup Bowl Series Championship Championships Tournament Open Festival Awards Award Prize Revolution Crisis Recession
  Depression Hurricane Typhoon Cyclone Tropical Pandemic Program Programme Project Operation Mission Index Code Fest
`);

/** Capitalised words that start sentences or name days and months: never a name. */
export const NOT_NAMES = set(`
  The A An And But Or Nor So Yet For In On At To From By With Without Of As If When While Whether Although Though After Before
  Since Until Unless Because During Despite Against Among Between Through Over Under Into About Above Across Along Around
  This That These Those It Its He She They We I You His Her Their Our My Your Him Them Us Me There Here Where What Who Whom
  Whose Which Why How Some Many Most Much More Each Every Any All Both Either Neither No Not None One Two Three Four Five Six
  Seven Eight Nine Ten Several Few Other Another Such Only Also Even Just Still However Meanwhile Instead Today Tomorrow
  Yesterday Tonight Now Then Already Later Earlier Once Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
  February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov
  Dec Photo Credit Read Watch Related Contributing Analysis Continue SCROLL DOWN FOR VIDEOS Source Visited Please Share
  Are Is Was Were Be Been Do Does Did Has Have Had Will Would Could Should Can May Might Must Shall Let Yes Well Oh Like
  Mother Father Day Thanksgiving Christmas Easter Ramadan Internet War Cold Spring Parade Wish Happy Window Polite Planes
  Up Down Out Off Heads Sometimes Roughly Forty-five Indictments Investigators Experts Officials Prosecutors Staffers
  Storm Don’t Don't Palestinians Israelis Americans Sunnis Shiites Republicans Democrats Muslims Christians Jews Kurds
  Europeans Russians Ukrainians Iraqis Pushing Nine Children Talking Kenyan QUIET CAR Unlike According Seeking Recent
  Discussion Article Using Road Snow Heavy Delays Amid Following Aside Former
`);

/** Letters written after a name for an office or honour ("Neil Ford QC", "Jane Doe MP"): not part of the name. */
export const POST_NOMINALS = set("QC KC MP MSP MEP MBE OBE CBE KBE DBE PhD Esq");

/** Particles inside names ("Osama bin Laden", "Charles de Gaulle"). */
export const NAME_PARTICLES = set("bin ibn al de da del della des di van von der den la le du dos");

/** Connectors allowed inside an organisation's name ("Bureau of Prisons", "Institute for Strategic Studies"). */
export const ORG_CONNECTORS = set("of for on the");
