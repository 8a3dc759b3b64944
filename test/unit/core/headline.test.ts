import { breadcrumbColumns, cleanTitle, headlineOfDocumentTitle, isSiteOrColumnName } from '../../../src/core/headline';

describe('headlines and the names around them (both readers)', () => {
  test('a site suffix goes; a headline that mentions a government is not a site name', () => {
    expect(cleanTitle('市政府召开常务会议_某某市人民政府')).toBe('市政府召开常务会议');
    expect(isSiteOrColumnName('市政府召开常务会议部署防汛')).toBe(false);
    expect(isSiteOrColumnName('某某市人民政府门户网站')).toBe(true);
  });

  test('a leading column label goes only when the page names that column in its breadcrumb', () => {
    const columns = breadcrumbColumns(['当前位置：首页 > 新闻中心 > 权威发布']);
    expect(columns.has('权威发布')).toBe(true);
    expect(cleanTitle('权威发布 | 市政府召开常务会议部署防汛', null, columns)).toBe('市政府召开常务会议部署防汛');
    expect(cleanTitle('视界｜河北某县：数字农机助力春耕', null, columns)).toBe('视界｜河北某县：数字农机助力春耕');
  });

  test('the headline part of a document title is its longest part that is not a site or column name', () => {
    expect(headlineOfDocumentTitle('权威发布 | 市政府召开常务会议部署防汛')).toBe('市政府召开常务会议部署防汛');
    expect(headlineOfDocumentTitle('关于开展统计执法检查的公告_通知公告_中华人民共和国某某管理总局门户网站')).toBe('关于开展统计执法检查的公告');
    expect(headlineOfDocumentTitle('关于公布名录的通知--盘江市文化广电旅游局')).toBe('关于公布名录的通知');
  });
});
