/** The slide deck's and the workbook's own texts in Spanish: the keys and placeholders of office-en.ts. */
import type { OfficeMessages } from './office-en';

export const esOffice: OfficeMessages = {
	verdicts: {
		'real change': 'cambio real',
		'within noise': 'dentro del ruido',
		'not comparable': 'no comparable'
	},
	maturityIndexScale: 'Índice de madurez (1–5)',
	deck: {
		withheld:
			'No se muestra: {reason}. Se enviaron {responses} respuestas; el umbral de anonimato es {threshold}.',
		provisionalCover: 'PROVISIONAL: el ciclo sigue abierto, todas las cifras pueden cambiar',
		generatedOn: 'Generado el {date}',
		level: 'nivel {level} {name}',
		realChanges: 'Cambios reales',
		decisionsFrom: 'Según el plan de acción y la hoja de ruta',
		results: 'Resultados: todas las dimensiones',
		againstTarget: 'Frente al objetivo',
		againstTargetSub: 'La puntuación de cada dimensión y su objetivo en la escala de 1 a 5',
		trendSub: 'El índice de madurez de cada ciclo cerrado',
		oneCycle:
			'Solo hay un ciclo por ahora ({cycle}: {index}): la evolución empieza con el siguiente ciclo cerrado.',
		lastPointOpen: 'El último punto es el ciclo abierto: provisional.',
		eachDimension: 'Cada dimensión a lo largo del tiempo',
		eachDimensionSub:
			'De {first} (izquierda) a {last} (derecha); cada panel de 1 (línea de abajo) a 5 (la de arriba); discontinua: objetivo del ciclo',
		targets: 'Objetivos',
		targetsSub: '{reached} de {total} objetivos alcanzados; primero la mayor distancia',
		noTargets: 'No se fijaron objetivos para este ciclo.',
		howToRead: 'Cómo leer las cifras'
	},
	workbook: {
		sheets: {
			headline: 'Resumen',
			buildingBlocks: 'Bloques',
			governanceAreas: 'Áreas de gobierno',
			integration: 'Integración',
			trends: 'Evolución',
			actions: 'Acciones'
		},
		figure: 'Cifra',
		value: 'Valor',
		meaning: 'Qué significa',
		organisation: 'Organización',
		cycle: 'Ciclo',
		statusProvisional: 'Provisional: el ciclo sigue abierto',
		statusFinal: 'Definitivo: el ciclo está cerrado',
		index100: 'Índice de madurez (0–100)',
		formula100: '(índice − 1) / 4 × 100',
		previousCycle: 'Ciclo anterior',
		indexChange: 'Cambio del índice desde el ciclo anterior',
		changedForReal: 'Dimensiones con cambio real (al alza / a la baja / comparadas)',
		changedLine: '{up} al alza, {down} a la baja, de {compared} comparadas.',
		invited: 'Invitados',
		anonymityThreshold: 'Umbral de anonimato (personas)',
		scoresNotShown: 'Puntuaciones no mostradas',
		noMatters: 'Ninguna dimensión tiene una puntuación que destacar.',
		noDecision: 'Este informe no pide ninguna decisión.',
		scoreScale: 'Puntuación (1–5)',
		intervalLow: 'Intervalo 95 %, inferior',
		intervalHigh: 'Intervalo 95 %, superior',
		levelName: 'Nombre del nivel',
		betweenLevels: 'Entre niveles',
		gapToTarget: 'Distancia al objetivo (objetivo − puntuación; + = falta)',
		previousNamed: 'Anterior ({cycle})',
		changeIs: 'El cambio es',
		nPeople: 'n (personas)',
		agreement: 'Acuerdo (0–1)',
		perceptionGap: 'Brecha de percepción',
		peerMedian: 'Mediana de comparables',
		peerTopQuartile: 'Cuartil superior de comparables',
		note: 'Nota',
		ratedBy: 'Personas que la valoraron',
		consultedOrIntegrated: 'Consultada o integrada',
		meanRating: 'Valoración media (0–3)',
		integratedHere: 'Integrada aquí',
		decidedBy: 'Decidido según',
		studyShare: 'Estudio: proporción de organizaciones que la integran',
		overall: 'Global (media de las funciones mostradas)',
		integratedNote:
			'Integrada: la función forma parte plena del trabajo de CRM (valoración 3), tal como la cuenta el estudio.',
		closedCycle: 'Ciclo cerrado',
		closedOn: 'Cerrado el',
		trendsNote:
			'Solo ciclos cerrados, del más antiguo al más reciente: las cifras de un ciclo abierto son provisionales y no se incluyen. Una celda vacía: sin puntuación ese ciclo (retenida, no aplicable o no preguntada).',
		impactScale: 'Impacto (1–5)',
		complexityScale: 'Complejidad (1–5)',
		budget: 'Presupuesto',
		approved: 'Aprobado',
		awaitingApproval: 'Pendiente de aprobación',
		actionsNote:
			'Victoria rápida: impacto 4–5 con complejidad 1–3. Importes en unidades enteras de la moneda de la organización.'
	}
};
