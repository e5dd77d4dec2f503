// Drives the Swagger UI in a real Chromium: Authorize by signing in on the built-in provider's page (the
// authorization-code flow with PKCE, X-5), then register a work order through "Try it out" with that sign-in's token
// and check the 201 answer. Run by ../e2e.sh, which starts the API and creates the user with create-admin.
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

const baseUrl = requiredEnv('E2E_BASE_URL');
const screenshotPath = requiredEnv('E2E_SCREENSHOT');
const profileDir = requiredEnv('E2E_PROFILE_DIR');
const chromiumPath = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const userName = requiredEnv('E2E_USER');
const password = requiredEnv('E2E_PASSWORD');

const workOrderPath = '/api/v1/work-orders';
// WO-1: WO-<year>-<6-digit sequence>.
const workOrderNumber = /^WO-\d{4}-\d{6}$/;
// Generous for a loaded machine (the first request compiles EF queries), yet bounded.
const stepTimeoutMs = 30_000;
const executeTimeoutMs = 60_000;

function requiredEnv(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set (run build/e2e.sh)`);
  }
  return value;
}

async function callApi(method, path, { token, body } = {}) {
  const headers = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(baseUrl + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(stepTimeoutMs),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  }
  return JSON.parse(text);
}

async function step(name, action) {
  const started = Date.now();
  try {
    const result = await action();
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
    return result;
  } catch (error) {
    throw new Error(`step "${name}" failed: ${error.message}`, { cause: error });
  }
}

function seedCustomer(token) {
  return callApi('POST', '/api/v1/customers', {
    token,
    body: {
      name: 'E2E Machinery Ltd',
      phone: '021-55550100',
      address: '1 Test Road, Shanghai',
      zone: 'Urban',
      equipment: [
        { model: 'CNC-5000', serialNumber: `E2E-${Date.now()}`, purchaseDate: '2025-06-01', warrantyEndsOn: '2027-06-01' },
      ],
    },
  });
}

function launchChromium() {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    timeout: 60_000,
    viewport: { width: 1400, height: 1000 },
    // Without the background-networking flags Chromium dials out and the closed network refuses it.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

// The dialog lists every scheme, each with its own buttons; the OAuth2 one opens the provider's sign-in page in a
// window of its own, which Swagger UI's redirect page closes once the code is exchanged for a token.
async function signIn(page, context) {
  await page.locator('.auth-wrapper button.authorize').click();
  const dialog = page.locator('.modal-ux');
  const oauth = dialog.locator('.auth-container').filter({ has: page.locator('h4', { hasText: 'authorizationCode' }) });
  const [signInWindow] = await Promise.all([context.waitForEvent('page'), oauth.locator('button.authorize').click()]);
  await signInWindow.waitForLoadState('domcontentloaded');
  if (!new URL(signInWindow.url()).pathname.startsWith('/account/sign-in')) {
    throw new Error(`expected the provider's sign-in page, the window shows ${signInWindow.url()}`);
  }
  await signInWindow.locator('input[name="userName"]').fill(userName);
  await signInWindow.locator('input[name="password"]').fill(password);
  await Promise.all([signInWindow.waitForEvent('close', { timeout: stepTimeoutMs }), signInWindow.locator('button[type="submit"]').click()]);
  // Signed in: the scheme offers Logout instead of Authorize.
  await oauth.locator('button', { hasText: 'Logout' }).waitFor();
  await oauth.locator('button', { hasText: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
}

// By method and path, not by the element id: ids derive from tag and operationId, which may change.
const workOrderTag = 'Work orders';

function createWorkOrderOperation(page) {
  const paths = [workOrderPath, `${workOrderPath}/`].map((path) => `.opblock-summary-path[data-path="${path}"]`);
  return page.locator('.opblock.opblock-post').filter({ has: page.locator(paths.join(', ')) });
}

async function expand(operation) {
  // The document has some thirty tags and renders them as the page scrolls: the UI's filter box narrows it to the
  // order's tag first, as a person would; then scroll until the operation is there (or let the count say what was found).
  const page = operation.page();
  await page.locator('input.operation-filter-input').fill(workOrderTag);
  for (let tries = 0; tries < 40 && (await operation.count()) === 0; tries++) {
    await page.mouse.wheel(0, 4000);
    await page.waitForTimeout(250);
  }
  const count = await operation.count();
  if (count !== 1) {
    const tags = await page.locator('.opblock-tag').allInnerTexts();
    const shown = await page.locator('.opblock').count();
    throw new Error(`expected one POST ${workOrderPath} operation in the Swagger UI, found ${count} (${shown} operations shown under ${tags.length} tags: ${tags.map((tag) => tag.split('\n')[0]).join(', ')})`);
  }
  await operation.locator('.opblock-summary').first().click();
  await operation.locator('.opblock-body').waitFor();
}

async function tryItOut(operation, requestBody) {
  await operation.locator('button.try-out__btn').click();
  await operation.locator('textarea.body-param__text').fill(JSON.stringify(requestBody, null, 2));
  await operation.locator('button.execute').click();
}

async function createdOrderShown(operation, customerId) {
  const liveResponse = operation.locator('.live-responses-table .response').first();
  await liveResponse.waitFor({ timeout: executeTimeoutMs });
  const status = (await liveResponse.locator('.response-col_status').innerText()).trim();
  const body = await liveResponse.locator('.response-col_description pre').first().innerText();
  if (status !== '201') {
    throw new Error(`expected status 201, the UI shows ${status}: ${body}`);
  }
  const order = JSON.parse(body);
  if (!workOrderNumber.test(order.number ?? '')) {
    throw new Error(`number ${JSON.stringify(order.number)} does not match ${workOrderNumber}`);
  }
  if (order.customerId !== customerId || order.status !== 'Registered') {
    throw new Error(`unexpected order: customerId ${order.customerId}, status ${order.status}`);
  }
  return order;
}

// Stored, and registered as the signed-in user: the audit trail names who registered it.
async function assertStoredAsTheSignedInUser(order, token) {
  const stored = await callApi('GET', `${workOrderPath}/${order.id}`, { token });
  if (stored.number !== order.number) {
    throw new Error(`GET answered number ${stored.number}, the UI showed ${order.number}`);
  }
  const { accessToken: auditorToken } = await callApi('POST', '/api/v1/auth/dev-token', { body: { userName: 'e2e-auditor', roles: ['Manager'] } });
  const audit = await callApi('GET', `/api/v1/audit?entityId=${order.id}`, { token: auditorToken });
  const registration = audit.items.find((entry) => entry.command === 'RegisterWorkOrder');
  if (registration?.changedBy !== userName) {
    throw new Error(`the registration was recorded as changed by ${registration?.changedBy}, not ${userName}`);
  }
}

async function main() {
  // The customer is seeded outside the browser, with a dev token; the order is registered by the signed-in user.
  const { accessToken } = await step('dev token to seed a customer', () =>
    callApi('POST', '/api/v1/auth/dev-token', { body: { userName: 'e2e-dispatcher', roles: ['Dispatcher'] } }),
  );
  const customer = await step('seed a customer with one machine', () => seedCustomer(accessToken));
  const requestBody = {
    customerId: customer.id,
    equipmentId: customer.equipment[0].id,
    problemDescription: 'Spindle vibrates above 3000 rpm (browser check)',
    priority: 'Urgent',
    channel: 'Phone',
  };

  await mkdir(dirname(screenshotPath), { recursive: true });
  const context = await step('launch Chromium', launchChromium);
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(stepTimeoutMs);
  // Swagger UI shows only "Failed to fetch"; the browser knows why.
  page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && console.log(`console error: ${message.text()}`));
  page.on('requestfailed', (request) =>
    console.log(`note: ${request.method()} ${request.url()} failed: ${request.failure()?.errorText}`),
  );
  try {
    await step('open /swagger', async () => {
      await page.goto(`${baseUrl}/swagger`, { waitUntil: 'domcontentloaded', timeout: 30_000 });
      await page.locator('.opblock').first().waitFor({ timeout: 30_000 });
    });
    await step(`sign in as ${userName} on the provider's page (code flow with PKCE)`, () => signIn(page, context));
    const operation = createWorkOrderOperation(page);
    await step(`expand POST ${workOrderPath}`, () => expand(operation));
    await step('Try it out, fill the body, Execute', () => tryItOut(operation, requestBody));
    const order = await step('response shows 201 and a work-order number', () => createdOrderShown(operation, customer.id));
    await step(`the order is stored, registered by ${userName}`, () => assertStoredAsTheSignedInUser(order, accessToken));
    await operation.scrollIntoViewIfNeeded();
    await operation.screenshot({ path: screenshotPath });
    console.log(`registered ${order.number} in the Swagger UI; screenshot ${screenshotPath}`);
  } catch (error) {
    const failurePath = screenshotPath.replace(/\.png$/, '-failure.png');
    await page.screenshot({ path: failurePath }).catch(() => {});
    throw new Error(`${error.message}\n(screenshot of the page: ${failurePath})`, { cause: error });
  } finally {
    await context.close();
  }
}

try {
  await main();
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
}
