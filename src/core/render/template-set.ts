/**
 * A template set as the engine sees it: the sources of a folder's main template and
 * `partials/NAME.hbs`, read by the host (src/host/template-set.ts). Partial names are plain
 * (`[a-z0-9][a-z0-9-]*`), so a template can name nothing outside its folder.
 *
 * What a set renders is told by its main template's name: `report.md.hbs` renders one unit's
 * report (`rectify build`), `summary.md.hbs` a round's summary (`rectify summary`). The two views
 * differ, so a set of one kind is never offered for the other.
 */
export type TemplateKind = 'report' | 'summary';
export const MAIN_TEMPLATES: Readonly<Record<TemplateKind, string>> = { report: 'report.md.hbs', summary: 'summary.md.hbs' };
export const MAIN_TEMPLATE = MAIN_TEMPLATES.report;
export const PARTIALS_FOLDER = 'partials';
export const PARTIAL_NAME = /^[a-z0-9][a-z0-9-]*$/;

export interface TemplateSource {
  /** Path as reported in diagnostics, e.g. `templates/default/partials/issue.hbs`. */
  file: string;
  source: string;
}

/**
 * A set run through the compiler: the source of every template's spec (Handlebars.precompile's
 * output), keyed by partial name (`null` for the main template), and the fingerprint of the
 * sources and settings it came from.
 */
export interface PrecompiledTemplateSet {
  fingerprint: string;
  specs: [string | null, string][];
}

export interface TemplateSet {
  /** As diagnostics name the folder. */
  name: string;
  /** Absolute folder; the docx writer reads layout.json beside the templates. */
  dir: string;
  main: TemplateSource;
  partials: Map<string, TemplateSource>;
  /** Specs precompiled at build time for a shipped set; used only while the fingerprint matches. */
  precompiled?: PrecompiledTemplateSet;
}
