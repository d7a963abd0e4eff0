'use strict';
// The policy page: the rule set in service, the last reload with its problems, and every criterion
// with its editions, references, verification and the dates its rows cover. Behind the admin token.

const Policy = {
  token: sessionStorage.getItem('policy-token') || '',
  data: null,

  start() {
    I18n.apply();
    document.getElementById('lang').addEventListener('click', () => {
      I18n.lang = I18n.lang === 'ru' ? 'en' : 'ru';
      document.getElementById('lang').textContent = t('lang.switch');
      I18n.apply();
      if (this.data) this.render(this.data);
    });
    document.getElementById('token-form').addEventListener('submit', e => {
      e.preventDefault();
      this.token = document.getElementById('token').value;
      sessionStorage.setItem('policy-token', this.token);
      this.load();
    });
    if (this.token) this.load();
  },

  async load() {
    const status = document.getElementById('status');
    const response = await fetch('/api/v1/policy', {headers: {'Authorization': 'Bearer ' + this.token,
      'Accept-Language': I18n.lang}});
    const body = await response.json();
    if (!response.ok) {
      status.textContent = body.detail || body.title;
      document.getElementById('policy').hidden = true;
      return;
    }
    status.textContent = '';
    this.data = body;
    this.render(body);
  },

  render(policy) {
    document.getElementById('policy').hidden = false;
    const meta = [['policy.version', policy.version], ['policy.origin', t('policy.origin.' + policy.origin)],
      ['policy.loadedAt', formatMoment(policy.loadedAt)], ['policy.files', policy.files.length]];
    document.getElementById('policy-meta').replaceChildren(...meta.flatMap(([k, v]) => [h('dt', {}, t(k)), h('dd', {}, v)]));
    const reload = policy.lastReload;
    const problems = (reload && reload.problems) || policy.homeProblems || [];
    document.getElementById('policy-reload').replaceChildren(
      h('p', {}, reload ? t(reload.applied ? 'policy.reload.applied' : 'policy.reload.refused',
        {at: formatMoment(reload.at), tried: reload.tried || '', serving: reload.serving}) : t('policy.reload.none')),
      problems.length ? problemsTable(problems) : null);
    document.getElementById('policy-programmes').replaceChildren(...policy.programmes.map(programmeBlock));
  }
};

function problemsTable(problems) {
  return h('div', {class: 'table-scroll'}, h('table', {class: 'report problems'},
    h('thead', {}, h('tr', {}, ['policy.col.file', 'policy.col.sheet', 'policy.col.cell', 'policy.col.problem', 'policy.col.fix']
      .map(k => h('th', {scope: 'col'}, t(k))))),
    h('tbody', {}, problems.map(p => h('tr', {}, h('td', {}, p.file), h('td', {}, p.sheet || ''), h('td', {}, p.cell || ''),
      h('td', {}, I18n.pick(p.problem)), h('td', {}, I18n.pick(p.fix)))))));
}

function programmeBlock(programme) {
  return h('section', {class: 'programme', 'data-programme': programme.programme},
    h('h3', {}, I18n.pick(programme.title)),
    programme.editionsChecked ? h('p', {class: 'edition'}, t('policy.editionsChecked', {date: formatDay(programme.editionsChecked)})) : null,
    programme.criteria.length ? h('div', {class: 'table-scroll'}, h('table', {class: 'report criteria'},
      h('thead', {}, h('tr', {}, ['policy.col.criterion', 'policy.col.edition', 'policy.col.requirement', 'policy.col.legalRef',
        'policy.col.verification', 'policy.col.row'].map(k => h('th', {scope: 'col'}, t(k))))),
      h('tbody', {}, programme.criteria.flatMap(c => c.rows.map((row, i) => h('tr', {'data-criterion': c.criterion},
        i === 0 ? h('td', {rowspan: c.rows.length}, h('strong', {}, I18n.pick(c.name)),
          h('div', {class: 'criterion-id'}, t(row.binding ? 'result.binding' : 'result.advisory')),
          gaps(c.coverage)) : null,
        h('td', {}, formatDay(row.from), ' — ', row.to ? formatDay(row.to) : '…',
          row.appliesWhen ? h('div', {class: 'note'}, row.appliesWhen) : null),
        h('td', {class: 'num'}, row.requirement),
        h('td', {}, row.legalRef),
        h('td', {class: 'verification v-' + row.verification}, t('verification.' + row.verification)),
        h('td', {class: 'source'}, row.source.row))))))) : null);
}

/** The spans of days no row covers, said under the criterion's name. */
function gaps(coverage) {
  const open = (coverage || []).filter(span => span.rows.length === 0);
  return open.length ? h('div', {class: 'note'}, open.map(span => t('policy.gap',
    {from: formatDay(span.from), to: span.to ? formatDay(span.to) : '…'})).join('; ')) : null;
}

document.addEventListener('DOMContentLoaded', () => Policy.start());
