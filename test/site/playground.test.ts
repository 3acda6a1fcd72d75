/**
 * Drives the built playground in headless Chromium as a user would, typing and clicking: Debian's
 * `chromium` through playwright-core, never a downloaded browser. It opens the docs site's build
 * when PLAYGROUND_DIR names it (`npm run test:browser`, after `npm run docs`); otherwise it builds
 * the playground into a temporary folder first, with the same script. Without Chromium it is
 * skipped with a loud warning, and fails when CI is set.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type Locator, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crsAssessmentFields } from '../../src/index.js';

const root = resolve(import.meta.dirname, '..', '..');
const BROWSERS = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

function findChromium(): string | undefined {
  const named = process.env['CHROMIUM_PATH'];
  if (named !== undefined && named !== '') return named;
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    for (const name of BROWSERS) {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return join(dir, name);
      } catch {
        // not in this folder
      }
    }
  }
  return undefined;
}

const executablePath = findChromium();
const NO_BROWSER = `no Chromium found (${BROWSERS.join(', ')} on PATH, or CHROMIUM_PATH); install Debian's with: apt-get install -y chromium`;

/** The English and German words the user sees, written out: the test reads the page, not the locales. */
const TEXT = {
  en: {
    temperature: 'Highest temperature',
    hypotension: 'Hypotension from CRS',
    yes: 'Yes',
    vasopressors: 'Vasopressors',
    norepinephrine: 'Norepinephrine',
    device: 'Oxygen device',
    nasalCannula: 'Nasal cannula',
    flow: 'Oxygen flow',
    grades: 'Grades',
  },
  de: {
    temperature: 'Höchste Temperatur',
    hypotension: 'Hypotonie durch CRS',
    yes: 'Ja',
    vasopressors: 'Vasopressoren',
    norepinephrine: 'Noradrenalin',
    device: 'Sauerstoffapplikation',
    nasalCannula: 'Nasenbrille',
    flow: 'Sauerstofffluss',
    grades: 'Grade',
  },
} as const;

type Words = (typeof TEXT)[keyof typeof TEXT];

/** The ASTCT worked example, entered field by field. */
async function enterWorkedExample(page: Page, words: Words): Promise<void> {
  await page.getByLabel(words.temperature).pressSequentially('38.9');
  await page.getByRole('radiogroup', { name: words.hypotension }).getByRole('radio', { name: words.yes, exact: true }).check();
  const vasopressors = page.getByRole('group', { name: words.vasopressors });
  await vasopressors.getByRole('checkbox', { name: words.norepinephrine }).check();
  await vasopressors.getByRole('checkbox', { name: 'Vasopressin' }).check();
  await page.getByLabel(words.device).selectOption({ label: words.nasalCannula });
  await page.getByLabel(words.flow).pressSequentially('4');
}

function gradeLine(page: Page, words: Words, scale: string): Locator {
  return page.getByRole('region', { name: words.grades }).getByRole('listitem').filter({ hasText: scale });
}

/** The text a screen reader reads with a control: its aria-describedby elements. */
async function descriptionOf(page: Page, control: Locator): Promise<string> {
  const ids = (await control.getAttribute('aria-describedby')) ?? '';
  const parts = await Promise.all(ids.split(/\s+/).filter((id) => id !== '').map((id) => page.locator(`[id="${id}"]`).textContent()));
  return parts.join(' ');
}

if (executablePath === undefined) {
  // Never skipped: without a browser the playground is untested, so the suite says so and fails.
  describe('playground in a real browser', () => {
    it('has a Chromium to run in (.ci/run installs it)', () => {
      throw new Error(`playground browser test cannot run: ${NO_BROWSER}`);
    });
  });
} else {
  describe('playground in a real browser', () => {
    let browser: Browser;
    let url: string;
    let built: string | undefined;
    const pageErrors: string[] = [];
    const siteDir = process.env['PLAYGROUND_DIR'];
    const inSite = siteDir !== undefined && siteDir !== '';

    beforeAll(async () => {
      let folder: string;
      if (inSite) folder = resolve(root, siteDir);
      else {
        built = mkdtempSync(join(tmpdir(), 'crs-playground-'));
        execFileSync(process.execPath, [join(root, 'scripts', 'build-playground.mjs'), '--out', built], { cwd: root, stdio: 'pipe' });
        folder = built;
      }
      url = pathToFileURL(join(folder, 'index.html')).href;
      browser = await chromium.launch({ executablePath, headless: true });
    }, 60_000);

    afterAll(async () => {
      await browser.close();
      if (built !== undefined) rmSync(built, { recursive: true, force: true });
      expect(pageErrors).toEqual([]);
    });

    async function open(): Promise<Page> {
      const page = await browser.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(url);
      await expect.poll(() => page.getByRole('tab', { name: 'CRS' }).count()).toBe(1);
      return page;
    }

    it('grades the ASTCT worked example at 3, with its reason, as it is typed', async () => {
      const page = await open();
      await enterWorkedExample(page, TEXT.en);
      const astct = gradeLine(page, TEXT.en, 'ASTCT 2019');
      await expect.poll(() => astct.textContent()).toContain('ASTCT 2019 CRS grade 3: Hypotension requiring one vasopressor, with or without vasopressin');
      expect(await astct.textContent()).toContain('Vasopressin is not counted toward multiple vasopressors.');
      // The JSON is the assessment the grader received: vasopressin is there, and not counted.
      expect(JSON.parse((await page.locator('#crs-json').textContent()) ?? '')).toEqual({
        temperatureCelsius: 38.9,
        hypotension: true,
        vasopressors: [{ agent: 'norepinephrine' }, { agent: 'vasopressin' }],
        oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 4 },
      });
      await page.close();
    }, 30_000);

    it('shows the Fahrenheit message at the temperature field', async () => {
      const page = await open();
      await enterWorkedExample(page, TEXT.en);
      const temperature = page.getByLabel(TEXT.en.temperature);
      await temperature.fill('');
      await temperature.pressSequentially('101.3');
      await expect.poll(() => temperature.getAttribute('aria-invalid')).toBe('true');
      const description = await descriptionOf(page, temperature);
      expect(description).toContain('received 101.3, which looks like degrees Fahrenheit (101.3 °F is 38.5 °C); convert it to Celsius');
      // Nowhere else: not as a form-level problem, and no grade is shown for the invalid input.
      expect(await page.getByRole('region', { name: TEXT.en.grades }).textContent()).not.toContain('Fahrenheit');
      expect(await gradeLine(page, TEXT.en, 'ASTCT 2019').count()).toBe(0);
      await page.close();
    }, 30_000);

    it('names the facts a scale still needs by their labels, never by field names', async () => {
      const page = await open();
      await enterWorkedExample(page, TEXT.en);
      const lee = gradeLine(page, TEXT.en, 'Lee 2014');
      await expect.poll(() => lee.textContent()).toContain('Lee 2014 CRS: not gradable; needs Organ toxicity grade');
      expect(await gradeLine(page, TEXT.en, 'MSKCC').textContent()).toContain('needs Vasopressor dose, Time on vasopressors, Inspired oxygen fraction (FiO2)');
      const results = (await page.getByRole('region', { name: TEXT.en.grades }).textContent()) ?? '';
      const fieldNames = crsAssessmentFields.map((field) => field.key).filter((key) => /[A-Z.]/.test(key));
      expect(fieldNames.filter((key) => results.includes(key))).toEqual([]);
      await page.close();
    }, 30_000);

    it('says the same in German after the switch, labels and messages included', async () => {
      const page = await open();
      await enterWorkedExample(page, TEXT.en);
      await page.getByLabel('Language').selectOption({ label: 'Deutsch' });
      // What was entered stays; every text changes language.
      await expect.poll(() => gradeLine(page, TEXT.de, 'ASTCT 2019').textContent()).toContain(
        'ASTCT 2019 CRS Grad 3: Hypotonie mit Bedarf an einem Vasopressor, mit oder ohne Vasopressin',
      );
      expect(await gradeLine(page, TEXT.de, 'Lee 2014').textContent()).toContain('Lee 2014 CRS: nicht einstufbar; benötigt Grad der Organtoxizität');
      expect(await gradeLine(page, TEXT.de, 'MSKCC').textContent()).toContain('Inspiratorische Sauerstofffraktion (FiO2)');
      expect(await page.locator('html').getAttribute('lang')).toBe('de');

      const temperature = page.getByLabel(TEXT.de.temperature);
      expect(await temperature.inputValue()).toBe('38.9');
      await temperature.fill('');
      await temperature.pressSequentially('101,3');
      await expect.poll(() => descriptionOf(page, temperature)).toContain('erhalten: 101,3, vermutlich in Grad Fahrenheit (101,3 °F entsprechen 38,5 °C)');

      // Entered in German from the start, too.
      const fresh = await open();
      await fresh.getByLabel('Language').selectOption({ label: 'Deutsch' });
      await enterWorkedExample(fresh, TEXT.de);
      await expect.poll(() => gradeLine(fresh, TEXT.de, 'ASTCT 2019').textContent()).toContain('ASTCT 2019 CRS Grad 3');
      await fresh.close();
      await page.close();
    }, 30_000);

    // Only in the built site: the playground beside the API reference.
    if (inSite) {
      it('is one click from the landing page, and gradeCRS one click from the playground', async () => {
        const page = await browser.newPage();
        page.on('pageerror', (error) => pageErrors.push(error.message));
        await page.goto(new URL('../index.html', url).href);
        await page.getByRole('link', { name: 'Playground: grade in your browser' }).click();
        await expect.poll(() => page.url()).toBe(url);
        await page.getByRole('navigation', { name: 'Documentation' }).getByRole('link', { name: 'gradeCRS', exact: true }).click();
        await expect.poll(() => page.url()).toMatch(/\/functions\/gradeCRS\.html$/);
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('gradeCRS');
        await page.close();
      }, 30_000);
    }

    it('grades ICANS from the ICE items', async () => {
      const page = await open();
      await page.getByRole('tab', { name: 'ICANS' }).click();
      await page.getByLabel('Age (years)').pressSequentially('58');
      for (const [label, score] of [
        ['Orientation', '4'],
        ['Naming', '3'],
        ['Following commands', '1'],
        ['Writing', '0'],
        ['Attention', '1'],
      ] as const) {
        await page.getByLabel(label).pressSequentially(score);
      }
      expect(await page.getByLabel('ICE score').isDisabled()).toBe(true);
      await page.getByLabel('Level of consciousness').selectOption({ label: 'Alert' });
      await page.getByLabel('Seizure').selectOption({ label: 'No seizure' });
      await page.getByLabel('Motor weakness').selectOption({ label: 'No focal motor weakness' });
      await page.getByLabel('Cerebral edema').selectOption({ label: 'No neuroimaging done' });
      await page.getByRole('group', { name: 'Signs of raised intracranial pressure' }).getByRole('checkbox', { name: 'None' }).check();
      const line = page.locator('#panel-icans').getByRole('region', { name: 'Grades' }).getByRole('listitem');
      await expect.poll(() => line.textContent()).toContain('ASTCT 2019 ICANS grade 1 (ICE): ICE score 7 to 9');
      await page.close();
    }, 30_000);
  });
}
