import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
const item = { id: 'x1', type: 'legislation', title: '关于开展…的通知', author: [{ literal: '某市人民政府办公室' }, {family:'张', given:'三'}], issued: { 'date-parts': [[2024, 3, 14]] }, accessed: { 'date-parts': [[2024,3,15]] }, URL: 'https://example.gov.cn/a.html', publisher: '某市人民政府', 'container-title': '某市人民政府网', number: '某政办发〔2024〕12号' , language: 'zh-CN'};
const c = new Cite([item]);
const ris = c.format('ris'); console.log(ris);
const bib = c.format('bibtex'); console.log(bib);
console.log(JSON.stringify(new Cite(ris).data, null, 1));
console.log(JSON.stringify(new Cite(bib).data, null, 1));
