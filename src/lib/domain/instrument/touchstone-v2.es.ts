/**
 * Touchstone CRM Maturity version 2 in Spanish (issue 17.2). The IESE study the instrument draws
 * on is Spanish ("Cómo mejorar una estrategia relacional", Renart and Cabré); its terms are used
 * for the building blocks and the six governance areas. Each level description keeps the one
 * observable condition of the English text and its place on the ladder (1 nothing in place, 2 in
 * pockets, 3 documented organisation-wide, 4 measured and steered, 5 a result one can see), so an
 * answer means the same in either language and scores pool across languages.
 */
import type { InstrumentTranslation } from './languages';

export const touchstoneV2Spanish: InstrumentTranslation = {
	sections: {
		vision: {
			title: 'Visión',
			description:
				'Hacia dónde van nuestras relaciones con los clientes y cómo queremos que los clientes nos vean y nos vivan.'
		},
		strategy: {
			title: 'Estrategia',
			description:
				'Cómo pensamos captar, desarrollar y retener a los clientes valiosos, y por qué deberían elegirnos.'
		},
		customer_experience: {
			title: 'Experiencia de cliente valorada',
			description:
				'Cómo es para los clientes tratar con la organización, en cada punto de contacto.'
		},
		collaboration: {
			title: 'Colaboración organizativa',
			description:
				'Cómo trabajan juntos las personas y los equipos en torno al cliente: estructura, incentivos, capacidades y cambio.'
		},
		processes: {
			title: 'Procesos',
			description:
				'Cómo se diseña y se lleva a cabo, entre departamentos, el trabajo que afecta a los clientes.'
		},
		information: {
			title: 'Información',
			description:
				'Si la información adecuada sobre los clientes llega a las personas adecuadas en el momento adecuado.'
		},
		technology: {
			title: 'Tecnología',
			description:
				'Los sistemas que sostienen nuestras relaciones con los clientes: un facilitador imprescindible, pero solo una pieza del rompecabezas.'
		},
		metrics: {
			title: 'Métricas',
			description:
				'Cómo se fijan los objetivos de CRM y se mide el avance. Los demás bloques dependen de este.'
		},
		management_team: {
			title: 'Equipo directivo',
			description: 'Las personas que dirigen el programa de CRM, y cómo lo financian y lo orientan.'
		},
		crm_department: {
			title: 'Organización del departamento de CRM',
			description:
				'Cómo está organizado el equipo que gestiona el CRM en el día a día y cómo gestiona las actividades de CRM.'
		},
		technology_infrastructure: {
			title: 'Infraestructura tecnológica',
			description:
				'Cómo se operan, se mantienen y se protegen los sistemas de CRM, los sitios web y el resto del software.'
		},
		contact_channels: {
			title: 'Canales de contacto',
			description:
				'Cómo se comunican los clientes y la organización: en persona, por teléfono, en línea o a través de socios.'
		},
		relationship_processes: {
			title: 'Procesos relacionales con el cliente',
			description:
				'Los procesos cotidianos que dan forma a la relación del cliente con nosotros: servicio, reclamaciones y seguimiento.'
		},
		knowledge_management: {
			title: 'Gestión del conocimiento',
			description:
				'Cómo se reúne y se comparte lo que sabemos de los clientes y de nuestro propio trabajo de CRM.'
		},
		functional_integration: {
			title: 'Integración funcional',
			description:
				'¿Cuánto participa cada función en el trabajo de CRM: nada, se le informa, se le consulta o forma parte plena de él?'
		}
	},
	items: {
		'vision.clear_vision_v2': {
			text: '¿Con qué claridad está escrita nuestra visión de CRM?',
			anchors: [
				'Cada persona describe el objetivo del CRM de forma distinta, a menudo como «el sistema».',
				'Existe una visión solo en un equipo o en una presentación.',
				'Una visión escrita nombra nuestra promesa al cliente y los valores de la marca.',
				'La dirección contrasta las decisiones importantes con la visión escrita.',
				'Los clientes saben qué esperar de nosotros, tal como pretende la visión.'
			]
		},
		'vision.staff_know_promise': {
			text: '¿Hasta qué punto sabe el personal qué experiencia debe dar a los clientes?',
			anchors: [
				'Si se les pregunta, los empleados describirían experiencias muy distintas.',
				'Algunos equipos tienen su propia promesa de servicio.',
				'Una única descripción de la promesa forma parte de cada acogida de nuevos empleados.',
				'Los mandos comprueban que el personal sabe describir la promesa.',
				'El personal usa la promesa como código de conducta en las decisiones diarias.'
			]
		},
		'vision.enterprise_wide_v2': {
			text: '¿Hasta qué punto se trata el CRM como un cambio de toda la organización?',
			anchors: [
				'CRM significa un sistema informático o el proyecto de un departamento.',
				'Varios departamentos llevan proyectos de CRM por separado.',
				'Un único programa de CRM de toda la organización abarca todos los departamentos.',
				'Los proyectos de CRM de los departamentos se gestionan como una sola cartera.',
				'Los clientes encuentran una sola organización, sea cual sea el departamento con el que traten.'
			]
		},
		'vision.mutual_value_v2': {
			text: '¿En qué medida equilibra nuestra visión lo que ganan los clientes con lo que ganamos nosotros?',
			anchors: [
				'Del CRM solo se habla como lo que ganamos nosotros, p. ej., más ventas.',
				'Algunos equipos piensan en lo que ganan los clientes.',
				'La visión dice lo que obtienen los clientes, no solo lo que obtenemos nosotros.',
				'Se miden los beneficios y los costes de la relación para ambas partes.',
				'Tanto los clientes como nosotros ganamos con la relación más de lo que nos cuesta.'
			]
		},
		'strategy.written_strategy_v2': {
			text: '¿Con qué claridad está definido nuestro plan para captar, desarrollar y retener a los clientes valiosos?',
			anchors: [
				'Los planes de clientes se hacen proyecto a proyecto, sin estrategia.',
				'Algunos departamentos tienen sus propios planes de clientes.',
				'Una estrategia de CRM escrita está ligada a los objetivos del negocio.',
				'Se informa del avance frente a los objetivos medibles de la estrategia.',
				'La proporción de clientes valiosos crece, tal como preveía la estrategia.'
			]
		},
		'strategy.customer_value_v2': {
			text: '¿Cómo determinamos qué clientes son los más valiosos?',
			anchors: [
				'Nadie sabe decir qué clientes son los más valiosos.',
				'Algunos equipos señalan sus cuentas clave, cada uno con sus propias reglas.',
				'Un único método acordado calcula el valor de cada cliente.',
				'Se sigue el paso de los clientes de un segmento de valor a otro.',
				'Quien atiende a un cliente puede ver el valor potencial de ese cliente.'
			]
		},
		'strategy.value_proposition': {
			text: '¿Con qué claridad sabemos decir por qué los clientes deberían elegirnos frente a la competencia?',
			anchors: [
				'Los directivos dan respuestas distintas sobre por qué nos eligen los clientes.',
				'Algunos equipos tienen sus propios argumentos de venta.',
				'Una propuesta de valor escrita expresa nuestra ventaja competitiva.',
				'Cada campaña se contrasta con la propuesta de valor.',
				'Los clientes dan las mismas razones que nosotros para elegirnos.'
			]
		},
		'customer_experience.transaction_quality': {
			text: '¿Cómo se mantiene constante la calidad de las transacciones diarias de los clientes?',
			anchors: [
				'La calidad depende de quién atienda al cliente en cada momento.',
				'Algunos equipos fijan sus propios estándares de servicio.',
				'Unos estándares de servicio escritos se aplican en todos los equipos.',
				'Se mide la satisfacción con cada transacción.',
				'Los clientes quedan satisfechos con casi todas las transacciones, en todos los equipos.'
			]
		},
		'customer_experience.consistent_offers': {
			text: '¿Qué coherencia tienen las ofertas que reciben los clientes en los distintos canales?',
			anchors: [
				'Los clientes reciben a menudo ofertas distintas en línea, por teléfono o en persona.',
				'Algunos canales están alineados, pero siguen apareciendo ofertas contradictorias.',
				'Cada segmento de clientes recibe en todas partes un mismo conjunto de ofertas acordado.',
				'Las ofertas contradictorias se registran como errores.',
				'Los clientes ya no reciben ofertas contradictorias.'
			]
		},
		'customer_experience.customer_effort': {
			text: '¿Cómo se reduce el esfuerzo que dedican los clientes a tratar con la organización?',
			anchors: [
				'Nadie mira el esfuerzo que supone tratar con la organización.',
				'Algunos equipos simplifican sus propios formularios y pasos.',
				'Se ha trazado el esfuerzo del cliente en cada recorrido clave.',
				'El esfuerzo del cliente se mide frente a objetivos, p. ej., tiempos de espera.',
				'Los clientes dicen que tratar con la organización es fácil.'
			]
		},
		'customer_experience.feedback_use': {
			text: '¿Cómo se utilizan las opiniones de los clientes?',
			anchors: [
				'Las opiniones de los clientes rara vez se recogen o se leen.',
				'Las opiniones que recogen algunos equipos se quedan en esos equipos.',
				'Las opiniones de todos los canales, socios incluidos, llegan a los equipos afectados.',
				'Se comprueba el efecto de los cambios hechos a raíz de las opiniones.',
				'Los clientes ven sus sugerencias reflejadas en cómo se les atiende.'
			]
		},
		'collaboration.cross_department': {
			text: '¿Hasta qué punto colaboran los departamentos en los asuntos de los clientes?',
			anchors: [
				'Los asuntos de los clientes rebotan de un departamento a otro.',
				'Algunos equipos cooperan, gracias a relaciones personales.',
				'Se crean equipos interdepartamentales para los procesos clave del cliente.',
				'Se hace un seguimiento de estos equipos frente a objetivos compartidos.',
				'Trabajar entre departamentos es, sencillamente, la forma de hacer las cosas.'
			]
		},
		'collaboration.incentives_v2': {
			text: '¿En qué medida recompensan los incentivos el buen servicio a los clientes?',
			anchors: [
				'Los incentivos solo premian cifras de ventas o de costes.',
				'Unos pocos puestos tienen objetivos relacionados con el cliente.',
				'Los objetivos de cada puesto incluyen una medida de cliente.',
				'Se cambian los incentivos que premian el comportamiento equivocado.',
				'El personal no ve conflicto entre sus objetivos y el servicio a los clientes.'
			]
		},
		'collaboration.training': {
			text: '¿Cómo se forma al personal en habilidades de trato con el cliente?',
			anchors: [
				'La formación, si la hay, trata solo de los sistemas.',
				'La formación en trato con el cliente varía de un equipo a otro.',
				'Todo el personal recibe formación en trato con el cliente adaptada a su puesto.',
				'Recursos Humanos evalúa comportamientos como la amabilidad y la disposición a ayudar.',
				'Los clientes destacan lo serviciales que son los empleados.'
			]
		},
		'collaboration.change_management_v2': {
			text: '¿Cómo se implica al personal en los cambios de su forma de trabajar con los clientes?',
			anchors: [
				'El personal se entera de los cambios cuando ya están en marcha.',
				'Los cambios se explican de antemano, sin preguntar al personal.',
				'Se consulta al personal antes de cada cambio, con un método establecido.',
				'Después de cada cambio se mide su adopción.',
				'Las nuevas formas de trabajar arraigan con rapidez.'
			]
		},
		'processes.customer_designed_v2': {
			text: '¿En qué medida están diseñados los procesos clave en torno a lo que necesitan los clientes?',
			anchors: [
				'Los procesos responden a la comodidad interna; no se tuvieron en cuenta las necesidades de los clientes.',
				'Algunos procesos se rehicieron después de recibir reclamaciones.',
				'Los procesos clave están documentados junto con las necesidades del cliente a las que sirven.',
				'Cada proceso clave tiene una medida centrada en el cliente.',
				'Los clientes dicen que los procesos clave funcionan como ellos necesitan.'
			]
		},
		'processes.end_to_end_v2': {
			text: '¿Cómo se gestionan los traspasos entre departamentos, p. ej., del pedido a la entrega?',
			anchors: [
				'Los traspasos fallidos obligan a menudo a los clientes a insistir para saber cómo va lo suyo.',
				'Algunos traspasos funcionan, gracias a contactos personales.',
				'Los procesos de principio a fin están documentados por encima de las fronteras entre departamentos.',
				'Los equipos de proceso se miden por los resultados de principio a fin, no por objetivos departamentales.',
				'Los clientes rara vez tienen que insistir para saber cómo va lo suyo.'
			]
		},
		'processes.manual_workarounds': {
			text: '¿Cómo se cubren las carencias de los sistemas para no fallar a los clientes?',
			anchors: [
				'Cada empleado improvisa su propia solución provisional.',
				'Algunos equipos tienen soluciones provisionales que solo conoce el personal con experiencia.',
				'Unos pasos manuales acordados cubren las carencias conocidas de los sistemas.',
				'Se miden los errores que causa cada solución provisional.',
				'Las nuevas carencias de los sistemas se cubren antes de que los clientes las noten.'
			]
		},
		'information.single_view_v2': {
			text: '¿Hasta qué punto está unificado el registro de cada cliente entre sistemas?',
			anchors: [
				'Los datos de los clientes están en sistemas separados que no coinciden.',
				'El personal consulta varios sistemas para reconstruir a un cliente.',
				'Cada cliente tiene un registro principal acordado, enlazado entre sistemas.',
				'Se mide la proporción de clientes con un único registro enlazado.',
				'Los clientes nunca tienen que repetir datos que ya han dado.'
			]
		},
		'information.frontline_access_v2': {
			text: '¿Hasta qué punto pueden ver quienes atienden a los clientes la información que necesitan?',
			anchors: [
				'Quienes atienden a los clientes ven poco del historial de un cliente.',
				'Algunos empleados ven partes del historial, según su equipo.',
				'Las herramientas de cada puesto de cara al cliente muestran la información acordada del cliente.',
				'Se supervisa si el personal usa esta información.',
				'El personal atiende a los clientes sin pedir información a otros departamentos.'
			]
		},
		'information.data_quality_v2': {
			text: '¿Cómo se cuida la exactitud de los datos de los clientes?',
			anchors: [
				'Los errores solo se corrigen cuando los clientes se quejan.',
				'Algunos equipos depuran sus datos de vez en cuando.',
				'Unas reglas escritas de calidad de datos se aplican a todos los datos de clientes.',
				'Los errores de datos se miden frente a objetivos.',
				'Los clientes rara vez encuentran errores en los datos que se guardan sobre ellos.'
			]
		},
		'information.insight_v2': {
			text: '¿Cómo llega al trabajo diario el análisis de los datos de los clientes?',
			anchors: [
				'Los datos de los clientes se guardan, pero rara vez se analizan.',
				'Algunos equipos analizan datos, pero las conclusiones se quedan en ellos.',
				'El análisis de las necesidades de los clientes se comparte con los equipos que los atienden.',
				'Se mide el efecto en los resultados de las acciones basadas en ese análisis.',
				'El personal recibe avisos que anticipan la próxima necesidad de cada cliente.'
			]
		},
		'technology.strategy_led_v2': {
			text: '¿Cómo se justifican las decisiones sobre tecnología de CRM?',
			anchors: [
				'Los sistemas se compran por sus funciones, tras una demostración del proveedor.',
				'Algunas decisiones sobre sistemas están ligadas a una necesidad del negocio.',
				'Cada decisión sobre tecnología de CRM se justifica frente a la estrategia de CRM.',
				'Los beneficios de negocio prometidos se comprueban después de poner en marcha cada sistema.',
				'Cada sistema en uso sirve a una parte clara de la estrategia.'
			]
		},
		'technology.integration': {
			text: '¿Hasta qué punto se pasan información los sistemas de clientes sin volver a teclearla?',
			anchors: [
				'Los sistemas no se comunican entre sí; los datos se vuelven a teclear a mano.',
				'Unos pocos sistemas están unidos por conexiones puntuales que fallan.',
				'Un enfoque acordado conecta los principales sistemas de clientes.',
				'Se hace un seguimiento de los problemas de integración.',
				'Los datos de los clientes llegan a los sistemas de socios y proveedores sin volver a teclearlos.'
			]
		},
		'technology.ease_of_use': {
			text: '¿Qué facilidad de uso tienen los sistemas que el personal usa con los clientes?',
			anchors: [
				'Al personal le resultan tan incómodos los sistemas que lleva sus propias notas.',
				'A algunos puestos los sistemas les resultan fáciles; a otros les cuestan.',
				'Los sistemas están configurados para las tareas de cada puesto.',
				'Se mide la facilidad de uso, p. ej., en encuestas al personal.',
				'El personal dice que los sistemas le facilitan atender a los clientes.'
			]
		},
		'metrics.objectives_v2': {
			text: '¿Hasta qué punto son medibles nuestros objetivos de CRM?',
			anchors: [
				'No hay objetivos de CRM; el éxito es cuestión de opiniones.',
				'Algunos equipos fijan sus propios objetivos, p. ej., la respuesta a campañas.',
				'Hay objetivos de CRM medibles por escrito para toda la organización.',
				'La dirección actúa cuando los resultados se quedan por debajo del objetivo.',
				'La mayoría de los objetivos de CRM se cumplen a tiempo.'
			]
		},
		'metrics.customer_measures': {
			text: '¿Cómo se miden los resultados con los clientes, como la satisfacción y la lealtad?',
			anchors: [
				'Solo se miden cifras internas, como las ventas o los costes.',
				'Una encuesta anual a clientes va por separado de las cifras del negocio.',
				'Un conjunto acordado de medidas de cliente abarca todo el programa.',
				'Las medidas de cliente y las financieras se analizan juntas.',
				'Sabemos qué medidas de cliente anticipan los resultados a largo plazo.'
			]
		},
		'metrics.tested_assumptions': {
			text: '¿Cómo se ponen a prueba supuestos como «los clientes satisfechos son leales»?',
			anchors: [
				'Se da por hecho, sin comprobarlo, que los clientes satisfechos son leales y los leales, rentables.',
				'Algunas personas cuestionan estos supuestos, sin efecto en las decisiones.',
				'La satisfacción, la lealtad y la rentabilidad se miden cada una por separado.',
				'Analizamos cómo se relacionan la satisfacción, la lealtad y el beneficio.',
				'Las decisiones importantes se basan en relaciones demostradas, no supuestas.'
			]
		},
		'metrics.return_on_investment': {
			text: '¿Hasta qué punto sabemos qué rinde cada actividad de CRM en relación con su coste?',
			anchors: [
				'Nadie sabe decir cuánto cuestan o qué rinden las actividades de CRM.',
				'Se conocen los costes de algunas actividades, pero no su rendimiento.',
				'Un único método acordado calcula el rendimiento de la inversión de cada actividad.',
				'El rendimiento de la inversión decide qué actividades se financian o se detienen.',
				'El consejo ve un rendimiento claro del programa de CRM.'
			]
		},
		'management_team.sponsor': {
			text: '¿Cómo respalda un patrocinador de la alta dirección el programa de CRM?',
			anchors: [
				'No hay patrocinador en la alta dirección; el programa depende de la buena voluntad de algunas personas.',
				'Un alto directivo lo respalda cuando otras prioridades se lo permiten.',
				'Un miembro concreto del equipo directivo es formalmente responsable.',
				'El patrocinador elimina obstáculos, incluso en los trimestres difíciles.',
				'El patrocinio se mantiene a través de los cambios en la dirección.'
			]
		},
		'management_team.budget': {
			text: '¿Cómo obtiene financiación el programa de CRM?',
			anchors: [
				'Las propuestas de CRM esperan mucho tiempo a ser financiadas.',
				'La financiación depende de quién insista más cada año.',
				'Una vía de aprobación acordada fija el presupuesto del programa.',
				'La financiación sigue a los resultados medidos del trabajo de CRM.',
				'Las propuestas de CRM que merecen la pena se financian sin grandes demoras.'
			]
		},
		'management_team.project_priorities': {
			text: '¿Cómo se priorizan los proyectos de CRM?',
			anchors: [
				'Los proyectos van a quien más alto pide o a la oferta de un proveedor.',
				'Algunos proyectos se justifican por su beneficio para el negocio.',
				'Cada proyecto se puntúa por su impacto en el negocio y su complejidad técnica.',
				'Los proyectos de alto impacto y complejidad baja o media van primero.',
				'Cada fase logra un éxito temprano que los clientes notan.'
			]
		},
		'crm_department.clear_remit_v2': {
			text: '¿Qué claridad tiene la misión del equipo que gestiona el CRM en el día a día?',
			anchors: [
				'Ningún equipo es responsable; las tareas de CRM se quedan sin hacer.',
				'Un equipo se ocupa del CRM, pero otros duplican su trabajo.',
				'El equipo tiene una misión escrita que conocen los demás departamentos.',
				'Los resultados del equipo se miden frente a su misión.',
				'Los demás departamentos rara vez duplican el trabajo del equipo.'
			]
		},
		'crm_department.central_local': {
			text: '¿Cómo se equilibra en el CRM la coordinación central con la adaptación local?',
			anchors: [
				'O todo se decide de forma central, o cada unidad va por su lado.',
				'Existen pautas centrales, pero los equipos locales no pueden adaptarlas.',
				'Unas reglas centrales dicen dónde pueden las unidades locales adaptar el CRM.',
				'Se comparan entre unidades los resultados de las adaptaciones locales.',
				'Las buenas ideas locales se adoptan en toda la organización.'
			]
		},
		'crm_department.activity_inventory': {
			text: '¿Hasta qué punto está completa nuestra lista de actividades de CRM, p. ej., programas de fidelización o eventos?',
			anchors: [
				'Nadie tiene una lista completa de nuestras actividades de CRM.',
				'Algunos responsables toman notas de sus propias actividades.',
				'Una única lista recoge de cada actividad su público objetivo, costes, beneficios y finalidad estratégica.',
				'Se mide la respuesta de los clientes a cada actividad.',
				'La mayoría de los clientes objetivo conocen las actividades pensadas para ellos.'
			]
		},
		'crm_department.activity_decisions': {
			text: '¿Cómo se decide sobre cada actividad de CRM?',
			anchors: [
				'Las actividades continúan indefinidamente, funcionen o no.',
				'Las actividades se cambian o se detienen sobre todo cuando se recortan presupuestos.',
				'Cada actividad recibe una decisión registrada: mantener, cambiar, impulsar o detener.',
				'Se sigue el efecto de cada decisión en la participación.',
				'Cada actividad en marcha sirve a un objetivo estratégico claro.'
			]
		},
		'technology_infrastructure.reliability_v2': {
			text: '¿Cómo se gestiona la disponibilidad de los sistemas de CRM?',
			anchors: [
				'Las caídas solo se arreglan después de que los usuarios se quejen.',
				'Algunos sistemas se vigilan; otros fallan sin que nadie lo note.',
				'Unos niveles de servicio escritos abarcan todos los sistemas de CRM.',
				'La disponibilidad se mide frente a los niveles de servicio.',
				'Es raro que los sistemas vayan lentos o no estén disponibles.'
			]
		},
		'technology_infrastructure.access_control': {
			text: '¿Cómo se controla el acceso a los datos de los clientes en los sistemas?',
			anchors: [
				'Cualquiera con usuario y contraseña puede ver todos los datos de los clientes.',
				'Algunos sistemas tienen controles de acceso; otros no tienen ninguno.',
				'Unas reglas de acceso por puesto se aplican a todos los sistemas de CRM.',
				'Los permisos de acceso se revisan periódicamente frente a los puestos.',
				'El personal puede ver los datos de clientes que su puesto necesita, y nada más.'
			]
		},
		'technology_infrastructure.change_control_v2': {
			text: '¿Cómo se prueban los cambios en los sistemas de CRM antes de ponerlos en marcha?',
			anchors: [
				'Los cambios se ponen en marcha sin probar; los usuarios descubren los problemas.',
				'Algunos proyectos prueban sus cambios; otros no.',
				'Un único proceso de cambios estándar incluye las pruebas para todos los sistemas de CRM.',
				'Se cuentan en cada versión los problemas detectados tras la puesta en marcha.',
				'Es raro que una nueva versión perjudique al personal o a los clientes.'
			]
		},
		'contact_channels.integrated_v2': {
			text: '¿Hasta qué punto continúa una conversación cuando un cliente cambia de canal?',
			anchors: [
				'Los clientes empiezan de cero cada vez que cambian de canal.',
				'Algunos canales comparten información, p. ej., el teléfono y el correo electrónico.',
				'Todos los canales usan el mismo registro del cliente.',
				'Se cuentan los traspasos fallidos entre canales.',
				'Los clientes retoman lo que dejaron a medias, en cualquier canal.'
			]
		},
		'contact_channels.customer_choice_v2': {
			text: '¿Hasta qué punto responden los canales ofrecidos a cómo prefieren contactar los clientes?',
			anchors: [
				'Los canales convienen a la organización, no a sus clientes.',
				'Algunos canales se añadieron porque los clientes lo pidieron.',
				'Un plan de canales escrito sigue las preferencias de cada segmento.',
				'Se mide la satisfacción en cada canal.',
				'Los clientes rara vez piden un canal que no se ofrece.'
			]
		},
		'contact_channels.named_contact_v2': {
			text: '¿Cómo se asigna un interlocutor fijo a los clientes que lo necesitan?',
			anchors: [
				'Los clientes hablan con quien esté libre.',
				'Algunos clientes clave tienen un interlocutor fijo, por el esfuerzo de alguien en particular.',
				'Unas reglas escritas dicen qué clientes tienen un interlocutor fijo.',
				'Se mide el efecto de los interlocutores fijos en la satisfacción.',
				'Los clientes con un interlocutor fijo rara vez tienen que dar explicaciones.'
			]
		},
		'contact_channels.partner_channels': {
			text: '¿Cómo se mantiene a los socios que atienden a clientes en sintonía con los demás canales?',
			anchors: [
				'Los socios hacen sus propias ofertas a los clientes.',
				'Algunos socios se enteran de las ofertas vigentes, de manera informal.',
				'Unos acuerdos escritos fijan qué pueden ofrecer los socios a los clientes.',
				'Se registran los conflictos entre los canales de socios y los directos.',
				'Los clientes reciben el mismo trato a través de los socios que directamente.'
			]
		},
		'relationship_processes.complaints_v2': {
			text: '¿Cómo se tramitan las reclamaciones de los clientes?',
			anchors: [
				'Quien recibe una reclamación la tramita, a menudo sin registrarla.',
				'Algunos equipos registran las reclamaciones, cada uno a su manera.',
				'Un único proceso de reclamaciones, con plazos de respuesta, se aplica en todas partes.',
				'Las causas de las reclamaciones se comunican a la dirección.',
				'La misma reclamación rara vez se repite.'
			]
		},
		'relationship_processes.putting_right_v2': {
			text: '¿Qué libertad tiene el personal para solucionar los problemas de los clientes?',
			anchors: [
				'El personal debe elevar incluso los problemas pequeños.',
				'Algunos empleados con experiencia resuelven los problemas en el momento.',
				'Unos límites escritos permiten al personal solucionar las cosas en el acto.',
				'El coste de las soluciones se sigue frente a esos límites.',
				'La mayoría de los problemas se solucionan en el primer contacto.'
			]
		},
		'relationship_processes.closing_loop': {
			text: '¿Cómo reciben respuesta los clientes después de plantear un problema?',
			anchors: [
				'Los clientes rara vez reciben respuesta si no insisten.',
				'Algunos empleados hacen seguimiento, según la persona.',
				'Los plazos de seguimiento forman parte de los procesos de servicio.',
				'Se siguen los casos cerrados sin contactar con el cliente.',
				'Los clientes se enteran de qué cambió gracias a lo que plantearon.'
			]
		},
		'relationship_processes.retention': {
			text: '¿Cómo se cuida a los clientes que pueden estar a punto de irse?',
			anchors: [
				'Solo se nota que un cliente se va cuando ya se ha ido.',
				'Algunos equipos intentan recuperar a los que se van, cada uno a su manera.',
				'Un proceso de retención escrito se activa con unas señales de alerta acordadas.',
				'Las pérdidas de clientes se miden por causa.',
				'Se contacta con los clientes en riesgo antes de que decidan irse.'
			]
		},
		'knowledge_management.customer_knowledge_v2': {
			text: '¿Cómo se registra lo que el personal aprende de los clientes?',
			anchors: [
				'El conocimiento de los clientes se queda en la cabeza de las personas y se va con ellas.',
				'Algunos empleados toman notas, en sitios y formatos distintos.',
				'El personal registra los datos clave del cliente en campos acordados del sistema compartido.',
				'Los mandos comprueban que el conocimiento registrado de los clientes está completo.',
				'Cualquier compañero puede hacerse cargo de cualquier cliente sin que se lo expliquen.'
			]
		},
		'knowledge_management.trusted_figures_v2': {
			text: '¿Qué coherencia tienen las cifras de clientes con las que trabajan los distintos equipos?',
			anchors: [
				'Los equipos dan cifras distintas para lo mismo.',
				'Algunas cifras se comparten; muchos informes se elaboran por separado.',
				'Las cifras clave salen de una única fuente acordada con definiciones escritas.',
				'Las diferencias entre informes se rastrean hasta su origen.',
				'En las reuniones se habla de lo que significan las cifras, no de qué cifra es la buena.'
			]
		},
		'knowledge_management.lessons_learned_v2': {
			text: '¿Cómo se comparten las lecciones de los proyectos de CRM?',
			anchors: [
				'Las lecciones se pierden cuando las personas cambian de puesto.',
				'Algunos equipos hacen revisiones, pero rara vez comparten las conclusiones.',
				'Las lecciones de cada proyecto se registran donde todo el personal puede consultarlas.',
				'Cada lección registrada se convierte en un cambio con un responsable.',
				'Los mismos errores no se repiten en proyectos posteriores.'
			]
		},
		'functional_integration.finance': { text: 'Finanzas' },
		'functional_integration.sales': { text: 'Ventas' },
		'functional_integration.marketing': { text: 'Marketing' },
		'functional_integration.customer_service': { text: 'Atención al cliente' },
		'functional_integration.it': { text: 'Tecnología / Sistemas de información' },
		'functional_integration.rnd': { text: 'I+D / desarrollo de producto' },
		'functional_integration.operations': { text: 'Producción y operaciones' },
		'functional_integration.purchasing': { text: 'Compras' },
		'functional_integration.hr': { text: 'Recursos Humanos' }
	}
};
