/** The slide deck's and the workbook's own texts in German: the keys and placeholders of office-en.ts. */
import type { OfficeMessages } from './office-en';

export const deOffice: OfficeMessages = {
	verdicts: {
		'real change': 'echte Veränderung',
		'within noise': 'im Rauschen',
		'not comparable': 'nicht vergleichbar'
	},
	maturityIndexScale: 'Reifegradindex (1–5)',
	deck: {
		withheld:
			'Nicht gezeigt: {reason}. {responses} Antworten wurden abgegeben; die Anonymitätsschwelle ist {threshold}.',
		provisionalCover: 'VORLÄUFIG: Der Zyklus ist noch offen, jede Zahl kann sich ändern',
		generatedOn: 'Erstellt am {date}',
		level: 'Stufe {level} {name}',
		realChanges: 'Echte Veränderungen',
		decisionsFrom: 'Aus dem Maßnahmenplan und der Roadmap',
		results: 'Ergebnisse: alle Dimensionen',
		againstTarget: 'Im Vergleich zum Ziel',
		againstTargetSub: 'Wert und Ziel jeder Dimension auf der Skala von 1 bis 5',
		trendSub: 'Der Reifegradindex jedes abgeschlossenen Zyklus',
		oneCycle:
			'Bisher nur ein Zyklus ({cycle}: {index}): Die Entwicklung beginnt mit dem nächsten abgeschlossenen Zyklus.',
		lastPointOpen: 'Der letzte Punkt ist der offene Zyklus: vorläufig.',
		eachDimension: 'Jede Dimension im Zeitverlauf',
		eachDimensionSub:
			'{first} (links) bis {last} (rechts); jedes Feld von 1 (untere Linie) bis 5 (obere Linie); gestrichelt: das Ziel dieses Zyklus',
		targets: 'Ziele',
		targetsSub: '{reached} von {total} Zielen erreicht; größter Abstand zuerst',
		noTargets: 'Für diesen Zyklus wurden keine Ziele gesetzt.',
		howToRead: 'So sind die Zahlen zu lesen'
	},
	workbook: {
		sheets: {
			headline: 'Überblick',
			buildingBlocks: 'Bausteine',
			governanceAreas: 'Governance-Bereiche',
			integration: 'Einbindung',
			trends: 'Entwicklung',
			actions: 'Maßnahmen'
		},
		figure: 'Kennzahl',
		value: 'Wert',
		meaning: 'Bedeutung',
		organisation: 'Organisation',
		cycle: 'Zyklus',
		statusProvisional: 'Vorläufig: Der Zyklus ist noch offen',
		statusFinal: 'Endgültig: Der Zyklus ist abgeschlossen',
		index100: 'Reifegradindex (0–100)',
		formula100: '(Index − 1) / 4 × 100',
		previousCycle: 'Vorzyklus',
		indexChange: 'Veränderung des Index seit dem Vorzyklus',
		changedForReal: 'Dimensionen mit echter Veränderung (nach oben / nach unten / verglichen)',
		changedLine: '{up} nach oben, {down} nach unten, von {compared} verglichenen.',
		invited: 'Eingeladen',
		anonymityThreshold: 'Anonymitätsschwelle (Personen)',
		scoresNotShown: 'Keine Werte gezeigt',
		noMatters: 'Keine Dimension hat einen Wert, der hervorzuheben wäre.',
		noDecision: 'Dieser Bericht bittet um keine Entscheidung.',
		scoreScale: 'Wert (1–5)',
		intervalLow: '95-%-Intervall, unten',
		intervalHigh: '95-%-Intervall, oben',
		levelName: 'Name der Stufe',
		betweenLevels: 'Zwischen Stufen',
		gapToTarget: 'Abstand zum Ziel (Ziel − Wert; + = noch zu gehen)',
		previousNamed: 'Vorher ({cycle})',
		changeIs: 'Veränderung ist',
		nPeople: 'n (Personen)',
		agreement: 'Übereinstimmung (0–1)',
		perceptionGap: 'Wahrnehmungslücke',
		peerMedian: 'Vergleichsmedian',
		peerTopQuartile: 'Oberes Quartil (Vergleich)',
		note: 'Hinweis',
		ratedBy: 'Befragte, die sie bewertet haben',
		consultedOrIntegrated: 'Konsultiert oder eingebunden',
		meanRating: 'Mittlere Bewertung (0–3)',
		integratedHere: 'Hier eingebunden',
		decidedBy: 'Entschieden nach',
		studyShare: 'Studie: Anteil der Organisationen, die sie einbinden',
		overall: 'Gesamt (Mittel der gezeigten Funktionen)',
		integratedNote:
			'Eingebunden: Die Funktion ist voll Teil der CRM-Arbeit (Bewertung 3), so wie die Studie zählt.',
		closedCycle: 'Abgeschlossener Zyklus',
		closedOn: 'Abgeschlossen am',
		trendsNote:
			'Nur abgeschlossene Zyklen, der älteste zuerst: Die Zahlen eines offenen Zyklus sind vorläufig und fehlen hier. Eine leere Zelle: in diesem Zyklus kein Wert (zurückgehalten, nicht zutreffend oder nicht gefragt).',
		impactScale: 'Wirkung (1–5)',
		complexityScale: 'Komplexität (1–5)',
		budget: 'Budget',
		approved: 'Freigegeben',
		awaitingApproval: 'Wartet auf Freigabe',
		actionsNote:
			'Quick Win: Wirkung 4–5 bei Komplexität 1–3. Beträge in ganzen Einheiten der Währung der Organisation.'
	}
};
