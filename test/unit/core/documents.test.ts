import { extractDocuments } from '../../../src/core/documents';
import type { Block } from '../../../src/core/types';

const p = (text: string): Block => ({ text, kind: 'paragraph' });

test('an embedded notice with items, issuer and date', () => {
  const docs = extractDocuments([
    p('市长在会上强调，要全力做好防控工作。'),
    p('某某区关于加强疫情管控措施的通告'),
    p('为切实保障群众健康，现就有关事项通告如下：'),
    p('一、所有小区实行封闭管理。'),
    p('二、暂停各类聚集性活动。'),
    p('本通告自发布之日起施行。'),
    p('某某区疫情防控工作领导小组'),
    p('2019年12月7日'),
    p('关于开展全员核酸检测的通知'),
    p('一、检测时间'),
    p('2019年12月7日8时起'),
    p('二、检测对象'),
    p('全区所有居民。'),
    p('另据报道，当天全市天气晴好，市民出行平稳有序。'),
  ]);
  expect(docs).toEqual([
    {
      title: '某某区关于加强疫情管控措施的通告',
      issuer: '某某区疫情防控工作领导小组',
      date: '2019-12-07',
      items: ['一、所有小区实行封闭管理。', '二、暂停各类聚集性活动。'],
    },
    {
      title: '关于开展全员核酸检测的通知',
      issuer: null,
      date: null,
      items: ['一、检测时间 2019年12月7日8时起', '二、检测对象 全区所有居民。'],
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
