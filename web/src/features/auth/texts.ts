/** German texts of sign-in, invitation and TOTP enrolment. */
export const authTexts = {
  login: {
    title: 'Anmeldung',
    intro: 'Melden Sie sich mit Ihrer dienstlichen E-Mail-Adresse an.',
    email: 'E-Mail-Adresse',
    password: 'Passwort',
    submit: 'Anmelden',
    totpTitle: 'Zweiter Faktor',
    totpIntro: 'Geben Sie den sechsstelligen Code aus Ihrer Authenticator-App ein.',
    totpCode: 'Code aus der Authenticator-App',
    totpDescription: 'Sechs Ziffern; der Code wechselt alle 30 Sekunden.',
    recoveryCode: 'Wiederherstellungscode',
    recoveryDescription:
      'Einer der Codes, die Sie bei der Einrichtung gespeichert haben. Jeder Code gilt nur einmal.',
    useRecovery: 'Kein Zugriff auf die App? Wiederherstellungscode verwenden',
    useTotp: 'Code aus der Authenticator-App verwenden',
    back: 'Zurück',
    confirm: 'Bestätigen',
    ended:
      'Ihre Sitzung wurde beendet – zum Beispiel durch eine Abmeldung auf einem anderen Gerät, durch Widerruf oder weil Ihr Konto gesperrt wurde. Bitte melden Sie sich erneut an.',
    endedTitle: 'Sitzung beendet',
    signedOut: 'Sie haben sich abgemeldet.',
    rateLimitedHint:
      'Nach mehreren Fehlversuchen wird die Anmeldung zum Schutz Ihres Kontos vorübergehend gesperrt. Wenn Sie Ihr Passwort vergessen haben, setzen Sie es über „Passwort vergessen?“ zurück.',
    forgotPassword: 'Passwort vergessen?',
    noAccount:
      'Ein Konto erhalten Sie nur auf Einladung. Wenden Sie sich an die Administration Ihrer Organisation.',
    required: 'Bitte ausfüllen.',
  },
  invitation: {
    title: 'Einladung annehmen',
    intro:
      'Willkommen im Sicherheitsnetz. Legen Sie ein Passwort fest, um Ihr Konto zu aktivieren.',
    missingToken:
      'Der Einladungslink ist unvollständig. Öffnen Sie bitte den vollständigen Link aus Ihrer Einladung oder bitten Sie um eine neue Einladung.',
    invalid:
      'Die Einladung ist ungültig, abgelaufen oder wurde bereits verwendet. Bitten Sie die Person, die Sie eingeladen hat, um eine neue Einladung.',
    password: 'Neues Passwort',
    passwordRepeat: 'Passwort wiederholen',
    mismatch: 'Die Passwörter stimmen nicht überein.',
    passwordWeak: 'Das Passwort erfüllt noch nicht alle Anforderungen (siehe unten).',
    displayName: 'Anzeigename (optional)',
    displayNameDescription: 'Leer lassen, um den Namen aus der Einladung zu verwenden.',
    handle: 'Kurzname für Erwähnungen (optional)',
    handleDescription:
      '2 bis 40 Buchstaben, Ziffern, Punkt, Bindestrich oder Unterstrich, z. B. m.muster',
    submit: 'Konto aktivieren',
  },
  forgotPassword: {
    title: 'Passwort vergessen',
    intro:
      'Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.',
    email: 'E-Mail-Adresse',
    submit: 'Link anfordern',
    sentTitle: 'E-Mail ist unterwegs',
    sent: 'Wenn es zu dieser Adresse ein aktives Konto gibt, erhalten Sie in wenigen Minuten eine E-Mail mit einem Link. Er ist 30 Minuten gültig und funktioniert nur einmal. Schauen Sie bitte auch im Spam-Ordner nach.',
    noMail:
      'Keine E-Mail erhalten? Prüfen Sie die Adresse und fordern Sie den Link erneut an, oder wenden Sie sich an die Administration Ihrer Organisation.',
    again: 'Erneut anfordern',
    invalidEmail: 'Bitte geben Sie eine E-Mail-Adresse ein, z. B. name@stadt.de.',
    backToLogin: 'Zurück zur Anmeldung',
  },
  resetPassword: {
    title: 'Neues Passwort festlegen',
    intro:
      'Legen Sie ein neues Passwort fest. Danach werden alle Ihre Sitzungen beendet und Sie melden sich neu an – mit Ihrem zweiten Faktor, falls Sie ihn eingerichtet haben.',
    missingToken:
      'Der Link ist unvollständig. Öffnen Sie bitte den vollständigen Link aus der E-Mail oder fordern Sie einen neuen an.',
    invalid:
      'Der Link ist ungültig, abgelaufen oder wurde bereits verwendet. Fordern Sie bitte einen neuen Link an.',
    requestNew: 'Neuen Link anfordern',
    password: 'Neues Passwort',
    passwordRepeat: 'Passwort wiederholen',
    mismatch: 'Die Passwörter stimmen nicht überein.',
    passwordWeak: 'Das Passwort erfüllt noch nicht alle Anforderungen (siehe unten).',
    submit: 'Passwort speichern',
    doneTitle: 'Passwort geändert',
    done: 'Ihr neues Passwort gilt ab sofort. Alle bisherigen Sitzungen wurden beendet.',
    toLogin: 'Zur Anmeldung',
  },
  totp: {
    title: 'Zwei-Faktor-Anmeldung einrichten',
    requiredIntro:
      'Für Ihr Konto ist die Anmeldung mit zweitem Faktor vorgeschrieben. Richten Sie sie jetzt ein, bevor Sie fortfahren.',
    optionalIntro:
      'Schützen Sie Ihr Konto zusätzlich mit einem Code aus einer Authenticator-App (zum Beispiel FreeOTP, Aegis oder Microsoft Authenticator).',
    start: 'Einrichtung beginnen',
    skip: 'Später einrichten',
    step1: '1. Scannen Sie den QR-Code mit Ihrer Authenticator-App.',
    manual: 'Kein Scanner? Geben Sie diesen Schlüssel von Hand ein:',
    secretLabel: 'Schlüssel zur manuellen Eingabe',
    step2: '2. Geben Sie den Code ein, den die App jetzt anzeigt.',
    code: 'Sechsstelliger Code',
    confirm: 'Code bestätigen',
    doneTitle: 'Zwei-Faktor-Anmeldung ist eingerichtet',
    recoveryIntro:
      'Speichern Sie diese Wiederherstellungscodes an einem sicheren Ort (zum Beispiel ausgedruckt oder im Passwort-Manager). Jeder Code gilt einmal, falls Sie keinen Zugriff auf Ihre App haben. Sie werden nur jetzt angezeigt.',
    recoveryListLabel: 'Wiederherstellungscodes',
    copy: 'Codes kopieren',
    copied: 'Kopiert',
    download: 'Als Textdatei speichern',
    savedCheck: 'Ich habe die Wiederherstellungscodes sicher gespeichert.',
    continue: 'Weiter zur Übersicht',
    alreadyEnabled: 'Die Zwei-Faktor-Anmeldung ist für Ihr Konto bereits eingerichtet.',
    fileHeader: 'Sicherheitsnetz – Wiederherstellungscodes',
  },
} as const;
