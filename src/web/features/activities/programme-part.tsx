import type { PartProps } from "./activity-page";
import { AgendaList } from "./agenda-list";
import { DocumentsList } from "./documents-list";
import { TopicsEditor } from "./topics-editor";

/** The programme: agenda, the few topics it addresses, and its documents. */
export function ProgrammePart(props: PartProps) {
  return (
    <>
      <AgendaList {...props} />
      <TopicsEditor {...props} />
      <DocumentsList {...props} />
    </>
  );
}
