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
