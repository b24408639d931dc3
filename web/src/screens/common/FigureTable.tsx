import { Spin, theme } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

export interface FigureColumn<T> {
  title: string;
  render: (row: T) => ReactNode;
  /** Short cells (a number, a state, a date) kept on one line. */
  nowrap?: boolean;
}

/**
 * A read-only table of figures in antd's small-table look, for lists with no sorting, paging, filters
 * or selection. antd's Table brings all of those (its filter menu and tree, pagination, select,
 * radio, checkbox: 95 KB gzip), which was a quarter of the supervisor's first screen for three lists
 * that use none of it. Screens with interactive lists keep antd's Table.
 */
export function FigureTable<T>({
  label,
  columns,
  rows,
  rowKey,
  loading = false,
  emptyText = '暂无数据',
}: {
  /** The table's accessible name (the title of the card it sits in). */
  label: string;
  columns: FigureColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  loading?: boolean;
  emptyText?: string;
}) {
  const { token } = theme.useToken();
  const cell: CSSProperties = {
    padding: token.paddingXS,
    borderBottom: `${token.lineWidth}px solid ${token.colorBorderSecondary}`,
    textAlign: 'start',
  };
  const head: CSSProperties = {
    ...cell,
    background: token.colorFillAlter,
    color: token.colorTextHeading,
    fontWeight: token.fontWeightStrong,
  };
  return (
    <div style={{ overflowX: 'auto', background: token.colorBgContainer, borderRadius: token.borderRadiusLG }}>
      <table aria-label={label} style={{ width: '100%', borderCollapse: 'collapse', fontSize: token.fontSize, color: token.colorText }}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.title} scope="col" style={head}>
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {loading || rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} style={{ ...cell, textAlign: 'center', color: token.colorTextDescription }}>
                {loading ? <Spin size="small" /> : emptyText}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((c) => (
                  <td key={c.title} style={c.nowrap ? { ...cell, whiteSpace: 'nowrap' } : cell}>
                    {c.render(row)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
