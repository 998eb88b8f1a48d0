import { NotesSection } from "./notes-section";
import type { PeerVisitPartProps } from "./part-props";
import { PeerCheckSection } from "./peer-check-section";

/**
 * The visit phase (and after): peers take notes and gather evidence against the host's
 * self-assessment, and check it criterion by criterion. Nothing shows during preparation.
 */
export function VisitPhasePart({ visit }: PeerVisitPartProps) {
  if (visit.phase === "preparation") return null;
  return (
    <>
      <NotesSection visit={visit} />
      <PeerCheckSection visit={visit} />
    </>
  );
}
