import type { ComponentChildren } from "preact";

type DataTableProps = {
  /** Every table says what it lists; the caption may be visually hidden when a heading says it. */
  caption: string;
  isCaptionHidden?: boolean;
  /** Column headings, in order. */
  columns: string[];
  /** The `<tr>` rows. */
  children: ComponentChildren;
};

/** A simple data table with a caption and column headers (`scope="col"`), scrolling on narrow screens. */
export function DataTable({ caption, isCaptionHidden, columns, children }: DataTableProps) {
  return (
    <div class="table-wrap">
      <table class="table">
        <caption class={isCaptionHidden ? "visually-hidden" : "table__caption"}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
