import type { DepartmentProfile } from '#domain/department';

/**
 * The departments of the seed catalog (local/seed-catalog.json) as 合作市 (甘南藏族自治州,
 * 甘肃省) names them: full legal names, the 复议机关 under the 行政复议法 as revised in 2023 (the
 * 合作市人民政府 for its own departments; the next tax authority up for the vertically managed
 * 税务局), and the 合作市人民法院 for 行政诉讼. A county edits these lines for its own bodies.
 */
const CITY = '合作市';
const GOVERNMENT = `${CITY}人民政府`;
const COURT = `${CITY}人民法院`;

const local = (name: string, fullName: string): DepartmentProfile => ({ name, fullName, reviewBody: GOVERNMENT, court: COURT });

export const SEED_DEPARTMENTS: readonly DepartmentProfile[] = [
  local('人社局', `${CITY}人力资源和社会保障局`),
  local('民政局', `${CITY}民政局`),
  local('医保局', `${CITY}医疗保障局`),
  local('市场监管局', `${CITY}市场监督管理局`),
  local('公安局', `${CITY}公安局`),
  local('住建局', `${CITY}住房和城乡建设局`),
  local('农业农村局', `${CITY}农业农村局`),
  local('卫健局', `${CITY}卫生健康局`),
  local('应急管理局', `${CITY}应急管理局`),
  local('教育局', `${CITY}教育局`),
  local('林业局', `${CITY}林业和草原局`),
  local('残联', `${CITY}残疾人联合会`),
  local('水利局', `${CITY}水务局`),
  local('自然资源局', `${CITY}自然资源局`),
  local('退役军人事务局', `${CITY}退役军人事务局`),
  local('财政局', `${CITY}财政局`),
  { name: '税务局', fullName: `国家税务总局${CITY}税务局`, reviewBody: '国家税务总局甘南藏族自治州税务局', court: COURT },
];

export const DEPARTMENT_PROFILES: ReadonlyMap<string, DepartmentProfile> = new Map(SEED_DEPARTMENTS.map((d) => [d.name, d]));
