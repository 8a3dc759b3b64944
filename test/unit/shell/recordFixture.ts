import type { CaptureRecord } from '../../../src/core/types';

/** A small synthetic record for shell tests (not taken from any page). */
export function sampleRecord(over: Partial<CaptureRecord> = {}): CaptureRecord {
  return {
    schemaVersion: 1,
    id: 'abc123def4567890',
    url: 'https://www.example.gov.cn/news/1.html',
    canonicalUrl: null,
    siteName: '示例市人民政府',
    capturedAt: '2024-05-17T01:02:03.000Z',
    extractor: { name: 'gov-news-capture', version: '0.1.0', input: 'html' },
    isArticle: true,
    notArticleReason: null,
    title: '示例市召开工作会议',
    deck: [],
    publishedAt: '2024-05-16T18:30:00+08:00',
    source: '示例日报',
    editor: '张三',
    authors: [{ name: '李四', role: 'reporter' }],
    body: [{ text: '5月16日，示例市召开工作会议。', kind: 'paragraph' }],
    meeting: {
      date: '2024-05-16',
      host: { name: '王五', titles: ['副市长'] },
      speakers: [],
      attendees: [{ name: '赵六', titles: ['秘书长'] }],
      directives: ['压实责任', '排查隐患'],
      statements: [],
    },
    documents: [],
    summary: ['5月16日，示例市召开工作会议。'],
    keywords: [],
    script: { detected: 'simplified', output: 'original' },
    cleaning: {
      pinyinRemoved: 0,
      duplicatesRemoved: 0,
      printViewRemoved: false,
      furnitureRemoved: 0,
      dateInferred: false,
      gluedDateSplit: false,
      convertedTo: null,
      notes: [],
    },
    contentHash: 'a'.repeat(64),
    ...over,
  };
}
