import type { PartProps } from "./activity-page";
import { MyReflectionSection } from "./my-reflection-form";
import { ReflectionOverviewSection } from "./reflection-overview";

/** Pre-visit reflection: the reader's own answers, and for reviewers everyone's side by side. */
export function ReflectionPart({ activity }: PartProps) {
  return (
    <>
      {activity.myParticipant ? <MyReflectionSection activity={activity} /> : null}
      {activity.permissions.canReviewReflection ? (
        <ReflectionOverviewSection activity={activity} />
      ) : null}
    </>
  );
}
