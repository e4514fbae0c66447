export interface ResourceLabels {
  name: string;
  fields: Record<string, string>;
  /** Labels of enumeration values, by field. */
  choices?: Record<string, Record<string, string>>;
  /** Labels of workflow actions (claim, approve …). */
  actions?: Record<string, string>;
  /**
   * What a field's input says under it: its scale and units (`1（最易）至 5（最难）`). `%{x}` takes the
   * rulebook's numbers (`rules.taskBoard.*`), so a hint never states a limit the rules do not.
   */
  hints?: Record<string, string>;
}

export interface Catalog {
  /** Fields every resource has (id, timestamps). */
  common: Record<string, string>;
  /** Menu groups: the document's four programmes plus dashboard and system. */
  groups: Record<string, string>;
  /** The appraisal's conditions (rules.appraisal.barsExcellent, barsPass, dismissal), by key. */
  conditions: Record<string, string>;
  /** The rulebook's lists (`lists` in the rulebook): each value's label, by list and identifier. */
  lists: Record<string, Record<string, string>>;
  resources: Record<string, ResourceLabels>;
}
