/** The column a table is sorted by, and which way. */
export interface TableSort {
  column: string;
  descending: boolean;
}

/** The order the summary table of institutions starts in: the annual recognition's (the server's ranking). */
export const DEFAULT_SORT: TableSort = { column: 'rank', descending: false };

/** Activating a column's header: the same column turns around, another starts ascending. */
export function nextSort(current: TableSort, column: string): TableSort {
  return current.column === column ? { column, descending: !current.descending } : { column, descending: false };
}
