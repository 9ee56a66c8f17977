<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name />
    <message>
        <source>Something went wrong that PrivGuard did not expect; please report it.</source>
        <translation>Se ha producido un error que PrivGuard no esperaba; por favor, notifícalo.</translation>
    </message>
    <message>
        <source>No risk to people: no notification</source>
        <translation>Sin riesgo para las personas: sin notificación</translation>
    </message>
    <message>
        <source>A risk: notify the authority (Art. 33)</source>
        <translation>Riesgo: notificar a la autoridad (Art. 33)</translation>
    </message>
    <message>
        <source>A high risk: notify the authority and tell the people (Art. 34)</source>
        <translation>Alto riesgo: notificar a la autoridad e informar a las personas afectadas (Art. 34)</translation>
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
        <source>Add a person's key slot</source>
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
        <source>There is already a key slot called '{name}'.</source>
        <translation>Ya existe una ranura de clave llamada «{name}».</translation>
    </message>
</context>
<context>
    <name>AnalysisView</name>
    <message>
        <source>Choose a risk or an incident with response options.</source>
        <translation>Elige un riesgo o un incidente con opciones de respuesta.</translation>
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
        <source>What moves the result most ({metric}):</source>
        <translation>Lo que más influye en el resultado ({metric}):</translation>
    </message>
    <message>
        <source>• {input}: {low} … {high}{flip}</source>
        <translation>• {input}: {low} … {high}{flip}</translation>
    </message>
    <message>
        <source> (can change the recommendation)</source>
        <translation> (puede cambiar la recomendación)</translation>
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
        <source>Notifications</source>
        <translation>Notificaciones</translation>
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
        <source>Choose the risk to people and the awareness time to see the deadlines.</source>
        <translation>Elige el riesgo para las personas y el momento del conocimiento para ver los plazos.</translation>
    </message>
    <message>
        <source>Notify the authority by {due}</source>
        <translation>Notifica a la autoridad antes del {due}</translation>
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
        <source>The new passphrase unlocks the register as {who}. Other people's passphrases and the recovery key do not change.</source>
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
        <source>What if? Edit an option's inputs</source>
        <translation>¿Y si…? Edita los datos de una opción</translation>
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
        <source>When</source>
        <translation>Cuándo</translation>
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
        <translation>Sin definir</translation>
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
        <source>The key slot of {name} was removed.</source>
        <translation>Se ha quitado la ranura de clave de {name}.</translation>
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
    <message>
        <source>Remove your own key slot? You stay unlocked now, but you will not be able to unlock the register again with your passphrase.</source>
        <translation>¿Quitar tu propia ranura de clave? Ahora sigues con el registro desbloqueado, pero no podrás volver a desbloquearlo con tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Remove the key slot of {name}? They will no longer be able to unlock the register.</source>
        <translation>¿Quitar la ranura de clave de {name}? Ya no podrá desbloquear el registro.</translation>
    </message>
    <message>
        <source>Remove the recovery key? If every passphrase is forgotten, the register can then no longer be opened.</source>
        <translation>¿Quitar la clave de recuperación? Si se olvidan todas las frases de contraseña, ya no se podrá abrir el registro.</translation>
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
        <source>{n} linked: {names}</source>
        <translation>{n} vinculados: {names}</translation>
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
    <name>ReportsArea</name>
    <message>
        <source>The register's language</source>
        <translation>El idioma del registro</translation>
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
        <source>Sign the report so its origin can be verified</source>
        <translation>Firmar el informe para que se pueda verificar su origen</translation>
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
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Verify a report file…</source>
        <translation>Verificar un archivo de informe…</translation>
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
        <source>The report leaves the register</source>
        <translation>El informe sale del registro</translation>
    </message>
    <message>
        <source>The PDF is written unencrypted, outside the register. Anyone who gets the file can read it: keep it where the register's contents may be, and delete it when it is no longer needed.</source>
        <translation>El PDF se escribe sin cifrar, fuera del registro. Cualquiera que obtenga el archivo puede leerlo: guárdalo donde podría estar el contenido del registro y elimínalo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <source>Don't remind me again until I lock the register</source>
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
        <source>Saved {path} ({pages} pages). SHA-256 {sha}.{signed}</source>
        <translation>Guardado {path} ({pages} páginas). SHA-256 {sha}.{signed}</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Informe exportado</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Cancelado: no se ha escrito ningún archivo.</translation>
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
        <source>The history of a risk's scores starts when it is saved.</source>
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
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>The language changes at once, for everyone who opens this register.</source>
        <translation>El idioma cambia al instante para todas las personas que abren este registro.</translation>
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
        <source>A cell's score is likelihood × impact. Levels start at the score shown; the appetite is the highest score accepted without treatment.</source>
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
        <source>Give the organisation's name; it heads every report.</source>
        <translation>Indica el nombre de la organización; encabeza todos los informes.</translation>
    </message>
    <message>
        <source>A three-letter currency code, such as EUR.</source>
        <translation>Un código de moneda de tres letras, como EUR.</translation>
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
        <source>Your organisation's personal data, risks and incidents, in one encrypted register.</source>
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
        <source>{total} rows</source>
        <translation>{total} filas</translation>
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
        <source>Compute the file's SHA-256; the file itself is not stored</source>
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
    <name>TimelineKinds</name>
    <message>
        <source>Detection</source>
        <translation>Detección</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Containment</source>
        <translation>Contención</translation>
    </message>
    <message>
        <source>Eradication</source>
        <translation>Erradicación</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Cambio de estado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
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
    <name>catalogue</name>
    <message>
        <source>API abuse and data scraping</source>
        <translation>Abuso de API y extracción masiva de datos (scraping)</translation>
    </message>
    <message>
        <source>Accidental disclosure to the wrong recipient</source>
        <translation>Comunicación accidental a un destinatario equivocado</translation>
    </message>
    <message>
        <source>Ad hoc contractual clauses</source>
        <translation>Cláusulas contractuales ad hoc</translation>
    </message>
    <message>
        <source>Adequacy decision</source>
        <translation>Decisión de adecuación</translation>
    </message>
    <message>
        <source>App and platform users</source>
        <translation>Usuarios de aplicaciones y plataformas</translation>
    </message>
    <message>
        <source>Application allow-listing</source>
        <translation>Listas blancas de aplicaciones</translation>
    </message>
    <message>
        <source>Approved AI tools and usage rules</source>
        <translation>Herramientas de IA aprobadas y normas de uso</translation>
    </message>
    <message>
        <source>Approved certification mechanism</source>
        <translation>Mecanismo de certificación aprobado</translation>
    </message>
    <message>
        <source>Approved code of conduct</source>
        <translation>Código de conducta aprobado</translation>
    </message>
    <message>
        <source>Archiving, research and statistics</source>
        <translation>Archivo, investigación y estadística</translation>
    </message>
    <message>
        <source>Asylum seekers and refugees</source>
        <translation>Solicitantes de asilo y refugiados</translation>
    </message>
    <message>
        <source>Behaviour, usage and preferences</source>
        <translation>Comportamiento, uso y preferencias</translation>
    </message>
    <message>
        <source>Binding corporate rules</source>
        <translation>Normas corporativas vinculantes</translation>
    </message>
    <message>
        <source>Biometric data used to identify a person</source>
        <translation>Datos biométricos usados para identificar a una persona</translation>
    </message>
    <message>
        <source>Board members and officers</source>
        <translation>Consejeros y directivos</translation>
    </message>
    <message>
        <source>Breach at a vendor or processor</source>
        <translation>Brecha en un proveedor o encargado del tratamiento</translation>
    </message>
    <message>
        <source>Breach notification procedure</source>
        <translation>Procedimiento de notificación de brechas</translation>
    </message>
    <message>
        <source>Business continuity plan and exercises</source>
        <translation>Plan de continuidad de negocio y simulacros</translation>
    </message>
    <message>
        <source>Business e-mail compromise</source>
        <translation>Compromiso del correo electrónico corporativo (BEC)</translation>
    </message>
    <message>
        <source>Call-back check for payment changes</source>
        <translation>Verificación por devolución de llamada de los cambios de pago</translation>
    </message>
    <message>
        <source>Central logging and SIEM</source>
        <translation>Registro centralizado y SIEM</translation>
    </message>
    <message>
        <source>Change management</source>
        <translation>Gestión de cambios</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Menores</translation>
    </message>
    <message>
        <source>Children's data</source>
        <translation>Datos de menores</translation>
    </message>
    <message>
        <source>Clean desk and clear screen</source>
        <translation>Mesa limpia y pantalla limpia</translation>
    </message>
    <message>
        <source>Cloud exit and data portability plan</source>
        <translation>Plan de salida de la nube y portabilidad de datos</translation>
    </message>
    <message>
        <source>Cloud or SaaS provider outage</source>
        <translation>Caída de un proveedor de nube o SaaS</translation>
    </message>
    <message>
        <source>Cloud security posture management</source>
        <translation>Gestión de la postura de seguridad en la nube (CSPM)</translation>
    </message>
    <message>
        <source>Confidentiality undertakings and disciplinary process</source>
        <translation>Compromisos de confidencialidad y régimen disciplinario</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Consent management</source>
        <translation>Gestión del consentimiento</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>Content of communications</source>
        <translation>Contenido de las comunicaciones</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Contractors and temporary staff</source>
        <translation>Contratistas y personal temporal</translation>
    </message>
    <message>
        <source>Cooling failure and overheating</source>
        <translation>Fallo de refrigeración y sobrecalentamiento</translation>
    </message>
    <message>
        <source>Credential stuffing</source>
        <translation>Relleno de credenciales (credential stuffing)</translation>
    </message>
    <message>
        <source>Credit scores and solvency</source>
        <translation>Calificación crediticia y solvencia</translation>
    </message>
    <message>
        <source>Criminal convictions and offences</source>
        <translation>Condenas e infracciones penales</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Cyber insurance</source>
        <translation>Ciberseguro</translation>
    </message>
    <message>
        <source>DDoS protection service</source>
        <translation>Servicio de protección frente a DDoS</translation>
    </message>
    <message>
        <source>DNS and web filtering</source>
        <translation>Filtrado de DNS y web</translation>
    </message>
    <message>
        <source>DPIA process</source>
        <translation>Proceso de EIPD</translation>
    </message>
    <message>
        <source>Data classification and labelling</source>
        <translation>Clasificación y etiquetado de la información</translation>
    </message>
    <message>
        <source>Data kept longer than necessary</source>
        <translation>Datos conservados más tiempo del necesario</translation>
    </message>
    <message>
        <source>Data loss prevention</source>
        <translation>Prevención de pérdida de datos (DLP)</translation>
    </message>
    <message>
        <source>Data minimisation</source>
        <translation>Minimización de datos</translation>
    </message>
    <message>
        <source>Data processing agreements</source>
        <translation>Contratos de encargo del tratamiento</translation>
    </message>
    <message>
        <source>Data-protection training</source>
        <translation>Formación en protección de datos</translation>
    </message>
    <message>
        <source>Data-subject request procedure</source>
        <translation>Procedimiento de atención de derechos de los interesados</translation>
    </message>
    <message>
        <source>Derogation for a specific situation</source>
        <translation>Excepción para situaciones específicas</translation>
    </message>
    <message>
        <source>Distributed denial of service</source>
        <translation>Denegación de servicio distribuida</translation>
    </message>
    <message>
        <source>E-mail filtering</source>
        <translation>Filtrado del correo electrónico</translation>
    </message>
    <message>
        <source>Easy incident reporting</source>
        <translation>Notificación de incidentes sencilla</translation>
    </message>
    <message>
        <source>Education and training</source>
        <translation>Educación y formación</translation>
    </message>
    <message>
        <source>Elderly people</source>
        <translation>Personas mayores</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Employees' family members</source>
        <translation>Familiares de los empleados</translation>
    </message>
    <message>
        <source>Employment and social security law</source>
        <translation>Derecho laboral y de la seguridad social</translation>
    </message>
    <message>
        <source>Employment data</source>
        <translation>Datos laborales</translation>
    </message>
    <message>
        <source>Encryption at rest</source>
        <translation>Cifrado en reposo</translation>
    </message>
    <message>
        <source>Encryption in transit</source>
        <translation>Cifrado en tránsito</translation>
    </message>
    <message>
        <source>Endpoint detection and response</source>
        <translation>Detección y respuesta en endpoints (EDR)</translation>
    </message>
    <message>
        <source>Excessive access rights</source>
        <translation>Derechos de acceso excesivos</translation>
    </message>
    <message>
        <source>Explicit consent</source>
        <translation>Consentimiento explícito</translation>
    </message>
    <message>
        <source>Exploitation of an unpatched vulnerability</source>
        <translation>Explotación de una vulnerabilidad sin parchear</translation>
    </message>
    <message>
        <source>Failure to honour data-subject rights</source>
        <translation>Incumplimiento de los derechos de los interesados</translation>
    </message>
    <message>
        <source>Family and household</source>
        <translation>Familia y hogar</translation>
    </message>
    <message>
        <source>Financial and bank data</source>
        <translation>Datos financieros y bancarios</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Incendio</translation>
    </message>
    <message>
        <source>Fire detection and suppression</source>
        <translation>Detección y extinción de incendios</translation>
    </message>
    <message>
        <source>Flood and water damage</source>
        <translation>Inundación y daños por agua</translation>
    </message>
    <message>
        <source>Former employees</source>
        <translation>Antiguos empleados</translation>
    </message>
    <message>
        <source>Full-disk encryption</source>
        <translation>Cifrado de disco completo</translation>
    </message>
    <message>
        <source>Genetic data</source>
        <translation>Datos genéticos</translation>
    </message>
    <message>
        <source>Hardware failure</source>
        <translation>Fallo de hardware</translation>
    </message>
    <message>
        <source>Health and social care</source>
        <translation>Salud y asistencia social</translation>
    </message>
    <message>
        <source>Health data</source>
        <translation>Datos de salud</translation>
    </message>
    <message>
        <source>High-availability systems</source>
        <translation>Sistemas de alta disponibilidad</translation>
    </message>
    <message>
        <source>IT asset inventory</source>
        <translation>Inventario de activos de TI</translation>
    </message>
    <message>
        <source>Identification data</source>
        <translation>Datos identificativos</translation>
    </message>
    <message>
        <source>Incident response plan and retainer</source>
        <translation>Plan de respuesta a incidentes y servicio de respuesta contratado</translation>
    </message>
    <message>
        <source>Information security policies</source>
        <translation>Políticas de seguridad de la información</translation>
    </message>
    <message>
        <source>Insecure disposal of media and paper</source>
        <translation>Eliminación insegura de soportes y papel</translation>
    </message>
    <message>
        <source>Insider misuse of data</source>
        <translation>Uso indebido de datos por personal interno</translation>
    </message>
    <message>
        <source>Insider sabotage</source>
        <translation>Sabotaje interno</translation>
    </message>
    <message>
        <source>Interception of data in transit</source>
        <translation>Interceptación de datos en tránsito</translation>
    </message>
    <message>
        <source>Job applicants</source>
        <translation>Candidatos a un empleo</translation>
    </message>
    <message>
        <source>Joiner-mover-leaver process</source>
        <translation>Proceso de altas, cambios y bajas de personal</translation>
    </message>
    <message>
        <source>Key and certificate management</source>
        <translation>Gestión de claves y certificados</translation>
    </message>
    <message>
        <source>Legal basis and legitimate-interest assessments</source>
        <translation>Bases jurídicas y evaluaciones de interés legítimo</translation>
    </message>
    <message>
        <source>Legal claims and courts</source>
        <translation>Reclamaciones judiciales y tribunales</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obligación legal</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Intereses legítimos</translation>
    </message>
    <message>
        <source>Location data</source>
        <translation>Datos de localización</translation>
    </message>
    <message>
        <source>Locked storage and file register for paper</source>
        <translation>Almacenamiento bajo llave y registro de archivos en papel</translation>
    </message>
    <message>
        <source>Log-in credentials</source>
        <translation>Credenciales de acceso</translation>
    </message>
    <message>
        <source>Loss of a laptop, phone or storage medium</source>
        <translation>Pérdida de un portátil, teléfono o soporte de almacenamiento</translation>
    </message>
    <message>
        <source>Loss of encryption keys</source>
        <translation>Pérdida de claves de cifrado</translation>
    </message>
    <message>
        <source>Loss of paper files</source>
        <translation>Pérdida de archivos en papel</translation>
    </message>
    <message>
        <source>Made manifestly public</source>
        <translation>Hechos manifiestamente públicos por el interesado</translation>
    </message>
    <message>
        <source>Malware infection</source>
        <translation>Infección por malware</translation>
    </message>
    <message>
        <source>Managed detection and response (24/7)</source>
        <translation>Detección y respuesta gestionadas (24/7)</translation>
    </message>
    <message>
        <source>Misconfiguration exposing data</source>
        <translation>Configuración errónea que expone datos</translation>
    </message>
    <message>
        <source>Mobile device management</source>
        <translation>Gestión de dispositivos móviles (MDM)</translation>
    </message>
    <message>
        <source>Monitoring of access to personal data</source>
        <translation>Supervisión del acceso a datos personales</translation>
    </message>
    <message>
        <source>Multi-factor authentication</source>
        <translation>Autenticación multifactor</translation>
    </message>
    <message>
        <source>National identification numbers</source>
        <translation>Números de identificación nacional</translation>
    </message>
    <message>
        <source>Network segmentation</source>
        <translation>Segmentación de red</translation>
    </message>
    <message>
        <source>No production data in test</source>
        <translation>Sin datos de producción en pruebas</translation>
    </message>
    <message>
        <source>No safeguard</source>
        <translation>Sin garantía</translation>
    </message>
    <message>
        <source>Not-for-profit bodies</source>
        <translation>Entidades sin ánimo de lucro</translation>
    </message>
    <message>
        <source>Off-site disaster recovery</source>
        <translation>Recuperación ante desastres en un emplazamiento externo</translation>
    </message>
    <message>
        <source>Offline or immutable backups</source>
        <translation>Copias de seguridad offline o inmutables</translation>
    </message>
    <message>
        <source>Ongoing vendor monitoring</source>
        <translation>Supervisión continua de proveedores</translation>
    </message>
    <message>
        <source>Online identifiers</source>
        <translation>Identificadores en línea</translation>
    </message>
    <message>
        <source>Operator error and accidental deletion</source>
        <translation>Error de operación y borrado accidental</translation>
    </message>
    <message>
        <source>Pandemic or mass staff unavailability</source>
        <translation>Pandemia o indisponibilidad masiva de personal</translation>
    </message>
    <message>
        <source>Password guessing and brute force</source>
        <translation>Adivinación de contraseñas y fuerza bruta</translation>
    </message>
    <message>
        <source>Password manager and password policy</source>
        <translation>Gestor de contraseñas y política de contraseñas</translation>
    </message>
    <message>
        <source>Patch management</source>
        <translation>Gestión de parches</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Payment card data</source>
        <translation>Datos de tarjetas de pago</translation>
    </message>
    <message>
        <source>Penetration testing</source>
        <translation>Pruebas de penetración</translation>
    </message>
    <message>
        <source>Perimeter firewalls</source>
        <translation>Cortafuegos perimetrales</translation>
    </message>
    <message>
        <source>Periodic access reviews</source>
        <translation>Revisiones periódicas de accesos</translation>
    </message>
    <message>
        <source>Personal data pasted into public AI tools</source>
        <translation>Datos personales pegados en herramientas públicas de IA</translation>
    </message>
    <message>
        <source>Phishing</source>
        <translation>Phishing</translation>
    </message>
    <message>
        <source>Phishing simulation</source>
        <translation>Simulacros de phishing</translation>
    </message>
    <message>
        <source>Photos, video and CCTV footage</source>
        <translation>Fotos, vídeo e imágenes de videovigilancia</translation>
    </message>
    <message>
        <source>Physical access control and CCTV</source>
        <translation>Control de acceso físico y videovigilancia</translation>
    </message>
    <message>
        <source>Physical break-in</source>
        <translation>Intrusión física</translation>
    </message>
    <message>
        <source>Political opinions</source>
        <translation>Opiniones políticas</translation>
    </message>
    <message>
        <source>Power outage</source>
        <translation>Corte de suministro eléctrico</translation>
    </message>
    <message>
        <source>Pre-employment screening</source>
        <translation>Verificación de antecedentes previa a la contratación</translation>
    </message>
    <message>
        <source>Privacy by design in projects</source>
        <translation>Privacidad desde el diseño en los proyectos</translation>
    </message>
    <message>
        <source>Privacy notices</source>
        <translation>Cláusulas informativas de privacidad</translation>
    </message>
    <message>
        <source>Privacy screen filters</source>
        <translation>Filtros de privacidad para pantallas</translation>
    </message>
    <message>
        <source>Privileged access management</source>
        <translation>Gestión de accesos privilegiados</translation>
    </message>
    <message>
        <source>Processing without a valid legal basis</source>
        <translation>Tratamiento sin una base jurídica válida</translation>
    </message>
    <message>
        <source>Prospects and leads</source>
        <translation>Clientes potenciales y contactos comerciales</translation>
    </message>
    <message>
        <source>Pseudonymisation</source>
        <translation>Seudonimización</translation>
    </message>
    <message>
        <source>Public health</source>
        <translation>Salud pública</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Misión de interés público</translation>
    </message>
    <message>
        <source>Purchase and transaction history</source>
        <translation>Historial de compras y transacciones</translation>
    </message>
    <message>
        <source>Racial or ethnic origin</source>
        <translation>Origen étnico o racial</translation>
    </message>
    <message>
        <source>Ransomware</source>
        <translation>Ransomware</translation>
    </message>
    <message>
        <source>Rate limiting and bot management</source>
        <translation>Limitación de peticiones y gestión de bots</translation>
    </message>
    <message>
        <source>Recipient checks and secure e-mail</source>
        <translation>Comprobación de destinatarios y correo electrónico seguro</translation>
    </message>
    <message>
        <source>Records of processing maintained</source>
        <translation>Se mantiene el registro de actividades de tratamiento</translation>
    </message>
    <message>
        <source>Redundant cooling and environmental monitoring</source>
        <translation>Refrigeración redundante y control ambiental</translation>
    </message>
    <message>
        <source>Redundant network links</source>
        <translation>Enlaces de red redundantes</translation>
    </message>
    <message>
        <source>Regular restore tests</source>
        <translation>Pruebas periódicas de restauración</translation>
    </message>
    <message>
        <source>Religious or philosophical beliefs</source>
        <translation>Creencias religiosas o filosóficas</translation>
    </message>
    <message>
        <source>Removable media control</source>
        <translation>Control de soportes extraíbles</translation>
    </message>
    <message>
        <source>Retention schedule and deletion</source>
        <translation>Calendario de conservación y supresión</translation>
    </message>
    <message>
        <source>Role-based access and least privilege</source>
        <translation>Acceso basado en roles y mínimo privilegio</translation>
    </message>
    <message>
        <source>SPF, DKIM and DMARC enforcement</source>
        <translation>Aplicación de SPF, DKIM y DMARC</translation>
    </message>
    <message>
        <source>Secure configuration baselines</source>
        <translation>Configuraciones de seguridad de referencia</translation>
    </message>
    <message>
        <source>Secure development lifecycle</source>
        <translation>Ciclo de vida de desarrollo seguro</translation>
    </message>
    <message>
        <source>Secure disposal of media and paper</source>
        <translation>Eliminación segura de soportes y papel</translation>
    </message>
    <message>
        <source>Secure remote access</source>
        <translation>Acceso remoto seguro</translation>
    </message>
    <message>
        <source>Security awareness training</source>
        <translation>Formación y concienciación en seguridad</translation>
    </message>
    <message>
        <source>Sex life or sexual orientation</source>
        <translation>Vida sexual u orientación sexual</translation>
    </message>
    <message>
        <source>Shareholders and investors</source>
        <translation>Accionistas e inversores</translation>
    </message>
    <message>
        <source>Shoulder surfing and overheard conversations</source>
        <translation>Espionaje visual y conversaciones escuchadas</translation>
    </message>
    <message>
        <source>Social engineering by telephone</source>
        <translation>Ingeniería social por teléfono</translation>
    </message>
    <message>
        <source>Social welfare data</source>
        <translation>Datos de protección social</translation>
    </message>
    <message>
        <source>Software defect</source>
        <translation>Defecto de software</translation>
    </message>
    <message>
        <source>Software integrity checks</source>
        <translation>Comprobaciones de integridad del software</translation>
    </message>
    <message>
        <source>Software supply-chain compromise</source>
        <translation>Compromiso de la cadena de suministro de software</translation>
    </message>
    <message>
        <source>Standard contractual clauses</source>
        <translation>Cláusulas contractuales tipo</translation>
    </message>
    <message>
        <source>Storm, earthquake or other natural event</source>
        <translation>Tormenta, terremoto u otro fenómeno natural</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Substantial public interest</source>
        <translation>Interés público esencial</translation>
    </message>
    <message>
        <source>Supplier and partner contacts</source>
        <translation>Contactos de proveedores y socios</translation>
    </message>
    <message>
        <source>Targeted intrusion and data theft</source>
        <translation>Intrusión dirigida y robo de datos</translation>
    </message>
    <message>
        <source>Telecommunications outage</source>
        <translation>Caída de las telecomunicaciones</translation>
    </message>
    <message>
        <source>Theft of a device</source>
        <translation>Robo de un dispositivo</translation>
    </message>
    <message>
        <source>Trade-union membership</source>
        <translation>Afiliación sindical</translation>
    </message>
    <message>
        <source>Transfer mapping and impact assessments</source>
        <translation>Inventario de transferencias y evaluaciones de impacto</translation>
    </message>
    <message>
        <source>Transfer outside the EEA without a safeguard</source>
        <translation>Transferencia fuera del EEE sin garantías</translation>
    </message>
    <message>
        <source>UPS and generator</source>
        <translation>SAI y grupo electrógeno</translation>
    </message>
    <message>
        <source>Unapproved IT services (shadow IT)</source>
        <translation>Servicios de TI no aprobados (TI en la sombra)</translation>
    </message>
    <message>
        <source>Use of data for an incompatible purpose</source>
        <translation>Uso de datos para una finalidad incompatible</translation>
    </message>
    <message>
        <source>Vehicle data</source>
        <translation>Datos de vehículos</translation>
    </message>
    <message>
        <source>Vendor due diligence</source>
        <translation>Diligencia debida con proveedores</translation>
    </message>
    <message>
        <source>Visitors to premises</source>
        <translation>Visitantes de las instalaciones</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Intereses vitales</translation>
    </message>
    <message>
        <source>Vital interests, no capacity to consent</source>
        <translation>Intereses vitales, sin capacidad para consentir</translation>
    </message>
    <message>
        <source>Voice recordings</source>
        <translation>Grabaciones de voz</translation>
    </message>
    <message>
        <source>Vulnerability scanning</source>
        <translation>Análisis de vulnerabilidades</translation>
    </message>
    <message>
        <source>Water detection and flood protection</source>
        <translation>Detección de agua y protección contra inundaciones</translation>
    </message>
    <message>
        <source>Web application attack</source>
        <translation>Ataque a aplicaciones web</translation>
    </message>
    <message>
        <source>Web application firewall</source>
        <translation>Cortafuegos de aplicaciones web (WAF)</translation>
    </message>
    <message>
        <source>Website visitors</source>
        <translation>Visitantes del sitio web</translation>
    </message>
    <message>
        <source>Whistleblowers and complainants</source>
        <translation>Denunciantes y reclamantes</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Accidental</source>
        <translation>Accidental</translation>
    </message>
    <message>
        <source>Ad hoc clauses</source>
        <translation>Cláusulas ad hoc</translation>
    </message>
    <message>
        <source>Adequacy</source>
        <translation>Adecuación</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Evaluado</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Evitar</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <source>BCRs</source>
        <translation>NCV</translation>
    </message>
    <message>
        <source>Business-centric</source>
        <translation>Centrado en el negocio</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <source>Ciso</source>
        <translation>CISO</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Code of conduct</source>
        <translation>Código de conducta</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Responsable del tratamiento</translation>
    </message>
    <message>
        <source>Cpo</source>
        <translation>CPO</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Cso</source>
        <translation>CSO</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deliberate</source>
        <translation>Deliberada</translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation>Excepción</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Dpo</source>
        <translation>DPD</translation>
    </message>
    <message>
        <source>Environmental</source>
        <translation>Ambiental</translation>
    </message>
    <message>
        <source>Eradicated</source>
        <translation>Erradicado</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>IT-centric</source>
        <translation>Centrado en TI</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identificado</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Implantado</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>En implantación</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>Inherente</translation>
    </message>
    <message>
        <source>It</source>
        <translation>TI</translation>
    </message>
    <message>
        <source>SCCs</source>
        <translation>CCT</translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation>Corresponsable del tratamiento</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Asesoría jurídica</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>Mitigar</translation>
    </message>
    <message>
        <source>Monitored</source>
        <translation>En seguimiento</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>No requerida</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Paper file</source>
        <translation>Archivo en papel</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Encargado del tratamiento</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recuperado</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Residual</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Emplazamiento</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>Treating</source>
        <translation>En tratamiento</translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation>Clasificado</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Vendor service</source>
        <translation>Servicio de proveedor</translation>
    </message>
</context>
<context>
    <name>dpia</name>
    <message>
        <source>Evaluation or scoring</source>
        <translation>Evaluación o puntuación</translation>
    </message>
    <message>
        <source>People are evaluated, scored or profiled, for example on their work, finances, health, preferences, behaviour, location or movements.</source>
        <translation>Se evalúa, puntúa o perfila a las personas, por ejemplo en su trabajo, finanzas, salud, preferencias, comportamiento, ubicación o desplazamientos.</translation>
    </message>
    <message>
        <source>Automated decisions with significant effect</source>
        <translation>Decisiones automatizadas con efectos significativos</translation>
    </message>
    <message>
        <source>Decisions that have legal or similarly significant effects on people are made by automated means.</source>
        <translation>Se toman por medios automatizados decisiones con efectos jurídicos o de similar importancia sobre las personas.</translation>
    </message>
    <message>
        <source>Systematic monitoring</source>
        <translation>Observación sistemática</translation>
    </message>
    <message>
        <source>People are observed, monitored or tracked in a systematic way, including in publicly accessible places.</source>
        <translation>Se observa, supervisa o sigue a las personas de forma sistemática, también en lugares de acceso público.</translation>
    </message>
    <message>
        <source>Sensitive or highly personal data</source>
        <translation>Datos sensibles o de carácter muy personal</translation>
    </message>
    <message>
        <source>The processing uses special-category data, data about criminal offences or other highly personal data such as financial or location data.</source>
        <translation>El tratamiento usa datos de categorías especiales, datos sobre infracciones penales u otros datos de carácter muy personal, como datos financieros o de localización.</translation>
    </message>
    <message>
        <source>Large scale</source>
        <translation>Gran escala</translation>
    </message>
    <message>
        <source>Many people, a large amount of data, a long period or a wide geographical area are involved.</source>
        <translation>Afecta a muchas personas, a un gran volumen de datos, a un periodo largo o a un área geográfica amplia.</translation>
    </message>
    <message>
        <source>Matching or combining datasets</source>
        <translation>Cruce o combinación de conjuntos de datos</translation>
    </message>
    <message>
        <source>Data from different sources or purposes are matched or combined in ways people would not reasonably expect.</source>
        <translation>Se cruzan o combinan datos de distintas fuentes o finalidades de formas que las personas no esperarían razonablemente.</translation>
    </message>
    <message>
        <source>Vulnerable people</source>
        <translation>Personas vulnerables</translation>
    </message>
    <message>
        <source>The people concerned are vulnerable or in a weaker position, such as children, employees, patients or elderly people.</source>
        <translation>Las personas afectadas son vulnerables o están en una posición de desventaja, como menores, empleados, pacientes o personas mayores.</translation>
    </message>
    <message>
        <source>Innovative use or new technology</source>
        <translation>Uso innovador o nuevas tecnologías</translation>
    </message>
    <message>
        <source>New technologies or new ways of using existing ones are applied, whose effects on people are not yet well understood.</source>
        <translation>Se aplican nuevas tecnologías o nuevas formas de usar las existentes, cuyos efectos en las personas aún no se conocen bien.</translation>
    </message>
    <message>
        <source>Blocks a right, service or contract</source>
        <translation>Impide ejercer un derecho, usar un servicio o celebrar un contrato</translation>
    </message>
    <message>
        <source>The processing itself can stop people from exercising a right or from using a service or entering into a contract.</source>
        <translation>El propio tratamiento puede impedir que las personas ejerzan un derecho, usen un servicio o celebren un contrato.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Acceptance approved by</source>
        <translation>Aceptación aprobada por</translation>
    </message>
    <message>
        <source>Acceptance expires on</source>
        <translation>La aceptación vence el</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>Coste real</translation>
    </message>
    <message>
        <source>Approximate number of data subjects</source>
        <translation>Número aproximado de interesados</translation>
    </message>
    <message>
        <source>Approximate number of records</source>
        <translation>Número aproximado de registros</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Authority notified at</source>
        <translation>Autoridad notificada el</translation>
    </message>
    <message>
        <source>Authority's reference</source>
        <translation>Referencia de la autoridad</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>Became aware at</source>
        <translation>Conocimiento el</translation>
    </message>
    <message>
        <source>Breach assessment</source>
        <translation>Evaluación de la brecha</translation>
    </message>
    <message>
        <source>Business service</source>
        <translation>Servicio de negocio</translation>
    </message>
    <message>
        <source>Catalogue code</source>
        <translation>Código de catálogo</translation>
    </message>
    <message>
        <source>Categories of data subjects</source>
        <translation>Categorías de interesados</translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Categorías de datos personales</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Chosen option</source>
        <translation>Opción elegida</translation>
    </message>
    <message>
        <source>Condition for special categories (Art. 9)</source>
        <translation>Condición para categorías especiales (Art. 9)</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidencialidad</translation>
    </message>
    <message>
        <source>Contact point</source>
        <translation>Punto de contacto</translation>
    </message>
    <message>
        <source>Contained at</source>
        <translation>Contenido el</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Responsable del tratamiento</translation>
    </message>
    <message>
        <source>Controller's contact details</source>
        <translation>Datos de contacto del responsable del tratamiento</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Controles</translation>
    </message>
    <message>
        <source>Cost per hour of lost data</source>
        <translation>Coste por hora de datos perdidos</translation>
    </message>
    <message>
        <source>Cost per incident</source>
        <translation>Coste por incidente</translation>
    </message>
    <message>
        <source>Cost-of-downtime curve</source>
        <translation>Curva de coste del tiempo de inactividad</translation>
    </message>
    <message>
        <source>Current impact</source>
        <translation>Impacto actual</translation>
    </message>
    <message>
        <source>Current likelihood</source>
        <translation>Probabilidad actual</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizada</translation>
    </message>
    <message>
        <source>DPIA reference</source>
        <translation>Referencia de la EIPD</translation>
    </message>
    <message>
        <source>DPIA screening criteria</source>
        <translation>Criterios de cribado de la EIPD</translation>
    </message>
    <message>
        <source>DPIA status</source>
        <translation>Estado de la EIPD</translation>
    </message>
    <message>
        <source>Data lost (hours)</source>
        <translation>Datos perdidos (horas)</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Delegado de protección de datos</translation>
    </message>
    <message>
        <source>Data subjects notified at</source>
        <translation>Interesados informados el</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Detected at</source>
        <translation>Detectado el</translation>
    </message>
    <message>
        <source>Downtime (hours)</source>
        <translation>Tiempo de inactividad (horas)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Effect on each loss form</source>
        <translation>Efecto en cada forma de pérdida</translation>
    </message>
    <message>
        <source>Effect on frequency (multiplier)</source>
        <translation>Efecto en la frecuencia (multiplicador)</translation>
    </message>
    <message>
        <source>Evidence SHA-256</source>
        <translation>SHA-256 de la evidencia</translation>
    </message>
    <message>
        <source>Evidence preserved</source>
        <translation>Evidencias conservadas</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <source>Hosting country</source>
        <translation>País de alojamiento</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Inherent impact</source>
        <translation>Impacto inherente</translation>
    </message>
    <message>
        <source>Inherent likelihood</source>
        <translation>Probabilidad inherente</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integridad</translation>
    </message>
    <message>
        <source>International transfers</source>
        <translation>Transferencias internacionales</translation>
    </message>
    <message>
        <source>Joint controllers</source>
        <translation>Corresponsables del tratamiento</translation>
    </message>
    <message>
        <source>Justification of the treatment</source>
        <translation>Justificación del tratamiento del riesgo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Legal basis (Art. 6)</source>
        <translation>Base jurídica (Art. 6)</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation>Consecuencias probables</translation>
    </message>
    <message>
        <source>Maximum tolerable downtime (hours)</source>
        <translation>Tiempo máximo de inactividad tolerable (horas)</translation>
    </message>
    <message>
        <source>Measures taken or proposed</source>
        <translation>Medidas adoptadas o propuestas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Naturaleza</translation>
    </message>
    <message>
        <source>Nature of the breach</source>
        <translation>Naturaleza de la brecha</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Notification deadline (hours)</source>
        <translation>Plazo de notificación (horas)</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>Ocurrido el</translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation>Coste único</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>Our role</source>
        <translation>Nuestro papel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Probability of re-infection</source>
        <translation>Probabilidad de reinfección</translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation>Actividad de tratamiento</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Quantitative inputs</source>
        <translation>Datos cuantitativos</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Recovery point objective (hours)</source>
        <translation>Objetivo de punto de recuperación (horas)</translation>
    </message>
    <message>
        <source>Recovery time objective (hours)</source>
        <translation>Objetivo de tiempo de recuperación (horas)</translation>
    </message>
    <message>
        <source>Reference of the notice to data subjects</source>
        <translation>Referencia de la comunicación a los interesados</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Notificado por</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representante</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>Impacto residual</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>Probabilidad residual</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>Resuelto el</translation>
    </message>
    <message>
        <source>Response option</source>
        <translation>Opción de respuesta</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Plazo de conservación</translation>
    </message>
    <message>
        <source>Retention (days)</source>
        <translation>Plazo de conservación (días)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Risk to people's rights and freedoms</source>
        <translation>Riesgo para los derechos y libertades de las personas</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Security measures (Art. 32)</source>
        <translation>Medidas de seguridad (Art. 32)</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Side risks</source>
        <translation>Riesgos secundarios</translation>
    </message>
    <message>
        <source>Special categories of data</source>
        <translation>Categorías especiales de datos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Amenaza</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Time to contain (hours)</source>
        <translation>Tiempo de contención (horas)</translation>
    </message>
    <message>
        <source>Time to take effect (days)</source>
        <translation>Tiempo hasta que surte efecto (días)</translation>
    </message>
    <message>
        <source>Timeline entry</source>
        <translation>Entrada de la cronología</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento del riesgo</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Yearly cost</source>
        <translation>Coste anual</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>A closed incident can only be reopened to “Triaged”.</source>
        <translation>Un incidente cerrado solo puede reabrirse a «Clasificado».</translation>
    </message>
    <message>
        <source>A closed risk can only be reopened to “Identified”, so that it is assessed again.</source>
        <translation>Un riesgo cerrado solo puede reabrirse a «Identificado», para que se evalúe de nuevo.</translation>
    </message>
    <message>
        <source>A level's colour must be written as # followed by six hex digits, such as #2e7d32.</source>
        <translation>El color de un nivel debe escribirse como # seguido de seis dígitos hexadecimales, por ejemplo #2e7d32.</translation>
    </message>
    <message>
        <source>A loss must be a number of 0 or more.</source>
        <translation>Una pérdida debe ser un número igual o mayor que 0.</translation>
    </message>
    <message>
        <source>A risk cannot go back to “Identified” unless it is being reopened after closing.</source>
        <translation>Un riesgo no puede volver a «Identificado» salvo que se reabra tras cerrarse.</translation>
    </message>
    <message>
        <source>A risk must be assessed before it can be “{new}”.</source>
        <translation>Un riesgo debe evaluarse antes de pasar a «{new}».</translation>
    </message>
    <message>
        <source>A score must be a whole number from 1 to {high}.</source>
        <translation>Una puntuación debe ser un número entero de 1 a {high}.</translation>
    </message>
    <message>
        <source>A yearly probability must be a number from 0 to 1.</source>
        <translation>Una probabilidad anual debe ser un número de 0 a 1.</translation>
    </message>
    <message>
        <source>Accepting a risk needs an expiry date, when the acceptance must be reviewed.</source>
        <translation>Aceptar un riesgo requiere una fecha de vencimiento, en la que debe revisarse la aceptación.</translation>
    </message>
    <message>
        <source>Accepting a risk needs the name of the person who approved the acceptance.</source>
        <translation>Aceptar un riesgo requiere el nombre de la persona que aprobó la aceptación.</translation>
    </message>
    <message>
        <source>An incident can be closed only once it is “Recovered”, or straight after “Triaged” if it turned out to be a false alarm.</source>
        <translation>Un incidente solo puede cerrarse cuando está «Recuperado», o directamente tras «Clasificado» si resultó ser una falsa alarma.</translation>
    </message>
    <message>
        <source>An incident cannot go back to “Detected”; choose “Triaged” instead.</source>
        <translation>Un incidente no puede volver a «Detectado»; elija «Clasificado» en su lugar.</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Evaluado</translation>
    </message>
    <message>
        <source>Being treated</source>
        <translation>En tratamiento</translation>
    </message>
    <message>
        <source>Choose whether the breach poses no risk, a risk or a high risk to people.</source>
        <translation>Indique si la brecha no supone riesgo, supone un riesgo o un riesgo alto para las personas.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>Eradicated</source>
        <translation>Erradicado</translation>
    </message>
    <message>
        <source>Every level needs a name, such as “Low”.</source>
        <translation>Cada nivel necesita un nombre, por ejemplo «Bajo».</translation>
    </message>
    <message>
        <source>Every level needs a short code, such as “low”.</source>
        <translation>Cada nivel necesita un código corto, por ejemplo «low».</translation>
    </message>
    <message>
        <source>Every {axis} step needs a name.</source>
        <translation>Cada grado de {axis} necesita un nombre.</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identificado</translation>
    </message>
    <message>
        <source>Impact band limits are amounts of money and must be greater than 0.</source>
        <translation>Los límites de las bandas de impacto son importes de dinero y deben ser mayores que 0.</translation>
    </message>
    <message>
        <source>Impact must be a whole number from 1 to {high}.</source>
        <translation>El impacto debe ser un número entero de 1 a {high}.</translation>
    </message>
    <message>
        <source>Levels must be listed from lowest to highest, each starting at a higher score than the one before.</source>
        <translation>Los niveles deben ir del más bajo al más alto, cada uno empezando en una puntuación mayor que el anterior.</translation>
    </message>
    <message>
        <source>Likelihood and impact must be whole numbers of 1 or more.</source>
        <translation>La probabilidad y el impacto deben ser números enteros iguales o mayores que 1.</translation>
    </message>
    <message>
        <source>Likelihood band limits are yearly probabilities and must lie strictly between 0 and 1.</source>
        <translation>Los límites de las bandas de probabilidad son probabilidades anuales y deben estar estrictamente entre 0 y 1.</translation>
    </message>
    <message>
        <source>Likelihood must be a whole number from 1 to {high}.</source>
        <translation>La probabilidad debe ser un número entero de 1 a {high}.</translation>
    </message>
    <message>
        <source>Monitored</source>
        <translation>En seguimiento</translation>
    </message>
    <message>
        <source>No cell of the matrix falls in the level “{label}”; change its lowest score or remove it.</source>
        <translation>Ninguna celda de la matriz cae en el nivel «{label}»; cambie su puntuación mínima o elimínelo.</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recuperado</translation>
    </message>
    <message>
        <source>The acceptance may last at most three years; choose an expiry date no later than {latest}.</source>
        <translation>La aceptación puede durar como máximo tres años; elija una fecha de vencimiento no posterior al {latest}.</translation>
    </message>
    <message>
        <source>The acceptance must expire after today.</source>
        <translation>La aceptación debe vencer después de hoy.</translation>
    </message>
    <message>
        <source>The approximate number of people must be a whole number of 0 or more.</source>
        <translation>El número aproximado de personas debe ser un número entero igual o mayor que 0.</translation>
    </message>
    <message>
        <source>The first level must start at score 1, so that every cell has a level.</source>
        <translation>El primer nivel debe empezar en la puntuación 1, para que cada celda tenga un nivel.</translation>
    </message>
    <message>
        <source>The large-scale threshold must be a whole number of 1 or more.</source>
        <translation>El umbral de gran escala debe ser un número entero igual o mayor que 1.</translation>
    </message>
    <message>
        <source>The lowest score of a level must be a whole number of 1 or more.</source>
        <translation>La puntuación mínima de un nivel debe ser un número entero igual o mayor que 1.</translation>
    </message>
    <message>
        <source>The matrix needs at least one level.</source>
        <translation>La matriz necesita al menos un nivel.</translation>
    </message>
    <message>
        <source>The matrix needs between {low} and {high} {axis} steps.</source>
        <translation>La matriz necesita entre {low} y {high} grados de {axis}.</translation>
    </message>
    <message>
        <source>The matrix settings are not in a form PrivGuard can read.</source>
        <translation>Los ajustes de la matriz no tienen un formato que PrivGuard pueda leer.</translation>
    </message>
    <message>
        <source>The notification deadline must be more than 0 hours and at most {max_hours} hours.</source>
        <translation>El plazo de notificación debe ser de más de 0 horas y como máximo {max_hours} horas.</translation>
    </message>
    <message>
        <source>The risk appetite must be a whole number between 1 and {max_score}.</source>
        <translation>El apetito de riesgo debe ser un número entero entre 1 y {max_score}.</translation>
    </message>
    <message>
        <source>The {axis} band limits must increase from one to the next.</source>
        <translation>Los límites de las bandas de {axis} deben aumentar de uno al siguiente.</translation>
    </message>
    <message>
        <source>The {what} cannot be earlier than the time the organisation became aware of the breach.</source>
        <translation>El {what} no puede ser anterior al momento en que la organización tuvo conocimiento de la brecha.</translation>
    </message>
    <message>
        <source>The {what} must be a date and time.</source>
        <translation>El {what} debe ser una fecha y hora.</translation>
    </message>
    <message>
        <source>The {what} must include a time zone.</source>
        <translation>El {what} debe incluir una zona horaria.</translation>
    </message>
    <message>
        <source>There is no level with the code “{code}”.</source>
        <translation>No hay ningún nivel con el código «{code}».</translation>
    </message>
    <message>
        <source>There must be exactly {expected} {axis} band limits, one fewer than the number of {axis} steps.</source>
        <translation>Debe haber exactamente {expected} límites de banda de {axis}, uno menos que el número de grados de {axis}.</translation>
    </message>
    <message>
        <source>This matrix has no impact bands, so an impact cannot be suggested.</source>
        <translation>Esta matriz no tiene bandas de impacto, así que no se puede sugerir un impacto.</translation>
    </message>
    <message>
        <source>This matrix has no likelihood bands, so a likelihood cannot be suggested.</source>
        <translation>Esta matriz no tiene bandas de probabilidad, así que no se puede sugerir una probabilidad.</translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation>Clasificado</translation>
    </message>
    <message>
        <source>Two levels are both called “{label}”; each level needs its own name.</source>
        <translation>Dos niveles se llaman «{label}»; cada nivel necesita su propio nombre.</translation>
    </message>
    <message>
        <source>Two levels use the code “{code}”; each level needs its own code.</source>
        <translation>Dos niveles usan el código «{code}»; cada nivel necesita su propio código.</translation>
    </message>
    <message>
        <source>Two {axis} steps are both called “{label}”; each needs its own name.</source>
        <translation>Dos grados de {axis} se llaman «{label}»; cada uno necesita su propio nombre.</translation>
    </message>
    <message>
        <source>current time</source>
        <translation>momento actual</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>impacto</translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation>probabilidad</translation>
    </message>
    <message>
        <source>time of becoming aware of the breach</source>
        <translation>momento en que se tuvo conocimiento de la brecha</translation>
    </message>
    <message>
        <source>time the people concerned were notified</source>
        <translation>momento en que se informó a las personas afectadas</translation>
    </message>
    <message>
        <source>time the supervisory authority was notified</source>
        <translation>momento en que se notificó a la autoridad de control</translation>
    </message>
    <message>
        <source>{label} contains a character that cannot be stored.</source>
        <translation>{label} contiene un carácter que no se puede almacenar.</translation>
    </message>
    <message>
        <source>{label} is not an e-mail address.</source>
        <translation>{label} no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} es obligatorio.</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters; at most {limit}).</source>
        <translation>{label} es demasiado largo ({length} caracteres; máximo {limit}).</translation>
    </message>
    <message>
        <source>{label} must be a date and time like 2026-03-31T14:30+01:00.</source>
        <translation>{label} debe ser una fecha y hora como 2026-03-31T14:30+01:00.</translation>
    </message>
    <message>
        <source>{label} must be a date and time.</source>
        <translation>{label} debe ser una fecha y hora.</translation>
    </message>
    <message>
        <source>{label} must be a date like 2026-03-31.</source>
        <translation>{label} debe ser una fecha como 2026-03-31.</translation>
    </message>
    <message>
        <source>{label} must be a finite number.</source>
        <translation>{label} debe ser un número finito.</translation>
    </message>
    <message>
        <source>{label} must be a list.</source>
        <translation>{label} debe ser una lista.</translation>
    </message>
    <message>
        <source>{label} must be a number.</source>
        <translation>{label} debe ser un número.</translation>
    </message>
    <message>
        <source>{label} must be a two-letter country code such as ES or US.</source>
        <translation>{label} debe ser un código de país de dos letras, como ES o US.</translation>
    </message>
    <message>
        <source>{label} must be a whole number.</source>
        <translation>{label} debe ser un número entero.</translation>
    </message>
    <message>
        <source>{label} must be at least {limit}.</source>
        <translation>{label} debe ser como mínimo {limit}.</translation>
    </message>
    <message>
        <source>{label} must be at most {limit}.</source>
        <translation>{label} debe ser como máximo {limit}.</translation>
    </message>
    <message>
        <source>{label} must be one of: {allowed}.</source>
        <translation>{label} debe ser uno de los siguientes: {allowed}.</translation>
    </message>
    <message>
        <source>{label} must be structured data.</source>
        <translation>{label} debe ser un dato estructurado.</translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation>{label} debe ser texto.</translation>
    </message>
    <message>
        <source>{label} must be yes or no.</source>
        <translation>{label} debe ser sí o no.</translation>
    </message>
    <message>
        <source>{label} needs a time zone.</source>
        <translation>{label} necesita una zona horaria.</translation>
    </message>
    <message>
        <source>“{code}” is not one of the nine DPIA screening criteria.</source>
        <translation>«{code}» no es uno de los nueve criterios de cribado de la EIPD.</translation>
    </message>
    <message>
        <source>“{value}” is not a risk status.</source>
        <translation>«{value}» no es un estado de riesgo.</translation>
    </message>
    <message>
        <source>“{value}” is not a risk treatment.</source>
        <translation>«{value}» no es un tratamiento del riesgo.</translation>
    </message>
    <message>
        <source>“{value}” is not an incident status.</source>
        <translation>«{value}» no es un estado de incidente.</translation>
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
        <translation>Acta de decisión</translation>
    </message>
    <message>
        <source>One decision: the options compared, the figures frozen when it was taken, the rationale, who decided and when.</source>
        <translation>Una decisión: las opciones comparadas, las cifras congeladas en el momento de tomarla, la justificación, quién decidió y cuándo.</translation>
    </message>
</context>
</TS>