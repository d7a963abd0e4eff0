'use strict';
// The decision, rendered for a reviewer: per programme the verdict in large type, every criterion
// with the value seen against the requirement, the measures with their amounts, the maturity
// blocks as a chart with the path to the next level, and the typology's regions.

const STATUS_MARK = {MET: '✓', NOT_MET: '✗', UNKNOWN: '?', NOT_APPLICABLE: '–',
  AVAILABLE: '✓', NOT_AVAILABLE: '✗', NOT_ENACTED: '–'};
const TONE = {ELIGIBLE: 'good', NOT_ELIGIBLE: 'bad', INSUFFICIENT_DATA: 'unknown', HIGH: 'good', MEDIUM: 'good',
  INITIAL: 'neutral', MET: 'good', NOT_MET: 'bad', UNKNOWN: 'unknown', NOT_APPLICABLE: 'neutral',
  AVAILABLE: 'good', NOT_AVAILABLE: 'bad', NOT_ENACTED: 'neutral'};

const Results = {
  /** pointer -> {label, focus} of the form field it names, or null: set by the page. */
  describe: () => null,

  render(decision, profile) {
    document.getElementById('empty-result').hidden = true;
    const clusterName = profile?.cluster?.name;
    document.getElementById('result-cluster').textContent = clusterName
      ? t('result.report', {name: clusterName}) : t('result.reportUnnamed');
    const meta = [
      ['meta.evaluationId', decision.evaluationId],
      ['meta.evaluatedAt', formatMoment(decision.evaluatedAt)],
      ['meta.asOf', formatDay(decision.asOf)],
      ['meta.ruleSet', `${decision.ruleSet.version} (${t('meta.loadedAt')} ${formatMoment(decision.ruleSet.loadedAt)})`],
      ['meta.inputSha256', decision.inputSha256]];
    document.getElementById('result-meta').replaceChildren(...meta.filter(([, v]) => v)
      .flatMap(([key, value]) => [h('dt', {}, t(key)), h('dd', {class: key === 'meta.inputSha256' ? 'hash' : null}, value)]));
    const names = subjectNames(profile);
    document.getElementById('programme-index').replaceChildren(h('ul', {}, decision.programmes.map(p =>
      h('li', {}, h('a', {href: '#programme-' + p.programme}, I18n.pick(p.title)), ' ', outcomeBadge(p, 'small')))));
    document.getElementById('programmes').replaceChildren(...decision.programmes.map(p => this.programme(p, names)));
  },

  programme(p, names) {
    const body = [];
    if (p.completeness) body.push(h('p', {}, t('result.completeness', {share: number(p.completeness.share * 100, 1)})));
    if (p.blocks) body.push(blocksChart(p));
    if (p.todo && p.todo.some(item => item.kind !== 'STEP')) body.push(todoList(p.todo));
    if (p.nextLevel) body.push(nextLevel(p.nextLevel, p.indicators));
    if (p.regions && p.regions.length) body.push(regions(p.regions));
    if (p.decidedBy) {
      body.push(h('p', {class: 'decided-by'}, h('strong', {}, t('result.decidedBy'), ': '), I18n.pick(p.decidedBy.text), ' ',
        h('span', {class: 'source'}, '(', sourceText(p.decidedBy.source), ')')));
    }
    if (p.findings && p.findings.length) {
      body.push(h('h3', {}, t('result.criteria')), criteriaTable(p.findings));
    }
    if (p.measures && p.measures.length) {
      body.push(h('h3', {}, t('result.measures')), measuresList(p.measures, p.measureReasons, names));
    }
    if (p.indicators) body.push(indicatorsTable(p.indicators));
    return h('section', {class: 'programme', id: 'programme-' + p.programme, 'aria-labelledby': 'title-' + p.programme},
      h('header', {class: 'programme-head'},
        h('div', {},
          h('h2', {id: 'title-' + p.programme}, I18n.pick(p.title)),
          p.edition ? h('p', {class: 'edition'}, t('meta.edition'), '\u00a0', formatDay(p.edition)) : null),
        outcomeBadge(p, 'large')),
      h('p', {class: 'summary'}, I18n.pick(p.summary)),
      p.caveats && p.caveats.length ? h('aside', {class: 'caveats', 'aria-label': t('result.caveats')},
        h('ul', {}, p.caveats.map(c => h('li', {}, I18n.pick(c))))) : null,
      body);
  }
};

/** The programme's answer: a verdict, a level with its score, or a type. */
function outcomeBadge(p, size) {
  let key; let tone; let extra = null;
  if (p.verdict) { key = 'verdict.' + p.verdict; tone = TONE[p.verdict]; }
  else if (p.level) {
    key = 'level.' + p.level; tone = TONE[p.level];
    if (p.score != null) extra = t('result.score', {score: p.score, max: number(p.maxScore)});
  } else { key = p.type ? 'type.' + p.type : 'type.none'; tone = 'neutral'; }
  const mark = {good: '✓', bad: '✗', unknown: '?'}[tone];
  return h('div', {class: `outcome ${size} tone-${tone}`, 'data-outcome': p.verdict || p.level || p.type || ''},
    mark ? h('span', {class: 'mark', 'aria-hidden': 'true'}, mark, ' ') : null,
    h('span', {class: 'outcome-text'}, p.answer ? I18n.pick(p.answer) : t(key)),
    extra ? h('span', {class: 'outcome-extra'}, extra) : null);
}

/** A status as its mark and word: "✗ не выполнен". */
function statusWords(status, prefix = 'status.') {
  return [h('span', {class: 'mark', 'aria-hidden': 'true'}, STATUS_MARK[status] || ''), ' ', t(prefix + status)];
}

function statusCell(status, prefix) {
  return h('td', {class: `status tone-${TONE[status]}`, 'data-status': status}, statusWords(status, prefix));
}

/** One finding on a line: its status, then its text. */
function findingLine(finding) {
  return [h('span', {class: `status-words tone-${TONE[finding.status]}`}, statusWords(finding.status)), ': ',
    I18n.pick(finding.text)];
}

function criteriaTable(findings) {
  return h('div', {class: 'table-scroll'}, h('table', {class: 'report criteria'},
    h('thead', {}, h('tr', {}, ['col.status', 'col.criterion', 'col.observed', 'col.required', 'col.gap', 'col.legalRef',
      'col.source'].map(k => h('th', {scope: 'col'}, t(k))))),
    h('tbody', {}, findings.map(f => h('tr', {'data-criterion': f.criterion, class: 'tone-row-' + TONE[f.status]},
      statusCell(f.status),
      h('td', {},
        h('div', {class: 'criterion-name'}, h('strong', {}, I18n.pick(f.name)), ' · ', t(f.binding ? 'result.binding' : 'result.advisory')),
        h('div', {}, I18n.pick(f.text)),
        f.missingInputs ? missingInputs(f.missingInputs) : null,
        f.parts ? parts(f.parts) : null),
      h('td', {class: 'num'}, f.observedDisplay ? I18n.pick(f.observedDisplay) : shown(f.observed)),
      h('td', {class: 'num'}, f.requiredDisplay ? I18n.pick(f.requiredDisplay) : (f.required ?? '')),
      h('td', {}, I18n.pick(f.gap)),
      h('td', {}, f.legalRef, f.verification ? h('div', {class: 'verification v-' + f.verification},
        t('verification.' + f.verification)) : null,
        f.note ? h('div', {class: 'note'}, f.note) : null),
      h('td', {class: 'source'}, sourceText(f.source)))))));
}

/** The inputs a criterion lacks, each a link to its field in the form. */
function missingInputs(pointers) {
  const items = pointers.map(pointer => {
    const field = Results.describe(pointer);
    return h('li', {}, field
      ? h('a', {href: '#form', onclick: e => { e.preventDefault(); field.focus(); }}, field.label)
      : pointer);
  });
  const title = t('result.missingCount', {n: pointers.length});
  return h('div', {class: 'missing'}, pointers.length > 3
    ? h('details', {}, h('summary', {}, title), h('ul', {}, items))
    : [title, h('ul', {}, items)]);
}

/** The rows of a criterion with several rows in force, each with its status. */
function parts(rows) {
  return h('details', {class: 'parts'}, h('summary', {}, t('result.parts', {n: rows.length})),
    h('ul', {}, rows.map(r => h('li', {'data-status': r.status},
      findingLine(r), ' ', h('span', {class: 'source'}, '(', sourceText(r.source), ')')))));
}

const MEASURE_ORDER = {AVAILABLE: 0, UNKNOWN: 1, NOT_AVAILABLE: 2, NOT_ENACTED: 3};

/**
 * The measures, a block each: whom it is open to first, then the rest; long lists fold away. A
 * reason shared by many subjects (the answer's measureReasons) is one row naming them all.
 */
function measuresList(measures, reasons, names) {
  const byId = new Map((reasons || []).map(r => [r.reason, r]));
  const groups = new Map();
  measures.forEach(m => { if (!groups.has(m.measure)) groups.set(m.measure, []); groups.get(m.measure).push(m); });
  return h('div', {class: 'measures'}, [...groups.values()].map(lines => measureBlock(lines, byId, names)));
}

function subjectName(m, names) {
  return m.participantId ? names.participants.get(m.participantId) ?? m.participantId
    : m.projectId ? t('result.project', {name: names.projects.get(m.projectId) ?? m.projectId}) : t('result.cluster');
}

/** The lines of one measure as rows: lines sharing a reason together, each line alone otherwise. */
function reasonRows(lines, reasons) {
  const rows = new Map();
  lines.forEach((line, i) => {
    const key = line.reason && reasons.has(line.reason) ? line.reason : '#' + i;
    if (!rows.has(key)) rows.set(key, {explained: reasons.get(line.reason) || line, lines: []});
    rows.get(key).lines.push(line);
  });
  return [...rows.values()];
}

function amounts(m) {
  return [
    m.amountRub != null ? h('div', {class: 'amount'}, rubles(m.amountRub)) : null,
    m.ratePercent != null ? h('div', {}, t('result.rate', {rate: number(m.ratePercent)})) : null,
    m.until ? h('div', {}, t('result.until', {date: formatDay(m.until)})) : null];
}

function measureBlock(lines, reasons, names) {
  const first = reasons.get(lines[0].reason) || lines[0];
  const counts = new Map();
  lines.forEach(m => counts.set(m.status, (counts.get(m.status) || 0) + 1));
  const rows = reasonRows(lines, reasons).sort((a, b) => MEASURE_ORDER[a.lines[0].status] - MEASURE_ORDER[b.lines[0].status]);
  const table = h('div', {class: 'table-scroll'}, h('table', {class: 'report'},
    h('thead', {}, h('tr', {}, ['col.subject', 'col.status', 'col.amount', 'result.details']
      .map(k => h('th', {scope: 'col'}, t(k))))),
    h('tbody', {}, rows.map(({explained, lines: same}) => {
      const whom = same.map(m => subjectName(m, names));
      const sameAmounts = same.every(m => m.amountRub === same[0].amountRub && m.ratePercent === same[0].ratePercent
        && m.until === same[0].until);
      return h('tr', {'data-subject': same.map(m => m.participantId || m.projectId || '').join(' ')},
        h('td', {}, whom.length > 6
          ? h('details', {}, h('summary', {}, t('result.subjects', {n: whom.length})), whom.join(', '))
          : whom.join(', ')),
        statusCell(same[0].status, 'measure.'),
        h('td', {class: 'num'}, sameAmounts ? amounts(same[0])
          : same.map(m => h('div', {}, subjectName(m, names), ': ', amounts(m)))),
        h('td', {},
          h('p', {}, I18n.pick(explained.text)),
          same.length === 1 && same[0].formula
            ? h('p', {class: 'formula'}, t('result.formula', {formula: I18n.pick(same[0].formula)})) : null,
          explained.findings ? h('ul', {class: 'measure-findings'}, explained.findings.map(f => h('li', {},
            findingLine(f), f.gap ? ` — ${I18n.pick(f.gap)}` : ''))) : null));
    }))));
  return h('section', {class: 'measure', 'data-measure': first.measure},
    h('h4', {}, I18n.pick(first.title)),
    h('p', {class: 'act'}, first.act || t('result.noAct'), ' ', first.verification ? h('span', {class: 'verification v-' + first.verification},
      '(' + t('verification.' + first.verification) + ')') : null,
      first.note ? h('span', {class: 'note'}, ' ', first.note) : null,
      ' ', h('span', {class: 'source'}, sourceText(first.source))),
    h('p', {class: 'counts'}, [...counts].sort(([a], [b]) => MEASURE_ORDER[a] - MEASURE_ORDER[b]).map(([status, n]) =>
      h('span', {class: `count-badge tone-${TONE[status]}`}, statusWords(status, 'measure.'), ': ', n))),
    rows.length > 6 ? h('details', {}, h('summary', {}, t('result.subjects', {n: lines.length})), table) : table);
}

/** The seven blocks' points against their maxima, as bars; the numbers are in the text too. */
function blocksChart(p) {
  return h('figure', {class: 'blocks'},
    h('figcaption', {}, t('result.blocksChart')),
    h('ol', {class: 'bars'}, p.blocks.map(b => {
      const share = b.max > 0 ? Math.max(0, Math.min(1, b.score / b.max)) : 0;
      return h('li', {class: 'bar', 'data-block': b.block},
        h('span', {class: 'bar-label'}, `${b.block}.\u00a0${I18n.pick(b.name)}`),
        h('span', {class: 'bar-track', 'aria-hidden': 'true'},
          h('span', {class: 'bar-fill', style: `width: ${(share * 100).toFixed(1)}%`})),
        h('span', {class: 'bar-value'}, `${number(b.score)} / ${number(b.max)}`));
    })));
}

/** What to do next, binding requirements first; the path to the next level is shown apart (nextLevel). */
function todoList(todo) {
  return h('div', {class: 'todo'},
    h('h3', {}, t('result.todo')),
    h('ol', {}, todo.filter(item => item.kind !== 'STEP').map(item => h('li', {'data-kind': item.kind},
      h('span', {class: 'criterion-id'}, t('result.todo.' + item.kind)), ' ',
      item.kind === 'MEASURE' ? h('strong', {}, t('result.todo.measure', {name: I18n.pick(item.name), n: item.subjects || 0}), ': ')
        : item.name ? h('strong', {}, I18n.pick(item.name), ': ') : null,
      todoText(item)))));
}

/** An item's words; an input to fill in links to its field in the form. */
function todoText(item) {
  const field = item.kind === 'INPUT' && item.field ? Results.describe(item.field) : null;
  return field ? h('a', {href: '#form', onclick: e => { e.preventDefault(); field.focus(); }}, I18n.pick(item.text))
    : I18n.pick(item.text);
}

function nextLevel(next, indicators) {
  const names = new Map((indicators || []).map(i => [i.indicator, I18n.pick(i.name)]));
  return h('div', {class: 'next-level'},
    h('h3', {}, t(next.level ? 'result.nextLevel.' + next.level : 'result.nextLevel.data')),
    next.pointsNeeded > 0 ? h('p', {}, t('result.pointsNeeded', {points: number(next.pointsNeeded)})) : null,
    next.missing && next.missing.length ? h('div', {class: 'table-scroll'}, h('table', {class: 'report'},
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, t('col.indicator')), h('th', {scope: 'col'}, t('col.step')),
        h('th', {scope: 'col'}, t('col.points')))),
      h('tbody', {}, next.missing.map(step => h('tr', {},
        h('td', {}, names.get(step.indicator) ?? '', h('div', {class: 'criterion-id'}, t('result.step.' + step.kind))),
        h('td', {}, I18n.pick(step.text)),
        h('td', {class: 'num'}, step.points != null ? '+' + number(step.points) : '')))))) : null);
}

function indicatorsTable(indicators) {
  return h('details', {class: 'indicators'}, h('summary', {}, t('result.indicators', {n: indicators.length})),
    h('div', {class: 'table-scroll'}, h('table', {class: 'report'},
      h('thead', {}, h('tr', {}, ['col.indicator', 'col.observed', 'col.band', 'col.points', 'col.source']
        .map(k => h('th', {scope: 'col'}, t(k))))),
      h('tbody', {}, indicators.map(i => h('tr', {},
        h('td', {}, I18n.pick(i.name)),
        h('td', {}, i.missingInputs ? missingInputs(i.missingInputs) : i.observedDisplay ? I18n.pick(i.observedDisplay) : shown(i.observed)),
        h('td', {}, I18n.pick(i.band)),
        h('td', {class: 'num'}, `${number(i.points)} / ${number(i.max)}`),
        h('td', {class: 'source'}, sourceText(i.source))))))));
}

/** The participants' regions grouped by federal district: a list, printable, no map tiles needed. */
function regions(list) {
  return h('div', {class: 'regions'}, h('h3', {}, t('result.regions')),
    h('div', {class: 'table-scroll'}, h('table', {class: 'report'},
      h('thead', {}, h('tr', {}, ['col.region', 'col.district', 'col.participants', 'col.ipser']
        .map(k => h('th', {scope: 'col'}, t(k))))),
      h('tbody', {}, [...list].sort((a, b) => (a.federalDistrict || '').localeCompare(b.federalDistrict || '')
          || b.participants - a.participants)
        .map(r => h('tr', {'data-region': r.region},
          h('td', {}, I18n.pick(r.name) || r.region),
          h('td', {}, I18n.pick(r.federalDistrictName) || r.federalDistrict || ''),
          h('td', {class: 'num'}, number(r.participants)),
          h('td', {}, r.ipser ? t('value.yes') : '')))))));
}

function subjectNames(profile) {
  return {
    participants: new Map((profile?.participants || []).map(p => [p.id, p.name ? `${p.name} (${p.id})` : p.id])),
    projects: new Map((profile?.projects || []).map(p => [p.id, p.name || p.id]))
  };
}

function sourceText(source) {
  if (!source) return '';
  return source.sheet ? t('result.sourceRow', source) : source.file;
}

function shown(value) {
  if (value == null) return '';
  if (typeof value === 'boolean') return t(value ? 'value.yes' : 'value.no');
  if (typeof value === 'number') return number(value);
  return String(value);
}

function locale() {
  return I18n.lang === 'ru' ? 'ru-RU' : 'en-GB';
}

function number(value, digits = 4) {
  return value == null ? '' : new Intl.NumberFormat(locale(), {maximumFractionDigits: digits}).format(value);
}

/** Roubles as the service writes them: "35 000 000 руб.", kopecks only when there are any. */
function rubles(value) {
  const whole = Number.isInteger(Number(value));
  return new Intl.NumberFormat(locale(), {minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2}).format(value)
    + '\u00a0' + t('unit.rub');
}
