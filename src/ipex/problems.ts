/** Something wrong with one item: reported, never fatal to the run. */
export interface ItemProblem {
  /** The item id, or where the hit was (`EN page 2 hit 3`) when it has none. */
  id: string;
  /** The field, as a path (`title`, `fields.link.value`, `tags[0].key`). */
  field: string;
  reason: string;
}
