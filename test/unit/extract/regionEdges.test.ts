import { extractPage } from '../../../src/extract/extractPage';
import { makeLine } from '../../../src/extract/lines';
import { addLine, containerScore, mergeTally, newTally } from '../../../src/extract/tally';
import { DOMS } from './doms';

const [, parseFirst] = DOMS[0];
const owner = parseFirst('<html><body><div>x</div></body></html>').querySelector('div')!;
const prose = makeLine('示例县召开会议，研究部署当前防汛救灾工作。', owner, 'paragraph', 0, 'none', 0);
const link = makeLine('示例县召开第一次专题会议 2011-01-10', owner, 'list-item', 14, 'none', 0);
const label = makeLine('相关新闻', owner, 'paragraph', 0, 'none', 0);

function tallyOf(lines: Array<[number, typeof prose]>) {
  const t = newTally();
  for (const [w, l] of lines) addLine(t, w, l);
  return t;
}

describe('tally: an element weighed as a container', () => {
  it('leaves out link lines after its last other line', () => {
    expect(
      containerScore(
        tallyOf([
          [50, prose],
          [-25, link],
          [-25, link],
        ]),
      ),
    ).toBe(50);
  });

  it('counts link lines before its prose, a menu of links, and links a label follows', () => {
    expect(
      containerScore(
        tallyOf([
          [-25, link],
          [50, prose],
        ]),
      ),
    ).toBe(25);
    expect(
      containerScore(
        tallyOf([
          [-25, link],
          [-25, link],
        ]),
      ),
    ).toBe(-50);
    expect(
      containerScore(
        tallyOf([
          [50, prose],
          [-25, link],
          [-8, label],
        ]),
      ),
    ).toBe(17);
  });

  it('merges a closed child as its lines in order', () => {
    const up = tallyOf([[-10, label]]);
    mergeTally(
      up,
      tallyOf([
        [50, prose],
        [-25, link],
      ]),
    );
    expect(containerScore(up)).toBe(40);
    addLine(up, 30, prose);
    expect(containerScore(up)).toBe(45);
    const menu = newTally();
    mergeTally(menu, tallyOf([[-25, link]]));
    mergeTally(menu, tallyOf([[-25, link]]));
    expect(containerScore(menu)).toBe(-50);
  });
});

describe.each(DOMS)('a related list inside the article element, on %s', (_name, parse) => {
  it('does not cost a short article its region', () => {
    const items = Array.from(
      { length: 6 },
      (_, i) => `<li><a href="/r/${i}.html">示例县召开第${i + 1}次专题会议 研究部署相关重点工作</a> 2011-0${i + 1}-10</li>`,
    ).join('');
    const nav = Array.from({ length: 12 }, (_, i) => `<li><a href="/c/${i}.html">示例县政务栏目导航第${i + 1}项</a></li>`).join('');
    const html = `<html><head><title>示例县部署防汛工作_示例县人民政府</title></head><body>
<ul>${nav}</ul>
<div><div><p>本站提供示例县各类政务信息查询服务，欢迎广大群众登录访问，共同监督政府工作，提出宝贵意见和建议。</p></div></div>
<div><div>
<p>5月14日，示例县召开防汛工作会议，研究部署当前防汛救灾工作，要求压紧压实责任。</p>
<p>会议强调，各乡镇各部门要加强隐患排查，确保安全度汛。</p>
<p>相关新闻</p><ul>${items}</ul>
</div></div></body></html>`;
    const input = extractPage(parse(html), null);
    expect(input.blocks.map((b) => b.text)).toEqual([
      '5月14日，示例县召开防汛工作会议，研究部署当前防汛救灾工作，要求压紧压实责任。',
      '会议强调，各乡镇各部门要加强隐患排查，确保安全度汛。',
    ]);
  });
});

describe.each(DOMS)('a page that runs on into the next article, on %s', (_name, parse) => {
  const next = Array.from(
    { length: 8 },
    (_, i) => `<p>第${i + 1}段：示例歌曲的原唱者出生于一个普通家庭，自幼喜爱音乐，后来成为家喻户晓的歌手，作品流传至今。</p>`,
  ).join('');
  const nav = `<ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/c/${i}.html">示例新闻网栏目导航第${i + 1}项</a></li>`).join('')}</ul>`;
  const page = (nextDate: string, top = '') => `<html><head><title>示例部门否认事故存在人为因素_示例新闻网</title></head><body>${top}
<div><h1>示例部门否认事故存在人为因素</h1><div>示例新闻网</div><div>2024-05-20 13:09</div>
<p>示例部门发言人表示，经初步调查，事故现场天气恶劣，大雾弥漫，目前没有证据表明事故存在人为因素。</p></div>
<div><h1>三十一岁一炮而红的歌手，其实已经去世十年了</h1><div>示例作者</div>${nextDate}${next}</div>
</body></html>`;

  const short = ['示例部门发言人表示，经初步调查，事故现场天气恶劣，大雾弥漫，目前没有证据表明事故存在人为因素。'];

  it('ends the article at the next headline, which has its own date line', () => {
    const input = extractPage(parse(page('<div>2023-06-01 00:48</div>')), null);
    expect(input.blocks.map((b) => b.text)).toEqual(short);
  });

  it('seeks the article between the two headlines when the longer next one won the region', () => {
    const input = extractPage(parse(page('<div>2023-06-01 00:48</div>', nav)), null);
    expect(input.blocks.map((b) => b.text)).toEqual(short);
  });
});
