// The select options that citizens see, defined once with every language's label. The CMS fields
// take their options from here (`cmsOptions`: the German label, or `admin` where the editors'
// form says it shorter), the site its labels and its German URL slugs (slugify of the German
// label: renaming one changes its address). A language added to cms/src/locales.ts makes every
// option without its label a type error.
import type { ContentLocale } from '../locales'

export type OptionLabels = { value: string; admin?: string } & Record<ContentLocale, string>

const group = <T extends readonly OptionLabels[]>(options: T) => options

export const optionGroups = {
  kind: group([
    { value: 'club', de: 'Verein', en: 'Club', uk: 'Об’єднання', ar: 'جمعية' },
    { value: 'initiative', de: 'Initiative', en: 'Initiative', uk: 'Ініціатива', ar: 'مبادرة' },
    {
      value: 'network',
      de: 'Netzwerk / Dachverband',
      en: 'Network',
      uk: 'Мережа / спілка',
      ar: 'شبكة / اتحاد',
    },
    { value: 'institution', de: 'Einrichtung', en: 'Institution', uk: 'Установа', ar: 'مؤسسة' },
    {
      value: 'selfHelp',
      de: 'Selbsthilfegruppe',
      en: 'Self-help group',
      uk: 'Група самодопомоги',
      ar: 'مجموعة مساعدة ذاتية',
    },
  ]),
  commitment: group([
    { value: 'oneOff', de: 'Einmalig', en: 'One-off', uk: 'Одноразово', ar: 'لمرة واحدة' },
    { value: 'regular', de: 'Regelmäßig', en: 'Regular', uk: 'Регулярно', ar: 'بانتظام' },
    {
      value: 'project',
      de: 'Projekt (befristet)',
      en: 'Project (fixed term)',
      uk: 'Проєкт (на певний час)',
      ar: 'مشروع (لفترة محددة)',
    },
  ]),
  suitability: group([
    { value: 'youth', de: 'Junge Menschen', en: 'Young people', uk: 'Молодь', ar: 'الشباب' },
    {
      value: 'seniors',
      de: 'Seniorinnen und Senioren',
      en: 'Older people',
      uk: 'Люди похилого віку',
      ar: 'كبار السن',
    },
    { value: 'families', de: 'Familien', en: 'Families', uk: 'Сім’ї', ar: 'العائلات' },
    {
      value: 'littleGerman',
      de: 'Wenig Deutschkenntnisse nötig',
      en: 'Little German needed',
      uk: 'Достатньо базової німецької',
      ar: 'يكفي القليل من الألمانية',
    },
    {
      value: 'wheelchair',
      de: 'Rollstuhlgerecht',
      en: 'Wheelchair accessible',
      uk: 'Доступно для візків',
      ar: 'مناسب للكراسي المتحركة',
    },
    {
      value: 'remote',
      de: 'Von zu Hause aus möglich',
      en: 'Possible from home',
      uk: 'Можна з дому',
      ar: 'ممكن من المنزل',
    },
    {
      value: 'shortNotice',
      de: 'Kurzfristig / spontan',
      en: 'At short notice',
      uk: 'Терміново / спонтанно',
      ar: 'في وقت قصير / بشكل عفوي',
    },
  ]),
  targetGroups: group([
    { value: 'children', de: 'Kinder', en: 'Children', uk: 'Діти', ar: 'الأطفال' },
    { value: 'youth', de: 'Jugendliche', en: 'Young people', uk: 'Підлітки', ar: 'اليافعون' },
    { value: 'families', de: 'Familien', en: 'Families', uk: 'Сім’ї', ar: 'العائلات' },
    { value: 'adults', de: 'Erwachsene', en: 'Adults', uk: 'Дорослі', ar: 'البالغون' },
    {
      value: 'seniors',
      de: 'Seniorinnen und Senioren',
      en: 'Older people',
      uk: 'Люди похилого віку',
      ar: 'كبار السن',
    },
    {
      value: 'disabilities',
      de: 'Menschen mit Behinderung',
      en: 'People with disabilities',
      uk: 'Люди з інвалідністю',
      ar: 'الأشخاص ذوو الإعاقة',
    },
    {
      value: 'newcomers',
      de: 'Neu in der Stadt / Zugewanderte',
      en: 'New in Neubrandenburg',
      uk: 'Нові в місті / мігранти',
      ar: 'القادمون الجدد إلى المدينة',
    },
    { value: 'everyone', de: 'Alle', en: 'Everyone', uk: 'Усі', ar: 'الجميع' },
  ]),
  per: group([
    { value: 'week', admin: 'Woche', de: 'pro Woche', en: 'per week', uk: 'на тиждень', ar: 'في الأسبوع' },
    { value: 'month', admin: 'Monat', de: 'pro Monat', en: 'per month', uk: 'на місяць', ar: 'في الشهر' },
    {
      value: 'date',
      admin: 'Termin',
      de: 'pro Termin',
      en: 'per date',
      uk: 'за одну зустріч',
      ar: 'في كل موعد',
    },
  ]),
  requirements: group([
    {
      value: 'policeCertificate',
      de: 'Erweitertes Führungszeugnis',
      en: 'Extended police certificate',
      uk: 'Розширена довідка про несудимість',
      ar: 'شهادة حسن سيرة وسلوك موسّعة',
    },
    {
      value: 'driversLicence',
      de: 'Führerschein',
      en: 'Driving licence',
      uk: 'Посвідчення водія',
      ar: 'رخصة قيادة',
    },
    {
      value: 'adult',
      de: 'Mindestens 18 Jahre',
      en: 'Aged 18 or over',
      uk: 'Від 18 років',
      ar: '18 عامًا على الأقل',
    },
    {
      value: 'firstAid',
      de: 'Erste-Hilfe-Kurs',
      en: 'First aid course',
      uk: 'Курс першої допомоги',
      ar: 'دورة إسعافات أولية',
    },
    {
      value: 'healthCertificate',
      de: 'Gesundheitszeugnis',
      en: 'Health certificate',
      uk: 'Медична довідка',
      ar: 'شهادة صحية',
    },
  ]),
  benefits: group([
    {
      value: 'training',
      de: 'Einarbeitung und Schulungen',
      en: 'Induction and training',
      uk: 'Введення в роботу та навчання',
      ar: 'تأهيل ودورات تدريبية',
    },
    {
      value: 'insurance',
      de: 'Versicherungsschutz',
      en: 'Insurance cover',
      uk: 'Страховий захист',
      ar: 'تغطية تأمينية',
    },
    {
      value: 'ehrenamtskarte',
      de: 'Ehrenamtskarte MV',
      en: 'MV volunteer card',
      uk: 'Картка волонтера MV',
      ar: 'بطاقة المتطوع في MV',
    },
    {
      value: 'expenses',
      de: 'Erstattung von Auslagen',
      en: 'Expenses refunded',
      uk: 'Відшкодування витрат',
      ar: 'استرداد النفقات',
    },
    {
      value: 'certificate',
      de: 'Nachweis / Zertifikat',
      en: 'Certificate',
      uk: 'Підтвердження / сертифікат',
      ar: 'إفادة / شهادة',
    },
    {
      value: 'mentoring',
      de: 'Begleitung durch feste Ansprechperson',
      en: 'A fixed contact person',
      uk: 'Супровід постійною контактною особою',
      ar: 'مرافقة من شخص ثابت للتواصل',
    },
  ]),
  wheelchair: group([
    {
      value: 'yes',
      admin: 'Ja',
      de: 'Rollstuhlgerecht',
      en: 'Wheelchair accessible',
      uk: 'Доступно для візків',
      ar: 'مناسب للكراسي المتحركة',
    },
    {
      value: 'partly',
      admin: 'Teilweise',
      de: 'Teilweise rollstuhlgerecht',
      en: 'Partly wheelchair accessible',
      uk: 'Частково доступно для візків',
      ar: 'مناسب جزئيًا للكراسي المتحركة',
    },
    {
      value: 'no',
      admin: 'Nein',
      de: 'Nicht rollstuhlgerecht',
      en: 'Not wheelchair accessible',
      uk: 'Недоступно для візків',
      ar: 'غير مناسب للكراسي المتحركة',
    },
    { value: 'unknown', admin: 'Unbekannt', de: '', en: '', uk: '', ar: '' },
  ]),
  languages: group([
    { value: 'de', de: 'Deutsch', en: 'German', uk: 'Німецька', ar: 'الألمانية' },
    {
      value: 'de-simple',
      de: 'Leichte Sprache',
      en: 'Easy German',
      uk: 'Проста німецька',
      ar: 'الألمانية المبسطة',
    },
    { value: 'en', de: 'Englisch', en: 'English', uk: 'Англійська', ar: 'الإنجليزية' },
    { value: 'uk', de: 'Ukrainisch', en: 'Ukrainian', uk: 'Українська', ar: 'الأوكرانية' },
    { value: 'ru', de: 'Russisch', en: 'Russian', uk: 'Російська', ar: 'الروسية' },
    { value: 'ar', de: 'Arabisch', en: 'Arabic', uk: 'Арабська', ar: 'العربية' },
    { value: 'pl', de: 'Polnisch', en: 'Polish', uk: 'Польська', ar: 'البولندية' },
    {
      value: 'dgs',
      de: 'Deutsche Gebärdensprache',
      en: 'German Sign Language',
      uk: 'Німецька жестова мова',
      ar: 'لغة الإشارة الألمانية',
    },
  ]),
  attendance: group([
    { value: 'onsite', de: 'Vor Ort', en: 'On site', uk: 'На місці', ar: 'حضوريًا' },
    { value: 'online', de: 'Online', en: 'Online', uk: 'Онлайн', ar: 'عبر الإنترنت' },
    {
      value: 'hybrid',
      de: 'Vor Ort und online',
      en: 'On site and online',
      uk: 'На місці та онлайн',
      ar: 'حضوريًا وعبر الإنترنت',
    },
  ]),
} as const

export type OptionGroup = keyof typeof optionGroups

/** A CMS select's options: the editors' (German) label and the stored value. */
export const cmsOptions = (name: OptionGroup) =>
  optionGroups[name].map((o: OptionLabels) => ({ label: o.admin ?? o.de, value: o.value }))

/** The label citizens see for a stored value in a language ('' for none, the value if unknown). */
export function optionLabel(
  name: OptionGroup,
  value: string | null | undefined,
  locale: ContentLocale,
): string {
  if (!value) return ''
  const option = (optionGroups[name] as readonly OptionLabels[]).find((o) => o.value === value)
  return option ? option[locale] : value
}
