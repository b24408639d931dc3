import type { paths } from '../../api/schema';

export type ItemView = paths['/items/{itemCode}']['get']['responses'][200]['content']['application/json'];
export type CaseCreated = paths['/cases']['post']['responses'][201]['content']['application/json'];
