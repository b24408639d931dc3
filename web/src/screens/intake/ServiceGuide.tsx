import { Descriptions, Table, Tag } from 'antd';
import type { ItemView } from './types';
import { ITEM_TYPE_LABELS } from '../../lib/format';

const FORM_LABELS = { paper: '纸质', electronic: '电子', either: '纸质或电子' } as const;

/** 办事指南: conditions, materials with samples, limits, fees and delivery options. */
export function ServiceGuide({ item }: { item: ItemView }) {
  return (
    <>
      <Descriptions size="small" bordered column={2} title={`办事指南：${item.name}`}>
        <Descriptions.Item label="实施编码">{item.implementationCode}</Descriptions.Item>
        <Descriptions.Item label="事项类型">{ITEM_TYPE_LABELS[item.itemType]}</Descriptions.Item>
        <Descriptions.Item label="实施部门">{item.department}</Descriptions.Item>
        <Descriptions.Item label="联办部门">{item.coDepartments.length ? item.coDepartments.join('、') : '无'}</Descriptions.Item>
        <Descriptions.Item label="法定时限">{item.statutoryDays} 个工作日</Descriptions.Item>
        <Descriptions.Item label="承诺时限">{item.promisedDays} 个工作日</Descriptions.Item>
        <Descriptions.Item label="收费">{item.fees}</Descriptions.Item>
        <Descriptions.Item label="送达方式">{item.courierDelivery ? '窗口领取或邮寄' : '窗口领取'}</Descriptions.Item>
        <Descriptions.Item label="受理条件" span={2}>
          {item.conditions}
        </Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        style={{ marginTop: 12 }}
        pagination={false}
        rowKey="code"
        caption="申请材料"
        dataSource={item.materials}
        columns={[
          { title: '材料', dataIndex: 'name' },
          { title: '必要性', render: (_, m) => (m.required ? <Tag color="red">必交</Tag> : <Tag>选交</Tag>) },
          { title: '原件/复印件', render: (_, m) => `${m.originals} / ${m.copies}` },
          { title: '形式', render: (_, m) => FORM_LABELS[m.form] },
          { title: '容缺', render: (_, m) => (m.deferrable ? '可容缺' : '—') },
          { title: '样表', render: (_, m) => m.sample ?? '—' },
        ]}
      />
    </>
  );
}
