import type { CaptureRecord } from '../../../src/core/types';

/** A synthetic but realistic record with every field filled, for storage and export tests. */
export function sampleRecord(over: Partial<CaptureRecord> = {}): CaptureRecord {
  return {
    schemaVersion: 1,
    id: 'a1b2c3d4e5f60718',
    url: 'http://127.0.0.1/news/2024/0315/article.html',
    canonicalUrl: 'http://127.0.0.1/news/2024/0315/article.html',
    siteName: '示例市人民政府',
    capturedAt: '2024-03-15T08:30:00.000Z',
    extractor: { name: 'gov-news-capture', version: '0.1.0', input: 'html' },
    isArticle: true,
    notArticleReason: null,
    title: '市政府召开常务会议 研究部署春季农业生产工作',
    deck: ['坚持稳中求进', '推动高质量发展'],
    publishedAt: '2024-03-14T18:59:00+08:00',
    source: '示例日报',
    editor: '王小明',
    authors: [
      { name: '李华', role: 'reporter' },
      { name: '张伟', role: 'photographer' },
    ],
    body: [
      { text: '3月14日下午，市长张三主持召开市政府常务会议。', kind: 'paragraph' },
      { text: '会议要求，一要抓好春耕备耕；二要确保粮食安全。', kind: 'paragraph' },
      { text: '一、总体要求', kind: 'heading' },
      { text: '项目\t金额\n合计\t100', kind: 'table' },
      { text: '引号 "双引号", 逗号, 和换行\r\n都要保留', kind: 'quote' },
    ],
    figures: [
      { src: 'http://127.0.0.1/news/2024/0315/p1.jpg', alt: '会议现场', caption: '图为会议现场。' },
      { src: null, alt: '', caption: '=图为春耕现场（摄影 张伟）' },
    ],
    meeting: {
      date: '2024-03-14',
      host: { name: '张三', titles: ['市长'] },
      speakers: [{ name: '李四', titles: ['副市长'] }],
      attendees: [{ name: '王五', titles: ['秘书长', '办公厅主任'] }],
      directives: ['抓好春耕备耕', '确保粮食安全'],
      statements: ['会议听取了工作汇报'],
    },
    documents: [{ title: '关于做好春季农业生产的通知', issuer: '示例市人民政府办公室', date: '2024-03-10', items: ['一、加强组织领导', '二、强化资金保障'] }],
    summary: ['3月14日下午，市长张三主持召开市政府常务会议。'],
    keywords: ['春耕', '粮食安全'],
    script: { detected: 'simplified', output: 'original' },
    cleaning: {
      pinyinRemoved: 2,
      duplicatesRemoved: 1,
      printViewRemoved: true,
      furnitureRemoved: 7,
      dateInferred: false,
      gluedDateSplit: true,
      convertedTo: null,
      notes: ['print view removed'],
      removed: [
        { text: '扫一扫在手机打开当前页', kind: 'share-prompt' },
        { text: '网页中不得使用<script>标签', kind: 'custom' },
      ],
    },
    contentHash: 'f'.repeat(64),
    corrections: { title: '市政府召开常务会议' },
    provenance: { publishedAt: 'meta:PubDate', source: 'info-line' },
    confidence: { title: 'high', publishedAt: 'medium', source: 'high' },
    ...over,
  };
}
