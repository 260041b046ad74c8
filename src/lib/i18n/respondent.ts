/**
 * The respondent pages' fixed texts in each built-in language (issue 17): a typed catalogue rather
 * than a compiled i18n library, because the respondent pages receive their one language's
 * messages as page data (server-rendered, then hydrated from the same data) and so ship no
 * message code at all within their 45 KB JavaScript budget. Placeholders are `{name}` (fill.ts).
 * tests/unit/respondent-languages.test.ts checks every language has every message and placeholder.
 */
import type { BuiltInLanguage } from '$lib/domain/instrument/languages';
import type { ChoiceLabels } from '$lib/domain/survey/choices';

const en = {
	locale: 'en-GB',
	surveyKind: 'CRM survey',
	language: 'Language',
	pageTitle: 'Survey from {organisation} — Touchstone',
	fromOrganisation: 'A survey from {organisation}',
	landingHeading: 'How well do we run our customer relationships?',
	alreadySubmitted: 'You have already submitted your answers.',
	alreadySubmittedRest: 'Thank you — there is nothing more to do.',
	startedElsewhere: 'This survey was started on another device.',
	startedElsewhereRest: 'Your answers there stay private to that device.',
	continueWithCode: 'Continue here with a code, or start again',
	landingIntro:
		'{organisation} is checking how well it manages customer relationships (CRM): its vision and strategy, how departments work together, its processes, information, technology and governance. You are one of the people asked for an honest view. Together, the answers show where to improve first.',
	continueWhereLeft: 'Continue where you left off',
	startSurvey: 'Start the survey',
	answeredSoFar: '{answered} of {total} questions answered so far.',
	howLongHeading: 'How long it takes',
	howLongMinutes: 'About {minutes} minutes',
	howLongRest:
		': {sections} short sections, {items} questions. Each answer is saved as you go, so you can stop and carry on later with the same link until {closes} — on this device, or on another one with the code shown under the questions.',
	anonymousHeading: 'What stays anonymous',
	anonymousLinkOnly:
		'The person running the survey sees only whether this link has been answered — not when, and never what you answered.',
	anonymousDevice:
		'Your answers open only on the device where you give them. To continue on another device you need the one-time code shown under the questions — the link alone is not enough, even for the person who sent it.',
	anonymousThreshold:
		'Every result rests on at least {threshold} people, and results change only when at least {threshold} more people have answered, so no one’s answers can be worked out by comparing results from before and after.',
	anonymousServer:
		'Only whoever runs the Touchstone server, holding both its key and its database, could connect answers to a link.',
	anonymousComments:
		'Comments are shown without names, and only when at least {threshold} people commented on the same topic. Please leave out anything that would identify you or a colleague.',
	anonymousNoWrong:
		'There are no wrong answers. Choose “Don’t know” whenever you are not sure: that is useful to know too.',
	sectionPageTitle: '{section} ({step} of {total}) — Survey from {organisation}',
	kindBuildingBlock: 'Building block',
	kindGovernance: 'Governance',
	kindIntegration: 'Integration',
	kindReference: 'Facts',
	kindStakeholderMap: 'Stakeholders',
	progress: 'Section {step} of {total} · {range} of {questions}',
	progressOne: 'question {first}',
	progressRange: 'questions {first}–{last}',
	chooseLevel: 'For each statement, choose the level that best describes things today.',
	questionNumber: 'Question {number} of {of}',
	commentLabel: 'Comment on “{section}”',
	optional: '(optional)',
	commentHint: 'Shown without your name. Please leave out anything that identifies you.',
	answeredOnPage: '{answered} of {total} answered on this page',
	offlineSection:
		'You are offline. Your answers are kept on this phone; press “{button}” again when you are back online.',
	next: 'Next',
	reviewAnswers: 'Review answers',
	back: 'Back',
	commentTooLong: 'Keep the comment under 2000 characters.',
	answersInvalid: 'Some answers were not valid. Please choose again.',
	oneAnswer: '1 answer',
	manyAnswers: '{count} answers',
	unsavedOffline: '{answers} not yet saved — they will be sent when you are back online.',
	unsavedRetrying: '{answers} not yet saved — trying again.',
	allSaved: 'All answers saved.',
	continueElsewhere: 'Continue on another device',
	continueElsewhereBefore: 'Open the same link there and enter this code:',
	continueElsewhereAfter: '. It works once; your answers stay private to the devices you let in.',
	reviewPageTitle: 'Review your answers — Survey from {organisation}',
	reviewHeading: 'Review your answers',
	reviewAnswered: 'You answered {answered} of {total} questions.',
	reviewIncomplete:
		'You can still go back to any section, or submit as it is: unanswered questions are simply left out.',
	reviewComplete: 'Thank you — every question has an answer.',
	answeredHidden: 'answered',
	withComment: ', with a comment',
	offlineSubmit: 'You are offline. Submit again when you are back online.',
	onceSubmitted: 'Once submitted, your answers can no longer be changed.',
	submit: 'Submit my answers',
	submitEmpty: 'Answer at least one question before you submit.',
	thanksPageTitle: 'Thank you — Survey from {organisation}',
	thanksHeading: 'Thank you',
	thanksSubmitted:
		'Your answers have been submitted to {organisation}. There is nothing more to do: you can close this page.',
	thanksResultsHeading: 'When you will hear about the results',
	thanksResultsUnknown:
		'{organisation} has not said yet; the person who invited you can tell you when the results will be shared.',
	thanksAnonymity:
		'{organisation} sees that this link was answered — not when, and never what. Results include your answers once at least {threshold} people have answered since they were last updated, and no result rests on fewer than {threshold} people.',
	resumePageTitle: 'Continue on this device — Survey from {organisation}',
	resumeHeading: 'Continue on this device',
	resumeIntro:
		'Answers to this survey were started on another phone or computer. To keep them private, they open only on the device where they were made — even for someone who has the link.',
	resumeHaveDevice: 'I have the other device',
	resumeHaveDeviceText:
		'Open the survey there: the code to continue elsewhere is shown under the questions. Each code works once.',
	resumeCodeLabel: 'Code from your other device',
	resumeContinue: 'Continue with my answers',
	resumeLostDevice: 'I no longer have it',
	resumeLostDeviceText:
		'You can start again here. The answers made on the other device are then deleted without being shown to anyone, and that device can no longer change them.',
	resumeConfirm: 'Delete the earlier answers and start again',
	resumeStartOver: 'Start again',
	resumeCodeMissing: 'Enter the code shown on your other device.',
	resumeCodeTooLong: 'A code has 8 letters and digits.',
	resumeCodeWrong: 'This code does not match. Check it on your other device: each code works once.',
	resumeConfirmMissing: 'Tick the box to confirm that the earlier answers may be deleted.',
	resumeRateLimited:
		'Too many wrong codes were tried for this survey. Please try again in {minutes} minutes.',
	errorNotFoundTitle: 'This link is not recognised',
	errorClosedTitle: 'This survey has closed',
	errorNotOpenTitle: 'This survey is not open yet',
	errorWaitTitle: 'Please wait a little',
	errorOtherTitle: 'Something went wrong',
	errorTryLater: 'Please try again in a moment.',
	errorTryAgain: 'Try again',
	errorRateLimited:
		'Too many invalid survey links were tried from this network. Please try again in {minutes} minutes.',
	errorClosed:
		'This survey from {organisation} has closed, so answers can no longer be given or changed. Thank you for your interest.',
	errorClosedOnSave:
		'This survey from {organisation} has closed, so answers can no longer be given or changed.',
	errorNotOpen: 'This survey from {organisation} is not open yet. Please come back from {opens}.',
	errorUnknownLink:
		'This survey link is not valid. Check that you opened the whole link from your invitation, or ask the person who sent it for a new one.',
	choices: {
		levels: ['Initial', 'Developing', 'Defined', 'Managed', 'Optimising'],
		levelSummaries: [
			'ad hoc',
			'repeatable in pockets',
			'documented, organisation-wide',
			'measured and steered',
			'improved continuously'
		],
		integration: ['Not involved', 'Informed', 'Consulted', 'Integrated'],
		dontKnow: 'Don’t know',
		dontKnowDetail: 'I should know, but can’t say',
		notMyArea: 'Not my area',
		notMyAreaDetail: 'I can’t see this from where I am',
		yes: 'Yes',
		no: 'No'
	} satisfies ChoiceLabels
};

export type RespondentMessages = typeof en;

const es: RespondentMessages = {
	locale: 'es-ES',
	surveyKind: 'Encuesta de CRM',
	language: 'Idioma',
	pageTitle: 'Encuesta de {organisation} — Touchstone',
	fromOrganisation: 'Una encuesta de {organisation}',
	landingHeading: '¿Cómo gestionamos nuestras relaciones con los clientes?',
	alreadySubmitted: 'Ya ha enviado sus respuestas.',
	alreadySubmittedRest: 'Gracias: no tiene que hacer nada más.',
	startedElsewhere: 'Esta encuesta se empezó en otro dispositivo.',
	startedElsewhereRest: 'Sus respuestas allí solo se abren en ese dispositivo.',
	continueWithCode: 'Continuar aquí con un código, o empezar de nuevo',
	landingIntro:
		'{organisation} está evaluando cómo gestiona sus relaciones con los clientes (CRM): su visión y su estrategia, cómo colaboran los departamentos, sus procesos, su información, su tecnología y su gobierno. Usted es una de las personas a las que se pide una opinión sincera. Juntas, las respuestas muestran por dónde mejorar primero.',
	continueWhereLeft: 'Continuar donde lo dejó',
	startSurvey: 'Empezar la encuesta',
	answeredSoFar: 'Ha respondido {answered} de {total} preguntas hasta ahora.',
	howLongHeading: 'Cuánto se tarda',
	howLongMinutes: 'Unos {minutes} minutos',
	howLongRest:
		': {sections} secciones breves, {items} preguntas. Cada respuesta se guarda al momento, así que puede parar y seguir más tarde con el mismo enlace hasta el {closes}, en este dispositivo o en otro con el código que aparece bajo las preguntas.',
	anonymousHeading: 'Qué queda en el anonimato',
	anonymousLinkOnly:
		'Quien organiza la encuesta solo ve si este enlace se ha respondido: no cuándo y nunca qué respondió usted.',
	anonymousDevice:
		'Sus respuestas solo se abren en el dispositivo donde las da. Para continuar en otro dispositivo necesita el código de un solo uso que aparece bajo las preguntas: el enlace por sí solo no basta, ni siquiera a quien lo envió.',
	anonymousThreshold:
		'Cada resultado se basa en al menos {threshold} personas, y los resultados solo cambian cuando han respondido al menos {threshold} personas más, de modo que nadie puede deducir las respuestas de otra persona comparando los resultados de antes y de después.',
	anonymousServer:
		'Solo quien gestiona el servidor de Touchstone, con su clave y su base de datos a la vez, podría relacionar respuestas con un enlace.',
	anonymousComments:
		'Los comentarios se muestran sin nombre, y solo cuando al menos {threshold} personas han comentado el mismo tema. No incluya nada que permita identificarle a usted o a un compañero.',
	anonymousNoWrong:
		'No hay respuestas incorrectas. Elija «No lo sé» siempre que no esté seguro: también eso es útil saberlo.',
	sectionPageTitle: '{section} ({step} de {total}) — Encuesta de {organisation}',
	kindBuildingBlock: 'Bloque',
	kindGovernance: 'Gobierno',
	kindIntegration: 'Integración',
	kindReference: 'Datos',
	kindStakeholderMap: 'Grupos de interés',
	progress: 'Sección {step} de {total} · {range} de {questions}',
	progressOne: 'pregunta {first}',
	progressRange: 'preguntas {first}–{last}',
	chooseLevel: 'En cada afirmación, elija el nivel que mejor describe la situación actual.',
	questionNumber: 'Pregunta {number} de {of}',
	commentLabel: 'Comentario sobre «{section}»',
	optional: '(opcional)',
	commentHint: 'Se muestra sin su nombre. No incluya nada que permita identificarle.',
	answeredOnPage: '{answered} de {total} respondidas en esta página',
	offlineSection:
		'No tiene conexión. Sus respuestas se guardan en este teléfono; pulse «{button}» de nuevo cuando vuelva a tener conexión.',
	next: 'Siguiente',
	reviewAnswers: 'Revisar respuestas',
	back: 'Atrás',
	commentTooLong: 'El comentario debe tener menos de 2000 caracteres.',
	answersInvalid: 'Algunas respuestas no eran válidas. Vuelva a elegir, por favor.',
	oneAnswer: '1 respuesta',
	manyAnswers: '{count} respuestas',
	unsavedOffline: '{answers} sin guardar todavía: se enviarán cuando vuelva a tener conexión.',
	unsavedRetrying: '{answers} sin guardar todavía: lo intentamos de nuevo.',
	allSaved: 'Todas las respuestas están guardadas.',
	continueElsewhere: 'Continuar en otro dispositivo',
	continueElsewhereBefore: 'Abra allí el mismo enlace e introduzca este código:',
	continueElsewhereAfter:
		'. Sirve una sola vez; sus respuestas solo se abren en los dispositivos que usted autorice.',
	reviewPageTitle: 'Revise sus respuestas — Encuesta de {organisation}',
	reviewHeading: 'Revise sus respuestas',
	reviewAnswered: 'Ha respondido {answered} de {total} preguntas.',
	reviewIncomplete:
		'Todavía puede volver a cualquier sección, o enviar tal como está: las preguntas sin respuesta simplemente no se cuentan.',
	reviewComplete: 'Gracias: todas las preguntas tienen respuesta.',
	answeredHidden: 'respondidas',
	withComment: ', con un comentario',
	offlineSubmit: 'No tiene conexión. Vuelva a enviar cuando tenga conexión.',
	onceSubmitted: 'Una vez enviadas, sus respuestas ya no se pueden cambiar.',
	submit: 'Enviar mis respuestas',
	submitEmpty: 'Responda al menos una pregunta antes de enviar.',
	thanksPageTitle: 'Gracias — Encuesta de {organisation}',
	thanksHeading: 'Gracias',
	thanksSubmitted:
		'Sus respuestas se han enviado a {organisation}. No tiene que hacer nada más: puede cerrar esta página.',
	thanksResultsHeading: 'Cuándo sabrá de los resultados',
	thanksResultsUnknown:
		'{organisation} aún no lo ha indicado; la persona que le invitó puede decirle cuándo se compartirán los resultados.',
	thanksAnonymity:
		'{organisation} ve que este enlace se ha respondido: no cuándo y nunca qué. Los resultados incluyen sus respuestas cuando al menos {threshold} personas han respondido desde la última actualización, y ningún resultado se basa en menos de {threshold} personas.',
	resumePageTitle: 'Continuar en este dispositivo — Encuesta de {organisation}',
	resumeHeading: 'Continuar en este dispositivo',
	resumeIntro:
		'Las respuestas a esta encuesta se empezaron en otro teléfono u ordenador. Para mantenerlas en privado, solo se abren en el dispositivo donde se dieron, incluso para alguien que tenga el enlace.',
	resumeHaveDevice: 'Tengo el otro dispositivo',
	resumeHaveDeviceText:
		'Abra allí la encuesta: el código para continuar en otro sitio aparece bajo las preguntas. Cada código sirve una sola vez.',
	resumeCodeLabel: 'Código de su otro dispositivo',
	resumeContinue: 'Continuar con mis respuestas',
	resumeLostDevice: 'Ya no lo tengo',
	resumeLostDeviceText:
		'Puede empezar de nuevo aquí. Las respuestas dadas en el otro dispositivo se borran entonces sin mostrarse a nadie, y ese dispositivo ya no puede cambiarlas.',
	resumeConfirm: 'Borrar las respuestas anteriores y empezar de nuevo',
	resumeStartOver: 'Empezar de nuevo',
	resumeCodeMissing: 'Introduzca el código que aparece en su otro dispositivo.',
	resumeCodeTooLong: 'Un código tiene 8 letras y cifras.',
	resumeCodeWrong:
		'Este código no coincide. Compruébelo en su otro dispositivo: cada código sirve una sola vez.',
	resumeConfirmMissing:
		'Marque la casilla para confirmar que se pueden borrar las respuestas anteriores.',
	resumeRateLimited:
		'Se han probado demasiados códigos incorrectos para esta encuesta. Inténtelo de nuevo dentro de {minutes} minutos.',
	errorNotFoundTitle: 'No se reconoce este enlace',
	errorClosedTitle: 'Esta encuesta se ha cerrado',
	errorNotOpenTitle: 'Esta encuesta aún no está abierta',
	errorWaitTitle: 'Espere un poco, por favor',
	errorOtherTitle: 'Algo ha fallado',
	errorTryLater: 'Inténtelo de nuevo en un momento.',
	errorTryAgain: 'Intentar de nuevo',
	errorRateLimited:
		'Se han probado demasiados enlaces de encuesta no válidos desde esta red. Inténtelo de nuevo dentro de {minutes} minutos.',
	errorClosed:
		'Esta encuesta de {organisation} se ha cerrado, así que ya no se pueden dar ni cambiar respuestas. Gracias por su interés.',
	errorClosedOnSave:
		'Esta encuesta de {organisation} se ha cerrado, así que ya no se pueden dar ni cambiar respuestas.',
	errorNotOpen:
		'Esta encuesta de {organisation} aún no está abierta. Vuelva a partir del {opens}, por favor.',
	errorUnknownLink:
		'Este enlace de encuesta no es válido. Compruebe que ha abierto el enlace completo de su invitación, o pida uno nuevo a quien se lo envió.',
	choices: {
		levels: ['Inicial', 'En desarrollo', 'Definido', 'Gestionado', 'En optimización'],
		levelSummaries: [
			'improvisado',
			'repetible en algunos ámbitos',
			'documentado, en toda la organización',
			'medido y dirigido',
			'en mejora continua'
		],
		integration: ['No participa', 'Informada', 'Consultada', 'Integrada'],
		dontKnow: 'No lo sé',
		dontKnowDetail: 'Debería saberlo, pero no puedo decirlo',
		notMyArea: 'No es mi ámbito',
		notMyAreaDetail: 'No lo veo desde mi puesto',
		yes: 'Sí',
		no: 'No'
	}
};

const de: RespondentMessages = {
	locale: 'de-DE',
	surveyKind: 'CRM-Umfrage',
	language: 'Sprache',
	pageTitle: 'Umfrage von {organisation} — Touchstone',
	fromOrganisation: 'Eine Umfrage von {organisation}',
	landingHeading: 'Wie gut pflegen wir unsere Kundenbeziehungen?',
	alreadySubmitted: 'Sie haben Ihre Antworten bereits abgeschickt.',
	alreadySubmittedRest: 'Vielen Dank — es gibt nichts mehr zu tun.',
	startedElsewhere: 'Diese Umfrage wurde auf einem anderen Gerät begonnen.',
	startedElsewhereRest: 'Ihre Antworten dort bleiben auf diesem Gerät privat.',
	continueWithCode: 'Hier mit einem Code fortfahren oder neu beginnen',
	landingIntro:
		'{organisation} prüft, wie gut sie ihre Kundenbeziehungen (CRM) gestaltet: ihre Vision und Strategie, die Zusammenarbeit der Abteilungen, ihre Prozesse, Informationen, Technologie und Steuerung. Sie gehören zu den Menschen, die um eine ehrliche Einschätzung gebeten werden. Zusammen zeigen die Antworten, wo zuerst etwas verbessert werden sollte.',
	continueWhereLeft: 'Dort weitermachen, wo Sie aufgehört haben',
	startSurvey: 'Umfrage beginnen',
	answeredSoFar: '{answered} von {total} Fragen bisher beantwortet.',
	howLongHeading: 'Wie lange es dauert',
	howLongMinutes: 'Etwa {minutes} Minuten',
	howLongRest:
		': {sections} kurze Abschnitte, {items} Fragen. Jede Antwort wird sofort gespeichert, sodass Sie unterbrechen und bis {closes} mit demselben Link weitermachen können — auf diesem Gerät oder auf einem anderen mit dem Code, der unter den Fragen steht.',
	anonymousHeading: 'Was anonym bleibt',
	anonymousLinkOnly:
		'Wer die Umfrage durchführt, sieht nur, ob dieser Link beantwortet wurde — nicht wann und niemals, was Sie geantwortet haben.',
	anonymousDevice:
		'Ihre Antworten lassen sich nur auf dem Gerät öffnen, auf dem Sie sie geben. Um auf einem anderen Gerät weiterzumachen, brauchen Sie den einmaligen Code unter den Fragen — der Link allein genügt nicht, auch nicht für die Person, die ihn verschickt hat.',
	anonymousThreshold:
		'Jedes Ergebnis beruht auf mindestens {threshold} Personen, und Ergebnisse ändern sich erst, wenn mindestens {threshold} weitere Personen geantwortet haben. So lassen sich die Antworten Einzelner nicht durch den Vergleich von Ergebnissen vorher und nachher ermitteln.',
	anonymousServer:
		'Nur wer den Touchstone-Server betreibt und sowohl seinen Schlüssel als auch seine Datenbank besitzt, könnte Antworten einem Link zuordnen.',
	anonymousComments:
		'Kommentare werden ohne Namen gezeigt, und nur, wenn mindestens {threshold} Personen zum selben Thema kommentiert haben. Bitte lassen Sie alles weg, woran man Sie oder Kolleginnen und Kollegen erkennen könnte.',
	anonymousNoWrong:
		'Es gibt keine falschen Antworten. Wählen Sie „Weiß nicht“, wann immer Sie unsicher sind: Auch das ist nützlich zu wissen.',
	sectionPageTitle: '{section} ({step} von {total}) — Umfrage von {organisation}',
	kindBuildingBlock: 'Baustein',
	kindGovernance: 'Steuerung',
	kindIntegration: 'Integration',
	kindReference: 'Fakten',
	kindStakeholderMap: 'Beteiligte',
	progress: 'Abschnitt {step} von {total} · {range} von {questions}',
	progressOne: 'Frage {first}',
	progressRange: 'Fragen {first}–{last}',
	chooseLevel:
		'Wählen Sie für jede Aussage die Stufe, die den heutigen Stand am besten beschreibt.',
	questionNumber: 'Frage {number} von {of}',
	commentLabel: 'Kommentar zu „{section}“',
	optional: '(optional)',
	commentHint:
		'Wird ohne Ihren Namen gezeigt. Bitte lassen Sie alles weg, woran man Sie erkennen könnte.',
	answeredOnPage: '{answered} von {total} auf dieser Seite beantwortet',
	offlineSection:
		'Sie sind offline. Ihre Antworten bleiben auf diesem Telefon; tippen Sie wieder auf „{button}“, sobald Sie online sind.',
	next: 'Weiter',
	reviewAnswers: 'Antworten prüfen',
	back: 'Zurück',
	commentTooLong: 'Der Kommentar darf höchstens 2000 Zeichen lang sein.',
	answersInvalid: 'Einige Antworten waren ungültig. Bitte wählen Sie erneut.',
	oneAnswer: '1 Antwort',
	manyAnswers: '{count} Antworten',
	unsavedOffline:
		'{answers} noch nicht gespeichert — sie werden gesendet, sobald Sie wieder online sind.',
	unsavedRetrying: '{answers} noch nicht gespeichert — neuer Versuch läuft.',
	allSaved: 'Alle Antworten gespeichert.',
	continueElsewhere: 'Auf einem anderen Gerät weitermachen',
	continueElsewhereBefore: 'Öffnen Sie dort denselben Link und geben Sie diesen Code ein:',
	continueElsewhereAfter:
		'. Er funktioniert einmal; Ihre Antworten bleiben auf den Geräten privat, die Sie zulassen.',
	reviewPageTitle: 'Antworten prüfen — Umfrage von {organisation}',
	reviewHeading: 'Ihre Antworten prüfen',
	reviewAnswered: 'Sie haben {answered} von {total} Fragen beantwortet.',
	reviewIncomplete:
		'Sie können noch zu jedem Abschnitt zurückgehen oder so abschicken, wie es ist: Unbeantwortete Fragen bleiben einfach außen vor.',
	reviewComplete: 'Vielen Dank — jede Frage ist beantwortet.',
	answeredHidden: 'beantwortet',
	withComment: ', mit Kommentar',
	offlineSubmit: 'Sie sind offline. Schicken Sie erneut ab, sobald Sie wieder online sind.',
	onceSubmitted: 'Nach dem Abschicken können Ihre Antworten nicht mehr geändert werden.',
	submit: 'Antworten abschicken',
	submitEmpty: 'Beantworten Sie mindestens eine Frage, bevor Sie abschicken.',
	thanksPageTitle: 'Vielen Dank — Umfrage von {organisation}',
	thanksHeading: 'Vielen Dank',
	thanksSubmitted:
		'Ihre Antworten wurden an {organisation} übermittelt. Es gibt nichts mehr zu tun: Sie können diese Seite schließen.',
	thanksResultsHeading: 'Wann Sie von den Ergebnissen hören',
	thanksResultsUnknown:
		'{organisation} hat das noch nicht mitgeteilt; die Person, die Sie eingeladen hat, kann Ihnen sagen, wann die Ergebnisse geteilt werden.',
	thanksAnonymity:
		'{organisation} sieht, dass dieser Link beantwortet wurde — nicht wann und niemals was. Die Ergebnisse enthalten Ihre Antworten, sobald seit der letzten Aktualisierung mindestens {threshold} Personen geantwortet haben, und kein Ergebnis beruht auf weniger als {threshold} Personen.',
	resumePageTitle: 'Auf diesem Gerät weitermachen — Umfrage von {organisation}',
	resumeHeading: 'Auf diesem Gerät weitermachen',
	resumeIntro:
		'Diese Umfrage wurde auf einem anderen Telefon oder Computer begonnen. Damit die Antworten privat bleiben, lassen sie sich nur auf dem Gerät öffnen, auf dem sie gegeben wurden — selbst für jemanden, der den Link hat.',
	resumeHaveDevice: 'Ich habe das andere Gerät',
	resumeHaveDeviceText:
		'Öffnen Sie dort die Umfrage: Der Code zum Weitermachen steht unter den Fragen. Jeder Code funktioniert einmal.',
	resumeCodeLabel: 'Code von Ihrem anderen Gerät',
	resumeContinue: 'Mit meinen Antworten weitermachen',
	resumeLostDevice: 'Ich habe es nicht mehr',
	resumeLostDeviceText:
		'Sie können hier neu beginnen. Die Antworten auf dem anderen Gerät werden dann gelöscht, ohne dass jemand sie sieht, und jenes Gerät kann sie nicht mehr ändern.',
	resumeConfirm: 'Die früheren Antworten löschen und neu beginnen',
	resumeStartOver: 'Neu beginnen',
	resumeCodeMissing: 'Geben Sie den Code ein, der auf Ihrem anderen Gerät angezeigt wird.',
	resumeCodeTooLong: 'Ein Code hat 8 Buchstaben und Ziffern.',
	resumeCodeWrong:
		'Dieser Code passt nicht. Prüfen Sie ihn auf Ihrem anderen Gerät: Jeder Code funktioniert einmal.',
	resumeConfirmMissing:
		'Kreuzen Sie das Kästchen an, um zu bestätigen, dass die früheren Antworten gelöscht werden dürfen.',
	resumeRateLimited:
		'Für diese Umfrage wurden zu viele falsche Codes versucht. Bitte versuchen Sie es in {minutes} Minuten erneut.',
	errorNotFoundTitle: 'Dieser Link ist nicht bekannt',
	errorClosedTitle: 'Diese Umfrage ist geschlossen',
	errorNotOpenTitle: 'Diese Umfrage ist noch nicht geöffnet',
	errorWaitTitle: 'Bitte warten Sie einen Moment',
	errorOtherTitle: 'Etwas ist schiefgegangen',
	errorTryLater: 'Bitte versuchen Sie es gleich noch einmal.',
	errorTryAgain: 'Erneut versuchen',
	errorRateLimited:
		'Aus diesem Netzwerk wurden zu viele ungültige Umfragelinks versucht. Bitte versuchen Sie es in {minutes} Minuten erneut.',
	errorClosed:
		'Diese Umfrage von {organisation} ist geschlossen; Antworten können nicht mehr gegeben oder geändert werden. Vielen Dank für Ihr Interesse.',
	errorClosedOnSave:
		'Diese Umfrage von {organisation} ist geschlossen; Antworten können nicht mehr gegeben oder geändert werden.',
	errorNotOpen:
		'Diese Umfrage von {organisation} ist noch nicht geöffnet. Bitte kommen Sie ab {opens} wieder.',
	errorUnknownLink:
		'Dieser Umfragelink ist ungültig. Prüfen Sie, ob Sie den vollständigen Link aus Ihrer Einladung geöffnet haben, oder bitten Sie die Person, die ihn geschickt hat, um einen neuen.',
	choices: {
		levels: ['Initial', 'In Entwicklung', 'Definiert', 'Gesteuert', 'Optimierend'],
		levelSummaries: [
			'ad hoc',
			'wiederholbar in Teilbereichen',
			'dokumentiert, organisationsweit',
			'gemessen und gesteuert',
			'laufend verbessert'
		],
		integration: ['Nicht beteiligt', 'Informiert', 'Konsultiert', 'Eingebunden'],
		dontKnow: 'Weiß nicht',
		dontKnowDetail: 'Ich sollte es wissen, kann es aber nicht sagen',
		notMyArea: 'Nicht mein Bereich',
		notMyAreaDetail: 'Das sehe ich von meiner Stelle aus nicht',
		yes: 'Ja',
		no: 'Nein'
	}
};

export const respondentMessages: Record<BuiltInLanguage, RespondentMessages> = { en, es, de };
