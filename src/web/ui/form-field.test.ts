import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { ErrorSummary } from "./error-summary";
import { TextField } from "./form-field";

const noop = () => {};

describe("TextField", () => {
  it("links label, hint and error to the input and marks it invalid", () => {
    const html = renderToString(
      h(TextField, {
        id: "email",
        label: "E-mail",
        hint: "Work address",
        error: "Fill in this field",
        value: "",
        onValue: noop,
      }),
    );
    expect(html).toContain('<label class="field__label" for="email">E-mail');
    expect(html).toContain('id="email-hint"');
    expect(html).toContain('id="email-error"');
    expect(html).toContain('aria-describedby="email-hint email-error"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain("required");
  });

  it("has no describedby or invalid mark without hint and error, and is not required when optional", () => {
    const html = renderToString(
      h(TextField, { id: "n", label: "Name", isOptional: true, value: "x", onValue: noop }),
    );
    expect(html).not.toContain("aria-describedby");
    expect(html).not.toContain("aria-invalid");
    expect(html).not.toContain("required");
  });
});

describe("ErrorSummary", () => {
  it("is an alert listing links to the fields, and renders nothing without problems", () => {
    const html = renderToString(
      h(ErrorSummary, { attempt: 1, items: [{ fieldId: "email", message: "E-mail: Fill in" }] }),
    );
    expect(html).toContain('role="alert"');
    expect(html).toContain('tabindex="-1"');
    expect(html).toContain('<a href="#email">E-mail: Fill in</a>');
    expect(renderToString(h(ErrorSummary, { attempt: 0, items: [] }))).toBe("");
  });
});
