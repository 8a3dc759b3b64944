import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fileBeside } from '../../../src/cli/pages';

const ROOT = resolve(__dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const PAGED = join(ROOT, 'test/fixtures/paged');

function capture(args: string[]) {
  return spawnSync(TSX, [join(ROOT, 'src/cli/capture.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
}

describe('npm run capture -- --follow-pages', () => {
  it('reads an article over three saved pages as one record, pages listed under the given address', () => {
    const r = capture([join(PAGED, 'flood-meeting.html'), '--follow-pages', '--url', 'http://www.example.gov.cn/xw/2024/flood-meeting.html']);
    expect(r.status).toBe(0);
    const record = JSON.parse(r.stdout);
    expect(record.pages).toEqual([
      'http://www.example.gov.cn/xw/2024/flood-meeting.html',
      'http://www.example.gov.cn/xw/2024/flood-meeting_2.html',
      'http://www.example.gov.cn/xw/2024/flood-meeting_3.html',
    ]);
    expect(record.body.map((b: { text: string }) => b.text.slice(0, 6))).toEqual([
      '6月3日上午',
      '会议指出，今',
      '会议要求，要',
      '要加强监测预',
      '要落实防汛物',
      '会议强调，各',
    ]);
    expect(record.title).toBe('示例市部署今年防汛抗旱工作');
    expect(record.editor).toBe('林晓');
    expect(record.url).toBe('http://www.example.gov.cn/xw/2024/flood-meeting.html');
  });

  it('without an address, follows the files and lists their own addresses', () => {
    const r = capture([join(PAGED, 'flood-meeting.html'), '--follow-pages']);
    expect(r.status).toBe(0);
    const record = JSON.parse(r.stdout);
    expect(record.url).toBeNull();
    expect(record.pages).toEqual(['flood-meeting.html', 'flood-meeting_2.html', 'flood-meeting_3.html'].map((f) => pathToFileURL(join(PAGED, f)).href));
  });

  it('reads only the first page without the option', () => {
    const record = JSON.parse(capture([join(PAGED, 'flood-meeting.html')]).stdout);
    expect(record.pages).toBeUndefined();
    expect(record.body).toHaveLength(2);
  });
});

describe('fileBeside', () => {
  const first = 'http://www.example.gov.cn/xw/2024/a.html';
  it('maps a page address to the file at the same place beside the input', () => {
    expect(fileBeside('http://www.example.gov.cn/xw/2024/a_2.html', first, '/saved/a.html')).toBe('/saved/a_2.html');
    expect(fileBeside('http://www.example.gov.cn/xw/2024/more/a_3.html', first, '/saved/a.html')).toBe('/saved/more/a_3.html');
  });
  it('does not climb out of the input folder or read a query as a file', () => {
    expect(fileBeside('http://www.example.gov.cn/xw/b.html', first, '/saved/a.html')).toBeNull();
    expect(fileBeside('http://www.example.gov.cn/xw/2024/a.html?page=2', first, '/saved/a.html')).toBeNull();
  });
});
