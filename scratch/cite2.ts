import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
const cfg = plugins.config.get('@bibtex'); cfg.format.asciiOnly = false; cfg.format.useIdAsLabel = true;
const item = { id: 'x1', 'citation-key': 'x1', type: 'webpage', title: '关于开展{x}…的通知', author: [{ literal: '某市人民政府办公室' }, {family:'欧阳', given:'小明'}], issued: { 'date-parts': [[2024, 3, 14]] }, accessed: { 'date-parts': [[2024,3,15]] }, URL: 'https://example.gov.cn/a.html?x=1&y=2', publisher: '某市人民政府', 'container-title': '某市人民政府网', number: '某政办发〔2024〕12号' , language: 'zh-CN'};
for (const f of ['ris','bibtex','biblatex']) { const out = new Cite([item]).format(f, {format:'text'}) as string; console.log(out); const back = new Cite(out).data[0]; delete back._graph; console.log(JSON.stringify(back)); }
