/**
 * The reform-area tags every initiative's vocabulary starts with: areas where local and central
 * governments commonly learn from peers (the guides' examples: service delivery, public finance,
 * engagement). Facilitators add their own. Keys are stable (stored on challenges and translated
 * by the web app); labels are the English fallback.
 */
export const defaultReformAreaTags: readonly { key: string; label: string }[] = [
  { key: "waste-collection", label: "Waste collection" },
  { key: "recycling", label: "Recycling and reuse" },
  { key: "tariffs-and-fees", label: "Tariffs and fees" },
  { key: "revenue-collection", label: "Revenue collection" },
  { key: "budgeting", label: "Budgeting" },
  { key: "procurement", label: "Procurement" },
  { key: "citizen-engagement", label: "Citizen engagement" },
  { key: "public-health", label: "Public health and sanitation" },
  { key: "water-and-sanitation", label: "Water and sanitation" },
  { key: "urban-planning", label: "Urban planning and informal settlements" },
  { key: "climate-adaptation", label: "Climate and environment" },
  { key: "data-and-monitoring", label: "Data and monitoring" },
  { key: "digital-services", label: "Digital services" },
  { key: "human-resources", label: "Staff, skills and human resources" },
  { key: "transparency", label: "Transparency and integrity" },
  { key: "service-delivery", label: "Service delivery" },
  { key: "political-leadership", label: "Political leadership and council work" },
  { key: "partnerships", label: "Partnerships with business and civil society" },
];

/**
 * The key of a tag a facilitator names: lower-case, words joined by dashes, letters and digits
 * of any script kept, everything else dropped ("Sorting at source!" -> `sorting-at-source`).
 * Empty when nothing usable is left.
 */
export function deriveTagKey(label: string): string {
  return label
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}
