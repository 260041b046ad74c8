/**
 * Touchstone CRM Maturity version 2 in German (issue 17.4). Translated from the English source
 * with the same rule as the Spanish version: each level description keeps the one observable
 * condition of the English text and its place on the ladder — 1 nothing in place, 2 in pockets
 * („einige Teams“, „vereinzelt“), 3 documented organisation-wide („schriftlich“, „verbindlich“,
 * „für alle“), 4 measured and steered („wird gemessen“, „wird verfolgt“), 5 a result one can see —
 * so an answer means the same in every language and scores pool across languages. Level 4 never
 * becomes „wird regelmäßig überprüft“ (a review is not a measurement) and level 5 never a practice.
 * The questions address the organisation as „wir“/„unser“ like the English; the customer-facing
 * core (customer_experience), which partners also answer, says „die Organisation“.
 */
import type { InstrumentTranslation } from './languages';

export const touchstoneV2German: InstrumentTranslation = {
	sections: {
		vision: {
			title: 'Vision',
			description:
				'Wohin sich unsere Kundenbeziehungen entwickeln und wie Kundinnen und Kunden uns sehen und erleben sollen.'
		},
		strategy: {
			title: 'Strategie',
			description:
				'Wie wir wertvolle Kunden gewinnen, entwickeln und halten wollen – und warum sie sich für uns entscheiden sollten.'
		},
		customer_experience: {
			title: 'Geschätztes Kundenerlebnis',
			description:
				'Wie es für Kunden ist, mit der Organisation zu tun zu haben – an jedem Kontaktpunkt.'
		},
		collaboration: {
			title: 'Zusammenarbeit in der Organisation',
			description:
				'Wie Menschen und Teams rund um den Kunden zusammenarbeiten: Struktur, Anreize, Fähigkeiten und Veränderung.'
		},
		processes: {
			title: 'Prozesse',
			description:
				'Wie die Arbeit, die Kunden betrifft, über Abteilungsgrenzen hinweg gestaltet und ausgeführt wird.'
		},
		information: {
			title: 'Information',
			description:
				'Ob die richtigen Kundeninformationen zur richtigen Zeit bei den richtigen Menschen ankommen.'
		},
		technology: {
			title: 'Technologie',
			description:
				'Die Systeme hinter unseren Kundenbeziehungen: eine unverzichtbare Voraussetzung, aber nur ein Teil des Ganzen.'
		},
		metrics: {
			title: 'Kennzahlen',
			description:
				'Wie CRM-Ziele gesetzt werden und der Fortschritt gemessen wird. Die anderen Bausteine hängen davon ab.'
		},
		management_team: {
			title: 'Führungsteam',
			description:
				'Die Menschen, die das CRM-Programm leiten, und wie sie es finanzieren und steuern.'
		},
		crm_department: {
			title: 'Organisation der CRM-Abteilung',
			description:
				'Wie das Team, das CRM im Tagesgeschäft betreibt, aufgestellt ist und wie es die CRM-Aktivitäten steuert.'
		},
		technology_infrastructure: {
			title: 'Technische Infrastruktur',
			description:
				'Wie CRM-Systeme, Websites und andere Software betrieben, betreut und abgesichert werden.'
		},
		contact_channels: {
			title: 'Kontaktkanäle',
			description:
				'Wie Kunden und die Organisation einander erreichen: persönlich, telefonisch, online oder über Partner.'
		},
		relationship_processes: {
			title: 'Prozesse der Kundenbeziehung',
			description:
				'Die alltäglichen Prozesse, die die Beziehung eines Kunden zu uns prägen: Service, Beschwerden und Nachfassen.'
		},
		knowledge_management: {
			title: 'Wissensmanagement',
			description:
				'Wie unser Wissen über Kunden und über unsere eigene CRM-Arbeit zusammengeführt und geteilt wird.'
		},
		functional_integration: {
			title: 'Funktionale Integration',
			description:
				'Wie stark ist jede Funktion an der CRM-Arbeit beteiligt: nicht beteiligt, informiert, konsultiert oder voll eingebunden?'
		}
	},
	items: {
		'vision.clear_vision_v2': {
			text: 'Wie klar ist unsere CRM-Vision schriftlich festgehalten?',
			anchors: [
				'Jeder beschreibt das Ziel von CRM anders, oft als „das System“.',
				'Eine Vision gibt es nur in einem Team oder auf einem Foliensatz.',
				'Eine schriftliche Vision nennt unser Kundenversprechen und unsere Markenwerte.',
				'Die Führung prüft wichtige Entscheidungen an der schriftlichen Vision.',
				'Kunden wissen, was sie von uns erwarten können – so wie es die Vision vorsieht.'
			]
		},
		'vision.staff_know_promise': {
			text: 'Wie gut wissen die Mitarbeitenden, welches Erlebnis sie Kunden bieten sollen?',
			anchors: [
				'Gefragt würden Mitarbeitende sehr unterschiedliche Erlebnisse beschreiben.',
				'Einige Teams haben ihr eigenes Serviceversprechen.',
				'Eine einheitliche Beschreibung des Versprechens ist Teil jeder Einarbeitung.',
				'Führungskräfte prüfen, ob Mitarbeitende das Versprechen beschreiben können.',
				'Mitarbeitende nutzen das Versprechen als Verhaltenskodex bei täglichen Entscheidungen.'
			]
		},
		'vision.enterprise_wide_v2': {
			text: 'Wie weit wird CRM als Veränderung der ganzen Organisation behandelt?',
			anchors: [
				'CRM bedeutet ein IT-System oder das Projekt einer einzelnen Abteilung.',
				'Mehrere Abteilungen betreiben getrennte CRM-Projekte.',
				'Ein organisationsweites CRM-Programm umfasst alle Abteilungen.',
				'Die CRM-Projekte der Abteilungen werden als ein Portfolio gesteuert.',
				'Kunden erleben eine einzige Organisation, mit welcher Abteilung sie auch zu tun haben.'
			]
		},
		'vision.mutual_value_v2': {
			text: 'Wie gut wägt unsere Vision ab, was Kunden gewinnen und was wir gewinnen?',
			anchors: [
				'CRM wird nur als unser Gewinn besprochen, z. B. mehr Umsatz.',
				'Einige Teams denken darüber nach, was Kunden gewinnen.',
				'Die Vision sagt, was Kunden bekommen, nicht nur, was wir bekommen.',
				'Nutzen und Kosten der Beziehung werden für beide Seiten gemessen.',
				'Kunden und wir gewinnen jeweils mehr aus der Beziehung, als sie kostet.'
			]
		},
		'strategy.written_strategy_v2': {
			text: 'Wie klar ist unser Plan festgelegt, wertvolle Kunden zu gewinnen, zu entwickeln und zu halten?',
			anchors: [
				'Kundenpläne entstehen Projekt für Projekt, ohne Strategie.',
				'Einige Abteilungen haben ihre eigenen Kundenpläne.',
				'Eine schriftliche CRM-Strategie ist mit den Unternehmenszielen verknüpft.',
				'Über den Fortschritt wird anhand der messbaren Ziele der Strategie berichtet.',
				'Der Anteil wertvoller Kunden wächst, wie es die Strategie vorsah.'
			]
		},
		'strategy.customer_value_v2': {
			text: 'Wie ermitteln wir, welche Kunden am wertvollsten sind?',
			anchors: [
				'Niemand kann sagen, welche Kunden am wertvollsten sind.',
				'Einige Teams wählen Schlüsselkunden aus, jedes nach eigenen Regeln.',
				'Eine vereinbarte Methode ermittelt den Wert jedes Kunden.',
				'Die Wanderung von Kunden zwischen Wertsegmenten wird verfolgt.',
				'Wer einen Kunden betreut, sieht dessen potenziellen Wert.'
			]
		},
		'strategy.value_proposition': {
			text: 'Wie klar können wir sagen, warum Kunden uns statt der Konkurrenz wählen sollten?',
			anchors: [
				'Führungskräfte nennen unterschiedliche Gründe, warum Kunden uns wählen.',
				'Einige Teams haben ihre eigenen Verkaufsargumente.',
				'Ein schriftliches Nutzenversprechen nennt unseren Wettbewerbsvorteil.',
				'Jede Kampagne wird am Nutzenversprechen geprüft.',
				'Kunden nennen dieselben Gründe für ihre Wahl wie wir.'
			]
		},
		'customer_experience.transaction_quality': {
			text: 'Wie wird die Qualität der alltäglichen Vorgänge von Kunden gleichbleibend gehalten?',
			anchors: [
				'Die Qualität hängt davon ab, wen der Kunde gerade erreicht.',
				'Einige Teams legen ihre eigenen Servicestandards fest.',
				'Schriftliche Servicestandards gelten in jedem Team.',
				'Die Zufriedenheit mit einzelnen Vorgängen wird gemessen.',
				'Kunden sind mit fast jedem Vorgang zufrieden, in jedem Team.'
			]
		},
		'customer_experience.consistent_offers': {
			text: 'Wie einheitlich sind die Angebote, die Kunden in verschiedenen Kanälen erhalten?',
			anchors: [
				'Kunden erhalten online, am Telefon oder persönlich oft unterschiedliche Angebote.',
				'Einige Kanäle sind abgestimmt, aber widersprüchliche Angebote kommen noch vor.',
				'Jedes Kundensegment erhält überall einen vereinbarten Satz von Angeboten.',
				'Widersprüchliche Angebote werden als Fehler erfasst.',
				'Kunden erhalten keine widersprüchlichen Angebote mehr.'
			]
		},
		'customer_experience.customer_effort': {
			text: 'Wie wird der Aufwand gering gehalten, den Kunden im Umgang mit der Organisation haben?',
			anchors: [
				'Niemand achtet darauf, wie viel Aufwand der Umgang mit der Organisation kostet.',
				'Einige Teams vereinfachen ihre eigenen Formulare und Schritte.',
				'Der Kundenaufwand ist für jede wichtige Customer Journey schriftlich dokumentiert.',
				'Der Kundenaufwand wird an Zielwerten gemessen, z. B. Wartezeiten.',
				'Kunden sagen, der Umgang mit der Organisation ist einfach.'
			]
		},
		'customer_experience.feedback_use': {
			text: 'Wie wird Kundenfeedback genutzt?',
			anchors: [
				'Kundenfeedback wird selten gesammelt oder gelesen.',
				'Feedback, das einige Teams sammeln, bleibt bei diesen Teams.',
				'Feedback aus allen Kanälen, auch von Partnern, erreicht die betroffenen Teams.',
				'Änderungen aufgrund von Feedback werden auf ihre Wirkung geprüft.',
				'Kunden sehen ihre Vorschläge darin wieder, wie sie bedient werden.'
			]
		},
		'collaboration.cross_department': {
			text: 'Wie gut arbeiten die Abteilungen bei Kundenanliegen zusammen?',
			anchors: [
				'Kundenanliegen werden zwischen Abteilungen hin- und hergeschoben.',
				'Einige Teams arbeiten zusammen, über persönliche Beziehungen.',
				'Für wichtige Kundenprozesse gibt es abteilungsübergreifende Teams.',
				'Diese Teams werden an gemeinsamen Zielen gemessen.',
				'Abteilungsübergreifendes Arbeiten ist einfach selbstverständlich.'
			]
		},
		'collaboration.incentives_v2': {
			text: 'Wie weit belohnen Anreize einen guten Umgang mit Kunden?',
			anchors: [
				'Anreize belohnen nur Umsatz- oder Kostenzahlen.',
				'Einige wenige Rollen haben kundenbezogene Ziele.',
				'Die Ziele jeder Rolle enthalten eine Kundenkennzahl.',
				'Anreize, die falsches Verhalten belohnen, werden geändert.',
				'Mitarbeitende sehen keinen Widerspruch zwischen ihren Zielen und gutem Kundenservice.'
			]
		},
		'collaboration.training': {
			text: 'Wie werden Mitarbeitende im Umgang mit Kunden geschult?',
			anchors: [
				'Schulungen behandeln, wenn überhaupt, nur die Systeme.',
				'Schulungen im Kundenumgang sind von Team zu Team verschieden.',
				'Alle Mitarbeitenden erhalten eine zu ihrer Rolle passende Schulung im Kundenumgang.',
				'Die Personalabteilung beurteilt Verhalten wie Freundlichkeit und Hilfsbereitschaft.',
				'Kunden bemerken, wie hilfsbereit die Mitarbeitenden sind.'
			]
		},
		'collaboration.change_management_v2': {
			text: 'Wie werden Mitarbeitende an Änderungen ihrer Arbeit mit Kunden beteiligt?',
			anchors: [
				'Mitarbeitende erfahren von Änderungen, wenn sie in Kraft treten.',
				'Änderungen werden vorab erklärt, ohne die Mitarbeitenden zu fragen.',
				'Vor jeder Änderung werden Mitarbeitende nach einem einheitlichen Vorgehen angehört.',
				'Wie gut jede Änderung angenommen wird, wird danach gemessen.',
				'Neue Arbeitsweisen setzen sich schnell durch.'
			]
		},
		'processes.customer_designed_v2': {
			text: 'Wie weit sind die wichtigsten Prozesse auf die Bedürfnisse der Kunden ausgerichtet?',
			anchors: [
				'Die Prozesse dienen der internen Bequemlichkeit; die Bedürfnisse der Kunden wurden nicht bedacht.',
				'Einige wenige Prozesse wurden nach Beschwerden überarbeitet.',
				'Die wichtigsten Prozesse sind mit den Kundenbedürfnissen dokumentiert, denen sie dienen.',
				'Jeder wichtige Prozess hat eine kundenbezogene Kennzahl.',
				'Kunden sagen, dass die wichtigsten Prozesse so funktionieren, wie sie es brauchen.'
			]
		},
		'processes.end_to_end_v2': {
			text: 'Wie werden Übergaben zwischen Abteilungen gesteuert, z. B. von der Bestellung bis zur Lieferung?',
			anchors: [
				'Misslungene Übergaben führen oft dazu, dass Kunden Neuigkeiten hinterherlaufen müssen.',
				'Einige Übergaben funktionieren, über persönliche Kontakte.',
				'Durchgängige Prozesse sind über Abteilungsgrenzen hinweg dokumentiert.',
				'Prozessteams werden an durchgängigen Ergebnissen gemessen, nicht an Abteilungszielen.',
				'Kunden müssen selten wegen einer Rückmeldung nachhaken.'
			]
		},
		'processes.manual_workarounds': {
			text: 'Wie werden Lücken in den Systemen überbrückt, damit Kunden nicht im Stich gelassen werden?',
			anchors: [
				'Alle Mitarbeitenden improvisieren ihre eigene Notlösung.',
				'Einige Teams haben Notlösungen, die nur erfahrene Mitarbeitende kennen.',
				'Vereinbarte manuelle Schritte überbrücken bekannte Systemlücken.',
				'Die Fehler, die jede Notlösung verursacht, werden gemessen.',
				'Neue Systemlücken werden überbrückt, bevor Kunden sie bemerken.'
			]
		},
		'information.single_view_v2': {
			text: 'Wie gut ist der Datensatz jedes Kunden über die Systeme hinweg verknüpft?',
			anchors: [
				'Kundendaten liegen in getrennten Systemen, die nicht übereinstimmen.',
				'Mitarbeitende prüfen mehrere Systeme, um sich ein Bild vom Kunden zu machen.',
				'Jeder Kunde hat einen vereinbarten Hauptdatensatz, über die Systeme hinweg verknüpft.',
				'Der Anteil der Kunden mit einem verknüpften Datensatz wird gemessen.',
				'Kunden müssen nie Angaben wiederholen, die sie bereits gemacht haben.'
			]
		},
		'information.frontline_access_v2': {
			text: 'Wie gut sehen die Menschen, die Kunden bedienen, die Informationen, die sie brauchen?',
			anchors: [
				'Wer Kunden bedient, sieht wenig von der Vorgeschichte eines Kunden.',
				'Einige Mitarbeitende sehen Teile der Vorgeschichte, je nach Team.',
				'Die Werkzeuge jeder Rolle mit Kundenkontakt zeigen die vereinbarten Kundeninformationen.',
				'Ob die Mitarbeitenden diese Informationen nutzen, wird beobachtet.',
				'Mitarbeitende bedienen Kunden, ohne andere Abteilungen nach Informationen zu fragen.'
			]
		},
		'information.data_quality_v2': {
			text: 'Wie wird für die Richtigkeit der Kundendaten gesorgt?',
			anchors: [
				'Fehler werden erst korrigiert, wenn Kunden sich beschweren.',
				'Einige Teams bereinigen ihre Daten hin und wieder.',
				'Schriftliche Regeln zur Datenqualität gelten für alle Kundendaten.',
				'Datenfehler werden an Zielwerten gemessen.',
				'Kunden finden selten Fehler in den Angaben, die über sie gespeichert sind.'
			]
		},
		'information.insight_v2': {
			text: 'Wie gelangen Auswertungen von Kundendaten in die tägliche Arbeit?',
			anchors: [
				'Kundendaten werden gespeichert, aber selten ausgewertet.',
				'Einige Teams werten Daten aus, doch die Erkenntnisse bleiben bei ihnen.',
				'Auswertungen der Kundenbedürfnisse werden mit den Teams geteilt, die diese Kunden bedienen.',
				'Die Wirkung erkenntnisgestützter Maßnahmen auf die Ergebnisse wird gemessen.',
				'Mitarbeitende erhalten Hinweise, die den nächsten Bedarf jedes Kunden vorwegnehmen.'
			]
		},
		'technology.strategy_led_v2': {
			text: 'Wie werden Entscheidungen für CRM-Technologie begründet?',
			anchors: [
				'Systeme werden wegen ihrer Funktionen gekauft, nach einer Vorführung des Anbieters.',
				'Einige Systementscheidungen sind mit einem geschäftlichen Bedarf verknüpft.',
				'Jede Entscheidung für CRM-Technologie wird an der CRM-Strategie begründet.',
				'Der versprochene geschäftliche Nutzen wird nach jeder Systemeinführung überprüft.',
				'Jedes genutzte System dient einem klaren Teil der Strategie.'
			]
		},
		'technology.integration': {
			text: 'Wie gut tauschen die Kundensysteme Informationen aus, ohne dass sie neu eingegeben werden müssen?',
			anchors: [
				'Die Systeme sind nicht verbunden; Daten werden von Hand neu eingetippt.',
				'Einige Systeme sind über Einzelverbindungen gekoppelt, die ausfallen.',
				'Ein vereinbarter Ansatz verbindet die wichtigsten Kundensysteme.',
				'Integrationsprobleme werden verfolgt.',
				'Kundendaten erreichen die Systeme von Partnern und Lieferanten ohne Neueingabe.'
			]
		},
		'technology.ease_of_use': {
			text: 'Wie einfach zu bedienen sind die Systeme, die Mitarbeitende im Kundenkontakt nutzen?',
			anchors: [
				'Die Systeme sind so umständlich, dass Mitarbeitende eigene Notizen führen.',
				'Für einige Rollen sind die Systeme einfach, andere tun sich schwer.',
				'Die Systeme sind auf die Aufgaben jeder Rolle eingerichtet.',
				'Die Bedienbarkeit wird gemessen, z. B. in Mitarbeiterbefragungen.',
				'Mitarbeitende sagen, dass die Systeme ihnen den Kundenservice erleichtern.'
			]
		},
		'metrics.objectives_v2': {
			text: 'Wie messbar sind unsere CRM-Ziele?',
			anchors: [
				'Es gibt keine CRM-Ziele; Erfolg ist Ansichtssache.',
				'Einige Teams setzen sich eigene Ziele, z. B. zur Kampagnenresonanz.',
				'Messbare CRM-Ziele sind für die ganze Organisation schriftlich festgelegt.',
				'Die Führung greift ein, wenn die Ergebnisse hinter den Zielen zurückbleiben.',
				'Die meisten CRM-Ziele werden rechtzeitig erreicht.'
			]
		},
		'metrics.customer_measures': {
			text: 'Wie werden Kundenergebnisse wie Zufriedenheit und Loyalität gemessen?',
			anchors: [
				'Gemessen werden nur interne Zahlen wie Umsatz oder Kosten.',
				'Eine jährliche Kundenbefragung steht neben den Geschäftszahlen, ohne Bezug zu ihnen.',
				'Ein vereinbarter Satz von Kundenkennzahlen deckt das ganze Programm ab.',
				'Kunden- und Finanzkennzahlen werden gemeinsam ausgewertet.',
				'Wir wissen, welche Kundenkennzahlen langfristige Ergebnisse vorhersagen.'
			]
		},
		'metrics.tested_assumptions': {
			text: 'Wie werden Annahmen wie „zufriedene Kunden sind loyal“ überprüft?',
			anchors: [
				'Zufriedene Kunden gelten ungeprüft als loyal und loyale als profitabel.',
				'Einige hinterfragen diese Annahmen, ohne Folgen für Entscheidungen.',
				'Zufriedenheit, Loyalität und Profitabilität werden jeweils getrennt gemessen.',
				'Wir werten aus, wie Zufriedenheit, Loyalität und Gewinn zusammenhängen.',
				'Wichtige Entscheidungen beruhen auf nachgewiesenen, nicht auf angenommenen Zusammenhängen.'
			]
		},
		'metrics.return_on_investment': {
			text: 'Wie gut wissen wir, was jede CRM-Aktivität im Verhältnis zu ihren Kosten einbringt?',
			anchors: [
				'Niemand kann sagen, was CRM-Aktivitäten kosten oder einbringen.',
				'Für einige Aktivitäten sind die Kosten bekannt, nicht aber ihr Ertrag.',
				'Eine vereinbarte Methode ermittelt die Kapitalrendite jeder Aktivität.',
				'Die Kapitalrendite entscheidet, welche Aktivitäten finanziert oder beendet werden.',
				'Die Geschäftsleitung sieht einen klaren Ertrag aus dem CRM-Programm.'
			]
		},
		'management_team.sponsor': {
			text: 'Wie unterstützt eine Förderin oder ein Förderer aus der Geschäftsleitung das CRM-Programm?',
			anchors: [
				'Es gibt keine Unterstützung aus der Geschäftsleitung; das Programm hängt am guten Willen Einzelner.',
				'Eine Führungskraft unterstützt es, wenn andere Prioritäten es zulassen.',
				'Ein namentlich benanntes Mitglied des Führungsteams ist formell verantwortlich.',
				'Die Förderin oder der Förderer räumt Hindernisse aus dem Weg, auch in schwierigen Quartalen.',
				'Die Unterstützung bleibt auch bei Wechseln in der Führung bestehen.'
			]
		},
		'management_team.budget': {
			text: 'Wie erhält das CRM-Programm seine Finanzierung?',
			anchors: [
				'CRM-Vorschläge warten lange auf eine Finanzierung.',
				'Die Finanzierung hängt davon ab, wer jedes Jahr am lautesten argumentiert.',
				'Ein vereinbarter Genehmigungsweg legt das Budget des Programms fest.',
				'Die Finanzierung richtet sich nach den gemessenen Ergebnissen der CRM-Arbeit.',
				'Lohnende CRM-Vorschläge werden ohne lange Verzögerung finanziert.'
			]
		},
		'management_team.project_priorities': {
			text: 'Wie werden CRM-Projekte priorisiert?',
			anchors: [
				'Projekte gehen an den, der am lautesten fordert, oder folgen dem Angebot eines Anbieters.',
				'Einige Projekte werden mit ihrem geschäftlichen Nutzen begründet.',
				'Jedes Projekt wird nach geschäftlicher Wirkung und technischer Komplexität bewertet.',
				'Projekte mit großer Wirkung und geringer bis mittlerer Komplexität kommen zuerst.',
				'Jede Phase bringt einen frühen Erfolg, den Kunden bemerken.'
			]
		},
		'crm_department.clear_remit_v2': {
			text: 'Wie klar ist der Auftrag des Teams, das CRM im Tagesgeschäft betreibt?',
			anchors: [
				'Kein Team ist zuständig; CRM-Aufgaben fallen durchs Raster.',
				'Ein Team kümmert sich um CRM, aber andere erledigen dieselbe Arbeit doppelt.',
				'Das Team hat einen schriftlichen Auftrag, den die anderen Abteilungen kennen.',
				'Die Ergebnisse des Teams werden an seinem Auftrag gemessen.',
				'Andere Abteilungen erledigen die Arbeit des Teams selten doppelt.'
			]
		},
		'crm_department.central_local': {
			text: 'Wie ist CRM zwischen zentraler Koordination und lokaler Anpassung ausbalanciert?',
			anchors: [
				'Entweder wird alles zentral vorgegeben, oder jede Einheit geht ihren eigenen Weg.',
				'Es gibt zentrale Vorgaben, aber lokale Teams können sie nicht anpassen.',
				'Zentrale Regeln legen fest, wo lokale Einheiten CRM anpassen dürfen.',
				'Die Ergebnisse lokaler Anpassungen werden zwischen den Einheiten verglichen.',
				'Gute lokale Ideen werden in der ganzen Organisation übernommen.'
			]
		},
		'crm_department.activity_inventory': {
			text: 'Wie vollständig ist unsere Liste der CRM-Aktivitäten, z. B. Treueprogramme oder Veranstaltungen?',
			anchors: [
				'Niemand hat eine vollständige Liste unserer CRM-Aktivitäten.',
				'Einige Verantwortliche führen Notizen zu ihren eigenen Aktivitäten.',
				'Eine Liste hält für jede Aktivität Zielgruppe, Kosten, Nutzen und strategischen Zweck fest.',
				'Die Resonanz der Kunden auf jede Aktivität wird gemessen.',
				'Die meisten Zielkunden kennen die Aktivitäten, die für sie gedacht sind.'
			]
		},
		'crm_department.activity_decisions': {
			text: 'Wie wird über jede CRM-Aktivität entschieden?',
			anchors: [
				'Aktivitäten laufen unbegrenzt weiter, ob sie wirken oder nicht.',
				'Aktivitäten werden meist dann geändert oder beendet, wenn Budgets gekürzt werden.',
				'Für jede Aktivität wird eine Entscheidung festgehalten: beibehalten, ändern, ausbauen oder beenden.',
				'Die Wirkung jeder Entscheidung auf die Teilnahme wird verfolgt.',
				'Jede laufende Aktivität dient einem klaren strategischen Ziel.'
			]
		},
		'technology_infrastructure.reliability_v2': {
			text: 'Wie wird die Verfügbarkeit der CRM-Systeme gesteuert?',
			anchors: [
				'Ausfälle werden erst behoben, wenn Nutzer sich beschweren.',
				'Einige Systeme werden überwacht; andere fallen unbemerkt aus.',
				'Schriftliche Service-Level gelten für jedes CRM-System.',
				'Die Verfügbarkeit wird an den Service-Leveln gemessen.',
				'Langsame oder nicht verfügbare Systeme sind selten.'
			]
		},
		'technology_infrastructure.access_control': {
			text: 'Wie wird der Zugriff auf Kundendaten in den Systemen kontrolliert?',
			anchors: [
				'Wer ein Login hat, sieht alle Kundendaten.',
				'Einige Systeme haben Zugriffskontrollen, andere keine.',
				'Rollenbasierte Zugriffsregeln gelten für jedes CRM-System.',
				'Zugriffsrechte werden planmäßig mit den Rollen abgeglichen.',
				'Mitarbeitende sehen die Kundendaten, die ihre Rolle braucht, und nicht mehr.'
			]
		},
		'technology_infrastructure.change_control_v2': {
			text: 'Wie werden Änderungen an CRM-Systemen vor dem Livegang getestet?',
			anchors: [
				'Änderungen gehen ungetestet live; die Nutzer finden die Probleme.',
				'Einige Projekte testen ihre Änderungen, andere nicht.',
				'Ein einheitlicher Änderungsprozess regelt das Testen für jedes CRM-System.',
				'Probleme nach dem Livegang werden für jedes Release gezählt.',
				'Releases stören Mitarbeitende oder Kunden selten.'
			]
		},
		'contact_channels.integrated_v2': {
			text: 'Wie gut läuft ein Gespräch weiter, wenn ein Kunde den Kanal wechselt?',
			anchors: [
				'Kunden fangen bei jedem Kanalwechsel von vorn an.',
				'Einige Kanäle teilen Informationen, z. B. Telefon und E-Mail.',
				'Alle Kanäle nutzen denselben Kundendatensatz.',
				'Misslungene Übergaben zwischen Kanälen werden gezählt.',
				'Kunden machen in jedem Kanal dort weiter, wo sie aufgehört haben.'
			]
		},
		'contact_channels.customer_choice_v2': {
			text: 'Wie gut passen die angebotenen Kanäle dazu, wie Kunden am liebsten Kontakt aufnehmen?',
			anchors: [
				'Die Kanäle passen zur Organisation, nicht zu ihren Kunden.',
				'Einige Kanäle kamen hinzu, weil Kunden danach fragten.',
				'Ein schriftlicher Kanalplan folgt den Vorlieben jedes Segments.',
				'Die Zufriedenheit wird für jeden Kanal gemessen.',
				'Kunden fragen selten nach einem Kanal, der nicht angeboten wird.'
			]
		},
		'contact_channels.named_contact_v2': {
			text: 'Wie werden feste Ansprechpersonen für Kunden eingerichtet, die eine brauchen?',
			anchors: [
				'Kunden sprechen mit dem, der gerade frei ist.',
				'Einige Schlüsselkunden haben eine feste Ansprechperson, dank persönlichem Einsatz.',
				'Schriftliche Regeln legen fest, welche Kunden eine feste Ansprechperson bekommen.',
				'Die Wirkung fester Ansprechpersonen auf die Zufriedenheit wird gemessen.',
				'Kunden mit fester Ansprechperson müssen sich selten erklären.'
			]
		},
		'contact_channels.partner_channels': {
			text: 'Wie werden Partner, die Kunden bedienen, mit den anderen Kanälen abgestimmt?',
			anchors: [
				'Partner machen Kunden ihre eigenen Angebote.',
				'Einige Partner erfahren informell von aktuellen Angeboten.',
				'Schriftliche Vereinbarungen legen fest, was Partner Kunden anbieten dürfen.',
				'Konflikte zwischen Partner- und Direktkanälen werden erfasst.',
				'Kunden werden über Partner genauso behandelt wie direkt.'
			]
		},
		'relationship_processes.complaints_v2': {
			text: 'Wie werden Kundenbeschwerden bearbeitet?',
			anchors: [
				'Wer eine Beschwerde erhält, bearbeitet sie, oft ohne sie festzuhalten.',
				'Einige Teams erfassen Beschwerden, jedes auf seine Weise.',
				'Ein Beschwerdeprozess mit Antwortfristen gilt überall.',
				'Die Ursachen von Beschwerden werden der Führung berichtet.',
				'Dieselbe Beschwerde kommt selten zweimal vor.'
			]
		},
		'relationship_processes.putting_right_v2': {
			text: 'Wie frei sind Mitarbeitende, Probleme für Kunden zu beheben?',
			anchors: [
				'Mitarbeitende müssen selbst kleine Probleme nach oben weitergeben.',
				'Einige erfahrene Mitarbeitende beheben Probleme sofort.',
				'Schriftliche Befugnisgrenzen erlauben es Mitarbeitenden, Probleme sofort zu beheben.',
				'Die Kosten der Problembehebung werden an diesen Grenzen verfolgt.',
				'Die meisten Probleme werden beim ersten Kontakt behoben.'
			]
		},
		'relationship_processes.closing_loop': {
			text: 'Wie erhalten Kunden eine Rückmeldung, nachdem sie ein Anliegen vorgebracht haben?',
			anchors: [
				'Kunden hören selten etwas, wenn sie nicht nachhaken.',
				'Einige Mitarbeitende fassen nach, je nach Person.',
				'Fristen für Rückmeldungen sind in die Serviceprozesse eingebaut.',
				'Fälle, die ohne Kontakt zum Kunden geschlossen werden, werden verfolgt.',
				'Kunden erfahren, was sich aufgrund ihres Anliegens geändert hat.'
			]
		},
		'relationship_processes.retention': {
			text: 'Wie wird mit Kunden umgegangen, die womöglich kurz davor sind abzuwandern?',
			anchors: [
				'Abwandernde Kunden fallen erst auf, wenn sie schon weg sind.',
				'Einige Teams versuchen, Abwanderer zurückzugewinnen, jedes auf seine Weise.',
				'Ein schriftlicher Prozess zur Kundenbindung beginnt bei vereinbarten Warnsignalen.',
				'Kundenverluste werden nach Ursache gemessen.',
				'Gefährdete Kunden werden kontaktiert, bevor sie sich zum Gehen entscheiden.'
			]
		},
		'knowledge_management.customer_knowledge_v2': {
			text: 'Wie wird festgehalten, was Mitarbeitende von Kunden erfahren?',
			anchors: [
				'Kundenwissen bleibt in den Köpfen und geht mit den Menschen.',
				'Einige Mitarbeitende machen sich Notizen, an verschiedenen Orten und in verschiedenen Formen.',
				'Mitarbeitende erfassen wichtige Kundenangaben in vereinbarten Feldern des gemeinsamen Systems.',
				'Führungskräfte prüfen, ob das erfasste Kundenwissen vollständig ist.',
				'Kollegen können jeden Kunden ohne Einweisung übernehmen.'
			]
		},
		'knowledge_management.trusted_figures_v2': {
			text: 'Wie einheitlich sind die Kundenzahlen, mit denen verschiedene Teams arbeiten?',
			anchors: [
				'Teams berichten für dieselbe Sache unterschiedliche Zahlen.',
				'Einige Zahlen werden geteilt; viele Berichte entstehen getrennt.',
				'Wichtige Zahlen kommen aus einer vereinbarten Quelle mit schriftlichen Definitionen.',
				'Abweichungen zwischen Berichten werden bis zu ihrer Quelle verfolgt.',
				'In Besprechungen geht es darum, was Zahlen bedeuten, nicht wessen Zahl stimmt.'
			]
		},
		'knowledge_management.lessons_learned_v2': {
			text: 'Wie werden Erkenntnisse aus CRM-Projekten geteilt?',
			anchors: [
				'Erkenntnisse gehen verloren, wenn Menschen wechseln.',
				'Einige Teams werten Projekte aus, teilen die Ergebnisse aber selten.',
				'Erkenntnisse aus jedem Projekt werden dort festgehalten, wo alle Mitarbeitenden sie finden.',
				'Jede festgehaltene Erkenntnis wird zu einer Änderung mit einer verantwortlichen Person.',
				'Dieselben Fehler wiederholen sich in späteren Projekten nicht.'
			]
		},
		'functional_integration.finance': { text: 'Finanzen' },
		'functional_integration.sales': { text: 'Vertrieb' },
		'functional_integration.marketing': { text: 'Marketing' },
		'functional_integration.customer_service': { text: 'Kundenservice' },
		'functional_integration.it': { text: 'Technologie / IT' },
		'functional_integration.rnd': { text: 'Forschung & Entwicklung / Produktentwicklung' },
		'functional_integration.operations': { text: 'Produktion & Betrieb' },
		'functional_integration.purchasing': { text: 'Einkauf' },
		'functional_integration.hr': { text: 'Personalwesen' }
	}
};
