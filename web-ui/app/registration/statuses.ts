// How the intranet and the signed-link pages word where a registration stands (events-service sends codes only).

/** How a registration stands, for its owner. */
export const REGISTRATION_STATUS: Record<string, string> = {
  CONFIRMED: "Inscrit·e",
  WAITLISTED: "En attente",
  OFFERED: "Place proposée",
  CANCELLED: "Annulé",
};

/** Attendance as the coach records it (radio labels). */
export const ATTENDANCE_CHOICES: Record<string, string> = {
  PRESENT: "Présent",
  ABSENT: "Absent",
  EXCUSED: "Excusé",
};

/** Attendance as a status of a person. */
export const ATTENDANCE_STATUS: Record<string, string> = {
  PRESENT: "Présent·e",
  ABSENT: "Absent·e",
  EXCUSED: "Excusé·e",
};

/** One French word for what became of a registration: attendance once recorded, else its status. */
export function followUpLabel(status: string, attendance: string | null | undefined): string {
  if (status !== "CANCELLED" && attendance && ATTENDANCE_STATUS[attendance]) return ATTENDANCE_STATUS[attendance];
  return REGISTRATION_STATUS[status] ?? status;
}
