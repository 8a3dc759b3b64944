import { readDisclosure } from '../../../src/core/disclosureFacts';

describe("the disclosure table's facts", () => {
  test('rows of two pairs, spaced labels, the label kept as printed', () => {
    const d = readDisclosure([
      '索 引 号：11330000/2024-00012 发布机构：某市人民政府办公室',
      '主题分类：城乡建设、环境保护 成文日期：2024年03月10日',
      '文　　号：某政办发〔2024〕12号 发布日期：2024-03-14',
      '主 题 词：垃圾分类 有 效 性：有效',
    ]);
    expect(d).toEqual({
      indexNo: { label: '索 引 号', value: '11330000/2024-00012' },
      issuer: { label: '发布机构', value: '某市人民政府办公室' },
      topic: { label: '主题分类', value: '城乡建设、环境保护' },
      writtenAt: { label: '成文日期', value: '2024年03月10日', date: '2024-03-10' },
      docNo: { label: '文　　号', value: '某政办发〔2024〕12号' },
      publishedAt: { label: '发布日期', value: '2024-03-14', date: '2024-03-14' },
      keywords: { label: '主 题 词', value: '垃圾分类' },
      validity: { label: '有 效 性', value: '有效' },
    });
  });

  test('label lines in traditional script, a label cell taking the next line as its value', () => {
    const d = readDisclosure(['索引號：', '000014349/2024-00031', '發文機關：某市人民政府', '發文字號：某府發〔2024〕3號', '發佈日期：2024年5月6日']);
    expect(d?.indexNo?.value).toBe('000014349/2024-00031');
    expect(d?.issuer).toEqual({ label: '發文機關', value: '某市人民政府' });
    expect(d?.docNo?.value).toBe('某府發〔2024〕3號');
    expect(d?.publishedAt?.date).toBe('2024-05-06');
  });

  test("a 发布日期 line just above the rows is the table's", () => {
    expect(readDisclosure(['发布日期：2024-03-14', '索引号：1/2024-1', '发文字号：某发〔2024〕1号'])?.publishedAt?.value).toBe('2024-03-14');
  });

  test('a row we do not keep ends the value before it', () => {
    expect(readDisclosure(['有 效 性：有效 统一登记号：ABC-2022-01', '索引号：1/2024-1'])?.validity?.value).toBe('有效');
  });

  test('one fact is no table; an info line alone is none', () => {
    expect(readDisclosure(['文号：某发〔2024〕1号', '会议指出，要加快推进。'])).toBeNull();
    expect(readDisclosure(['发布日期：2024-05-15 来源：某某日报', '正文'])).toBeNull();
    expect(readDisclosure(['会议指出，索引号：要规范编制，发文字号：要统一。'])).toBeNull();
  });
});
