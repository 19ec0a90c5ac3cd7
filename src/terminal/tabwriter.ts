/**
 * A port of Go's `text/tabwriter` (the elastic tabstops kubectl and crictl print their tables with), so the
 * columns line up exactly as the real tools line them up. Cells end with '\t'; the text after a line's last tab
 * is not part of a column. A column block is a run of consecutive lines that have a cell in that column, and
 * every cell of a block is padded to the block's widest cell + `padding` (at least `minwidth`).
 */

export interface TabwriterOptions {
  minwidth: number;
  padding: number;
}

/** kubectl get (printers.GetNewTabWriter): minwidth 6, padding 3. */
export const KUBECTL_TABLE: TabwriterOptions = { minwidth: 6, padding: 3 };
/** kubectl describe (tabbedString): minwidth 0, padding 2. */
export const KUBECTL_DESCRIBE: TabwriterOptions = { minwidth: 0, padding: 2 };
/** crictl (newDefaultTableDisplay): minwidth 20, padding 3. */
export const CRICTL_TABLE: TabwriterOptions = { minwidth: 20, padding: 3 };

/** Display width in code points (Go counts runes). */
const width = (s: string): number => [...s].length;

/** Formats tab-separated text like a flushed Go tabwriter. */
export function tabwrite(text: string, options: TabwriterOptions): string {
  const lines = text.split('\n').map((line) => line.split('\t'));
  const out: string[] = lines.map(() => '');
  const widths: number[] = [];

  const writeLines = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const cells = lines[i] ?? [];
      let s = '';
      cells.forEach((cell, j) => {
        s += cell;
        // Only tab-terminated cells (all but the last) belong to a column and get padded.
        const w = widths[j];
        if (j < cells.length - 1 && w !== undefined) s += ' '.repeat(Math.max(0, w - width(cell)));
      });
      out[i] = s;
    }
  };

  // Go's Writer.format: recursive over columns, one block of consecutive lines at a time.
  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    let start = line0;
    for (let row = line0; row < line1; row++) {
      if (column >= (lines[row]?.length ?? 0) - 1) continue;
      writeLines(start, row);
      start = row;
      let w = options.minwidth;
      for (; row < line1; row++) {
        const cells = lines[row] ?? [];
        if (column >= cells.length - 1) break;
        w = Math.max(w, width(cells[column] ?? '') + options.padding);
      }
      widths.push(w);
      format(start, row);
      widths.pop();
      // Like Go, the line that ended the block has no cell here: the loop's increment skips it.
      start = row;
    }
    writeLines(start, line1);
  };

  format(0, lines.length);
  return out.join('\n');
}

/** Rows of cells joined by tabs, one line each, as kubectl's and crictl's table printers write them. */
export function table(rows: readonly (readonly string[])[], options: TabwriterOptions): string {
  return tabwrite(rows.map((r) => r.join('\t')).join('\n'), options);
}
