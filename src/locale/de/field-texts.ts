import type { Locale } from '../locale.js';

/** German labels and help of every input field. @internal */
export const germanFieldTexts: Locale['fields'] = {
  crs: {
    temperatureCelsius: {
      label: 'Höchste Temperatur',
      help: 'Die höchste Körpertemperatur im Beurteilungszeitraum, in °C (nicht °F). 38,0 °C oder höher gilt als Fieber.',
    },
    feverMasked: {
      label: 'Fieber durch Behandlung maskiert',
      help: 'Wegen dieses CRS wurde bereits eine antipyretische oder Anti-Zytokin-Therapie (z. B. Tocilizumab oder ein Kortikosteroid) gegeben, daher ist Fieber nicht mehr erforderlich.',
    },
    hypotension: { label: 'Hypotonie durch CRS', help: 'Hypotonie, die dem CRS zugeschrieben wird, nicht einer anderen Ursache wie einer Infektion.' },
    vasopressors: {
      label: 'Vasopressoren',
      help: 'Jeder wegen dieser Hypotonie gegebene Vasopressor, jeder Wirkstoff einmal; keiner ohne Hypotonie. Nach ASTCT 2019 wird Vasopressin bei mehreren Vasopressoren nicht mitgezählt.',
    },
    'vasopressors.agent': { label: 'Vasopressor', help: 'Der gegebene Wirkstoff.' },
    oxygen: { label: 'Sauerstoffzufuhr', help: 'Die wegen einer dem CRS zugeschriebenen Hypoxie nötige Sauerstoffzufuhr; Raumluft, wenn keine nötig ist.' },
    'oxygen.device': { label: 'Sauerstoffapplikation', help: 'Wie der Sauerstoff gegeben wird, von Raumluft bis zur maschinellen Beatmung.' },
    'oxygen.flowLitersPerMinute': {
      label: 'Sauerstofffluss',
      help: 'Erforderlich bei Nasenbrille und High-Flow-Nasenkanüle, die ASTCT 2019 allein nach dem Fluss einstuft (6 l/min oder weniger gilt als Low-Flow); bei Raumluft nicht zulässig.',
    },
    'oxygen.inspiredOxygenFractionPercent': {
      label: 'Inspiratorische Sauerstofffraktion (FiO2)',
      help: 'In Prozent, 21 bis 100 (Raumluft entspricht 21). Lee 2014, CTCAE v5.0, MSKCC und CARTOX stufen Hypoxie an der Grenze von 40 % ab; ASTCT 2019 berücksichtigt sie nicht.',
    },
    diedOfCrs: { label: 'Tod durch CRS', help: 'Tod durch CRS ohne andere Hauptursache (Grad 5). Ohne Angabe als nein gewertet.' },
    constitutionalSymptoms: {
      label: 'Allgemeinsymptome',
      help: 'Leichte Allgemeinsymptome durch CRS wie Übelkeit, Abgeschlagenheit, Kopfschmerzen, Myalgie oder Krankheitsgefühl (Lee 2014, Penn, MSKCC, CTCAE v4.03).',
    },
    vasopressorDose: {
      label: 'Vasopressor-Dosis',
      help: 'Wie hoch der Vasopressor-Bedarf ist, beurteilt nach der Dosistabelle der Skala, nach der eingestuft wird. Nur mit Vasopressoren.',
    },
    vasopressorDurationHours: {
      label: 'Dauer unter Vasopressoren',
      help: 'Wie lange bereits ein Vasopressor (gleich welcher) nötig ist, in Stunden (MSKCC setzt die Grenze bei 24 h). Nur mit Vasopressoren.',
    },
    highDoseVasopressorDurationHours: {
      label: 'Dauer unter hoher Vasopressor-Dosis',
      help: 'Wie lange bereits eine hohe Dosis nötig ist, in Stunden (Lee 2014 wertet sie ab 3 h). Nur bei hoher oder refraktärer Dosis und nie länger als die Dauer unter Vasopressoren.',
    },
    lifeThreateningHypotension: {
      label: 'Lebensbedrohliche Hypotonie',
      help: 'Die Hypotonie ist lebensbedrohlich (CARTOX Grad 4). Nur mit Vasopressoren; eine gegenüber hohen Dosen refraktäre Hypotonie ist lebensbedrohlich.',
    },
    multipleFluidBoluses: {
      label: 'Mehrere Flüssigkeitsboli',
      help: 'Die Hypotonie wurde mit mehr als einem Flüssigkeitsbolus behandelt (Penn). Nur bei Hypotonie.',
    },
    organToxicityGrade: {
      label: 'Grad der Organtoxizität',
      help: 'Der höchste CTCAE-Grad (0 bis 4) aller CRS-bedingten Organtoxizitäten außer Transaminasenerhöhung, Hypotonie und Hypoxie (Lee 2014, Penn, CARTOX). Grad 4 ist lebensbedrohlich.',
    },
    transaminitisGrade: {
      label: 'Grad der Transaminasenerhöhung',
      help: 'Der CTCAE-Grad (0 bis 4) einer CRS-bedingten ALT- oder AST-Erhöhung (Lee 2014, Penn, CARTOX).',
    },
    coagulopathyNeedingReplacement: {
      label: 'Gerinnungsstörung mit Substitutionsbedarf',
      help: 'Gerinnungsstörung, die Frischplasma, Kryopräzipitat oder Fibrinogenkonzentrat erfordert (Penn).',
    },
    hospitalization: { label: 'Krankenhausaufnahme', help: 'Warum der Patient wegen CRS stationär behandelt wird, falls überhaupt (Penn, CTCAE v4.03).' },
    intravenousTherapy: { label: 'Intravenöse Therapie', help: 'Intravenöse Therapie wegen CRS außer Volumengabe bei Hypotonie (Penn).' },
    treatmentResponse: {
      label: 'Ansprechen auf Behandlung',
      help: 'Bedarf an und Ansprechen auf symptomatische Behandlung oder Therapieunterbrechung (CTCAE v4.03). „Keine Intervention nötig“ widerspricht jeder angegebenen Behandlung.',
    },
    lifeThreatening: {
      label: 'Lebensbedrohliche Folgen',
      help: 'Lebensbedrohliche Folgen des CRS, dringende Intervention indiziert (CTCAE, Penn). „Nein“ widerspricht einer Intubation, einer Organtoxizität Grad 4 und einer refraktären oder lebensbedrohlichen Hypotonie.',
    },
  },
  icans: {
    ageYears: {
      label: 'Alter',
      help: 'In Jahren, Bruchteile erlaubt. Bestimmt das Instrument: CAPD unter der Altersgrenze (standardmäßig 12 Jahre), ICE ab dieser.',
    },
    developmentalDelay: {
      label: 'Entwicklungsverzögerung',
      help: 'Vorbestehende Entwicklungsverzögerung: CAPD wird unabhängig vom Alter verwendet (validiert bis 21 Jahre).',
    },
    ice: {
      label: 'ICE-Score',
      help: '0 bis 10 oder seine fünf Items. Erforderlich, wenn ICE das Instrument ist, außer der Patient ist nicht erweckbar (dann 0 oder weglassen); bei CAPD nicht zulässig.',
    },
    'ice.orientation': { label: 'Orientierung', help: 'Jahr, Monat, Stadt und Krankenhaus: 0 bis 4 Punkte.' },
    'ice.naming': { label: 'Benennen', help: 'Benennen von drei Gegenständen: 0 bis 3 Punkte.' },
    'ice.commands': { label: 'Befolgen von Aufforderungen', help: 'Befolgen einfacher Aufforderungen: 0 oder 1 Punkt.' },
    'ice.writing': { label: 'Schreiben', help: 'Schreiben eines Standardsatzes: 0 oder 1 Punkt.' },
    'ice.attention': { label: 'Aufmerksamkeit', help: 'Rückwärtszählen von 100 in Zehnerschritten: 0 oder 1 Punkt.' },
    capd: {
      label: 'CAPD-Score',
      help: '0 bis 32. Erforderlich, wenn CAPD das Instrument ist, außer das Kind ist nicht erweckbar (dann weglassen); bei ICE nicht zulässig.',
    },
    consciousness: { label: 'Bewusstseinslage', help: 'Von wach bis nicht erweckbar.' },
    sedated: {
      label: 'Durch Sedierung erklärt',
      help: 'Eine Bewusstseinsminderung ist durch sedierende Medikation erklärt und wird nicht gewertet. Bei nicht erweckbaren Patienten nicht zulässig.',
    },
    seizure: { label: 'Krampfanfall', help: 'Der schwerste Krampfanfall im Beurteilungszeitraum.' },
    motorWeakness: { label: 'Motorische Schwäche', help: 'Schwere fokale motorische Schwäche wie Hemiparese oder Paraparese.' },
    cerebralEdema: { label: 'Hirnödem', help: 'In der Neurobildgebung, oder keine Bildgebung erfolgt.' },
    raisedIcpSigns: { label: 'Hirndruckzeichen', help: 'Jedes klinische Zeichen höchstens einmal; keines, wenn keine vorliegen.' },
    diedOfIcans: { label: 'Tod durch ICANS', help: 'Tod durch ICANS ohne andere Hauptursache (Grad 5). Ohne Angabe als nein gewertet.' },
  },
  course: {
    infusionAt: { label: 'Infusion', help: 'Wann die Zellen infundiert wurden: ein Datum oder Datum mit Uhrzeit. Dieses Kalenderdatum ist Tag 0.' },
    observations: {
      label: 'Beurteilungszeiträume',
      help: 'Alle Beurteilungszeiträume, in beliebiger Reihenfolge; mindestens einer. Tage ohne Beurteilung gelten als unbekannt, nicht als Tage ohne CRS.',
    },
    'observations.at': {
      label: 'Zeitpunkt',
      help: 'Ein Datum (2026-03-02) oder Datum mit Uhrzeit (2026-03-02T14:30). Zwei Zeiträume am selben Datum brauchen je eine Uhrzeit.',
    },
    'observations.crs': { label: 'CRS-Beurteilung', help: 'Die CRS-Befunde dieses Zeitraums, falls beurteilt.' },
    'observations.icans': { label: 'ICANS-Beurteilung', help: 'Die ICANS-Befunde dieses Zeitraums, falls beurteilt.' },
    treatments: {
      label: 'Behandlungen',
      help: 'Die gegebenen Behandlungen, in beliebiger Reihenfolge. Eine antipyretische oder Anti-Zytokin-Therapie während eines CRS maskiert Fieber in späteren Zeiträumen.',
    },
    'treatments.at': { label: 'Zeitpunkt', help: 'Ein Datum oder Datum mit Uhrzeit.' },
    'treatments.treatment': { label: 'Behandlung', help: 'Was gegeben wurde.' },
  },
  options: {
    scale: { label: 'CRS-Skala', help: 'Die veröffentlichte Skala, nach der das CRS eingestuft wird; ohne Angabe ASTCT 2019.' },
    capdBelowAgeYears: {
      label: 'Altersgrenze für CAPD',
      help: 'Patienten unter diesem Alter in Jahren werden mit CAPD beurteilt (standardmäßig 12; 13 entspricht dem NCIt).',
    },
    mergeRecurrenceWithinDays: {
      label: 'Wiederauftreten zusammenfassen innerhalb',
      help: 'In Tagen: Beginnt eine Episode innerhalb so vieler Tage nach dem Abklingen der vorherigen erneut, wird sie mit dieser zusammengefasst (0: nie).',
    },
  },
};
