// The docs site's playground. Every form field is generated from the library's field descriptors
// (`crsAssessmentFields`, `icansAssessmentFields`) with `localizeField` texts; values go through the
// library's form validators, messages through `groupIssuesByField`, and grades are worded by
// `describe*Grading`. Only the page's own chrome (tabs, buttons, yes/no) is worded here.
import {
  type CrsAssessment,
  type CrsFieldDescriptor,
  type FieldDescriptor,
  type GradingInputError,
  type IcansAssessment,
  type InputIssue,
  type Locale,
  type Validator,
  createCrsAssessmentFormValidator,
  createIcansAssessmentFormValidator,
  crsAssessmentFields,
  describeCrsGrading,
  describeIcansGrading,
  gradeCRSOnAllScales,
  gradeICANS,
  groupIssuesByField,
  icansAssessmentFields,
  localizeField,
} from '../../src/index.js';
import { de } from '../../src/locale/de/index.js';
import { en } from '../../src/locale/en/index.js';

/** The page's own words: everything that is not a field, a value, a message or a grading. */
interface Words {
  readonly title: string;
  readonly heading: string;
  readonly intro: string;
  readonly disclaimer: string;
  readonly docs: string;
  readonly language: string;
  readonly syndrome: string;
  readonly tabs: { readonly crs: string; readonly icans: string };
  readonly yes: string;
  readonly no: string;
  readonly notStated: string;
  readonly none: string;
  readonly required: string;
  readonly choose: string;
  readonly range: (from: string, to: string, fromExcluded: boolean) => string;
  readonly readBy: (scales: string) => string;
  readonly scoreItems: string;
  readonly example: string;
  readonly clear: string;
  readonly grades: string;
  readonly notGraded: string;
  readonly stillNeeded: string;
  readonly toCorrect: string;
  readonly formProblems: string;
  readonly possibleGrades: (min: number, max: number) => string;
  readonly notGradable: string;
  readonly json: string;
  readonly jsonValid: string;
  readonly jsonInvalid: string;
}

const WORDS: Readonly<Record<'en' | 'de', Words>> = {
  en: {
    title: 'Playground · cytokine-release-syndrome',
    heading: 'Playground',
    intro:
      "A form generated from the library's field descriptors, validated by its form validator and graded on every input, on every scale. Nothing leaves your browser.",
    disclaimer: 'Not medical advice: the grades implement published criteria and do not replace clinical judgement. Check every grade before acting on it.',
    docs: 'Documentation',
    language: 'Language',
    syndrome: 'Syndrome',
    tabs: { crs: 'CRS', icans: 'ICANS' },
    yes: 'Yes',
    no: 'No',
    notStated: 'Not stated',
    none: 'None',
    required: 'required',
    choose: '— not stated —',
    range: (from, to, fromExcluded) => (fromExcluded ? `More than ${from}, up to ${to}` : `${from} to ${to}`),
    readBy: (scales) => `Read by ${scales}.`,
    scoreItems: 'Or its items',
    example: 'Fill in the worked example',
    clear: 'Clear the form',
    grades: 'Grades',
    notGraded: 'Not graded: the form is not complete or not valid yet.',
    stillNeeded: 'Still needed:',
    toCorrect: 'To correct:',
    formProblems: 'Problems with the form as a whole:',
    possibleGrades: (min, max) => (min === max ? `Grade ${min} once the missing facts are known.` : `Grade ${min} to ${max} once the missing facts are known.`),
    notGradable: 'not gradable',
    json: 'Input as JSON',
    jsonValid: 'The assessment the graders received:',
    jsonInvalid: 'The form values (not valid yet):',
  },
  de: {
    title: 'Playground · cytokine-release-syndrome',
    heading: 'Playground',
    intro:
      'Ein Formular aus den Feldbeschreibungen der Bibliothek, geprüft von ihrem Formular-Validator und bei jeder Eingabe auf jeder Skala eingestuft. Nichts verlässt Ihren Browser.',
    disclaimer:
      'Keine medizinische Beratung: Die Einstufung setzt veröffentlichte Kriterien um und ersetzt kein klinisches Urteil. Prüfen Sie jeden Grad, bevor Sie danach handeln.',
    docs: 'Dokumentation',
    language: 'Sprache',
    syndrome: 'Syndrom',
    tabs: { crs: 'CRS', icans: 'ICANS' },
    yes: 'Ja',
    no: 'Nein',
    notStated: 'Keine Angabe',
    none: 'Keine',
    required: 'Pflichtangabe',
    choose: '— keine Angabe —',
    range: (from, to, fromExcluded) => (fromExcluded ? `Mehr als ${from}, bis ${to}` : `${from} bis ${to}`),
    readBy: (scales) => `Gelesen von ${scales}.`,
    scoreItems: 'Oder die Einzelpunkte',
    example: 'Rechenbeispiel eintragen',
    clear: 'Formular leeren',
    grades: 'Grade',
    notGraded: 'Nicht eingestuft: Das Formular ist noch nicht vollständig oder nicht gültig.',
    stillNeeded: 'Noch benötigt:',
    toCorrect: 'Zu korrigieren:',
    formProblems: 'Probleme mit dem Formular als Ganzem:',
    possibleGrades: (min, max) =>
      min === max ? `Grad ${min}, sobald die fehlenden Angaben bekannt sind.` : `Grad ${min} bis ${max}, sobald die fehlenden Angaben bekannt sind.`,
    notGradable: 'nicht einstufbar',
    json: 'Eingabe als JSON',
    jsonValid: 'Die Einschätzung, die die Einstufung erhielt:',
    jsonInvalid: 'Die Formularwerte (noch nicht gültig):',
  },
};

const LOCALES: Readonly<Record<'en' | 'de', Locale>> = { en, de };

/** What one control holds: text, or the choice of a multi-select ("none" is a choice of its own). */
type ControlValue = string | { readonly none: boolean; readonly chosen: readonly string[] };

/** What the form validators take: flat dotted keys, as FormData names nested fields. */
type FormValues = Record<string, string | readonly string[]>;

type Validation<Output> = { readonly ok: true; readonly value: Output } | { readonly ok: false; readonly issues: readonly InputIssue[] };

interface GradeLine {
  readonly key: string;
  readonly text: string;
  readonly grade: number | null;
  readonly possible: { readonly min: number; readonly max: number } | null;
}

interface Panel<Output> {
  readonly id: 'crs' | 'icans';
  readonly fields: readonly FieldDescriptor[];
  readonly validate: (values: FormValues, locale: Locale) => Validation<Output>;
  readonly grade: (value: Output, locale: Locale) => readonly GradeLine[];
  readonly example: Readonly<Record<string, ControlValue>>;
}

/** A validator per locale: `~standard.validate` words its issues in that locale. */
function validatorCache<Output, Input>(create: (locale: Locale) => Validator<Output, GradingInputError, Input>) {
  const cache = new Map<Locale, Validator<Output, GradingInputError, Input>>();
  return (values: FormValues, locale: Locale): Validation<Output> => {
    let validator = cache.get(locale);
    if (validator === undefined) {
      validator = create(locale);
      cache.set(locale, validator);
    }
    const result = validator['~standard'].validate(values);
    return result.issues === undefined ? { ok: true, value: result.value } : { ok: false, issues: result.issues };
  };
}

const crsPanel: Panel<CrsAssessment> = {
  id: 'crs',
  fields: crsAssessmentFields,
  validate: validatorCache((locale) => createCrsAssessmentFormValidator({ locale })),
  grade: (assessment, locale) =>
    Object.values(gradeCRSOnAllScales(assessment)).map((grading) => ({
      key: grading.scale,
      text: describeCrsGrading(grading, locale),
      grade: grading.grade,
      possible: grading.gradable ? null : grading.possibleGrades,
    })),
  // The ASTCT worked example of the README.
  example: {
    temperatureCelsius: '38.9',
    hypotension: 'true',
    vasopressors: { none: false, chosen: ['norepinephrine', 'vasopressin'] },
    'oxygen.device': 'nasal-cannula',
    'oxygen.flowLitersPerMinute': '4',
  },
};

const icansPanel: Panel<IcansAssessment> = {
  id: 'icans',
  fields: icansAssessmentFields,
  validate: validatorCache((locale) => createIcansAssessmentFormValidator({ locale })),
  grade: (assessment, locale) => {
    const grading = gradeICANS(assessment);
    return [{ key: 'astct-2019', text: describeIcansGrading(grading, locale), grade: grading.grade, possible: null }];
  },
  example: {
    ageYears: '58',
    ice: '9',
    consciousness: 'alert',
    seizure: 'none',
    motorWeakness: 'none',
    cerebralEdema: 'not-imaged',
    raisedIcpSigns: { none: true, chosen: [] },
  },
};

type Attributes = Readonly<Record<string, string | boolean | undefined>>;

function h<Tag extends keyof HTMLElementTagNameMap>(tag: Tag, attributes: Attributes = {}, ...children: (Node | string | null)[]): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== null) element.append(child);
  return element;
}

/** One generated field on the page: how to read, restore and mark it. */
interface FieldView {
  readonly field: FieldDescriptor;
  readonly read: () => ControlValue;
  readonly write: (value: ControlValue | undefined) => void;
  readonly showMessages: (messages: readonly string[]) => void;
  readonly setDisabled: (disabled: boolean) => void;
}

function idOf(panel: Panel<unknown>, key: string): string {
  return `${panel.id}-${key.replaceAll('.', '-')}`;
}

/** The explanation under a field: its help, its range and unit, and which scales read it. */
function hintOf(field: FieldDescriptor, locale: Locale, words: Words): string {
  const text = localizeField(field, locale);
  const parts = [text.help];
  if (field.range !== null) {
    const range = words.range(locale.formatNumber(field.range.min), locale.formatNumber(field.range.max), field.range.minExclusive === true);
    parts.push(`${range}${text.unit === null ? '' : ` ${text.unit}`}.`);
  }
  const neededBy = (field as Partial<CrsFieldDescriptor>).neededBy;
  if (neededBy !== undefined && neededBy.length < Object.keys(locale.scales).length) {
    parts.push(words.readBy(neededBy.map((scale) => locale.scales[scale]).join(', ')));
  }
  return parts.filter((part) => part !== '').join(' ');
}

function messageList(element: HTMLElement, messages: readonly string[]): void {
  element.replaceChildren(...messages.map((message) => h('span', { class: 'message' }, message)));
  element.hidden = messages.length === 0;
}

/** Whether a field must be given whenever the form is (not only inside an optional object). */
function isRequired(field: FieldDescriptor, fields: readonly FieldDescriptor[]): boolean {
  if (!field.required) return false;
  const parent = fields.find((candidate) => candidate.key === field.parent);
  return parent === undefined || isRequired(parent, fields);
}

/**
 * A field's label with its unit, and a star when it is required. A group (fieldset) cannot carry
 * `aria-required`, so its legend also says "required" to a screen reader.
 */
function labelText(field: FieldDescriptor, locale: Locale, required: boolean, spoken: string | null = null): (Node | string)[] {
  const text = localizeField(field, locale);
  const parts: (Node | string)[] = [text.unit === null ? text.label : `${text.label} (${text.unit})`];
  if (required) parts.push(h('span', { class: 'required', 'aria-hidden': 'true' }, ' *'));
  if (required && spoken !== null) parts.push(h('span', { class: 'visually-hidden' }, ` (${spoken})`));
  return parts;
}

function renderField(panel: Panel<unknown>, field: FieldDescriptor, locale: Locale, words: Words, views: Map<string, FieldView>): HTMLElement | null {
  const id = idOf(panel, field.key);
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = `${helpId} ${errorId}`;
  const required = isRequired(field, panel.fields);
  const help = h('p', { class: 'help', id: helpId }, hintOf(field, locale, words));
  const error = h('p', { class: 'field-error', id: errorId, hidden: true });
  const text = localizeField(field, locale);
  const children = panel.fields.filter((candidate) => candidate.parent === field.key);
  const container = (controls: HTMLElement[], mark: (invalid: boolean) => void): FieldView['showMessages'] => (messages) => {
    messageList(error, messages);
    mark(messages.length > 0);
    for (const control of controls) control.classList.toggle('invalid', messages.length > 0);
  };

  switch (field.kind) {
    case 'number':
    case 'timestamp':
    case 'score-or-items': {
      const input = h('input', {
        id,
        name: field.key,
        type: 'text',
        inputmode: field.kind === 'timestamp' ? undefined : field.integer ? 'numeric' : 'decimal',
        autocomplete: 'off',
        spellcheck: 'false',
        'aria-describedby': describedBy,
        'aria-required': required ? 'true' : undefined,
      });
      views.set(field.key, {
        field,
        read: () => input.value,
        write: (value) => {
          input.value = typeof value === 'string' ? value : '';
        },
        showMessages: container([input], (invalid) => {
          input.setAttribute('aria-invalid', String(invalid));
        }),
        setDisabled: (disabled) => {
          input.disabled = disabled;
        },
      });
      const single = h('div', { class: 'field', 'data-key': field.key }, h('label', { for: id }, ...labelText(field, locale, required)), input, help, error);
      if (field.kind !== 'score-or-items') return single;
      // A score is given as its total or as its items: whichever is filled in disables the other.
      const items = h(
        'fieldset',
        { class: 'group items', id: `${id}-items` },
        h('legend', {}, `${words.scoreItems}: ${text.label}`),
        ...children.map((child) => renderField(panel, child, locale, words, views)),
      );
      return h('div', { class: 'score-or-items' }, single, items);
    }
    case 'one-of': {
      const select = h(
        'select',
        { id, name: field.key, 'aria-describedby': describedBy, 'aria-required': required ? 'true' : undefined },
        h('option', { value: '' }, words.choose),
        ...(text.options ?? []).map((option) => h('option', { value: option.value }, option.label)),
      );
      views.set(field.key, {
        field,
        read: () => select.value,
        write: (value) => {
          select.value = typeof value === 'string' ? value : '';
        },
        showMessages: container([select], (invalid) => {
          select.setAttribute('aria-invalid', String(invalid));
        }),
        setDisabled: (disabled) => {
          select.disabled = disabled;
        },
      });
      return h('div', { class: 'field', 'data-key': field.key }, h('label', { for: id }, ...labelText(field, locale, required)), select, help, error);
    }
    case 'boolean': {
      // Three states: an unanswered question is absent, never "no".
      const choices = [
        { value: 'true', label: words.yes },
        { value: 'false', label: words.no },
        { value: '', label: words.notStated },
      ];
      const radios = choices.map((choice, index) =>
        h('input', { type: 'radio', id: `${id}-${String(index)}`, name: `${panel.id}:${field.key}`, value: choice.value, checked: choice.value === '' }),
      );
      const group = h(
        'fieldset',
        { class: 'field choice', role: 'radiogroup', id, 'data-key': field.key, 'aria-describedby': describedBy, 'aria-required': required ? 'true' : undefined },
        h('legend', {}, ...labelText(field, locale, required)),
        h('div', { class: 'options' }, ...radios.map((radio, index) => h('label', { class: 'option' }, radio, ` ${choices[index]?.label ?? ''}`))),
        help,
        error,
      );
      views.set(field.key, {
        field,
        read: () => radios.find((radio) => radio.checked)?.value ?? '',
        write: (value) => {
          for (const radio of radios) radio.checked = radio.value === (typeof value === 'string' ? value : '');
        },
        showMessages: container([group], (invalid) => {
          group.setAttribute('aria-invalid', String(invalid));
        }),
        setDisabled: (disabled) => {
          group.disabled = disabled;
        },
      });
      return group;
    }
    case 'many-of': {
      // "None" is a choice of its own: nothing ticked is not stated (absent), never "none".
      const none = h('input', { type: 'checkbox', id: `${id}-none`, value: '', 'data-none': 'true' });
      const boxes = (text.options ?? []).map((option, index) => h('input', { type: 'checkbox', id: `${id}-${String(index)}`, name: field.key, value: option.value }));
      none.addEventListener('change', () => {
        if (none.checked) for (const box of boxes) box.checked = false;
      });
      for (const box of boxes) {
        box.addEventListener('change', () => {
          if (box.checked) none.checked = false;
        });
      }
      const group = h(
        'fieldset',
        { class: 'field choice', id, 'data-key': field.key, 'aria-describedby': describedBy },
        h('legend', {}, ...labelText(field, locale, required, words.required)),
        h(
          'div',
          { class: 'options' },
          h('label', { class: 'option' }, none, ` ${words.none}`),
          ...boxes.map((box, index) => h('label', { class: 'option' }, box, ` ${text.options?.[index]?.label ?? ''}`)),
        ),
        help,
        error,
      );
      views.set(field.key, {
        field,
        read: () => ({ none: none.checked, chosen: boxes.filter((box) => box.checked).map((box) => box.value) }),
        write: (value) => {
          const chosen = typeof value === 'object' ? value : { none: false, chosen: [] };
          none.checked = chosen.none;
          for (const box of boxes) box.checked = chosen.chosen.includes(box.value);
        },
        showMessages: container([group], (invalid) => {
          group.setAttribute('aria-invalid', String(invalid));
        }),
        setDisabled: (disabled) => {
          group.disabled = disabled;
        },
      });
      return group;
    }
    case 'object': {
      const group = h(
        'fieldset',
        { class: 'group', id, 'data-key': field.key, 'aria-describedby': describedBy },
        h('legend', {}, ...labelText(field, locale, required, words.required)),
        help,
        error,
        ...children.map((child) => renderField(panel, child, locale, words, views)),
      );
      views.set(field.key, {
        field,
        read: () => '',
        write: () => undefined,
        showMessages: container([group], () => undefined),
        setDisabled: () => undefined,
      });
      return group;
    }
    case 'list':
      // No list field in the assessments (a course's observations are one): nothing to render.
      return null;
  }
}

interface PanelView {
  readonly element: HTMLElement;
  readonly views: Map<string, FieldView>;
  readonly touched: Set<string>;
  readonly update: () => void;
}

/** The flat form values the validator takes, from the controls. */
function formValues(panel: Panel<unknown>, views: Map<string, FieldView>): FormValues {
  const values: FormValues = {};
  for (const [key, view] of views) {
    const { field } = view;
    if (field.kind === 'object') continue;
    const parent = panel.fields.find((candidate) => candidate.key === field.parent);
    if (parent?.kind === 'score-or-items') continue; // added below with its total
    const value = view.read();
    if (typeof value === 'object') {
      values[key] = value.none ? [] : value.chosen.length > 0 ? value.chosen : '';
    } else if (field.kind === 'score-or-items' && value.trim() === '') {
      const items = [...views.values()].filter((item) => item.field.parent === key);
      const given = items.filter((item) => item.read() !== '');
      if (given.length > 0) for (const item of items) values[item.field.key] = item.read() as string;
      else values[key] = '';
    } else {
      values[key] = value;
    }
  }
  return values;
}

/** The view a message belongs to: the field of its key, or of the nearest enclosing key. */
function viewOf(views: Map<string, FieldView>, key: string): FieldView | undefined {
  for (let parts = key.split('.'); parts.length > 0; parts = parts.slice(0, -1)) {
    const view = views.get(parts.join('.'));
    if (view !== undefined) return view;
  }
  return undefined;
}

function renderPanel<Output>(panel: Panel<Output>, locale: Locale, words: Words, state: ReadonlyMap<string, ControlValue>, touched: Set<string>): PanelView {
  const views = new Map<string, FieldView>();
  const fields = panel.fields.filter((field) => field.parent === null).map((field) => renderField(panel as Panel<unknown>, field, locale, words, views));
  const form = h('form', { class: 'assessment', id: `${panel.id}-form`, novalidate: true, autocomplete: 'off' }, ...fields);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
  });

  const formErrors = h('div', { class: 'form-errors', id: `${panel.id}-form-errors`, hidden: true });
  const results = h('section', { class: 'results', 'aria-labelledby': `${panel.id}-results-heading` });
  const resultsBody = h('div', { id: `${panel.id}-results`, 'aria-live': 'polite' });
  results.append(h('h2', { id: `${panel.id}-results-heading` }, words.grades), resultsBody);
  const json = h('pre', { id: `${panel.id}-json`, tabindex: '0', 'aria-labelledby': `${panel.id}-json-heading` });
  const jsonCaption = h('p', { class: 'json-caption', id: `${panel.id}-json-caption` });
  const jsonSection = h('section', { class: 'json' }, h('h2', { id: `${panel.id}-json-heading` }, words.json), jsonCaption, json);

  const example = h('button', { type: 'button', class: 'example' }, words.example);
  const clear = h('button', { type: 'button', class: 'clear' }, words.clear);

  const update = (): void => {
    // The total and the items of a score exclude each other.
    for (const view of views.values()) {
      if (view.field.kind !== 'score-or-items') continue;
      const items = [...views.values()].filter((item) => item.field.parent === view.field.key);
      view.setDisabled(items.some((item) => item.read() !== ''));
      const totalGiven = view.read() !== '';
      for (const item of items) item.setDisabled(totalGiven);
    }

    const values = formValues(panel as Panel<unknown>, views);
    const result = panel.validate(values, locale);
    const issues = result.ok ? [] : result.issues;
    // An untouched field that is only missing is listed as still needed, not marked as wrong.
    const pending = issues.filter((issue) => issue.code === 'required' && !touched.has(viewOf(views, issue.path.join('.'))?.field.key ?? ''));
    const shown = issues.filter((issue) => !pending.includes(issue));
    const grouped = groupIssuesByField(shown, { locale });
    const byView = new Map<FieldView, string[]>();
    const unplaced: string[] = [...grouped.formErrors];
    for (const [key, messages] of Object.entries(grouped.fieldErrors)) {
      const view = viewOf(views, key);
      if (view === undefined) unplaced.push(...messages);
      else byView.set(view, [...(byView.get(view) ?? []), ...messages]);
    }
    for (const view of views.values()) view.showMessages(byView.get(view) ?? []);
    formErrors.replaceChildren(...(unplaced.length === 0 ? [] : [h('p', {}, words.formProblems), h('ul', {}, ...unplaced.map((message) => h('li', {}, message)))]));
    formErrors.hidden = unplaced.length === 0;

    if (result.ok) {
      const lines = panel.grade(result.value, locale);
      resultsBody.replaceChildren(
        h(
          'ul',
          { class: 'grades' },
          ...lines.map((line) =>
            h(
              'li',
              { 'data-scale': line.key, class: line.grade === null ? 'not-gradable' : 'graded' },
              h('span', { class: 'grade', 'aria-hidden': 'true' }, line.grade === null ? '–' : String(line.grade)),
              h(
                'span',
                { class: 'text' },
                line.text,
                line.possible === null ? null : h('span', { class: 'possible' }, ` ${words.possibleGrades(line.possible.min, line.possible.max)}`),
              ),
            ),
          ),
        ),
      );
    } else {
      const order = [...views.values()];
      const needed = [...new Set(pending.map((issue) => viewOf(views, issue.path.join('.'))).filter((view) => view !== undefined))].sort(
        (a, b) => order.indexOf(a) - order.indexOf(b),
      );
      const labels = (list: readonly FieldView[]): string => list.map((view) => localizeField(view.field, locale).label).join(', ');
      const wrong = order.filter((view) => byView.has(view));
      resultsBody.replaceChildren(
        h('p', { class: 'not-graded' }, words.notGraded),
        ...(wrong.length === 0 ? [] : [h('p', { class: 'to-correct' }, `${words.toCorrect} ${labels(wrong)}`)]),
        ...(needed.length === 0 ? [] : [h('p', { class: 'still-needed' }, `${words.stillNeeded} ${labels(needed)}`)]),
      );
    }
    jsonCaption.textContent = result.ok ? words.jsonValid : words.jsonInvalid;
    // Empty fields are absent: the JSON shows what the validator was given.
    const given = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
    json.textContent = JSON.stringify(result.ok ? result.value : given, null, 2);
  };

  const touch = (event: Event): void => {
    const control = event.target;
    if (!(control instanceof HTMLElement)) return;
    const key = control.closest<HTMLElement>('[data-key]')?.dataset['key'];
    if (key !== undefined) touched.add(key);
    update();
  };
  form.addEventListener('input', touch);
  form.addEventListener('change', touch);
  example.addEventListener('click', () => {
    for (const [key, view] of views) {
      view.write(panel.example[key]);
      touched.add(key);
    }
    update();
  });
  clear.addEventListener('click', () => {
    for (const view of views.values()) view.write(undefined);
    touched.clear();
    update();
  });

  for (const [key, view] of views) view.write(state.get(key));
  const element = h(
    'div',
    { class: 'panel-body' },
    h('div', { class: 'form-column' }, h('p', { class: 'actions' }, example, ' ', clear), formErrors, form),
    h('div', { class: 'output-column' }, results, jsonSection),
  );
  update();
  return { element, views, touched, update };
}

function start(): void {
  const tabs = document.getElementById('tabs');
  const panels = document.getElementById('panels');
  const language = document.getElementById('language');
  if (tabs === null || panels === null || !(language instanceof HTMLSelectElement)) throw new Error('playground: the page lacks #tabs, #panels or #language');

  const all: readonly Panel<unknown>[] = [crsPanel as Panel<unknown>, icansPanel as Panel<unknown>];
  const states = new Map<string, { values: Map<string, ControlValue>; touched: Set<string> }>(all.map((panel) => [panel.id, { values: new Map(), touched: new Set() }]));
  let active: Panel<unknown>['id'] = 'crs';

  const render = (): void => {
    const code = language.value === 'de' ? 'de' : 'en';
    const locale = LOCALES[code];
    const words = WORDS[code];
    document.documentElement.lang = locale.code;
    document.title = words.title;
    for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
      const key = element.dataset['text'] as keyof Words;
      const text = words[key];
      if (typeof text === 'string') element.textContent = text;
    }
    tabs.setAttribute('aria-label', words.syndrome);

    const buttons = all.map((panel) =>
      h(
        'button',
        { type: 'button', role: 'tab', id: `tab-${panel.id}`, 'aria-controls': `panel-${panel.id}`, 'aria-selected': String(panel.id === active), tabindex: panel.id === active ? '0' : '-1' },
        words.tabs[panel.id],
      ),
    );
    const sections = all.map((panel) => {
      const state = states.get(panel.id);
      if (state === undefined) throw new Error(`playground: no state for ${panel.id}`);
      const view = renderPanel(panel, locale, words, state.values, state.touched);
      // Keep what was entered across a change of language.
      view.element.addEventListener('input', () => {
        for (const [key, field] of view.views) state.values.set(key, field.read());
      });
      view.element.addEventListener('change', () => {
        for (const [key, field] of view.views) state.values.set(key, field.read());
      });
      view.element.addEventListener('click', (event) => {
        if (event.target instanceof HTMLButtonElement) for (const [key, field] of view.views) state.values.set(key, field.read());
      });
      return h('section', { role: 'tabpanel', id: `panel-${panel.id}`, 'aria-labelledby': `tab-${panel.id}`, hidden: panel.id !== active }, view.element);
    });
    const select = (index: number): void => {
      const panel = all[index];
      if (panel === undefined) return;
      active = panel.id;
      buttons.forEach((button, other) => {
        button.setAttribute('aria-selected', String(other === index));
        button.tabIndex = other === index ? 0 : -1;
        const section = sections[other];
        if (section !== undefined) section.hidden = other !== index;
      });
      buttons[index]?.focus();
    };
    buttons.forEach((button, index) => {
      button.addEventListener('click', () => {
        select(index);
      });
      button.addEventListener('keydown', (event) => {
        if (event.key === 'ArrowRight') select((index + 1) % buttons.length);
        if (event.key === 'ArrowLeft') select((index + buttons.length - 1) % buttons.length);
      });
    });
    tabs.replaceChildren(...buttons);
    panels.replaceChildren(...sections);
  };

  language.addEventListener('change', render);
  render();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
