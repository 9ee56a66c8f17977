<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>Something went wrong that PrivGuard did not expect; please report it.</source>
        <translation>Se ha producido un error que PrivGuard no esperaba; por favor, notifícalo.</translation>
    </message>
    <message>
        <source>No risk to people: no notification</source>
        <translation>Sin riesgo para las personas: no se notifica</translation>
    </message>
    <message>
        <source>A risk: notify the authority (Art. 33)</source>
        <translation>Riesgo: avisar a la autoridad (art. 33)</translation>
    </message>
    <message>
        <source>A high risk: notify the authority and tell the people (Art. 34)</source>
        <translation>Alto riesgo: avisar a la autoridad y a las personas (art. 34)</translation>
    </message>
    <message>
        <source>Custom threat…</source>
        <translation>Amenaza personalizada…</translation>
    </message>
    <message>
        <source>Add a threat that is not in the catalogue</source>
        <translation>Añadir una amenaza que no está en el catálogo</translation>
    </message>
</context>
<context>
    <name>AddSlotDialog</name>
    <message>
        <source>Add a person&apos;s key slot</source>
        <translation>Añadir la ranura de clave de una persona</translation>
    </message>
    <message>
        <source>Give the passphrase to the person in private; they can change it after they unlock the register.</source>
        <translation>Dale la frase de contraseña a la persona en privado; podrá cambiarla después de desbloquear el registro.</translation>
    </message>
    <message>
        <source>Add slot</source>
        <translation>Añadir ranura</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Función:</translation>
    </message>
    <message>
        <source>There is already a key slot called &apos;{name}&apos;.</source>
        <translation>Ya existe una ranura de clave llamada «{name}».</translation>
    </message>
</context>
<context>
    <name>AnalysisView</name>
    <message>
        <source>More figures</source>
        <translation>Más cifras</translation>
    </message>
    <message>
        <source>How to read the loss exceedance curves: at each amount, the height of an option&apos;s curve is the chance that its cost goes above that amount. A curve lower and further to the left is the safer option.</source>
        <translation>Cómo leer las curvas de excedencia de pérdidas: en cada importe, la altura de la curva de una opción es la probabilidad de que su coste supere ese importe. Cuanto más baja y más a la izquierda esté una curva, más segura es la opción.</translation>
    </message>
    <message>
        <source>Loss exceedance</source>
        <translation>Excedencia de pérdidas</translation>
    </message>
    <message>
        <source>What moves it</source>
        <translation>Qué lo mueve</translation>
    </message>
    <message>
        <source>Choose a risk or an incident with response options.</source>
        <translation>Elige un riesgo o un incidente con opciones de respuesta.</translation>
    </message>
    <message>
        <source>Fewer figures</source>
        <translation>Menos cifras</translation>
    </message>
    <message>
        <source>As is (no new option)</source>
        <translation>Sin cambios (ninguna opción nueva)</translation>
    </message>
    <message>
        <source>Meets the constraints</source>
        <translation>Cumple las restricciones</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No: {why}</source>
        <translation>No: {why}</translation>
    </message>
    <message>
        <source>Recommended: {text}</source>
        <translation>Recomendada: {text}</translation>
    </message>
    <message>
        <source>Loss exceedance: chance the loss is above an amount</source>
        <translation>Excedencia de pérdidas: probabilidad de que la pérdida supere un importe</translation>
    </message>
    <message>
        <source>Expected and P95 cost</source>
        <translation>Coste esperado y P95</translation>
    </message>
    <message>
        <source>{trials} trials · seed {seed}</source>
        <translation>{trials} simulaciones · semilla {seed}</translation>
    </message>
    <message>
        <source>What moves {metric} most</source>
        <translation>Qué mueve más {metric}</translation>
    </message>
    <message>
        <source>input at its low end</source>
        <translation>dato en su extremo bajo</translation>
    </message>
    <message>
        <source>input at its high end</source>
        <translation>dato en su extremo alto</translation>
    </message>
    <message>
        <source>Where the recommendation changes:</source>
        <translation>Dónde cambia la recomendación:</translation>
    </message>
    <message>
        <source>No single input changes the recommendation within its range.</source>
        <translation>Ningún dato por sí solo cambia la recomendación dentro de su intervalo.</translation>
    </message>
</context>
<context>
    <name>AssetPane</name>
    <message>
        <source>Assets</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>New asset</source>
        <translation>Nuevo activo</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>A</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Ratings (1 low – 5 high)</source>
        <translation>Valoraciones (1 baja – 5 alta)</translation>
    </message>
    <message>
        <source>Business services it carries</source>
        <translation>Servicios de negocio que soporta</translation>
    </message>
</context>
<context>
    <name>AssetsArea</name>
    <message>
        <source>Assets &amp; services</source>
        <translation>Activos y servicios</translation>
    </message>
</context>
<context>
    <name>AuditArea</name>
    <message>
        <source>Verify the trail</source>
        <translation>Verificar el registro de auditoría</translation>
    </message>
    <message>
        <source>Check every page of the register and every link of the audit chain</source>
        <translation>Comprobar cada página del registro y cada eslabón de la cadena de auditoría</translation>
    </message>
    <message>
        <source>Every change to the register, newest first. Entries are chained with a keyed hash: editing or deleting one is detected.</source>
        <translation>Todos los cambios del registro, los más recientes primero. Las entradas están encadenadas con un hash con clave: se detecta si se edita o elimina alguna.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Exported report</source>
        <translation>Informe exportado</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>Puntuación de riesgo</translation>
    </message>
    <message>
        <source>Catalogue entry</source>
        <translation>Entrada del catálogo</translation>
    </message>
    <message>
        <source>{first} ↔ {second}</source>
        <translation>{first} ↔ {second}</translation>
    </message>
    <message>
        <source>Checking every page and every audit entry…</source>
        <translation>Comprobando cada página y cada entrada de auditoría…</translation>
    </message>
    <message>
        <source>Verified: every page is intact and the audit chain of {n} entries is unbroken.</source>
        <translation>Verificado: todas las páginas están intactas y la cadena de auditoría de {n} entradas no tiene interrupciones.</translation>
    </message>
    <message>
        <source>The check FAILED ({n} problem(s)). First: {first}</source>
        <translation>La comprobación HA FALLADO ({n} problema(s)). Primero: {first}</translation>
    </message>
    <message>
        <source>The check could not run: {reason}</source>
        <translation>No se ha podido ejecutar la comprobación: {reason}</translation>
    </message>
</context>
<context>
    <name>BreachClockRow</name>
    <message>
        <source>less than 1 min</source>
        <translation>menos de 1 min</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} días</translation>
    </message>
    <message>
        <source>{days} days {hours} h</source>
        <translation>{days} días {hours} h</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Under {hours} h</source>
        <translation>Menos de {hours} h</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Notified on time</source>
        <translation>Notificado en plazo</translation>
    </message>
    <message>
        <source>Notified late</source>
        <translation>Notificado fuera de plazo</translation>
    </message>
    <message>
        <source>No notification needed</source>
        <translation>No es necesaria la notificación</translation>
    </message>
    <message>
        <source>overdue by {duration}</source>
        <translation>vencido hace {duration}</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>vence ahora</translation>
    </message>
    <message>
        <source>{duration} left</source>
        <translation>Quedan {duration}</translation>
    </message>
    <message>
        <source>Notify the supervisory authority by {due}</source>
        <translation>Notifica a la autoridad de control antes del {due}</translation>
    </message>
</context>
<context>
    <name>BreachTab</name>
    <message>
        <source>Awareness, risk and deadline</source>
        <translation>Conocimiento, riesgo y plazo</translation>
    </message>
    <message>
        <source>The breach (Art. 33(3))</source>
        <translation>La brecha (Art. 33(3))</translation>
    </message>
    <message>
        <source>Notifying the supervisory authority (Art. 33)</source>
        <translation>Notificación a la autoridad de control (art. 33)</translation>
    </message>
    <message>
        <source>Telling the people affected (Art. 34)</source>
        <translation>Comunicación a los afectados (art. 34)</translation>
    </message>
    <message>
        <source>Notification draft…</source>
        <translation>Borrador de notificación…</translation>
    </message>
    <message>
        <source>What Art. 33(3) asks, in the authority&apos;s language, to paste into its form</source>
        <translation>Lo que exige el art. 33.3, en el idioma de la autoridad, para pegarlo en su formulario</translation>
    </message>
    <message>
        <source>Delete assessment…</source>
        <translation>Eliminar evaluación…</translation>
    </message>
    <message>
        <source>The incident did not touch personal data after all</source>
        <translation>Al final, el incidente no afectó a datos personales</translation>
    </message>
    <message>
        <source>Assess as a personal-data breach</source>
        <translation>Evaluar como brecha de datos personales</translation>
    </message>
    <message>
        <source>special category (Art. 9)</source>
        <translation>categoría especial (Art. 9)</translation>
    </message>
    <message>
        <source>Save the incident first; then assess whether it is a personal-data breach.</source>
        <translation>Guarda primero el incidente; después evalúa si es una brecha de datos personales.</translation>
    </message>
    <message>
        <source>No breach assessment. If the incident touches personal data, assess it: the deadline to notify the supervisory authority (Art. 33) runs from the moment the organisation became aware of the breach.</source>
        <translation>No hay evaluación de la brecha. Si el incidente afecta a datos personales, evalúalo: el plazo para notificar a la autoridad de control (Art. 33) corre desde el momento en que la organización tuvo conocimiento de la brecha.</translation>
    </message>
    <message>
        <source>Missing mandatory items (Art. 33(3) and, where it applies, Art. 34(2)):</source>
        <translation>Elementos obligatorios que faltan (art. 33.3 y, cuando procede, art. 34.2):</translation>
    </message>
    <message>
        <source>No mandatory item is missing.</source>
        <translation>No falta ningún elemento obligatorio.</translation>
    </message>
    <message>
        <source>Choose the risk to people and the awareness time to see the deadlines.</source>
        <translation>Elige el riesgo para las personas y el momento del conocimiento para ver los plazos.</translation>
    </message>
    <message>
        <source>Notify the authority by {due}</source>
        <translation>Notificar a la autoridad antes del {due}</translation>
    </message>
    <message>
        <source>High risk: the people concerned must be told without undue delay (Art. 34).</source>
        <translation>Alto riesgo: hay que informar a las personas afectadas sin dilación indebida (Art. 34).</translation>
    </message>
    <message>
        <source>The people concerned were told on {when}.</source>
        <translation>Se informó a las personas afectadas el {when}.</translation>
    </message>
    <message>
        <source>The people concerned need not be told: no high risk to them (Art. 34).</source>
        <translation>No es necesario informar a las personas afectadas: no hay un alto riesgo para ellas (Art. 34).</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Eliminar evaluación</translation>
    </message>
    <message>
        <source>Delete the breach assessment of this incident? Its notification clock goes too (the audit trail keeps a record).</source>
        <translation>¿Eliminar la evaluación de la brecha de este incidente? También se elimina su plazo de notificación (el registro de auditoría conserva constancia).</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Cambiar mi frase de contraseña</translation>
    </message>
    <message>
        <source>The new passphrase unlocks the register as {who}. Other people&apos;s passphrases and the recovery key do not change.</source>
        <translation>La nueva frase de contraseña desbloquea el registro como {who}. Las frases de contraseña de otras personas y la clave de recuperación no cambian.</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Frase de contraseña actual:</translation>
    </message>
</context>
<context>
    <name>CurveEditor</name>
    <message>
        <source>Hours down</source>
        <translation>Horas de inactividad</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Cost-of-downtime curve</source>
        <translation>Curva de coste del tiempo de inactividad</translation>
    </message>
    <message>
        <source>No points yet: add the cost after a few outage lengths.</source>
        <translation>Aún no hay puntos: añade el coste para varias duraciones de interrupción.</translation>
    </message>
    <message>
        <source>Hours of downtime</source>
        <translation>Horas de inactividad</translation>
    </message>
    <message>
        <source>The curve appears here as you add points.</source>
        <translation>La curva aparece aquí a medida que añades puntos.</translation>
    </message>
    <message>
        <source>Chart of the cost-of-downtime curve</source>
        <translation>Gráfico de la curva de coste del tiempo de inactividad</translation>
    </message>
    <message>
        <source>MTD</source>
        <translation>MTD</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>{name} {hours} h: an outage that long costs about {cost}.</source>
        <translation>{name} {hours} h: una interrupción de esa duración cuesta aproximadamente {cost}.</translation>
    </message>
</context>
<context>
    <name>CustomThreatDialog</name>
    <message>
        <source>Custom threat</source>
        <translation>Amenaza personalizada</translation>
    </message>
</context>
<context>
    <name>DashboardArea</name>
    <message>
        <source>Inherent risk</source>
        <translation>Riesgo inherente</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Riesgo residual</translation>
    </message>
    <message>
        <source>Breach notification clocks</source>
        <translation>Plazos de notificación de brechas</translation>
    </message>
    <message>
        <source>No breach notification clock is running.</source>
        <translation>No hay ningún plazo de notificación de brecha en curso.</translation>
    </message>
    <message>
        <source>Reviews and acceptances due</source>
        <translation>Revisiones y aceptaciones pendientes</translation>
    </message>
    <message>
        <source>Top risks (residual)</source>
        <translation>Riesgos principales (residual)</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Incidentes abiertos</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Residual</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>Heat map: click a cell to see its risks</source>
        <translation>Mapa de calor: haz clic en una celda para ver sus riesgos</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>an unexpected error; please report it.</source>
        <translation>un error inesperado; por favor, notifícalo.</translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: {reason}</source>
        <translation>No se ha podido cargar el panel: {reason}</translation>
    </message>
    <message>
        <source>1 open risk scored</source>
        <translation>1 riesgo abierto puntuado</translation>
    </message>
    <message>
        <source>{count} open risks scored</source>
        <translation>{count} riesgos abiertos puntuados</translation>
    </message>
    <message>
        <source>{count} above appetite</source>
        <translation>{count} por encima del apetito</translation>
    </message>
    <message>
        <source>({count}, newest first)</source>
        <translation>({count}, los más recientes primero)</translation>
    </message>
    <message>
        <source>{count} risks above appetite after treatment</source>
        <translation>{count} riesgos por encima del apetito tras el tratamiento</translation>
    </message>
    <message>
        <source>1 risk above appetite after treatment</source>
        <translation>1 riesgo por encima del apetito tras el tratamiento</translation>
    </message>
    <message>
        <source>{count} breach clocks running</source>
        <translation>{count} plazos de notificación de brecha en curso</translation>
    </message>
    <message>
        <source>1 breach clock running</source>
        <translation>1 plazo de notificación de brecha en curso</translation>
    </message>
    <message>
        <source>{count} reviews or acceptances due</source>
        <translation>{count} revisiones o aceptaciones pendientes</translation>
    </message>
    <message>
        <source>1 review or acceptance due</source>
        <translation>1 revisión o aceptación pendiente</translation>
    </message>
    <message>
        <source>{count} open incidents</source>
        <translation>{count} incidentes abiertos</translation>
    </message>
    <message>
        <source>1 open incident</source>
        <translation>1 incidente abierto</translation>
    </message>
    <message>
        <source>Review {date}</source>
        <translation>Revisión {date}</translation>
    </message>
    <message>
        <source>Acceptance expired {date}</source>
        <translation>La aceptación venció el {date}</translation>
    </message>
    <message>
        <source>and {count} more in the Risks area</source>
        <translation>y {count} más en el área Riesgos</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <source>Decide</source>
        <translation>Decidir</translation>
    </message>
    <message>
        <source>Why this option: the business reasons, the risks accepted, what happens next.</source>
        <translation>Por qué esta opción: los motivos de negocio, los riesgos aceptados y lo que ocurre a continuación.</translation>
    </message>
    <message>
        <source>The decision is recorded in your name with the figures shown, the seed and the inputs, and cannot be edited afterwards.</source>
        <translation>La decisión se registra a tu nombre con las cifras mostradas, la semilla y los datos de entrada, y no se puede editar después.</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Registrar decisión</translation>
    </message>
    <message>
        <source>Chosen option:</source>
        <translation>Opción elegida:</translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation>Justificación:</translation>
    </message>
    <message>
        <source>Write the rationale: it is what the auditor will read.</source>
        <translation>Escribe la justificación: es lo que leerá el auditor.</translation>
    </message>
</context>
<context>
    <name>DecisionRecordDialog</name>
    <message>
        <source>Decision record</source>
        <translation>Acta de la decisión</translation>
    </message>
    <message>
        <source>Incident: {title}</source>
        <translation>Incidente: {title}</translation>
    </message>
    <message>
        <source>Risk: {title}</source>
        <translation>Riesgo: {title}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Option chosen</source>
        <translation>Opción elegida</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Computing the figures again from the frozen inputs…</source>
        <translation>Calculando de nuevo las cifras con los datos congelados…</translation>
    </message>
    <message>
        <source>The inputs that produced the figures</source>
        <translation>Los datos que dieron estas cifras</translation>
    </message>
    <message>
        <source>Assumptions and limits, and where each comes from</source>
        <translation>Supuestos y límites, y de dónde sale cada uno</translation>
    </message>
    <message>
        <source>This decision was taken without a quantitative analysis: the rationale is its record.</source>
        <translation>Esta decisión se tomó sin análisis cuantitativo: su justificación es el acta.</translation>
    </message>
    <message>
        <source>Computed again from the frozen inputs with seed {seed} and {trials} trials: the figures are the frozen ones.</source>
        <translation>Calculadas de nuevo con los datos congelados, la semilla {seed} y {trials} simulaciones: las cifras son las congeladas.</translation>
    </message>
    <message>
        <source>Computed again from the frozen inputs with seed {seed}, the figures differ from the frozen ones (frozen under {engine}); `privguard decisions PATH reproduce` says by how much.</source>
        <translation>Calculadas de nuevo con los datos congelados y la semilla {seed}, las cifras difieren de las congeladas (congeladas con {engine}); `privguard decisions RUTA reproduce` dice cuánto.</translation>
    </message>
    <message>
        <source>The figures could not be computed again.</source>
        <translation>No se pudieron volver a calcular las cifras.</translation>
    </message>
</context>
<context>
    <name>DecisionsArea</name>
    <message>
        <source>Decide…</source>
        <translation>Decidir…</translation>
    </message>
    <message>
        <source>Weigh the options of:</source>
        <translation>Sopesar las opciones de:</translation>
    </message>
    <message>
        <source>Back to the saved inputs</source>
        <translation>Volver a los datos guardados</translation>
    </message>
    <message>
        <source>Save inputs to the option</source>
        <translation>Guardar los datos en la opción</translation>
    </message>
    <message>
        <source>What if? Edit an option&apos;s inputs</source>
        <translation>¿Y si…? Edita los datos de una opción</translation>
    </message>
    <message>
        <source>Open the record…</source>
        <translation>Abrir el acta…</translation>
    </message>
    <message>
        <source>Weigh the options</source>
        <translation>Sopesar las opciones</translation>
    </message>
    <message>
        <source>Decisions taken</source>
        <translation>Decisiones tomadas</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Incident: {title}</source>
        <translation>Incidente: {title}</translation>
    </message>
    <message>
        <source>Risk: {title}</source>
        <translation>Riesgo: {title}</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Option chosen</source>
        <translation>Opción elegida</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>The analysis could not run.</source>
        <translation>No se ha podido ejecutar el análisis.</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Still calculating</source>
        <translation>Todavía calculando</translation>
    </message>
    <message>
        <source>Wait for the figures of your last edit.</source>
        <translation>Espera a que se calculen las cifras de tu última modificación.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Decision recorded: {option}</source>
        <translation>Decisión registrada: {option}</translation>
    </message>
    <message>
        <source>what-if</source>
        <translation>hipótesis</translation>
    </message>
    <message>
        <source>What-if, not saved: the figures use your edits of {options}. Save them to the option, or go back to the saved inputs.</source>
        <translation>Hipótesis sin guardar: las cifras usan tus cambios en {options}. Guárdalos en la opción o vuelve a los datos guardados.</translation>
    </message>
</context>
<context>
    <name>EntityForm</name>
    <message>
        <source>Separate items with commas</source>
        <translation>Separa los elementos con comas</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— sin definir —</translation>
    </message>
    <message>
        <source>Untick to leave the date not set</source>
        <translation>Desmárcalo para dejar la fecha sin definir</translation>
    </message>
    <message>
        <source>Date set</source>
        <translation>Fecha indicada</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin fijar</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>Escribe para buscar…</translation>
    </message>
    <message>
        <source>Choose {label} from the list; nothing is called “{text}”.</source>
        <translation>Elige {label} de la lista; no hay ninguna opción llamada «{text}».</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>Likelihood {likelihood}, impact {impact} (score {score}, {level})</source>
        <translation>Probabilidad {likelihood}, impacto {impact} (puntuación {score}, {level})</translation>
    </message>
    <message>
        <source>1 risk</source>
        <translation>1 riesgo</translation>
    </message>
    <message>
        <source>{count} risks</source>
        <translation>{count} riesgos</translation>
    </message>
    <message>
        <source>within the risk appetite</source>
        <translation>dentro del apetito de riesgo</translation>
    </message>
    <message>
        <source>above the risk appetite</source>
        <translation>por encima del apetito de riesgo</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Appetite (score ≤ {appetite})</source>
        <translation>Apetito (puntuación ≤ {appetite})</translation>
    </message>
</context>
<context>
    <name>IncidentsArea</name>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Under 12 h</source>
        <translation>Menos de 12 h</translation>
    </message>
    <message>
        <source>Under 24 h</source>
        <translation>Menos de 24 h</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Notified late</source>
        <translation>Notificado fuera de plazo</translation>
    </message>
    <message>
        <source>Notified on time</source>
        <translation>Notificado en plazo</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>No requerida</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>vence ahora</translation>
    </message>
    <message>
        <source>{days} days {hours} h</source>
        <translation>{days} días {hours} h</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} días</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>overdue by {span}</source>
        <translation>vencido hace {span}</translation>
    </message>
    <message>
        <source>{span} left</source>
        <translation>Quedan {span}</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nuevo incidente</translation>
    </message>
    <message>
        <source>Breach clock</source>
        <translation>Plazo de notificación</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Fechas y horas</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Affected assets</source>
        <translation>Activos afectados</translation>
    </message>
    <message>
        <source>Affected services</source>
        <translation>Servicios afectados</translation>
    </message>
    <message>
        <source>Affected processing activities</source>
        <translation>Actividades de tratamiento afectadas</translation>
    </message>
    <message>
        <source>Linked risks</source>
        <translation>Riesgos vinculados</translation>
    </message>
    <message>
        <source>Affected and linked</source>
        <translation>Afectados y vinculados</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Breach assessment</source>
        <translation>Evaluación de la brecha</translation>
    </message>
    <message>
        <source>Response options</source>
        <translation>Opciones de respuesta</translation>
    </message>
    <message>
        <source>Status: {old} → {new}</source>
        <translation>Estado: {old} → {new}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>InventoryArea</name>
    <message>
        <source>Purpose {n} needs a description.</source>
        <translation>La finalidad {n} necesita una descripción.</translation>
    </message>
    <message>
        <source>Purpose {n} needs a legal basis (Art. 6).</source>
        <translation>La finalidad {n} necesita una base jurídica (Art. 6).</translation>
    </message>
    <message>
        <source>Purpose {n}: “{code}” is not an Art. 6 legal basis.</source>
        <translation>Finalidad {n}: «{code}» no es una base jurídica del Art. 6.</translation>
    </message>
    <message>
        <source>Purpose {n}: “{code}” is not an Art. 9 condition.</source>
        <translation>Finalidad {n}: «{code}» no es una condición del Art. 9.</translation>
    </message>
    <message>
        <source>Recipient {n} needs a name.</source>
        <translation>El destinatario {n} necesita un nombre.</translation>
    </message>
    <message>
        <source>Recipient {n} needs a kind.</source>
        <translation>El destinatario {n} necesita un tipo.</translation>
    </message>
    <message>
        <source>Recipient {n}: the country must be a two-letter code such as ES.</source>
        <translation>Destinatario {n}: el país debe ser un código de dos letras, como ES.</translation>
    </message>
    <message>
        <source>Transfer {n} needs the two-letter code of the destination country, such as US.</source>
        <translation>La transferencia {n} necesita el código de dos letras del país de destino, como US.</translation>
    </message>
    <message>
        <source>Transfer {n} needs a safeguard.</source>
        <translation>La transferencia {n} necesita una garantía.</translation>
    </message>
    <message>
        <source>Transfer {n}: {country} has no adequacy decision and the transfer has no safeguard (Art. 44–49).</source>
        <translation>Transferencia {n}: {country} no cuenta con una decisión de adecuación y la transferencia no tiene garantías (Art. 44–49).</translation>
    </message>
    <message>
        <source>Transfer {n}: {country} has no adequacy decision; choose the safeguard actually used.</source>
        <translation>Transferencia {n}: {country} no cuenta con una decisión de adecuación; elige la garantía que se utiliza realmente.</translation>
    </message>
    <message>
        <source>Transfer {n}: the adequacy decision for {country} covers only some organisations; check the recipient is one of them.</source>
        <translation>Transferencia {n}: la decisión de adecuación de {country} solo cubre a algunas organizaciones; comprueba que el destinatario sea una de ellas.</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>New processing activity</source>
        <translation>Nueva actividad de tratamiento</translation>
    </message>
    <message>
        <source>Special data</source>
        <translation>Datos especiales</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Legal basis (Art. 6)</source>
        <translation>Base jurídica (Art. 6)</translation>
    </message>
    <message>
        <source>Art. 9 condition</source>
        <translation>Condición del Art. 9</translation>
    </message>
    <message>
        <source>Needed for purposes that use special categories of data</source>
        <translation>Necesaria para las finalidades que usan categorías especiales de datos</translation>
    </message>
    <message>
        <source>No purposes yet: add each purpose with its legal basis.</source>
        <translation>Aún no hay finalidades: añade cada finalidad con su base jurídica.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>No recipients: the data is not disclosed to anyone.</source>
        <translation>Sin destinatarios: los datos no se comunican a nadie.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Garantía</translation>
    </message>
    <message>
        <source>Where it is documented</source>
        <translation>Dónde está documentada</translation>
    </message>
    <message>
        <source>Where the signed clauses, the adequacy reference or the transfer impact assessment are kept</source>
        <translation>Dónde se guardan las cláusulas firmadas, la referencia de la decisión de adecuación o la evaluación de impacto de la transferencia</translation>
    </message>
    <message>
        <source>No transfers outside the EEA.</source>
        <translation>No hay transferencias fuera del EEE.</translation>
    </message>
    <message>
        <source>Identity and role</source>
        <translation>Identidad y función</translation>
    </message>
    <message>
        <source>Purposes and legal bases</source>
        <translation>Finalidades y bases jurídicas</translation>
    </message>
    <message>
        <source>Data subjects and categories of data</source>
        <translation>Interesados y categorías de datos</translation>
    </message>
    <message>
        <source>Recipients and processors</source>
        <translation>Destinatarios y encargados del tratamiento</translation>
    </message>
    <message>
        <source>International transfers</source>
        <translation>Transferencias internacionales</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Plazo de conservación</translation>
    </message>
    <message>
        <source>Security measures (Art. 32)</source>
        <translation>Medidas de seguridad (Art. 32)</translation>
    </message>
    <message>
        <source>Assets used</source>
        <translation>Activos utilizados</translation>
    </message>
    <message>
        <source>Data protection impact assessment</source>
        <translation>Evaluación de impacto relativa a la protección de datos</translation>
    </message>
    <message>
        <source>Special categories of data are processed: give the Art. 9 condition of each purpose that uses them.</source>
        <translation>Se tratan categorías especiales de datos: indica la condición del Art. 9 de cada finalidad que las usa.</translation>
    </message>
    <message>
        <source>Tick the EDPB criteria that apply (hover over one for its meaning). Two or more make a DPIA likely to be required.</source>
        <translation>Marca los criterios del CEPD que se aplican (pasa el puntero por encima de uno para ver su significado). Si se cumplen dos o más, probablemente se requiera una EIPD.</translation>
    </message>
    <message>
        <source>DPIA screening result</source>
        <translation>Resultado del cribado de la EIPD</translation>
    </message>
    <message>
        <source>Tick the suggested criteria</source>
        <translation>Marcar los criterios sugeridos</translation>
    </message>
    <message>
        <source>When we act as processor, name the controller we process for (Art. 30(2)).</source>
        <translation>Cuando actuamos como encargado del tratamiento, indica el responsable del tratamiento por cuenta del que tratamos (Art. 30(2)).</translation>
    </message>
    <message>
        <source>Add at least one purpose with its legal basis (Art. 30(1)(b)).</source>
        <translation>Añade al menos un fin con su base jurídica (Art. 30(1)(b)).</translation>
    </message>
    <message>
        <source>Special categories of data are processed: give the Art. 9 condition for the purposes that use them.</source>
        <translation>Se tratan categorías especiales de datos: indica la condición del Art. 9 para las finalidades que las usan.</translation>
    </message>
    <message>
        <source>vulnerable</source>
        <translation>vulnerable</translation>
    </message>
    <message>
        <source>special category (Art. 9)</source>
        <translation>categoría especial (Art. 9)</translation>
    </message>
    <message>
        <source>criminal offences (Art. 10)</source>
        <translation>infracciones penales (Art. 10)</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <source>DPIA likely required: {n} criteria met ({names})</source>
        <translation>Probablemente se requiere una EIPD: se cumplen {n} criterios ({names})</translation>
    </message>
    <message>
        <source>Consider a DPIA: 1 criterion met ({names})</source>
        <translation>Valora una EIPD: se cumple 1 criterio ({names})</translation>
    </message>
    <message>
        <source>DPIA not indicated: no criterion met</source>
        <translation>No se indica una EIPD: no se cumple ningún criterio</translation>
    </message>
    <message>
        <source>This record suggests: {names}.</source>
        <translation>Este registro sugiere: {names}.</translation>
    </message>
    <message>
        <source>The screening says a DPIA is likely required, but its status is “not required”.</source>
        <translation>El cribado indica que probablemente se requiere una EIPD, pero su estado es «no requerida».</translation>
    </message>
</context>
<context>
    <name>KeySlotsPanel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Añadir una persona…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Change my passphrase…</source>
        <translation>Cambiar mi frase de contraseña…</translation>
    </message>
    <message>
        <source>Each person unlocks the register with their own passphrase. Changes to key slots take effect at once.</source>
        <translation>Cada persona desbloquea el registro con su propia frase de contraseña. Los cambios en las ranuras de clave se aplican al instante.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (tú)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Adding the key slot…</source>
        <translation>Añadiendo la ranura de clave…</translation>
    </message>
    <message>
        <source>{name} can now unlock the register with their passphrase.</source>
        <translation>{name} ya puede desbloquear el registro con su frase de contraseña.</translation>
    </message>
    <message>
        <source>Removing the key slot and changing the register&apos;s key…</source>
        <translation>Eliminando la ranura de clave y cambiando la clave del registro…</translation>
    </message>
    <message>
        <source>The key slot of {name} was removed and the register&apos;s key changed: a copy of that slot opens nothing here.</source>
        <translation>Se eliminó la ranura de clave de {name} y se cambió la clave del registro: una copia de esa ranura ya no abre nada aquí.</translation>
    </message>
    <message>
        <source>The recovery key&apos;s slot stays: without it a register whose passphrases are all forgotten is lost.</source>
        <translation>La ranura de la clave de recuperación se mantiene: sin ella, un registro cuyas frases de paso se olviden todas está perdido.</translation>
    </message>
    <message>
        <source>This is the last person&apos;s key slot; add another before removing it.</source>
        <translation>Es la ranura de clave de la última persona; añada otra antes de eliminarla.</translation>
    </message>
    <message>
        <source>You cannot remove the key slot you unlocked with; ask another person who holds a slot to remove it.</source>
        <translation>No puede eliminar la ranura de clave con la que ha desbloqueado; pida a otra persona con ranura que la elimine.</translation>
    </message>
    <message>
        <source>Remove the key slot of {name}?

PrivGuard then changes the register&apos;s key: it takes a backup and re-encrypts the register (about a minute on a large one). After that, {name}&apos;s passphrase — and any copy of their slot — opens nothing here or in the backups. Everyone else&apos;s passphrase and the recovery key keep working. The report-signing key is replaced; reports signed before still verify.

Copies of the register {name} made themselves are not affected: they open with the key of the day they were made.</source>
        <translation>¿Eliminar la ranura de clave de {name}?

PrivGuard cambiará entonces la clave del registro: hace una copia de seguridad y vuelve a cifrar el registro (alrededor de un minuto si es grande). Después, la frase de paso de {name} —y cualquier copia de su ranura— no abre nada aquí ni en las copias de seguridad. Las frases de paso de los demás y la clave de recuperación siguen funcionando. La clave de firma de informes se sustituye; los informes firmados antes se siguen verificando.

Las copias del registro que {name} haya hecho por su cuenta no se ven afectadas: se abren con la clave del día en que se hicieron.</translation>
    </message>
    <message>
        <source>Changing your passphrase…</source>
        <translation>Cambiando tu frase de contraseña…</translation>
    </message>
    <message>
        <source>Your passphrase was changed. Use the new one from now on.</source>
        <translation>Se ha cambiado tu frase de contraseña. A partir de ahora, usa la nueva.</translation>
    </message>
    <message>
        <source>Remove key slot</source>
        <translation>Quitar ranura de clave</translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Only linked</source>
        <translation>Solo vinculados</translation>
    </message>
    <message>
        <source>Nothing linked.</source>
        <translation>Nada vinculado.</translation>
    </message>
    <message>
        <source> and {more} more</source>
        <translation> y {more} más</translation>
    </message>
</context>
<context>
    <name>ListEditorArea</name>
    <message>
        <source>Something went wrong; the register is unchanged.</source>
        <translation>Se ha producido un error; el registro no ha cambiado.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Start a new item (Ctrl+N)</source>
        <translation>Crear un elemento nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Guardar los cambios (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Deshacer cambios</translation>
    </message>
    <message>
        <source>Drop the unsaved changes</source>
        <translation>Descartar los cambios sin guardar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this item</source>
        <translation>Eliminar este elemento</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nuevo elemento</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Could not load the list.</source>
        <translation>No se ha podido cargar la lista.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>“{item}” has unsaved changes. Save them?</source>
        <translation>«{item}» tiene cambios sin guardar. ¿Quieres guardarlos?</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Delete “{item}”? This cannot be undone (the audit trail keeps a record).</source>
        <translation>¿Eliminar «{item}»? No se puede deshacer (el registro de auditoría conserva constancia).</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Eliminado.</translation>
    </message>
    <message>
        <source>Filtered: {filters}</source>
        <translation>Filtrado: {filters}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>New register…</source>
        <translation>Nuevo registro…</translation>
    </message>
    <message>
        <source>Open register…</source>
        <translation>Abrir registro…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Close register</source>
        <translation>Cerrar registro</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nuevo elemento</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>About PrivGuard</source>
        <translation>Acerca de PrivGuard</translation>
    </message>
    <message>
        <source>Lock the register now (Ctrl+L)</source>
        <translation>Bloquear el registro ahora (Ctrl+L)</translation>
    </message>
    <message>
        <source>Open read-only: the register&apos;s folder or disk cannot be written, so nothing can be changed. Browsing, verifying and exporting reports work (exports are not recorded). To edit, lock, copy the register&apos;s folder somewhere writable and open the copy.</source>
        <translation>Abierto en solo lectura: no se puede escribir en la carpeta o el disco del registro, así que no se puede cambiar nada. Puede consultar, verificar y exportar informes (las exportaciones no se registran). Para editar, bloquee el registro, copie su carpeta a un lugar donde se pueda escribir y abra la copia.</translation>
    </message>
    <message>
        <source>Unlocked as {who} · {org} · {register}</source>
        <translation>Desbloqueado como {who} · {org} · {register}</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>PrivGuard {version}

An encrypted register of personal data, risks and incidents for privacy and security officers.</source>
        <translation>PrivGuard {version}

Un registro cifrado de datos personales, riesgos e incidentes para responsables de privacidad y seguridad.</translation>
    </message>
    <message>
        <source>The demo passphrase is: {passphrase}</source>
        <translation>La frase de contraseña de la demostración es: {passphrase}</translation>
    </message>
    <message>
        <source>Building the demo register (a few seconds, once)…</source>
        <translation>Creando el registro de demostración (unos segundos, solo una vez)…</translation>
    </message>
    <message>
        <source>The demo could not be built.</source>
        <translation>No se ha podido crear la demostración.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The register locked while you had unsaved changes in: {areas}.
Put them back in the editor?</source>
        <translation>El registro se bloqueó mientras tenías cambios sin guardar en: {areas}.
¿Quieres recuperarlos en el editor?</translation>
    </message>
    <message>
        <source>You have unsaved changes in: {areas}. Save them?</source>
        <translation>Tienes cambios sin guardar en: {areas}. ¿Quieres guardarlos?</translation>
    </message>
</context>
<context>
    <name>MatrixPicker</name>
    <message>
        <source>Likelihood</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>Inherente</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Residual</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Sin puntuar</translation>
    </message>
    <message>
        <source>{score} · {level}</source>
        <translation>{score} · {level}</translation>
    </message>
    <message>
        <source>above appetite</source>
        <translation>por encima del apetito</translation>
    </message>
</context>
<context>
    <name>NewRegisterWizard</name>
    <message>
        <source>New register</source>
        <translation>Nuevo registro</translation>
    </message>
    <message>
        <source>The register could not be created: an unexpected error occurred.</source>
        <translation>No se ha podido crear el registro: se ha producido un error inesperado.</translation>
    </message>
</context>
<context>
    <name>NotificationDraftDialog</name>
    <message>
        <source>Notification draft</source>
        <translation>Borrador de notificación</translation>
    </message>
    <message>
        <source>What Art. 33(3) asks, from the saved breach assessment, to copy into the supervisory authority&apos;s form. Check it before you send it.</source>
        <translation>Lo que exige el art. 33.3, a partir de la evaluación de la brecha guardada, para copiarlo en el formulario de la autoridad de control. Revíselo antes de enviarlo.</translation>
    </message>
    <message>
        <source>The assessment has unsaved changes: they are not in the draft until you save them.</source>
        <translation>La evaluación tiene cambios sin guardar: no aparecen en el borrador hasta que los guarde.</translation>
    </message>
    <message>
        <source>The authority&apos;s language</source>
        <translation>Idioma de la autoridad</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the draft; the clipboard is cleared after 30 seconds if it still holds it</source>
        <translation>Copiar el borrador; el portapapeles se vacía a los 30 segundos si aún lo contiene</translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation>Guardar como texto…</translation>
    </message>
    <message>
        <source>Signed PDF in Reports…</source>
        <translation>PDF firmado en Informes…</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared after 30 seconds if it still holds the draft.</source>
        <translation>Copiado. El portapapeles se vacía a los 30 segundos si aún contiene el borrador.</translation>
    </message>
    <message>
        <source>Save the notification draft</source>
        <translation>Guardar el borrador de notificación</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Saved to {path}. It is outside the encrypted register: keep it and share it as confidential.</source>
        <translation>Guardado en {path}. Está fuera del registro cifrado: consérvelo y compártalo como confidencial.</translation>
    </message>
</context>
<context>
    <name>OptionDialog</name>
    <message>
        <source>Re-infection probability is a number from 0 to 1 (0.35 = 35 %). Ranges are hours: low ≤ most likely ≤ high.</source>
        <translation>La probabilidad de reinfección es un número de 0 a 1 (0,35 = 35 %). Los intervalos son horas: bajo ≤ más probable ≤ alto.</translation>
    </message>
    <message>
        <source>New response option</source>
        <translation>Nueva opción de respuesta</translation>
    </message>
    <message>
        <source>Edit response option</source>
        <translation>Editar opción de respuesta</translation>
    </message>
</context>
<context>
    <name>OptionInputs</name>
    <message>
        <source>Forensic evidence is preserved</source>
        <translation>Se conservan las evidencias forenses</translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation>Coste único</translation>
    </message>
    <message>
        <source>Cost per incident</source>
        <translation>Coste por incidente</translation>
    </message>
    <message>
        <source>Yearly cost</source>
        <translation>Coste anual</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Tiempo de inactividad</translation>
    </message>
    <message>
        <source>Time to contain</source>
        <translation>Tiempo de contención</translation>
    </message>
    <message>
        <source>Data lost</source>
        <translation>Datos perdidos</translation>
    </message>
    <message>
        <source>Chance of re-infection</source>
        <translation>Probabilidad de reinfección</translation>
    </message>
    <message>
        <source>Downtime after a re-infection</source>
        <translation>Inactividad tras una reinfección</translation>
    </message>
    <message>
        <source>Attacker back after</source>
        <translation>El atacante vuelve tras</translation>
    </message>
    <message>
        <source>Events that still happen</source>
        <translation>Eventos que siguen ocurriendo</translation>
    </message>
    <message>
        <source>Loss kept: {form}</source>
        <translation>Pérdida que se mantiene: {form}</translation>
    </message>
    <message>
        <source>{what}: low ≤ likely ≤ high is needed.</source>
        <translation>{what}: se necesita bajo ≤ probable ≤ alto.</translation>
    </message>
</context>
<context>
    <name>OptionsTab</name>
    <message>
        <source>Response options</source>
        <translation>Opciones de respuesta</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Weigh the options…</source>
        <translation>Sopesar las opciones…</translation>
    </message>
    <message>
        <source>Compare the options in business terms and decide</source>
        <translation>Comparar las opciones en términos de negocio y decidir</translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation>Coste único</translation>
    </message>
    <message>
        <source>Per incident</source>
        <translation>Por incidente</translation>
    </message>
    <message>
        <source>Downtime (h)</source>
        <translation>Tiempo de inactividad (h)</translation>
    </message>
    <message>
        <source>Data lost (h)</source>
        <translation>Datos perdidos (h)</translation>
    </message>
    <message>
        <source>Re-infection</source>
        <translation>Reinfección</translation>
    </message>
    <message>
        <source>Evidence kept</source>
        <translation>Evidencias conservadas</translation>
    </message>
    <message>
        <source>Response options can be added once the incident is saved.</source>
        <translation>Se pueden añadir opciones de respuesta una vez guardado el incidente.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{n} options. Weigh them to see which one the business should take.</source>
        <translation>{n} opciones. Sopésalas para ver cuál debería elegir el negocio.</translation>
    </message>
    <message>
        <source>Add the alternatives (IT-centric and business-centric) to weigh them.</source>
        <translation>Añade las alternativas (centradas en TI y centradas en el negocio) para sopesarlas.</translation>
    </message>
    <message>
        <source>Delete option</source>
        <translation>Eliminar opción</translation>
    </message>
    <message>
        <source>Delete the option “{name}”? This cannot be undone (the audit trail keeps a record).</source>
        <translation>¿Eliminar la opción «{name}»? No se puede deshacer (el registro de auditoría conserva constancia).</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustez:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Repítela:</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Robusta</translation>
    </message>
    <message>
        <source>At least 10 characters, not repetitive; a few unrelated words work well.</source>
        <translation>Al menos 10 caracteres, sin repeticiones; unas cuantas palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>PhaseDialog</name>
    <message>
        <source>Initial notification</source>
        <translation>Notificación inicial</translation>
    </message>
    <message>
        <source>Notification phase</source>
        <translation>Fase de la notificación</translation>
    </message>
    <message>
        <source>Still to follow (Art. 33(4))</source>
        <translation>Se facilitará más adelante (art. 33.4)</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Enviada el</translation>
    </message>
    <message>
        <source>Authority&apos;s reference</source>
        <translation>Referencia de la autoridad</translation>
    </message>
    <message>
        <source>What it added</source>
        <translation>Qué aportó</translation>
    </message>
</context>
<context>
    <name>PhasesBox</name>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Enviada el</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>What it added / still to follow</source>
        <translation>Qué aportó / qué se facilitará más adelante</translation>
    </message>
    <message>
        <source>Add phase…</source>
        <translation>Añadir fase…</translation>
    </message>
    <message>
        <source>The first phase is the initial notification; later ones give what could not be given at once (Art. 33(4)).</source>
        <translation>La primera fase es la notificación inicial; las siguientes aportan lo que no pudo facilitarse de una vez (art. 33.4).</translation>
    </message>
    <message>
        <source>Edit phase…</source>
        <translation>Editar fase…</translation>
    </message>
    <message>
        <source>Remove phase</source>
        <translation>Quitar fase</translation>
    </message>
    <message>
        <source>Initial notification</source>
        <translation>Notificación inicial</translation>
    </message>
    <message>
        <source>Follow-up {n}</source>
        <translation>Ampliación {n}</translation>
    </message>
    <message>
        <source>to follow: {items}</source>
        <translation>se facilitará más adelante: {items}</translation>
    </message>
</context>
<context>
    <name>RangeEditor</name>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>most likely</source>
        <translation>más probable</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>{label}: give the low, most likely and high hours as numbers.</source>
        <translation>{label}: indica en números las horas de los valores bajo, más probable y alto.</translation>
    </message>
</context>
<context>
    <name>RecordsEditor</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation>Añadir una fila (Insert)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Quitar las filas seleccionadas (Supr)</translation>
    </message>
</context>
<context>
    <name>RegisterMenu</name>
    <message>
        <source>Back up to a file…</source>
        <translation>Copia de seguridad en un fichero…</translation>
    </message>
    <message>
        <source>Restore a backup file…</source>
        <translation>Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Verify the register</source>
        <translation>Verificar el registro</translation>
    </message>
    <message>
        <source>Change the register&apos;s key…</source>
        <translation>Cambiar la clave del registro…</translation>
    </message>
    <message>
        <source>People who can unlock it…</source>
        <translation>Personas que pueden desbloquearlo…</translation>
    </message>
    <message>
        <source>An unexpected error occurred; nothing was changed.</source>
        <translation>Se produjo un error inesperado; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Back up the register</source>
        <translation>Copia de seguridad del registro</translation>
    </message>
    <message>
        <source>PrivGuard backups (*.pgbackup)</source>
        <translation>Copias de seguridad de PrivGuard (*.pgbackup)</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Escribiendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Copia de seguridad escrita</translation>
    </message>
    <message>
        <source>The encrypted backup is in {path}. It opens with today&apos;s passphrases and recovery key.</source>
        <translation>La copia de seguridad cifrada está en {path}. Se abre con las frases de paso y la clave de recuperación de hoy.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>PrivGuard backups (*.pgbackup *.zip);;All files (*)</source>
        <translation>Copias de seguridad de PrivGuard (*.pgbackup *.zip);;Todos los ficheros (*)</translation>
    </message>
    <message>
        <source>Where to put the restored register</source>
        <translation>Dónde colocar el registro restaurado</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Register verified</source>
        <translation>Registro verificado</translation>
    </message>
    <message>
        <source>Every page&apos;s integrity check passed and the audit trail&apos;s {n} entries chain intact.</source>
        <translation>Todas las páginas superaron su control de integridad y las {n} entradas del registro de auditoría están encadenadas sin rupturas.</translation>
    </message>
    <message>
        <source>Register NOT verified</source>
        <translation>Registro NO verificado</translation>
    </message>
    <message>
        <source>The check found problems:</source>
        <translation>La comprobación encontró problemas:</translation>
    </message>
    <message>
        <source>Verifying the register…</source>
        <translation>Verificando el registro…</translation>
    </message>
    <message>
        <source>Change the register&apos;s key</source>
        <translation>Cambiar la clave del registro</translation>
    </message>
    <message>
        <source>PrivGuard takes a backup, then re-encrypts the whole register under a new key (about a minute on a large register; do not switch the computer off). Everyone&apos;s passphrase and the recovery key keep working. If something stops it half-way, the register finishes or undoes the change the next time it is opened.

Change the key now?</source>
        <translation>PrivGuard hace una copia de seguridad y vuelve a cifrar todo el registro con una clave nueva (alrededor de un minuto si el registro es grande; no apague el equipo). Las frases de paso de todos y la clave de recuperación siguen funcionando. Si algo lo interrumpe a medias, el registro termina o deshace el cambio la próxima vez que se abra.

¿Cambiar la clave ahora?</translation>
    </message>
    <message>
        <source>The register&apos;s key was changed; a backup was taken first.</source>
        <translation>Se cambió la clave del registro; antes se hizo una copia de seguridad.</translation>
    </message>
    <message>
        <source>These key slots were dropped: {names}.</source>
        <translation>Se descartaron estas ranuras de clave: {names}.</translation>
    </message>
    <message>
        <source>The old recovery key no longer opens the register. Write down the new one now: {key}</source>
        <translation>La clave de recuperación anterior ya no abre el registro. Anote ahora la nueva: {key}</translation>
    </message>
    <message>
        <source>Key changed</source>
        <translation>Clave cambiada</translation>
    </message>
    <message>
        <source>Changing the register&apos;s key…</source>
        <translation>Cambiando la clave del registro…</translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <source>The register&apos;s language</source>
        <extracomment>The kinds made about one incident or decision, picked from a list.</extracomment>
        <translation>El idioma del registro</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>&amp;What changed since:</source>
        <translation>&amp;Cambios desde:</translation>
    </message>
    <message>
        <source>Which one:</source>
        <translation>Cuál:</translation>
    </message>
    <message>
        <source>All risks, or only those containing these words</source>
        <translation>Todos los riesgos, o solo los que contienen estas palabras</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtro:</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The board report says what changed since this date; it starts at the last board meeting set in Settings.</source>
        <translation>El informe para el consejo indica qué ha cambiado desde esta fecha; parte de la última reunión del consejo fijada en Ajustes.</translation>
    </message>
    <message>
        <source>&amp;Sign the report so its origin can be verified</source>
        <translation>&amp;Firmar el informe para que se pueda verificar su origen</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>Vista &amp;previa</translation>
    </message>
    <message>
        <source>See the first pages of the report before saving it: nothing is written or recorded.</source>
        <translation>Vea las primeras páginas del informe antes de guardarlo: no se escribe ni se registra nada.</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xportar PDF…</translation>
    </message>
    <message>
        <source>Stop the report being made (Esc)</source>
        <translation>Detener la preparación del informe (Esc)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Press Preview to see the first pages of the chosen report here before you save it.</source>
        <translation>Pulse Vista previa para ver aquí las primeras páginas del informe elegido antes de guardarlo.</translation>
    </message>
    <message>
        <source>Save the report shown here as a PDF file</source>
        <translation>Guardar como archivo PDF el informe que se muestra aquí</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Verify a report file…</source>
        <translation>&amp;Verificar un archivo de informe…</translation>
    </message>
    <message>
        <source>Check that a report file is intact and was signed by this register</source>
        <translation>Comprobar que un archivo de informe está íntegro y que lo firmó este registro</translation>
    </message>
    <message>
        <source>Signing certificate (SHA-256):</source>
        <translation>Certificado de firma (SHA-256):</translation>
    </message>
    <message>
        <source>The cover of every signed report prints this fingerprint; publish it so readers can compare.</source>
        <translation>La portada de cada informe firmado lleva impresa esta huella; publíquela para que los lectores puedan compararla.</translation>
    </message>
    <message>
        <source>Export &amp;certificate…</source>
        <translation>Exportar &amp;certificado…</translation>
    </message>
    <message>
        <source>Save the certificate that signs this register&apos;s reports, to publish it or give it to whoever checks them</source>
        <translation>Guardar el certificado que firma los informes de este registro, para publicarlo o dárselo a quien los compruebe</translation>
    </message>
    <message>
        <source>Reports exported from this register</source>
        <translation>Informes exportados de este registro</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>None yet: this register has not signed a report, and opened read-only it cannot make its key.</source>
        <translation>Ninguno todavía: este registro no ha firmado ningún informe y, abierto en solo lectura, no puede crear su clave.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Also filtered as in the Risks table: {what}</source>
        <translation>También filtrado como en la tabla de riesgos: {what}</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>Preview ready. Nothing has been written: Export PDF… saves this report.</source>
        <translation>Vista previa lista. No se ha escrito nada: Exportar PDF… guarda este informe.</translation>
    </message>
    <message>
        <source>The options have changed: preview again to see the report as it will be saved.</source>
        <translation>Las opciones han cambiado: pulse de nuevo Vista previa para ver el informe tal como se guardará.</translation>
    </message>
    <message>
        <source>{report}. Pages shown: {shown} of {pages}.</source>
        <translation>{report}. Páginas mostradas: {shown} de {pages}.</translation>
    </message>
    <message>
        <source>The report leaves the register</source>
        <translation>El informe sale del registro</translation>
    </message>
    <message>
        <source>The PDF is written unencrypted, outside the register. Anyone who gets the file can read it: keep it where the register&apos;s contents may be, and delete it when it is no longer needed.</source>
        <translation>El PDF se escribe sin cifrar, fuera del registro. Cualquiera que obtenga el archivo puede leerlo: guárdalo donde podría estar el contenido del registro y elimínalo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <source>Don&apos;t remind me again until I lock the register</source>
        <translation>No volver a recordármelo hasta que bloquee el registro</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source> It is signed by this register.</source>
        <translation> Está firmado por este registro.</translation>
    </message>
    <message>
        <source> The register is open read-only, so this export is not recorded in it.</source>
        <translation> El registro está abierto en solo lectura, así que esta exportación no queda registrada en él.</translation>
    </message>
    <message>
        <source>Saved {path} ({pages} pages). SHA-256 {sha}.{signed}</source>
        <translation>Guardado {path} ({pages} páginas). SHA-256 {sha}.{signed}</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Informe exportado</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Vista previa cancelada.</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Cancelado: no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>The preview could not be made: an unexpected error occurred. Nothing was written.</source>
        <translation>No se pudo preparar la vista previa: se produjo un error inesperado. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>The report could not be made: an unexpected error occurred. No file was written.</source>
        <translation>No se ha podido generar el informe: se ha producido un error inesperado. No se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>Verify a report</source>
        <translation>Verificar un informe</translation>
    </message>
    <message>
        <source>Report verified</source>
        <translation>Informe verificado</translation>
    </message>
    <message>
        <source>Report NOT verified</source>
        <translation>Informe NO verificado</translation>
    </message>
    <message>
        <source>{organisation} report certificate</source>
        <translation>Certificado de informes de {organisation}</translation>
    </message>
    <message>
        <source>Export the signing certificate</source>
        <translation>Exportar el certificado de firma</translation>
    </message>
    <message>
        <source>Certificates (*.pem)</source>
        <translation>Certificados (*.pem)</translation>
    </message>
    <message>
        <source>Certificate saved to {path}. Publish it with its fingerprint {fingerprint}: whoever has it can check that a report was signed by this register.</source>
        <translation>Certificado guardado en {path}. Publíquelo junto con su huella {fingerprint}: quien lo tenga podrá comprobar que un informe lo firmó este registro.</translation>
    </message>
    <message>
        <source>Certificate exported</source>
        <translation>Certificado exportado</translation>
    </message>
</context>
<context>
    <name>RisksArea</name>
    <message>
        <source>Export what you see…</source>
        <translation>Exportar lo que ves…</translation>
    </message>
    <message>
        <source>A PDF risk register of the risks this filter shows</source>
        <translation>Un registro de riesgos en PDF con los riesgos que muestra este filtro</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Nuevo riesgo</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>Inherente</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Residual</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Scores on the matrix</source>
        <translation>Puntuaciones en la matriz</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento del riesgo</translation>
    </message>
    <message>
        <source>Give both likelihood and impact, or neither.</source>
        <translation>Indica tanto la probabilidad como el impacto, o ninguno de los dos.</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>Actividades de tratamiento</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Controles</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>The history of a risk&apos;s scores starts when it is saved.</source>
        <translation>El historial de puntuaciones de un riesgo empieza cuando se guarda.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>{n} score changes, newest first.</source>
        <translation>{n} cambios de puntuación, los más recientes primero.</translation>
    </message>
    <message>
        <source>Filtered: {cell}</source>
        <translation>Filtrado: {cell}</translation>
    </message>
</context>
<context>
    <name>RowTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ServicePane</name>
    <message>
        <source>The cost to the business after each length of outage. Hours must increase from point to point and costs must not fall.</source>
        <translation>El coste para el negocio según la duración de la interrupción. Las horas deben aumentar de un punto a otro y los costes no deben disminuir.</translation>
    </message>
    <message>
        <source>Business services</source>
        <translation>Servicios de negocio</translation>
    </message>
    <message>
        <source>New business service</source>
        <translation>Nuevo servicio de negocio</translation>
    </message>
    <message>
        <source>MTD</source>
        <translation>MTD</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Business service</source>
        <translation>Servicio de negocio</translation>
    </message>
    <message>
        <source>Business impact</source>
        <translation>Impacto en el negocio</translation>
    </message>
    <message>
        <source>Assets it runs on</source>
        <translation>Activos en los que se ejecuta</translation>
    </message>
    <message>
        <source>The RTO cannot be longer than the maximum tolerable downtime ({mtd}).</source>
        <translation>El RTO no puede ser mayor que el tiempo máximo de inactividad tolerable ({mtd}).</translation>
    </message>
</context>
<context>
    <name>SettingsArea</name>
    <message>
        <source>Organisation</source>
        <extracomment>The controller block of the record of processing (Art. 30(1)(a)) and the longest text each field takes (as the register&apos;s settings check them). The board meeting date shown as &quot;Not set&quot;.</extracomment>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <source>Register&apos;s language:</source>
        <translation>Idioma del registro:</translation>
    </message>
    <message>
        <source>The language reports are made in unless you choose another when exporting. Choosing it here also switches this window at once; each person&apos;s window otherwise follows their own computer.</source>
        <translation>El idioma en que se elaboran los informes, salvo que elija otro al exportar. Elegirlo aquí también cambia esta ventana al instante; la ventana de cada persona sigue, si no, la de su propio equipo.</translation>
    </message>
    <message>
        <source>Deadlines and safety</source>
        <translation>Plazos y seguridad</translation>
    </message>
    <message>
        <source>Breach notification deadline:</source>
        <translation>Plazo de notificación de la brecha:</translation>
    </message>
    <message>
        <source>Lock after inactivity:</source>
        <translation>Bloquear tras inactividad:</translation>
    </message>
    <message>
        <source>Last board meeting:</source>
        <translation>Última reunión del consejo:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin fijar</translation>
    </message>
    <message>
        <source>The board report says what changed since this date (90 days when it is not set).</source>
        <translation>El informe para el consejo indica qué ha cambiado desde esta fecha (90 días si no está fijada).</translation>
    </message>
    <message>
        <source>Controller (record of processing, Art. 30)</source>
        <translation>Responsable (registro de actividades, art. 30)</translation>
    </message>
    <message>
        <source>Printed first in the record of processing activities: how the supervisory authority reaches the organisation, its data protection officer and its representative in the EU. Leave a field empty while it is not known: the record says &quot;Not recorded&quot;.</source>
        <translation>Se imprime al principio del registro de actividades de tratamiento: cómo contacta la autoridad de control con la organización, con su delegado de protección de datos y con su representante en la UE. Deje vacío un campo mientras no lo sepa: el registro dirá «No consta».</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Telephone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Data protection officer:</source>
        <translation>Delegado de protección de datos:</translation>
    </message>
    <message>
        <source>DPO&apos;s contact details:</source>
        <translation>Contacto del delegado:</translation>
    </message>
    <message>
        <source>Representative in the EU (Art. 27):</source>
        <translation>Representante en la UE (art. 27):</translation>
    </message>
    <message>
        <source>None, or not applicable when the organisation is established in the EU</source>
        <translation>Ninguno, o no aplica si la organización está establecida en la UE</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>GDPR Art. 33: 72 hours after becoming aware; some laws use other deadlines.</source>
        <translation>Art. 33 del RGPD: 72 horas desde que se tiene conocimiento; algunas leyes fijan otros plazos.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation>Matriz de riesgos</translation>
    </message>
    <message>
        <source>A cell&apos;s score is likelihood × impact. Levels start at the score shown; the appetite is the highest score accepted without treatment.</source>
        <translation>La puntuación de una celda es probabilidad × impacto. Los niveles empiezan en la puntuación indicada; el apetito es la puntuación más alta que se acepta sin tratamiento.</translation>
    </message>
    <message>
        <source>Likelihood steps</source>
        <translation>Grados de probabilidad</translation>
    </message>
    <message>
        <source>Impact steps</source>
        <translation>Grados de impacto</translation>
    </message>
    <message>
        <source>Levels start at score</source>
        <translation>Los niveles empiezan en la puntuación</translation>
    </message>
    <message>
        <source>Risk appetite:</source>
        <translation>Apetito de riesgo:</translation>
    </message>
    <message>
        <source>Key slots</source>
        <translation>Ranuras de clave</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Deshacer cambios</translation>
    </message>
    <message>
        <source>Give the organisation&apos;s name; it heads every report.</source>
        <translation>Indica el nombre de la organización; encabeza todos los informes.</translation>
    </message>
    <message>
        <source>A three-letter currency code, such as EUR.</source>
        <translation>Un código de moneda de tres letras, como EUR.</translation>
    </message>
    <message>
        <source>An e-mail address such as privacy@example.org.</source>
        <translation>Una dirección de correo electrónico como privacidad@ejemplo.org.</translation>
    </message>
    <message>
        <source>Every step needs a name.</source>
        <translation>Cada grado necesita un nombre.</translation>
    </message>
    <message>
        <source>Risks scoring more than {appetite} (of {max_score}) need treatment or an explicit acceptance.</source>
        <translation>Los riesgos con una puntuación superior a {appetite} (de {max_score}) necesitan tratamiento o una aceptación explícita.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>No se ha guardado: corrige los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Ajustes guardados.</translation>
    </message>
    <message>
        <source>The translation for {language} is not installed.</source>
        <translation>La traducción a {language} no está instalada.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Your organisation&apos;s personal data, risks and incidents, in one encrypted register.</source>
        <translation>Los datos personales, riesgos e incidentes de tu organización, en un único registro cifrado.</translation>
    </message>
    <message>
        <source>New register…</source>
        <translation>Nuevo registro…</translation>
    </message>
    <message>
        <source>Open register…</source>
        <translation>Abrir registro…</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Probar la demostración</translation>
    </message>
    <message>
        <source>Recent registers</source>
        <translation>Registros recientes</translation>
    </message>
    <message>
        <source>None yet: create a register or try the demo.</source>
        <translation>Aún no hay ninguno: crea un registro o prueba la demostración.</translation>
    </message>
    <message>
        <source>Open a register (a folder ending in .privguard)</source>
        <translation>Abrir un registro (una carpeta que termina en .privguard)</translation>
    </message>
    <message>
        <source>{path} is not a PrivGuard register: it holds no keys.json.</source>
        <translation>{path} no es un registro de PrivGuard: no contiene keys.json.</translation>
    </message>
</context>
<context>
    <name>TablePane</name>
    <message>
        <source>Filter…</source>
        <translation>Filtrar…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Quitar este filtro</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copiar filas</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} de {total}</translation>
    </message>
    <message>
        <source>Copied; the clipboard is cleared in 30 seconds.</source>
        <translation>Copiado; el portapapeles se vaciará en 30 segundos.</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>64 hexadecimal characters, or hash a file</source>
        <translation>64 caracteres hexadecimales, o calcula el hash de un archivo</translation>
    </message>
    <message>
        <source>Hash a file…</source>
        <translation>Calcular el hash de un archivo…</translation>
    </message>
    <message>
        <source>Compute the file&apos;s SHA-256; the file itself is not stored</source>
        <translation>Calcular el SHA-256 del archivo; el archivo en sí no se almacena</translation>
    </message>
    <message>
        <source>Evidence file to hash</source>
        <translation>Archivo de evidencia para calcular el hash</translation>
    </message>
    <message>
        <source>Hashing…</source>
        <translation>Calculando el hash…</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>No se ha podido leer el archivo.</translation>
    </message>
    <message>
        <source>Add a timeline entry</source>
        <translation>Añadir una entrada a la cronología</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Add entry…</source>
        <translation>Añadir entrada…</translation>
    </message>
    <message>
        <source>Record what happened, when and who did it</source>
        <translation>Registrar qué ocurrió, cuándo y quién lo hizo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Evidence SHA-256</source>
        <translation>SHA-256 de la evidencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>The timeline starts once the incident is saved.</source>
        <translation>La cronología empieza cuando se guarda el incidente.</translation>
    </message>
    <message>
        <source>{n} entries, oldest first.</source>
        <translation>{n} entradas, las más antiguas primero.</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Aún no hay entradas.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Other register…</source>
        <translation>Otro registro…</translation>
    </message>
    <message>
        <source>I am:</source>
        <translation>Soy:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Unlock {name}</source>
        <translation>Desbloquear {name}</translation>
    </message>
    <message>
        <source>I have the recovery key</source>
        <translation>Tengo la clave de recuperación</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Clave de recuperación:</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Escribe primero tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Wrong passphrase (or the register is damaged). Nothing was changed; try again.</source>
        <translation>Frase de contraseña incorrecta (o el registro está dañado). No se ha cambiado nada; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>This register is open in another PrivGuard window or program. Close it there first.</source>
        <translation>Este registro está abierto en otra ventana de PrivGuard o en otro programa. Ciérralo allí primero.</translation>
    </message>
    <message>
        <source>The register could not be opened: an unexpected error occurred. Nothing was changed.</source>
        <translation>No se ha podido abrir el registro: se ha producido un error inesperado. No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>_OrganisationPage</name>
    <message>
        <source>Your organisation</source>
        <translation>Tu organización</translation>
    </message>
    <message>
        <source>The register is one encrypted folder on this computer.</source>
        <translation>El registro es una carpeta cifrada en este ordenador.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>Save in folder:</source>
        <translation>Guardar en la carpeta:</translation>
    </message>
    <message>
        <source>Where to keep the register</source>
        <translation>Dónde guardar el registro</translation>
    </message>
    <message>
        <source>The register will be created at {path}</source>
        <translation>El registro se creará en {path}</translation>
    </message>
</context>
<context>
    <name>_PassphrasePage</name>
    <message>
        <source>Your passphrase</source>
        <translation>Tu frase de contraseña</translation>
    </message>
    <message>
        <source>It unlocks the register. Nobody, not even PrivGuard, can recover it for you; only the recovery key shown next can.</source>
        <translation>Desbloquea el registro. Nadie, ni siquiera PrivGuard, puede recuperarla por ti; solo la clave de recuperación que se muestra a continuación.</translation>
    </message>
</context>
<context>
    <name>_PersonPage</name>
    <message>
        <source>Who you are</source>
        <translation>Quién eres</translation>
    </message>
    <message>
        <source>Your name is recorded with every change you make.</source>
        <translation>Tu nombre se registra con cada cambio que hagas.</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Tu nombre:</translation>
    </message>
    <message>
        <source>Your role:</source>
        <translation>Tu función:</translation>
    </message>
</context>
<context>
    <name>_Range</name>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>probable</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
</context>
<context>
    <name>_RecoveryPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this key is the only way in. It is shown once: save or print it and keep it somewhere safe, away from this computer.</source>
        <translation>Si olvidas tu frase de contraseña, esta clave es la única forma de entrar. Solo se muestra una vez: guárdala o imprímela y consérvala en un lugar seguro, lejos de este ordenador.</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>Guardar en un archivo…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>I have stored the recovery key somewhere safe</source>
        <translation>He guardado la clave de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <source>PrivGuard recovery key

Register: {register}
Organisation: {org}

{key}

Keep this sheet away from the computer that holds the register.</source>
        <translation>Clave de recuperación de PrivGuard

Registro: {register}
Organización: {org}

{key}

Guarda esta hoja lejos del ordenador que contiene el registro.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Guardar la clave de recuperación</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>Assets &amp; services</source>
        <translation>Activos y servicios</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Board report</source>
        <translation>Informe para el consejo</translation>
    </message>
    <message>
        <source>For the executive committee: where risk stands against appetite, what changed, the decisions asked for, incidents and breaches with their deadlines.</source>
        <translation>Para el comité de dirección: situación del riesgo frente al apetito, qué ha cambiado, las decisiones que se solicitan y los incidentes y brechas con sus plazos.</translation>
    </message>
    <message>
        <source>Record of processing (Art. 30)</source>
        <translation>Registro de actividades de tratamiento (Art. 30)</translation>
    </message>
    <message>
        <source>Every Art. 30 field of every processing activity, as controller and as processor: the version to give an auditor or the supervisory authority.</source>
        <translation>Todos los campos del Art. 30 de cada actividad de tratamiento, como responsable y como encargado del tratamiento: la versión que se entrega a un auditor o a la autoridad de control.</translation>
    </message>
    <message>
        <source>Breach log (Art. 33(5))</source>
        <translation>Registro de brechas (art. 33.5)</translation>
    </message>
    <message>
        <source>Every personal-data breach, notified or not: the facts, effects and remedial action, the notification decision and its reasons, the dates and whether each deadline was met.</source>
        <translation>Todas las brechas de datos personales, notificadas o no: los hechos, los efectos y las medidas correctivas, la decisión de notificar y sus motivos, las fechas y si se cumplió cada plazo.</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Registro de riesgos</translation>
    </message>
    <message>
        <source>All risks (or those matching a filter) with their scores at the three stages, treatments, controls, owners and review dates.</source>
        <translation>Todos los riesgos (o los que cumplen un filtro) con sus puntuaciones en las tres fases, tratamientos, controles, responsables y fechas de revisión.</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>Informe de incidente</translation>
    </message>
    <message>
        <source>One incident: timeline, what it affected, the breach assessment with the Art. 33(3) facts, the options considered and the decision.</source>
        <translation>Un incidente: cronología, a qué afectó, la evaluación de la brecha con los datos del Art. 33(3), las opciones consideradas y la decisión.</translation>
    </message>
    <message>
        <source>Decision record</source>
        <translation>Acta de la decisión</translation>
    </message>
    <message>
        <source>One decision: the options compared, the figures frozen when it was taken, the rationale, who decided and when.</source>
        <translation>Una decisión: las opciones comparadas, las cifras congeladas en el momento de tomarla, la justificación, quién decidió y cuándo.</translation>
    </message>
    <message>
        <source>Breach notification draft</source>
        <translation>Borrador de notificación de brecha</translation>
    </message>
    <message>
        <source>One personal-data breach: what Art. 33(3) asks the notification to the supervisory authority to say, in the authority&apos;s language, with what is still missing.</source>
        <translation>Una brecha de datos personales: lo que el art. 33.3 exige que diga la notificación a la autoridad de control, en el idioma de la autoridad, con lo que aún falta.</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Página {number}</translation>
    </message>
</context>
</TS>
