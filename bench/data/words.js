'use strict';
// Vocabulary for generated German text: everyday words of municipal IT security, with umlauts,
// ß and long compounds, so that the German stemmer and tokenizer do real work.
const WORDS = `Informationssicherheit Sicherheitsvorfall Störung Schwachstelle Verwaltung Rechenzentrum Netzwerk
Firewall Aktualisierung Sicherheitsupdate Behörde Bürgeramt Stadtverwaltung Kreisverwaltung Gemeinde Landkreis
Meldepflicht Datenschutz Datenschutzbeauftragte Informationssicherheitsbeauftragter Notfallplanung Wiederherstellung
Datensicherung Sicherungskopie Verschlüsselung Schlüsselverwaltung Zertifikat Zertifikatsablauf Fernwartung Zugriff
Zugangsdaten Passwortrichtlinie Mehrfaktorauthentifizierung Benutzerkonto Berechtigung Rollenkonzept Protokollierung
Überwachung Angriffserkennung Schadsoftware Verschlüsselungstrojaner Erpressung Phishing Spamfilter Postfach
Dienstleister Rechenzentrumsbetrieb Fachverfahren Einwohnermeldewesen Ausländerbehörde Kämmerei Ordnungsamt
Bauamt Jugendamt Sozialamt Schulträger Hauptamt Bürgermeisterin Bürgermeister Kollegin Kollege Mitarbeitende
Schulung Sensibilisierung Übung Notfallübung Krisenstab Lagebild Warnmeldung Handlungsempfehlung Maßnahme
Maßnahmenplan Prüfung Überprüfung Auditbericht Grundschutz Baustein Anforderung Umsetzung Risikoanalyse Bewertung
Geschäftsprozess Ausfallzeit Verfügbarkeit Vertraulichkeit Integrität Schutzbedarf Schutzbedarfsfeststellung
Netzsegmentierung Außenstelle Verbindung Leitung Glasfaser Router Switch Server Arbeitsplatz Endgerät Drucker
Mobilgerät Smartphone Laptop Videokonferenz Telefonanlage Webseite Bürgerportal Onlinezugangsgesetz Formular
Schnittstelle Softwarehersteller Lizenz Wartungsvertrag Ausschreibung Vergabe Haushalt Fördermittel Personal
Stellenbesetzung Fachkräftemangel Zuständigkeit Ansprechpartner Rückmeldung Erfahrung Empfehlung Lösung Problem
Frage Antwort Hinweis Ergebnis Zeitplan Termin Woche Montag Dienstag Freitag heute gestern morgen schnell
dringend wichtig erfolgreich betroffen zuständig möglich schwierig übergreifend täglich jährlich regelmäßig
prüfen melden sichern aktualisieren einspielen abschalten wiederherstellen überprüfen beheben informieren
empfehlen abstimmen dokumentieren umsetzen bewerten erkennen blockieren
der die das und mit für von bei nach über unter gegen ohne wir Sie ist sind wurde wurden haben hat
noch schon auch nicht nur bitte danke gerne ebenfalls bereits außerdem zunächst anschließend`
  .split(/\s+/)
  .filter(Boolean);

const FIRST_NAMES = 'Anna Jörg Sören Jürgen Birgit Günther Käthe Lea Jonas Mehmet Ayşe Özlem Lukas Maximilian Sophie Marie Paul Ben Emilia Hannah Björn Uwe Dörte Heike Jens Katrin Tobias Elif Fatma Stefan'.split(' ');
const LAST_NAMES = 'Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann Köhler Özdemir Yılmaz Kaya Jäger Groß Weiß Fuß'.split(' ');
const PLACES = 'Aachen Bielefeld Bochum Bonn Dortmund Duisburg Düsseldorf Essen Gelsenkirchen Hagen Hamm Herne Köln Krefeld Leverkusen Mönchengladbach Mülheim Münster Oberhausen Remscheid Solingen Wuppertal Lüdenscheid Gütersloh Paderborn Siegen Lünen Iserlohn Düren Mörs'.split(' ');

/**
 * Rare search terms that never occur in WORDS; the generator puts each into exactly every
 * `every`-th post (global post index), so a search for it has a known number of hits.
 */
const RARE_TERMS = [
  { term: 'Kryptoagilität', every: 1000 },
  { term: 'Zwiebelschalenprinzip', every: 10000 },
  { term: 'Notfallhandbuchaktualisierung', every: 100 },
];

module.exports = { WORDS, FIRST_NAMES, LAST_NAMES, PLACES, RARE_TERMS };
