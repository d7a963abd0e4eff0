'use strict';
// The profile form: built from the description below, read into the API's JSON and filled from it.
// Every control knows the JSON pointer it fills, so the API's errors land next to the right field.

const ENUMS = {
  declaredScope: ['REGIONAL', 'INTERREGIONAL', 'NATIONAL'],
  governanceBody: ['NONE', 'EXISTS', 'MEETS_2PLUS_PER_YEAR'],
  kind: ['INDUSTRIAL', 'RESEARCH', 'EDUCATION', 'INFRASTRUCTURE', 'FINANCIAL', 'PRODUCTION_SERVICES', 'PUBLIC_BODY', 'OTHER'],
  specialTerritories: ['MONOTOWN', 'GEOSTRATEGIC', 'IPSER_REGION'],
  contractType: ['IMPORT_SUBSTITUTION_PROJECT', 'SUPPLY', 'PRODUCTION_SERVICES'],
  frpOpinion: ['NONE', 'POSITIVE', 'NEGATIVE'],
  excellenceLabel: ['NONE', 'BRONZE', 'SILVER', 'GOLD']
};

const bool = path => ({path, type: 'bool'});
const int = path => ({path, type: 'int'});

/** The profile's sections in the order of the API's example; a table section names its table. */
const SECTIONS = [
  {id: 'general', hint: 'hint.general',
    fields: [{path: '/asOf', type: 'date'}, int('/reportingYear'), {path: '/keyRatePercent', type: 'decimal'}]},
  {id: 'cluster', fields: [
    {path: '/cluster/name', type: 'text', required: true, wide: true},
    {path: '/cluster/declaredScope', type: 'enum', values: 'declaredScope'},
    int('/cluster/foundedYear'),
    {path: '/cluster/registryDecisionDate', type: 'date'}]},
  {id: 'specializedOrganization', fields: [
    {path: '/specializedOrganization/name', type: 'text', wide: true},
    {path: '/specializedOrganization/inn', type: 'text'},
    {path: '/specializedOrganization/region', type: 'region'},
    bool('/specializedOrganization/legalEntity'),
    bool('/specializedOrganization/inLiquidationOrBankruptcy'),
    bool('/specializedOrganization/hasTaxArrears'),
    bool('/specializedOrganization/authorizedByParticipants'),
    {path: '/specializedOrganization/staffFte', type: 'decimal'},
    int('/specializedOrganization/foundedYear'),
    {path: '/specializedOrganization/governanceBody', type: 'enum', values: 'governanceBody'},
    bool('/specializedOrganization/staffTraining'),
    {path: '/specializedOrganization/budgetRub', type: 'decimal'},
    {path: '/specializedOrganization/nonBudgetShare', type: 'share'},
    bool('/specializedOrganization/financialPlan2y'),
    {path: '/specializedOrganization/serviceTypes', type: 'list', wide: true},
    {path: '/specializedOrganization/serviceUsageShare', type: 'share'}]},
  {id: 'participants', table: 'participants', hint: 'hint.participants'},
  {id: 'purchases', table: 'purchases', hint: 'hint.purchases'},
  {id: 'contracts', table: 'contracts', hint: 'hint.contracts'},
  {id: 'projects', table: 'projects', hint: 'hint.projects'},
  {id: 'strategy', fields: ['document', 'kpiTargets', 'kpiMonitoring', 'updatedWithin3Years', 'developmentProgramme']
      .map(name => bool('/strategy/' + name))},
  {id: 'communications', fields: [bool('/communications/website'), bool('/communications/websiteUpdated90d'),
    bool('/communications/websiteEnglish'), int('/communications/eventsPerYear'), int('/communications/mediaItemsPerYear'),
    bool('/communications/satisfactionSurvey2y')]},
  {id: 'international', fields: [int('/international/agreements'), int('/international/actionsPerYear'),
    bool('/international/eccpProfile'), {path: '/international/excellenceLabel', type: 'enum', values: 'excellenceLabel'}]},
  {id: 'innovation', fields: [int('/innovation/outputsPerYear')]}
];

/** Tables: their columns (key = the JSON path inside a row) and whether "none" can be said. */
const TABLES = {
  participants: {columns: [
    {key: 'id', type: 'text', size: 5}, {key: 'name', type: 'text', size: 22}, {key: 'inn', type: 'text', size: 11},
    {key: 'kind', type: 'enum', values: 'kind'}, {key: 'region', type: 'region', size: 8},
    {key: 'okved', type: 'text', size: 6}, {key: 'sme', type: 'bool'}, {key: 'signedAgreement', type: 'bool'},
    {key: 'specialTerritories', type: 'enumSet', values: 'specialTerritories'},
    {key: 'producedClusterProductLastPeriod', type: 'bool'}, {key: 'organizingProduction', type: 'bool'},
    {key: 'exporter', type: 'bool'}, {key: 'employees', type: 'int', size: 7},
    {key: 'inputsRub', type: 'decimal', size: 13}, {key: 'inputsFromParticipantsRub', type: 'decimal', size: 13},
    {key: 'importedInputsRub', type: 'decimal', size: 13}, {key: 'startBatchSubsidyReceivedRub', type: 'decimal', size: 13},
    {key: 'spic/counterparty', type: 'text', size: 8}, {key: 'spic/type', type: 'text', size: 4},
    {key: 'spic/signed', type: 'date'}, {key: 'spic/ends', type: 'date'}, {key: 'spic/obligesClusterSupply', type: 'bool'}]},
  purchases: {columns: [
    {key: 'purchaser', type: 'ref'}, {key: 'supplierId', type: 'ref'}, {key: 'supplierName', type: 'text', size: 20},
    {key: 'costRub', type: 'decimal', size: 13}, {key: 'date', type: 'date'}]},
  contracts: {none: true, columns: [
    {key: 'from', type: 'ref'}, {key: 'to', type: 'ref'}, {key: 'type', type: 'enum', values: 'contractType'}]},
  projects: {none: true, columns: [
    {key: 'id', type: 'text', size: 5}, {key: 'name', type: 'text', size: 20}, {key: 'participantIds', type: 'refs'},
    {key: 'importSubstitution', type: 'bool'}, {key: 'costRub', type: 'decimal', size: 13},
    {key: 'loanRub', type: 'decimal', size: 13}, {key: 'priorityProduct', type: 'bool'},
    {key: 'frpOpinion', type: 'enum', values: 'frpOpinion'}]}
};

const ProfileForm = {
  root: null,
  /** Pointer -> control, as of the last read: where an API error about that pointer is shown. */
  pointers: new Map(),
  /** Pointer of a whole section -> its name, for links to it. */
  sectionNames: new Map(),
  onChange: () => {},

  build(root) {
    this.root = root;
    root.replaceChildren(...SECTIONS.map(section => this.section(section)));
    if (!root.dataset.listening) {
      // the form is rebuilt on a language switch; the root and its listeners stay
      root.addEventListener('input', () => this.onChange());
      root.addEventListener('change', () => this.onChange());
      root.dataset.listening = 'true';
    }
  },

  section(section) {
    const headingId = 'section-' + section.id;
    return h('fieldset', {class: 'section', id: 'fs-' + section.id, 'aria-labelledby': headingId},
      h('legend', {id: headingId}, h('h2', {}, I18n.t('section.' + section.id))),
      section.hint ? h('p', {class: 'hint'}, I18n.t(section.hint)) : null,
      section.table ? this.tableSection(section.table) : h('div', {class: 'grid'}, section.fields.map(f => this.field(f))));
  },

  field(field) {
    const id = 'f' + field.path.replaceAll('/', '-');
    const hint = field.type === 'share' ? 'hint.share' : field.type === 'list' ? 'hint.list' : null;
    const hintId = hint ? id + '-hint' : null;
    const control = this.control(field, {id, 'aria-describedby': hintId});
    control.dataset.path = field.path;
    return h('div', {class: 'field' + (field.wide ? ' wide' : '')},
      h('label', {for: id}, I18n.t('f:' + field.path), field.required ? h('span', {class: 'required'}, ' *') : null),
      hint ? h('span', {class: 'hint', id: hintId}, I18n.t(hint)) : null,
      control);
  },

  /** A control for one value; a group of checkboxes for a set of enumeration values. */
  control(spec, attrs) {
    const options = (values, none) => [h('option', {value: ''}, I18n.t(none)),
      ...values.map(([value, label]) => h('option', {value}, label))];
    switch (spec.type) {
      case 'enum':
        return h('select', attrs, options(ENUMS[spec.values].map(v => [v, I18n.t(`e:${spec.values}:${v}`)]), 'value.none'));
      case 'bool':
        return h('select', attrs, options([['true', I18n.t('value.yes')], ['false', I18n.t('value.no')]], 'value.none'));
      case 'ref':
        return h('select', {...attrs, class: 'ref'}, options([], 'value.pick'));
      case 'refs':
        return h('select', {...attrs, class: 'ref', multiple: true, size: 3});
      case 'enumSet':
        // nothing ticked is "no data"; "none of these" is said with its own box (an empty list)
        return h('span', {...attrs, role: 'group', class: 'checks'}, [...ENUMS[spec.values], ''].map(v =>
          h('label', {}, h('input', {type: 'checkbox', value: v}), ' ',
            v ? I18n.t(`e:${spec.values}:${v}`) : I18n.t('value.noneOf'))));
      case 'date':
        return h('input', {...attrs, type: 'date'});
      default:
        return h('input', {...attrs, type: 'text', size: spec.size,
          inputmode: ['int'].includes(spec.type) ? 'numeric' : ['decimal', 'share'].includes(spec.type) ? 'decimal' : null,
          list: spec.type === 'region' ? 'regions' : null, autocomplete: 'off', spellcheck: spec.type === 'text' ? null : 'false'});
    }
  },

  tableSection(name) {
    const table = TABLES[name];
    const body = h('tbody', {id: 'rows-' + name});
    const parts = [
      h('div', {class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': I18n.t('section.' + name)},
        h('table', {class: 'entry', id: 'table-' + name},
          h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, '#'),
            table.columns.map(c => h('th', {scope: 'col'}, I18n.t(`f:${name}/${c.key}`))), h('th', {scope: 'col'}, ''))),
          body)),
      h('div', {class: 'table-actions'},
        h('button', {type: 'button', class: 'secondary', id: 'add-' + name, dataset: {label: I18n.t('section.' + name)},
          onclick: () => {
          const row = this.addRow(name);
          this.renumber(name);
          this.refreshRefs(row);
          this.onChange();
          row.querySelector('input, select').focus();
        }}, '+ ' + I18n.t('table.add.' + name)),
        h('span', {class: 'count', id: 'count-' + name, 'aria-live': 'polite'}))];
    if (table.none) {
      parts.push(h('label', {class: 'none'}, h('input', {type: 'checkbox', id: 'none-' + name}), ' ',
        I18n.t('table.none.' + name)));
    }
    if (name === 'participants') {
      parts.push(this.importControls());
    }
    return parts;
  },

  importControls() {
    return h('div', {class: 'import'},
      h('label', {for: 'participants-file'}, I18n.t('import.label')),
      h('input', {type: 'file', id: 'participants-file', accept: '.csv,.xlsx,text/csv',
        'aria-describedby': 'participants-file-hint'}),
      h('span', {class: 'hint', id: 'participants-file-hint'}, I18n.t('import.replace'), ' ', I18n.t('import.templates'), ' ',
        h('a', {href: '/api/v1/participants/template.csv', download: 'participants.csv'}, 'CSV'), ' · ',
        h('a', {href: '/api/v1/participants/template.xlsx', download: 'participants.xlsx'}, 'XLSX')),
      h('ul', {id: 'import-errors', class: 'import-errors'}));
  },

  /** Adds a row; the caller renumbers and refreshes the participant choices, once for many rows. */
  addRow(name, values = {}) {
    const body = document.getElementById('rows-' + name);
    const n = body.rows.length + 1;
    const row = h('tr', {});
    row.append(h('th', {scope: 'row', class: 'rownum'}, String(n)));
    for (const column of TABLES[name].columns) {
      const control = this.control(column, {'aria-label': cellLabel(name, column.key, n)});
      control.dataset.key = column.key;
      row.append(h('td', {}, control));
    }
    row.append(h('td', {}, h('button', {type: 'button', class: 'remove', 'aria-label': I18n.t('table.remove', {n}),
      onclick: () => { row.remove(); this.renumber(name); this.refreshRefs(); this.onChange(); }}, '×')));
    body.append(row);
    if (name === 'participants' && values.id === undefined) {
      values = {...values, id: this.freeId()};
    }
    for (const column of TABLES[name].columns) {
      this.write(column, row.querySelector(`[data-key="${column.key}"]`), getPath(values, '/' + column.key));
    }
    return row;
  },

  /** The first code p1, p2, … no participant row has yet. */
  freeId() {
    const taken = new Set(this.rows('participants').map(r => r.querySelector('[data-key="id"]').value.trim())
      .filter(Boolean));
    let n = taken.size + 1;
    while (taken.has('p' + n)) n += 1;
    return 'p' + n;
  },

  renumber(name) {
    this.rows(name).forEach((row, i) => {
      const n = i + 1;
      row.cells[0].textContent = String(n);
      TABLES[name].columns.forEach(column => row.querySelector(`[data-key="${column.key}"]`)
        .setAttribute('aria-label', cellLabel(name, column.key, n)));
      row.querySelector('.remove').setAttribute('aria-label', I18n.t('table.remove', {n}));
    });
    document.getElementById('count-' + name).textContent = I18n.t('table.count', {n: this.rows(name).length});
  },

  rows(name) {
    return [...document.getElementById('rows-' + name).rows];
  },

  /** The participants as choices for contracts, projects and purchases: shown by name, kept by code. */
  refreshRefs(scope = this.root) {
    const people = this.rows('participants').map(row => {
      const id = row.querySelector('[data-key="id"]').value.trim();
      const name = row.querySelector('[data-key="name"]').value.trim();
      return [id, name ? `${name} (${id})` : id];
    }).filter(([id]) => id);
    scope.querySelectorAll('select.ref').forEach(select => {
      const chosen = new Set([...select.selectedOptions].map(o => o.value));
      const keep = select.multiple ? [] : [select.options[0]];
      const known = new Set(people.map(([id]) => id));
      // a code no participant has any more stays visible, so that the choice is not lost silently
      const stale = [...chosen].filter(id => id && !known.has(id)).map(id => [id, id]);
      select.replaceChildren(...keep, ...[...people, ...stale].map(([id, label]) =>
        h('option', {value: id, selected: chosen.has(id)}, label)));
    });
  },

  /** Reads the form into a profile, recording which control each pointer came from. */
  read() {
    this.pointers = new Map();
    this.sectionNames = new Map();
    const profile = {};
    for (const section of SECTIONS) {
      // a whole section missing ("/specializedOrganization") is pointed at by its first field
      if (section.fields && section.id !== 'general') {
        this.pointers.set('/' + section.id, this.root.querySelector(`[data-path="${section.fields[0].path}"]`));
        this.sectionNames.set('/' + section.id, I18n.t('section.' + section.id));
      }
      for (const field of section.fields || []) {
        const control = this.root.querySelector(`[data-path="${field.path}"]`);
        this.pointers.set(field.path, control);
        const value = this.value(field, control);
        if (value !== undefined) setPath(profile, field.path, value);
      }
    }
    profile.participants = this.readRows('participants', '/participants');
    this.pointers.set('/participants', document.getElementById('add-participants'));
    this.readPurchases(profile.participants);
    for (const name of ['contracts', 'projects']) {
      const rows = this.readRows(name, '/' + name);
      this.pointers.set('/' + name, document.getElementById('add-' + name));
      if (rows.length > 0 || document.getElementById('none-' + name).checked) profile[name] = rows;
    }
    return profile;
  },

  readRows(name, base) {
    return this.rows(name).map((row, i) => {
      const item = {};
      for (const column of TABLES[name].columns) {
        const control = row.querySelector(`[data-key="${column.key}"]`);
        const pointer = `${base}/${i}/${column.key}`;
        this.pointers.set(pointer, control);
        const value = this.value(column, control);
        if (value !== undefined) setPath(item, '/' + column.key, value);
      }
      this.pointers.set(`${base}/${i}`, row.querySelector('input, select'));
      return item;
    });
  },

  /** Purchases are entered in one table and sent inside their purchaser, as the API has them. */
  readPurchases(participants) {
    this.rows('purchases').forEach((row, i) => {
      const cell = key => row.querySelector(`[data-key="${key}"]`);
      const column = key => TABLES.purchases.columns.find(c => c.key === key);
      const purchaser = participants.findIndex(p => p.id === cell('purchaser').value);
      // a purchase without a purchaser cannot be placed: it stays in the form, marked, and is not sent
      if (purchaser < 0) {
        this.pointers.set(`#purchases/${i}/purchaser`, cell('purchaser'));
        return;
      }
      const purchases = participants[purchaser].startBatchPurchases ??= [];
      const base = `/participants/${purchaser}/startBatchPurchases/${purchases.length}`;
      const purchase = {};
      for (const key of ['supplierId', 'supplierName', 'costRub', 'date']) {
        this.pointers.set(`${base}/${key}`, cell(key));
        const value = this.value(column(key), cell(key));
        if (value !== undefined) purchase[key] = value;
      }
      this.pointers.set(base, cell('purchaser'));
      purchases.push(purchase);
    });
  },

  /** Errors found before sending: purchases without a purchaser. */
  localErrors() {
    return [...this.pointers.keys()].filter(p => p.startsWith('#purchases/'))
      .map(pointer => ({pointer, message: I18n.t('errors.purchaser')}));
  },

  /** Fills the form from a profile; what the form cannot hold is reported by the caller. */
  fill(profile) {
    for (const section of SECTIONS) {
      for (const field of section.fields || []) {
        this.write(field, this.root.querySelector(`[data-path="${field.path}"]`), getPath(profile, field.path));
      }
    }
    for (const name of Object.keys(TABLES)) document.getElementById('rows-' + name).replaceChildren();
    (profile.participants || []).forEach(p => this.addRow('participants', p));
    (profile.participants || []).forEach(p => (p.startBatchPurchases || []).forEach(purchase =>
      this.addRow('purchases', {...purchase, purchaser: p.id})));
    for (const name of ['contracts', 'projects']) {
      (profile[name] || []).forEach(item => this.addRow(name, item));
      document.getElementById('none-' + name).checked = Array.isArray(profile[name]) && profile[name].length === 0;
    }
    for (const name of Object.keys(TABLES)) this.renumber(name);
    this.refreshRefs();
  },

  /** Replaces the participants (an imported table), keeping everything else. */
  replaceParticipants(participants) {
    document.getElementById('rows-participants').replaceChildren();
    participants.forEach(p => this.addRow('participants', p));
    this.renumber('participants');
    this.refreshRefs();
    this.onChange();
  },

  /** A control's value as the API takes it; undefined when empty ("no data"). */
  value(spec, control) {
    if (spec.type === 'enumSet') {
      const checked = [...control.querySelectorAll('input:checked')].map(c => c.value);
      const values = checked.filter(Boolean);
      return values.length ? values : checked.length ? [] : undefined;
    }
    if (spec.type === 'refs') {
      const chosen = [...control.selectedOptions].map(o => o.value);
      return chosen.length ? chosen : undefined;
    }
    const raw = control.value.trim();
    if (raw === '') return undefined;
    switch (spec.type) {
      case 'bool': return raw === 'true';
      case 'int': return /^-?\d+$/.test(raw) ? Number(raw) : raw;
      case 'decimal': return asNumber(raw);
      case 'share': {
        const percent = asNumber(raw);
        return typeof percent === 'number' ? Number((percent / 100).toFixed(10)) : raw;
      }
      case 'list': return raw.split(',').map(s => s.trim()).filter(Boolean);
      case 'region': return regionCode(raw);
      default: return raw;
    }
  },

  write(spec, control, value) {
    if (spec.type === 'enumSet') {
      const none = Array.isArray(value) && value.length === 0;
      control.querySelectorAll('input').forEach(c => { c.checked = c.value ? (value || []).includes(c.value) : none; });
    } else if (spec.type === 'refs' || spec.type === 'ref') {
      const chosen = new Set(Array.isArray(value) ? value : value == null ? [] : [value]);
      // the participants may not all be there yet: keep the codes and let refreshRefs name them
      [...chosen].filter(v => ![...control.options].some(o => o.value === v))
        .forEach(v => control.append(h('option', {value: v}, v)));
      [...control.options].forEach(o => { o.selected = chosen.has(o.value); });
    } else if (value == null) {
      control.value = '';
    } else if (spec.type === 'share') {
      control.value = typeof value === 'number' ? String(Number((value * 100).toFixed(8))) : String(value);
    } else if (spec.type === 'list') {
      control.value = Array.isArray(value) ? value.join(', ') : String(value);
    } else {
      control.value = String(value);
    }
  }
};

/** What a table cell's control is called: its column and its row ("Регион, строка 3"). */
function cellLabel(table, key, row) {
  return `${I18n.t(`f:${table}/${key}`)}, ${I18n.t('table.row', {n: row})}`;
}

/** "12 000 000,5" -> 12000000.5; text that is not a number is sent as it is, for the API to point at. */
function asNumber(raw) {
  const plain = raw.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : raw;
}

function setPath(target, pointer, value) {
  const keys = pointer.split('/').slice(1);
  let node = target;
  keys.slice(0, -1).forEach(key => { node = node[key] ??= {}; });
  node[keys[keys.length - 1]] = value;
}

function getPath(source, pointer) {
  return pointer.split('/').slice(1).reduce((node, key) => (node == null ? undefined : node[key]), source);
}

/** Every leaf of a JSON value as pointer -> JSON text: what a round trip through the form must keep. */
function leaves(value, pointer = '', out = new Map()) {
  if (value !== null && typeof value === 'object' && (Array.isArray(value) ? value.length : Object.keys(value).length)) {
    for (const [key, child] of Object.entries(value)) leaves(child, `${pointer}/${key}`, out);
  } else {
    out.set(pointer, JSON.stringify(value));
  }
  return out;
}

/** A region typed by its code or its name (either language, any case) as its code; anything else as typed. */
function regionCode(raw) {
  const normal = text => text.trim().replace(/\s+/g, ' ').toLowerCase().replace(/ё/g, 'е');
  const typed = normal(raw);
  const region = (App.regions || []).find(r => r.code.toLowerCase() === typed
    || normal(r.name.ru || '') === typed || normal(r.name.en || '') === typed);
  return region ? region.code : raw;
}
