'use strict';
// The page's behaviour: views, language, the draft kept in the browser, and the calls to the API.

const DRAFT_KEY = 'clusterpolicy.draft';
const LANG_KEY = 'clusterpolicy.lang';
/** The last decision, kept for the tab's life so that a reload does not lose the reviewer's result. */
const DECISION_KEY = 'clusterpolicy.decision';

const App = {
  decision: null,
  /** The profile the decision was made for (names of participants and projects in the result). */
  evaluated: null,
  errors: [],

  async start() {
    // a language the page does not have (?lang=de) is Russian, the page's first language
    const asked = new URLSearchParams(location.search).get('lang') || localStorage.getItem(LANG_KEY);
    I18n.lang = I18n.languages.includes(asked) ? asked : 'ru';
    ProfileForm.onChange = debounce(() => this.saveDraft(), 400);
    Results.describe = pointer => {
      const control = this.controlFor(pointer);
      return control && {label: ProfileForm.sectionNames.get(pointer) || labelOf(control), focus: () => {
        location.hash = '#form';
        control.focus();
        control.scrollIntoView({block: 'center'});
      }};
    };
    this.buildForm();
    const draft = localStorage.getItem(DRAFT_KEY);
    if (draft) {
      try {
        ProfileForm.fill(JSON.parse(draft));
        this.say(I18n.t('status.restored'));
      } catch (e) {
        localStorage.removeItem(DRAFT_KEY);
      }
    }
    if (!ProfileForm.rows('participants').length) {
      ProfileForm.addRow('participants');
      ProfileForm.renumber('participants');
    }
    this.wire();
    this.applyLanguage();
    const last = sessionStorage.getItem(DECISION_KEY);
    if (last) {
      try {
        ({decision: this.decision, profile: this.evaluated} = JSON.parse(last));
        Results.render(this.decision, this.evaluated);
      } catch (e) {
        sessionStorage.removeItem(DECISION_KEY);
      }
    }
    window.addEventListener('hashchange', () => this.route());
    this.route();
    this.loadRegions();
  },

  buildForm() {
    ProfileForm.build(document.getElementById('sections'));
    document.getElementById('participants-file').addEventListener('change', e => this.importParticipants(e.target));
  },

  wire() {
    document.getElementById('profile-form').addEventListener('submit', e => { e.preventDefault(); this.evaluate(); });
    document.getElementById('reevaluate').addEventListener('click', () => this.evaluate());
    document.getElementById('back-to-form').addEventListener('click', () => { location.hash = '#form'; });
    document.getElementById('print').addEventListener('click', () => window.print());
    document.getElementById('lang').addEventListener('click', () => this.switchLanguage());
    document.getElementById('download-profile').addEventListener('click', () => {
      const profile = ProfileForm.read();
      download(fileName(profile, 'profile'), 'application/json', JSON.stringify(profile, null, 2));
    });
    document.getElementById('download-decision').addEventListener('click', () => {
      if (this.decision) download(`decision-${this.decision.evaluationId}.json`, 'application/json',
        JSON.stringify(this.decision, null, 2));
    });
    document.getElementById('profile-file').addEventListener('change', e => this.loadProfile(e.target));
    document.getElementById('clear-form').addEventListener('click', () => {
      localStorage.removeItem(DRAFT_KEY);
      ProfileForm.fill({participants: [{}]});
      this.clearErrors();
      this.say(I18n.t('status.cleared'));
    });
    // closed details would print empty: open them for the printout, and close them after
    let opened = [];
    window.addEventListener('beforeprint', () => {
      opened = [...document.querySelectorAll('#programmes details:not([open])')];
      opened.forEach(d => { d.open = true; });
    });
    window.addEventListener('afterprint', () => opened.forEach(d => { d.open = false; }));
  },

  route() {
    const result = location.hash === '#result';
    document.getElementById('view-form').hidden = result;
    document.getElementById('view-result').hidden = !result;
    for (const [id, current] of [['nav-form', !result], ['nav-result', result]]) {
      const link = document.getElementById(id);
      if (current) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
    }
  },

  async evaluate() {
    const profile = ProfileForm.read();
    const local = ProfileForm.localErrors();
    if (local.length) {
      this.showErrors(local, '');
      return;
    }
    this.say(I18n.t('status.evaluating'));
    setBusy(true);
    try {
      const response = await fetch('/api/v1/evaluations', {
        method: 'POST', headers: {'Content-Type': 'application/json', 'Accept': 'application/json',
          'Accept-Language': I18n.lang}, body: JSON.stringify(profile)});
      const body = await response.json().catch(() => null);
      if (response.ok) {
        this.clearErrors();
        this.decision = body;
        this.evaluated = profile;
        Results.render(body, profile);
        try {
          sessionStorage.setItem(DECISION_KEY, JSON.stringify({decision: body, profile}));
        } catch (e) {
          // too large for the session's storage: the result is on the page, only a reload loses it
        }
        this.say(I18n.t('status.done'));
        location.hash = '#result';
        document.getElementById('result-heading').focus();
      } else {
        location.hash = '#form';
        this.showErrors(body?.errors?.length ? body.errors : [{pointer: '', message: body?.detail || response.statusText}],
          body?.detail || '');
      }
    } catch (e) {
      this.say(I18n.t('status.failed', {error: e.message}));
    } finally {
      setBusy(false);
    }
  },

  /** Each error beside its field (found by JSON pointer, or the nearest enclosing one), and in a summary. */
  showErrors(errors, detail) {
    this.clearErrors();
    this.errors = errors;
    const list = document.getElementById('error-list');
    for (const error of errors) {
      const control = this.controlFor(error.pointer);
      const label = control ? labelOf(control) : I18n.t('errors.elsewhere');
      if (control) {
        const id = uniqueId('error');
        const message = h('span', {class: 'field-error', id}, error.message);
        control.setAttribute('aria-invalid', 'true');
        control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
        control.classList.add('invalid');
        control.after(message);
      }
      list.append(h('li', {}, control
        ? h('a', {href: '#', onclick: e => { e.preventDefault(); control.focus(); control.scrollIntoView({block: 'center'}); }},
          `${label}: ${error.message}`)
        : `${error.pointer ? error.pointer + ': ' : ''}${error.message}`));
    }
    document.getElementById('error-detail').textContent = detail;
    const summary = document.getElementById('error-summary');
    summary.hidden = false;
    summary.focus();
    this.say(I18n.t('status.rejected', {n: errors.length}));
  },

  controlFor(pointer) {
    for (let p = pointer; p; p = p.substring(0, p.lastIndexOf('/'))) {
      if (ProfileForm.pointers.has(p)) return ProfileForm.pointers.get(p);
    }
    return null;
  },

  clearErrors() {
    this.errors = [];
    document.querySelectorAll('#profile-form .field-error').forEach(e => e.remove());
    document.querySelectorAll('#profile-form [aria-invalid]').forEach(c => {
      c.removeAttribute('aria-invalid');
      c.classList.remove('invalid');
      const rest = (c.getAttribute('aria-describedby') || '').split(' ').filter(id => id && !id.startsWith('error-'));
      if (rest.length) c.setAttribute('aria-describedby', rest.join(' ')); else c.removeAttribute('aria-describedby');
    });
    document.getElementById('error-list').replaceChildren();
    document.getElementById('error-summary').hidden = true;
  },

  async loadProfile(input) {
    const file = input.files[0];
    input.value = '';
    if (!file) return;
    let profile;
    try {
      profile = JSON.parse(await file.text());
    } catch (e) {
      this.say(I18n.t('status.badJson', {file: file.name, error: e.message}));
      return;
    }
    ProfileForm.fill(profile);
    this.clearErrors();
    this.saveDraft();
    // nothing the file held may vanish unnoticed: name what the form could not carry
    const kept = leaves(ProfileForm.read());
    const lost = [...leaves(profile)].filter(([pointer, value]) => kept.get(pointer) !== value).map(([pointer]) => pointer);
    this.say(I18n.t('status.loaded', {file: file.name})
      + (lost.length ? ' ' + I18n.t('status.notCarried', {fields: lost.join(', ')}) : ''));
  },

  async importParticipants(input) {
    const file = input.files[0];
    input.value = '';
    if (!file) return;
    const errors = document.getElementById('import-errors');
    errors.replaceChildren();
    try {
      const response = await fetch('/api/v1/participants/import', {
        method: 'POST', headers: {'Content-Type': 'application/octet-stream', 'Accept': 'application/json',
          'Accept-Language': I18n.lang}, body: file});
      const body = await response.json().catch(() => null);
      if (response.ok) {
        ProfileForm.replaceParticipants(body.participants);
        this.say(I18n.t('status.imported', {n: body.participants.length, file: file.name}));
      } else {
        const problems = body?.errors?.length ? body.errors : [{message: body?.detail || response.statusText}];
        errors.append(...problems.map(p => h('li', {}, p.message)));
        this.say(I18n.t('status.importFailed', {file: file.name, n: problems.length}));
      }
    } catch (e) {
      this.say(I18n.t('status.failed', {error: e.message}));
    }
  },

  async loadRegions() {
    try {
      const regions = await (await fetch('/api/v1/ruleset/regions')).json();
      this.regions = regions;
      this.fillRegions();
    } catch (e) {
      // the region fields still take codes typed in; only the suggestions are missing
    }
  },

  fillRegions() {
    document.getElementById('regions').replaceChildren(...(this.regions || []).map(r =>
      h('option', {value: r.code}, I18n.pick(r.name))));
  },

  switchLanguage() {
    I18n.lang = I18n.lang === 'ru' ? 'en' : 'ru';
    localStorage.setItem(LANG_KEY, I18n.lang);
    // the form is rebuilt in the new language with its values, its errors shown again
    const profile = ProfileForm.read();
    const errors = this.errors;
    this.buildForm();
    ProfileForm.fill(profile);
    ProfileForm.read();
    if (errors.length) this.showErrors(errors, document.getElementById('error-detail').textContent);
    if (this.decision) Results.render(this.decision, this.evaluated);
    this.applyLanguage();
    this.fillRegions();
    document.getElementById('lang').focus();
  },

  applyLanguage() {
    I18n.apply();
    const button = document.getElementById('lang');
    button.textContent = I18n.t('lang.switch');
    button.lang = I18n.lang === 'ru' ? 'en' : 'ru';
  },

  saveDraft() {
    try {
      localStorage.setItem(DRAFT_KEY, JSON.stringify(ProfileForm.read()));
    } catch (e) {
      // a full or disabled storage only loses the draft, never the form
    }
  },

  say(message) {
    document.getElementById('status').textContent = message;
  }
};

/** What a control is called on the page: its label, its aria-label, or its section's name. */
function labelOf(control) {
  const label = control.id && document.querySelector(`label[for="${control.id}"]`);
  if (label) return label.textContent.replace(/\s*\*$/, '');
  return control.dataset.label || control.getAttribute('aria-label') || control.dataset.path || '';
}

function fileName(profile, kind) {
  const base = (profile.cluster?.name || 'cluster').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `${base || 'cluster'}-${kind}.json`;
}

/** Both Evaluate buttons are off while an evaluation runs. */
function setBusy(busy) {
  document.querySelectorAll('button[type=submit]').forEach(button => { button.disabled = busy; });
}

function debounce(action, ms) {
  let timer;
  return () => { clearTimeout(timer); timer = setTimeout(action, ms); };
}

document.addEventListener('DOMContentLoaded', () => App.start());
