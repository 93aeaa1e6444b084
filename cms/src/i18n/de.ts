import type { DefaultTranslationsObject } from '@payloadcms/translations'

/**
 * Formal German ("Sie") for the admin panel.
 *
 * Payload's own German (@payloadcms/translations, richtext-lexical) addresses editors with "du";
 * a city administration addresses people with "Sie", like our own texts in collections/ and review/.
 * These strings replace every informal one; Payload merges them over its German (i18n.translations).
 * Placeholders ({{label}}, {{count}} …) and the numbered tags (<0>…</0>, <1>…</1>) are kept exactly:
 * Payload fills them in. {{label}} is a collection's singular name without article ("Veranstaltung",
 * "Verein / Initiative"), so sentences name it as "den Eintrag <title> (<label>)" instead of putting an
 * article in front of a noun whose gender we do not know. tests/cms/admin-i18n.test.ts checks all of it.
 */

/** A partial of Payload's translation object: only known groups and keys, every value a string. */
type Overrides<T> = { [K in keyof T]?: T[K] extends string ? string : Overrides<T[K]> }

const payloadDe: Overrides<DefaultTranslationsObject> = {
  authentication: {
    beginCreateFirstUser: 'Legen Sie zum Start das erste Benutzerkonto an.',
    checkYourEmailForPasswordReset:
      'Wenn die E-Mail-Adresse zu einem Benutzerkonto gehört, erhalten Sie in Kürze eine Anleitung zum Zurücksetzen Ihres Passworts. Bitte sehen Sie auch in Ihrem Spam-Ordner nach, falls die E-Mail nicht in Ihrem Posteingang ankommt.',
    // Staff lift a lock that failed logins set; Payload's "Entsperrung erzwingen" sounds like a break-in.
    forceUnlock: 'Anmeldesperre aufheben',
    forgotPasswordEmailInstructions:
      'Bitte geben Sie Ihre E-Mail-Adresse ein. Sie erhalten dann eine E-Mail mit einer Anleitung zum Zurücksetzen Ihres Passworts.',
    forgotPasswordUsernameInstructions:
      'Bitte geben Sie Ihren Benutzernamen ein. Die Anleitung zum Zurücksetzen Ihres Passworts geht an die E-Mail-Adresse, die zu Ihrem Benutzernamen gehört.',
    generatingNewAPIKeyWillInvalidate:
      'Wenn Sie einen neuen API-Schlüssel erzeugen, wird der bisherige <1>ungültig</1>. Möchten Sie wirklich fortfahren?',
    loggedIn: 'Um sich mit einem anderen Benutzerkonto anzumelden, müssen Sie sich zuerst <0>abmelden</0>.',
    loggedInChangePassword:
      'Um Ihr Passwort zu ändern, öffnen Sie Ihr <0>Benutzerkonto</0> und ändern Sie es dort.',
    loggedOutInactivity: 'Sie wurden wegen Inaktivität abgemeldet.',
    loggedOutSuccessfully: 'Sie wurden erfolgreich abgemeldet.',
    loginWithAnotherUser:
      'Um sich mit einem anderen Benutzerkonto anzumelden, müssen Sie sich zuerst <0>abmelden</0>.',
    newAccountCreated:
      'Für Sie wurde auf <a href="{{serverURL}}">{{serverURL}}</a> ein neues Benutzerkonto angelegt. Bitte klicken Sie auf den folgenden Link oder kopieren Sie die Adresse in Ihren Browser, um Ihre E-Mail-Adresse zu bestätigen: <a href="{{verificationURL}}">{{verificationURL}}</a><br> Nachdem Sie Ihre E-Mail-Adresse bestätigt haben, können Sie sich anmelden.',
    resetYourPassword: 'Passwort zurücksetzen',
    successfullyUnlocked: 'Die Anmeldesperre ist aufgehoben. Die Person kann sich wieder anmelden.',
    verifyYourEmail: 'E-Mail-Adresse bestätigen',
    youAreInactive:
      'Sie waren eine Weile inaktiv und werden zu Ihrer Sicherheit in Kürze abgemeldet. Möchten Sie angemeldet bleiben?',
    youAreReceivingResetPassword:
      'Sie erhalten diese Nachricht, weil Sie (oder jemand anderes) das Zurücksetzen des Passworts für Ihr Benutzerkonto angefordert haben. Bitte klicken Sie auf den folgenden Link oder kopieren Sie die Adresse in Ihren Browser, um den Vorgang abzuschließen:',
    youDidNotRequestPassword:
      'Falls Sie dies nicht angefordert haben, ignorieren Sie diese E-Mail bitte. Ihr Passwort bleibt unverändert.',
  },
  dashboard: {
    discardMessage:
      'Sie haben ungespeicherte Änderungen am Layout Ihres Dashboards. Möchten Sie diese Änderungen wirklich verwerfen?',
    noItems:
      'Auf Ihrem Dashboard befinden sich keine Widgets. Sie können Widgets über das Menü „Dashboard“ in der oberen Leiste hinzufügen.',
    searchWidgets: 'Widgets suchen …',
  },
  error: {
    deletingTitle:
      'Beim Löschen von {{title}} ist ein Problem aufgetreten. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    documentNotFound:
      'Das Dokument mit der ID {{id}} wurde nicht gefunden. Vielleicht wurde es gelöscht, es hat nie existiert, oder Sie haben keinen Zugriff darauf.',
    insufficientClipboardPermissions:
      'Der Zugriff auf die Zwischenablage wurde verweigert. Bitte prüfen Sie die Berechtigungen Ihres Browsers.',
    notAllowedToAccessPage: 'Sie haben keine Berechtigung, diese Seite aufzurufen.',
    notAllowedToPerformAction: 'Sie haben keine Berechtigung, diese Aktion auszuführen.',
    restoringTitle:
      'Beim Wiederherstellen von {{title}} ist ein Fehler aufgetreten. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    unauthorized: 'Nicht autorisiert: Sie müssen angemeldet sein, um diese Anfrage zu stellen.',
    unverifiedEmail: 'Bitte bestätigen Sie Ihre E-Mail-Adresse, bevor Sie sich anmelden.',
  },
  fields: {
    chooseBetweenCustomTextOrDocument:
      'Geben Sie eine eigene URL ein oder verlinken Sie ein anderes Dokument.',
    chooseDocumentToLink: 'Wählen Sie das Dokument, das Sie verlinken möchten',
  },
  folder: {
    folderTypeDescription: 'Wählen Sie aus, welche Arten von Dokumenten in diesem Ordner erlaubt sind.',
    moveItemsToFolderConfirmation:
      'Sie sind dabei, <1>{{count}} {{label}}</1> nach <2>{{toFolder}}</2> zu verschieben. Sind Sie sicher?',
    moveItemsToRootConfirmation:
      'Sie sind dabei, <1>{{count}} {{label}}</1> in den Hauptordner zu verschieben. Sind Sie sicher?',
    moveItemToFolderConfirmation:
      'Sie sind dabei, <1>{{title}}</1> nach <2>{{toFolder}}</2> zu verschieben. Sind Sie sicher?',
    moveItemToRootConfirmation:
      'Sie sind dabei, <1>{{title}}</1> in den Hauptordner zu verschieben. Sind Sie sicher?',
  },
  general: {
    aboutToDelete: 'Sie sind dabei, den Eintrag <1>{{title}}</1> ({{label}}) zu löschen. Sind Sie sicher?',
    aboutToDeleteCount_many: 'Sie sind dabei, {{count}} {{label}} zu löschen.',
    aboutToDeleteCount_one: 'Sie sind dabei, {{count}} {{label}} zu löschen.',
    aboutToDeleteCount_other: 'Sie sind dabei, {{count}} {{label}} zu löschen.',
    aboutToPermanentlyDelete:
      'Sie sind dabei, den Eintrag <1>{{title}}</1> ({{label}}) endgültig zu löschen. Sind Sie sicher?',
    aboutToPermanentlyDeleteTrash:
      'Sie sind dabei, <0>{{count}}</0> <1>{{label}}</1> endgültig aus dem Papierkorb zu löschen. Sind Sie sicher?',
    aboutToRestore:
      'Sie sind dabei, den Eintrag <1>{{title}}</1> ({{label}}) wiederherzustellen. Sind Sie sicher?',
    aboutToRestoreAsDraft:
      'Sie sind dabei, den Eintrag <1>{{title}}</1> ({{label}}) als Entwurf wiederherzustellen. Sind Sie sicher?',
    aboutToRestoreAsDraftCount: 'Sie sind dabei, {{count}} {{label}} als Entwurf wiederherzustellen.',
    aboutToRestoreCount: 'Sie sind dabei, {{count}} {{label}} wiederherzustellen.',
    aboutToTrash:
      'Sie sind dabei, den Eintrag <1>{{title}}</1> ({{label}}) in den Papierkorb zu verschieben. Sind Sie sicher?',
    aboutToTrashCount: 'Sie sind dabei, {{count}} {{label}} in den Papierkorb zu verschieben.',
    changesNotSaved:
      'Ihre Änderungen wurden nicht gespeichert. Wenn Sie diese Seite verlassen, gehen Ihre Änderungen verloren.',
    copyWarning:
      'Sie sind dabei, die Fassung {{to}} mit {{from}} zu überschreiben ({{label}}: {{title}}). Sind Sie sicher?',
    // Shown in a loading overlay as "<creating> <label>", next to "Aktualisieren" and "Hochladen".
    creating: 'Erstellen',
    // The create view's header, where an existing entry shows "Zuletzt geändert" and "Erstellt".
    creatingNewLabel: 'Neuer Eintrag: {{label}}',
    currentlyEditing:
      'bearbeitet gerade dieses Dokument. Wenn Sie übernehmen, kann die Person nicht weiterarbeiten, und ihre nicht gespeicherten Änderungen können verloren gehen.',
    documentOutOfDate:
      'Dieses Dokument wurde gerade von einer anderen Person geändert. Ihre Ansicht ist nicht mehr aktuell.',
    enterAValue: 'Wert eingeben',
    moveConfirm:
      'Sie sind dabei, {{count}} {{label}} nach <1>{{destination}}</1> zu verschieben. Sind Sie sicher?',
    // Button label (aria-label) for a new saved list view; Payload's "Neu {{label}}" is not German.
    newLabel: '{{label}} erstellen',
    // The list's search placeholder; Payload appends "oder <field>" for further fields, so it stays a phrase.
    searchBy: 'Suchen nach {{label}}',
    sorryNotFound: 'Leider haben wir nichts gefunden, das zu Ihrer Anfrage passt.',
    unsavedChanges:
      'Sie haben ungespeicherte Änderungen. Bitte speichern oder verwerfen Sie diese, bevor Sie fortfahren.',
    unsavedChangesDuplicate: 'Sie haben ungespeicherte Änderungen. Möchten Sie trotzdem duplizieren?',
  },
  upload: {
    // Shown as "oder <dragAndDrop>" in a box whose CSS lowercases it, so no noun ("Datei") that would lose its capital.
    dragAndDrop: 'hierher ziehen',
    cropToolDescription:
      'Ziehen Sie die Ecken des ausgewählten Bereichs, zeichnen Sie einen neuen Bereich oder passen Sie die Werte unten an.',
    focalPointDescription:
      'Setzen Sie den Fokuspunkt direkt in der Vorschau oder passen Sie die Werte unten an.',
  },
  validation: {
    emailAddress: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
    enterNumber: 'Bitte geben Sie eine gültige Zahl ein.',
    username:
      'Bitte geben Sie einen gültigen Benutzernamen ein. Er darf Buchstaben, Ziffern, Bindestriche, Punkte und Unterstriche enthalten.',
  },
  version: {
    aboutToPublishSelection:
      'Sie sind dabei, alle ausgewählten {{label}} zu veröffentlichen. Sind Sie sicher?',
    aboutToRestore:
      'Sie sind dabei, diesen Eintrag ({{label}}) auf den Stand vom {{versionDate}} zurückzusetzen.',
    aboutToRestoreGlobal:
      'Sie sind dabei, das globale Dokument „{{label}}“ auf den Stand vom {{versionDate}} zurückzusetzen.',
    aboutToRevertToPublished:
      'Sie sind dabei, die Änderungen an diesem Dokument zu verwerfen und es auf die veröffentlichte Fassung zurückzusetzen. Sind Sie sicher?',
    aboutToUnpublish: 'Sie sind dabei, die Veröffentlichung dieses Dokuments aufzuheben. Sind Sie sicher?',
    aboutToUnpublishIn:
      'Sie sind dabei, die Veröffentlichung dieses Dokuments in {{locale}} aufzuheben. Sind Sie sicher?',
    aboutToUnpublishSelection:
      'Sie sind dabei, die Veröffentlichung aller ausgewählten {{label}} aufzuheben. Sind Sie sicher?',
  },
}

/**
 * The rich-text editor's German (@payloadcms/richtext-lexical: its general strings and one group per
 * feature, under the "lexical" group). The editor merges these over i18n.translations while the config
 * is built, so lexical.ts puts ours back afterwards; they are part of the same German here.
 */
export const lexicalDe = {
  lexical: {
    general: { placeholder: 'Beginnen Sie zu schreiben, oder drücken Sie „/“ für Befehle …' },
    // The editor's block menu: plain names instead of "Paragraph" (in German: a legal section),
    // "Geordnete Liste" and two words for links ("Verknüpfung" for links, "Beziehung" for documents).
    paragraph: { label: 'Absatz' },
    orderedList: { label: 'Nummerierte Liste' },
    unorderedList: { label: 'Aufzählung' },
    link: { label: 'Link' },
    relationship: { label: 'Verknüpftes Dokument' },
    blocks: {
      inlineBlocks: {
        create: '{{label}} erstellen',
        edit: '{{label}} bearbeiten',
        remove: '{{label}} entfernen',
      },
    },
  },
}

/** Everything the admin's German overrides, for `i18n.translations.de`. */
export const formalGerman = { ...payloadDe, ...lexicalDe }
