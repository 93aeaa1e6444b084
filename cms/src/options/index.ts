// The select options that citizens see: each stored value with its German label, defined once. The
// CMS fields take their options from here (`cmsOptions`: the German label, or `admin` where the
// editors' form says it shorter), the site its German URL slugs (slugify of the German label:
// renaming one changes its address). The other languages' labels are in their message catalogues
// (site/src/i18n/<code>.ts, key `options`), typed by OptionTexts: a value without its label there is
// a type error, and a new language brings its labels in its one file.

export type OptionLabels = { value: string; de: string; admin?: string }

const group = <T extends readonly OptionLabels[]>(options: T) => options

export const optionGroups = {
  kind: group([
    { value: 'club', de: 'Verein' },
    { value: 'initiative', de: 'Initiative' },
    { value: 'network', de: 'Netzwerk / Dachverband' },
    { value: 'institution', de: 'Einrichtung' },
    { value: 'selfHelp', de: 'Selbsthilfegruppe' },
  ]),
  commitment: group([
    { value: 'oneOff', de: 'Einmalig' },
    { value: 'regular', de: 'Regelmäßig' },
    { value: 'project', de: 'Projekt (befristet)' },
  ]),
  suitability: group([
    { value: 'youth', de: 'Junge Menschen' },
    { value: 'seniors', de: 'Seniorinnen und Senioren' },
    { value: 'families', de: 'Familien' },
    { value: 'littleGerman', de: 'Wenig Deutschkenntnisse nötig' },
    { value: 'wheelchair', de: 'Rollstuhlgerecht' },
    { value: 'remote', de: 'Von zu Hause aus möglich' },
    { value: 'shortNotice', de: 'Kurzfristig / spontan' },
  ]),
  targetGroups: group([
    { value: 'children', de: 'Kinder' },
    { value: 'youth', de: 'Jugendliche' },
    { value: 'families', de: 'Familien' },
    { value: 'adults', de: 'Erwachsene' },
    { value: 'seniors', de: 'Seniorinnen und Senioren' },
    { value: 'disabilities', de: 'Menschen mit Behinderung' },
    { value: 'newcomers', de: 'Neu in der Stadt / Zugewanderte' },
    { value: 'everyone', de: 'Alle' },
  ]),
  per: group([
    { value: 'week', de: 'pro Woche', admin: 'Woche' },
    { value: 'month', de: 'pro Monat', admin: 'Monat' },
    { value: 'date', de: 'pro Termin', admin: 'Termin' },
  ]),
  requirements: group([
    { value: 'policeCertificate', de: 'Erweitertes Führungszeugnis' },
    { value: 'driversLicence', de: 'Führerschein' },
    { value: 'adult', de: 'Mindestens 18 Jahre' },
    { value: 'firstAid', de: 'Erste-Hilfe-Kurs' },
    { value: 'healthCertificate', de: 'Gesundheitszeugnis' },
  ]),
  benefits: group([
    { value: 'training', de: 'Einarbeitung und Schulungen' },
    { value: 'insurance', de: 'Versicherungsschutz' },
    { value: 'ehrenamtskarte', de: 'Ehrenamtskarte MV' },
    { value: 'expenses', de: 'Erstattung von Auslagen' },
    { value: 'certificate', de: 'Nachweis / Zertifikat' },
    { value: 'mentoring', de: 'Begleitung durch feste Ansprechperson' },
  ]),
  wheelchair: group([
    { value: 'yes', de: 'Rollstuhlgerecht', admin: 'Ja' },
    { value: 'partly', de: 'Teilweise rollstuhlgerecht', admin: 'Teilweise' },
    { value: 'no', de: 'Nicht rollstuhlgerecht', admin: 'Nein' },
    { value: 'unknown', de: '', admin: 'Unbekannt' },
  ]),
  languages: group([
    { value: 'de', de: 'Deutsch' },
    { value: 'de-simple', de: 'Leichte Sprache' },
    { value: 'en', de: 'Englisch' },
    { value: 'uk', de: 'Ukrainisch' },
    { value: 'ru', de: 'Russisch' },
    { value: 'ar', de: 'Arabisch' },
    { value: 'pl', de: 'Polnisch' },
    { value: 'dgs', de: 'Deutsche Gebärdensprache' },
  ]),
  attendance: group([
    { value: 'onsite', de: 'Vor Ort' },
    { value: 'online', de: 'Online' },
    { value: 'hybrid', de: 'Vor Ort und online' },
  ]),
} as const

export type OptionGroup = keyof typeof optionGroups

/** A CMS select's options: the editors' (German) label and the stored value. */
export const cmsOptions = (name: OptionGroup) =>
  optionGroups[name].map((o: OptionLabels) => ({ label: o.admin ?? o.de, value: o.value }))

type Values<G extends OptionGroup> = (typeof optionGroups)[G][number]['value']

/** Every option's label in one language, by group and value: what a message catalogue holds. */
export type OptionTexts = { [G in OptionGroup]: Record<Values<G>, string> }

/** The German labels in the catalogues' shape (the German catalogue takes them from here). */
export const germanOptionTexts = Object.fromEntries(
  Object.entries(optionGroups).map(([name, options]) => [
    name,
    Object.fromEntries((options as readonly OptionLabels[]).map((o) => [o.value, o.de])),
  ]),
) as OptionTexts
