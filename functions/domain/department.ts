/**
 * A department (实施部门) as its papers name it: the short name the catalog and the back office use
 * (人社局), its full legal name (合作市人力资源和社会保障局), and where an applicant who disagrees
 * with its decisions turns — the administrative review body (复议机关) and the court of first
 * instance (行政诉讼管辖法院). The county sets these per department in the catalog.
 */
export interface DepartmentProfile {
  /** Short name, as on catalog items and approvers' tokens. */
  name: string;
  /** Full legal name (全称): decisions are issued in it. */
  fullName: string;
  /** 复议机关 (行政复议法 2023 第24条: for a county department usually the county-level people's government). */
  reviewBody: string;
  /** 管辖法院 for 行政诉讼 (行政诉讼法 第18条: where the body that decided sits, unless centralised). */
  court: string;
}

/**
 * The profile of a department, or one that names it by its short name when the catalog has none:
 * a notice is never held up for a missing profile, but names no review body it does not know.
 */
export function departmentProfile(
  name: string,
  known: ReadonlyMap<string, DepartmentProfile>,
): DepartmentProfile | { name: string; fullName: string } {
  return known.get(name) ?? { name, fullName: name };
}
