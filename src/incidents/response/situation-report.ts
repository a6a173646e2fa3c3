import { kindText, severityText } from './incident-csaf';
import { ReportingObligationKind, TaskStatus } from './response.enums';

/** What the situation report is made from; the service collects it after the access check. */
export interface ReportInput {
  incident: {
    title: string;
    description: string;
    kind: string;
    severity: string;
    status: string;
    tlp: string;
    reportedAt: Date;
    reportingOrganisation: string;
  };
  affected: Array<{ name: string; situation: string | null; note: string | null }>;
  tasks: Array<{
    title: string;
    status: TaskStatus;
    dueAt: Date | null;
    assignee: string | null;
    obligation: ReportingObligationKind | null;
    fulfilledAt: Date | null;
  }>;
  timeline: Array<{ at: Date; actor: string | null; type: string; text: string }>;
  mirt: Array<{ status: string; organisation: string; team: string[] }>;
  generatedAt: Date;
}

const STATUS_TEXT: Record<string, string> = {
  REPORTED: 'gemeldet',
  IN_PROGRESS: 'in Bearbeitung',
  CONTAINED: 'eingedämmt',
  RESOLVED: 'behoben',
  CLOSED: 'abgeschlossen',
  OPEN: 'offen',
};
const TASK_STATUS: Record<TaskStatus, string> = {
  OPEN: 'offen',
  IN_PROGRESS: 'in Arbeit',
  DONE: 'erledigt',
};
const SITUATION: Record<string, string> = {
  AFFECTED: 'betroffen',
  NOT_AFFECTED: 'nicht betroffen',
  UNCLEAR: 'unklar',
};
const MIRT_TEXT: Record<string, string> = {
  REQUESTED: 'angefordert',
  ACCEPTED: 'angenommen',
  ON_SITE: 'vor Ort',
  COMPLETED: 'abgeschlossen',
  DECLINED: 'abgelehnt',
};

export const berlinTime = (d: Date) =>
  d.toLocaleString('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'medium', timeStyle: 'short' });

/** Markdown table cells: pipes and line breaks would break the table. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** The Lagebericht as Markdown: the same text the print page shows and the download contains. */
export function situationReportMarkdown(r: ReportInput): string {
  const i = r.incident;
  const tlp = i.tlp.replace('_', '+');
  const lines: string[] = [
    `**TLP:${tlp}**`,
    '',
    `# Lagebericht: ${i.title}`,
    '',
    `Stand: ${berlinTime(r.generatedAt)}`,
    '',
    '## Überblick',
    '',
    `- Art: ${kindText(i.kind)}`,
    `- Schweregrad: ${severityText(i.severity)}`,
    `- Status: ${STATUS_TEXT[i.status] ?? i.status}`,
    `- Gemeldet: ${berlinTime(i.reportedAt)} von ${i.reportingOrganisation}`,
    '',
    i.description.trim(),
    '',
    `## Betroffene Organisationen (${r.affected.length})`,
    '',
  ];
  if (r.affected.length) {
    lines.push('| Organisation | Lage | Anmerkung |', '| --- | --- | --- |');
    for (const a of r.affected)
      lines.push(
        `| ${cell(a.name)} | ${a.situation ? (SITUATION[a.situation] ?? a.situation) : 'keine Rückmeldung'} | ${cell(a.note ?? '')} |`,
      );
  } else lines.push('Keine erfasst.');
  const obligations = r.tasks.filter((t) => t.obligation);
  const tasks = r.tasks.filter((t) => !t.obligation);
  const done = tasks.filter((t) => t.status === TaskStatus.DONE).length;
  lines.push('', `## Aufgaben (${done} von ${tasks.length} erledigt)`, '');
  if (tasks.length) {
    lines.push('| Aufgabe | Status | Zuständig | Fällig |', '| --- | --- | --- | --- |');
    for (const t of tasks)
      lines.push(
        `| ${cell(t.title)} | ${TASK_STATUS[t.status]} | ${cell(t.assignee ?? '–')} | ${t.dueAt ? berlinTime(t.dueAt) : '–'} |`,
      );
  } else lines.push('Keine Aufgaben.');
  lines.push('', '## Meldepflichten', '');
  if (obligations.length) {
    for (const t of obligations) {
      const state = t.fulfilledAt
        ? `erfüllt am ${berlinTime(t.fulfilledAt)}`
        : t.dueAt && t.dueAt < r.generatedAt
          ? `**überfällig** seit ${berlinTime(t.dueAt)}`
          : `offen, Frist ${t.dueAt ? berlinTime(t.dueAt) : 'keine'}`;
      lines.push(`- ${t.title}: ${state}`);
    }
  } else lines.push('Keine Meldepflichten erfasst.');
  if (r.mirt.length) {
    lines.push('', '## MIRT', '');
    for (const m of r.mirt)
      lines.push(
        `- Anforderung von ${m.organisation}: ${MIRT_TEXT[m.status] ?? m.status}${m.team.length ? ` (Team: ${m.team.join(', ')})` : ''}`,
      );
  }
  lines.push('', '## Verlauf', '');
  if (r.timeline.length)
    for (const e of r.timeline)
      lines.push(
        `- ${berlinTime(e.at)}${e.actor ? ` – ${e.actor}` : ''}: ${e.text.replace(/\s*\n\s*/g, ' ')}`,
      );
  else lines.push('Noch keine Einträge.');
  lines.push('', `*TLP:${tlp} – Weitergabe nur im Rahmen dieser Kennzeichnung.*`, '');
  return lines.join('\n');
}
