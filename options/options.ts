import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, EXPORTABLE_FIELDS, type Settings, type SiteRule } from '../src/settings/definition';
import { loadSettings, resetSettings, saveSettings, watchSettings } from '../src/settings/store';
import { h } from '../popup/dom';
import { localizePage, t } from '../popup/i18n';

/**
 * Options page: every control saves its own field as soon as it changes (validated by the
 * settings module). The background reads settings on each capture, so nothing needs a reload;
 * changes made elsewhere (another window, sync) are reflected here through storage.onChanged.
 */

const form = document.getElementById('settings') as HTMLFormElement;
const saved = document.getElementById('saved')!;
const rulesBody = document.querySelector('#siteRules tbody')!;
const control = <T extends Element>(name: string) => form.elements.namedItem(name) as unknown as T;
const lines = (s: string) =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

async function save(patch: Partial<Settings>): Promise<void> {
  const next = await saveSettings(patch);
  saved.textContent = t('optSaved');
  fill(next, Object.keys(patch) as (keyof Settings)[]);
}

function ruleRow(rule: SiteRule): HTMLTableRowElement {
  const input = (value: string, cls: string, placeholder: string) => h('input', { class: cls, attrs: { type: 'text', value, placeholder } });
  const remove = h('button', { text: t('optRemoveRule'), attrs: { type: 'button', 'data-action': 'remove-rule' } });
  const row = h('tr', {}, [
    h('td', {}, [input(rule.domain, 'rule-domain', 'www.example.gov.cn')]),
    h('td', {}, [input(rule.bodySelector, 'rule-body', '#content')]),
    h('td', {}, [input(rule.dropSelectors.join(', '), 'rule-drop', '.share, .related')]),
    h('td', {}, [remove]),
  ]);
  remove.addEventListener('click', () => {
    row.remove();
    void saveRules();
  });
  return row;
}

function readRules(): SiteRule[] {
  return Array.from(rulesBody.querySelectorAll('tr')).flatMap((tr) => {
    const val = (cls: string) => (tr.querySelector(`.${cls}`) as HTMLInputElement).value.trim();
    const domain = val('rule-domain');
    if (!domain) return [];
    const dropSelectors = val('rule-drop')
      .split(/\s*,\s*(?![^\[]*\])/)
      .map((s) => s.trim())
      .filter(Boolean);
    return [{ domain, bodySelector: val('rule-body'), dropSelectors }];
  });
}

/** A selector the browser cannot parse is flagged at once rather than silently matching nothing. */
function validSelector(s: string): boolean {
  if (!s) return true;
  try {
    document.createDocumentFragment().querySelector(s);
    return true;
  } catch {
    return false;
  }
}

async function saveRules(): Promise<void> {
  let ok = true;
  for (const input of Array.from(rulesBody.querySelectorAll<HTMLInputElement>('.rule-body, .rule-drop'))) {
    const parts = input.classList.contains('rule-drop') ? input.value.split(',') : [input.value];
    const valid = parts.every((p) => validSelector(p.trim()));
    input.setCustomValidity(valid ? '' : t('optBadSelector'));
    ok &&= valid;
  }
  if (ok) await save({ siteRules: readRules() });
}

function fill(s: Settings, only?: (keyof Settings)[]): void {
  const want = (k: keyof Settings) => !only || only.includes(k);
  if (want('outputScript')) control<HTMLSelectElement>('outputScript').value = s.outputScript;
  if (want('summarySentences')) control<HTMLInputElement>('summarySentences').value = String(s.summarySentences);
  if (want('exportFormat')) control<HTMLSelectElement>('exportFormat').value = s.exportFormat;
  if (want('keepSnapshot')) control<HTMLInputElement>('keepSnapshot').checked = s.keepSnapshot;
  if (want('followPages')) control<HTMLInputElement>('followPages').checked = s.followPages;
  if (want('contextMenu')) control<HTMLInputElement>('contextMenu').checked = s.contextMenu;
  if (want('extraBoilerplate') && document.activeElement !== control('extraBoilerplate')) {
    control<HTMLTextAreaElement>('extraBoilerplate').value = s.extraBoilerplate.join('\n');
  }
  if (want('exportFields')) {
    for (const box of Array.from(document.querySelectorAll<HTMLInputElement>('#exportFields input'))) {
      box.checked = s.exportFields.includes(box.value as Settings['exportFields'][number]);
    }
  }
  // Rebuilding the rule table while the user types in it would steal the caret.
  if (want('siteRules') && !rulesBody.contains(document.activeElement)) rulesBody.replaceChildren(...s.siteRules.map(ruleRow));
}

function wire(): void {
  const fieldsBox = document.getElementById('exportFields')!;
  fieldsBox.replaceChildren(
    // The record's key stays the value; the reader sees the field's name in their language.
    ...EXPORTABLE_FIELDS.map((f) =>
      h('label', { title: f }, [h('input', { attrs: { type: 'checkbox', value: f, name: 'exportField' } }), t(fieldLabelKey(f))]),
    ),
  );
  form.addEventListener('change', (e) => {
    const target = e.target as HTMLInputElement;
    switch (target.name) {
      case 'outputScript':
      case 'exportFormat':
        void save({ [target.name]: target.value });
        break;
      case 'summarySentences':
        void save({ summarySentences: Number(target.value) });
        break;
      case 'keepSnapshot':
      case 'contextMenu':
      case 'followPages':
        void save({ [target.name]: target.checked });
        break;
      case 'extraBoilerplate':
        void save({ extraBoilerplate: lines(target.value) });
        break;
      case 'exportField':
        void save({
          exportFields: Array.from(fieldsBox.querySelectorAll<HTMLInputElement>('input:checked')).map((b) => b.value) as Settings['exportFields'],
        });
        break;
      default:
        if (rulesBody.contains(target)) void saveRules();
    }
  });
  document.getElementById('addRule')!.addEventListener('click', () => {
    const row = ruleRow({ domain: '', bodySelector: '', dropSelectors: [] });
    rulesBody.append(row);
    row.querySelector('input')?.focus();
  });
  document.getElementById('reset')!.addEventListener('click', () => {
    void resetSettings().then((s) => {
      rulesBody.replaceChildren();
      fill(s);
      saved.textContent = t('optSaved');
    });
  });
  document.getElementById('editShortcut')!.addEventListener('click', () => {
    // Only the browser's own page can change shortcuts; Firefox has its own place for it.
    void browser.tabs.create({ url: 'chrome://extensions/shortcuts' }).catch(() => {});
  });
}

async function showShortcut(): Promise<void> {
  const commands = await browser.commands.getAll().catch(() => []);
  const shortcut = commands.find((c) => c.name === '_execute_action' || c.name === '_execute_browser_action')?.shortcut;
  document.getElementById('shortcut')!.textContent = shortcut || t('optNoShortcut');
}

localizePage();
wire();
fill({ ...DEFAULT_SETTINGS });
void loadSettings().then((s) => {
  fill(s);
  document.body.dataset.ready = 'true';
});
void showShortcut();
watchSettings((s) => fill(s));

/** `publishedAt` → `fieldPublishedAt`: the message with the field's human-readable name. */
function fieldLabelKey(field: string): string {
  return `field${field[0].toUpperCase()}${field.slice(1)}`;
}
