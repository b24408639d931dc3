import { Result } from 'antd';
import { ROLE_HOME, type StaffRole } from '../../lib/session';

/** 无权访问: a signed-in person on another post's page (its own chunk: Result carries large illustrations). */
export default function Forbidden({ roles, own }: { roles: readonly StaffRole[]; own: StaffRole }) {
  return (
    <Result
      status="403"
      title="无权访问"
      subTitle={`本页面属于${roles.map((r) => ROLE_HOME[r].title).join('、')}岗位。`}
      extra={<a href={ROLE_HOME[own].path}>返回{ROLE_HOME[own].title}</a>}
    />
  );
}
