import type { TdHTMLAttributes } from 'react';

/**
 * A column whose short cells stay on one line (a state, a department, a date): a wrapped 待领取 or
 * a date broken over two lines is hard to scan. Spread into the column: `{ title, ...oneLine }`.
 */
export const oneLine = { onCell: (): TdHTMLAttributes<HTMLTableCellElement> => ({ style: { whiteSpace: 'nowrap' } }) };
