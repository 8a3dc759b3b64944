import { extractDocuments } from '../../../src/core/documents';
import type { Block } from '../../../src/core/types';

const p = (text: string): Block => ({ text, kind: 'paragraph' });

test('an embedded notice with items, issuer and date', () => {
  const docs = extractDocuments([
    p('发布会上，市交通运输局通报了冬季出行保障安排。'),
    p('示例市关于调整部分公交线路运营时间的通告'),
    p('为方便市民冬季出行，经研究，现将有关事项通告如下：'),
    p('一、夜班线路末班时间延后至23时。'),
    p('二、学校周边线路增加早高峰班次。'),
    p('本通告自2023年12月1日起施行。'),
    p('示例市交通运输局'),
    p('2023年11月20日'),
    p('关于开展冬季供暖设施检修的通知'),
    p('一、检修时段'),
    p('2023年11月25日至30日'),
    p('二、检修范围'),
    p('城区全部换热站。'),
    p('记者从发布会上了解到，全市今冬供暖将如期开始。'),
  ]);
  expect(docs).toEqual([
    {
      title: '示例市关于调整部分公交线路运营时间的通告',
      issuer: '示例市交通运输局',
      date: '2023-11-20',
      items: ['一、夜班线路末班时间延后至23时。', '二、学校周边线路增加早高峰班次。'],
    },
    {
      title: '关于开展冬季供暖设施检修的通知',
      issuer: null,
      date: null,
      items: ['一、检修时段 2023年11月25日至30日', '二、检修范围 城区全部换热站。'],
    },
  ]);
});

test('a notice merely cited in a sentence is not a document', () => {
  expect(extractDocuments([p('要严格落实《关于加强聚餐监管的紧急通知》要求。'), p('一、加强监管。')])).toEqual([]);
});

test('a page whose headline names a document is that document', () => {
  const body = [
    '各区人民政府，市各委办局：',
    '为做好今年防汛工作，现就有关事项通知如下。',
    '一、落实防汛责任。要严格落实行政首长负责制，层层压实责任。',
    '二、加强隐患排查。要对水库、堤防等重点部位开展排查，发现问题及时整改。',
    '某某市人民政府办公室',
    '2024年5月10日',
  ].map((text) => ({ text, kind: 'paragraph' as const }));
  const docs = extractDocuments(body, '某某市人民政府办公室关于做好防汛工作的通知');
  expect(docs).toEqual([
    {
      title: '某某市人民政府办公室关于做好防汛工作的通知',
      issuer: '某某市人民政府办公室',
      date: '2024-05-10',
      items: [body[2].text, body[3].text],
    },
  ]);
  // A news headline does not make its numbered points a document.
  expect(extractDocuments(body.slice(0, 4), '市政府召开常务会议 部署防汛工作')).toEqual([]);
});
