import { createHash } from 'node:crypto';

// The scripted pass of the contract check (check.mjs): every operation of docs/openapi.json on its success path and
// its main refusals (401, 403, 404, 409 with a ruleId, 412 for a stale If-Match, 400 for invalid input, 422 for a
// reused Idempotency-Key), on records it creates itself through the API. It speaks HTTP paths, not C# types.
//
// Each step names itself and the status it expects. A step marked `bad` is a request deliberately outside the
// contract (no token, a field missing, a value out of range, an unknown property): Prism must report it, and only
// those may carry request violations. Actions without fields send `{}` when the document gives them a body, and no
// body when it does not.

/** Unique per run, so the walk can run again on the same database. */
const run = Math.random().toString(36).slice(2, 6).toUpperCase();
const OCTETS = 'application/octet-stream';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Operations whose success this check cannot reach, each with the reason and the tests that cover it: the walk still
 * sends their refusals through Prism, and the check fails if it sends none.
 */
export const SUCCESS_OUT_OF_REACH = new Map([
  ['POST /api/v1/price-list/import', 'Prism passes a body on as UTF-8 text, so a workbook (a ZIP archive) cannot reach the API intact; PriceListTests import real workbooks'],
]);
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000001';

const iso = date => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
const minutesFromNow = minutes => iso(new Date(Date.now() + minutes * 60_000));
/** The company's calendar (Asia/Shanghai, UTC+8, no daylight saving). */
const shanghai = (offsetDays = 0) => new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000);
const today = (offsetDays = 0) => shanghai(offsetDays).toISOString().slice(0, 10);
const thisMonth = () => shanghai().toISOString().slice(0, 7);
const lastMonth = () => {
  const now = shanghai();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
};

class Client {
  constructor({ base, operations, stepHeader }) {
    this.base = `${base}/api/v1`;
    this.operations = operations;
    this.stepHeader = stepHeader;
    this.steps = new Map();
    this.failures = [];
  }

  /**
   * One request. `as` is a bearer token (none: anonymous); `body` is sent as JSON unless it is a string or bytes;
   * `expect` a status or a list of them; `bad` says why the request is deliberately outside the contract.
   */
  async send(step, { as, method = 'GET', path, body, headers = {}, expect = 200, bad }) {
    const id = `${this.steps.size + 1}. ${step}`;
    this.steps.set(id, { step, bad });
    const sent = { ...headers, [this.stepHeader]: id };
    if (as) sent.authorization = `Bearer ${as}`;
    // A form sets its own multipart content type, boundary included.
    if (body !== undefined && !(body instanceof FormData)) {
      sent['content-type'] ??= 'application/json';
    }
    const response = await fetch(this.base + path, {
      method,
      headers: sent,
      body: body === undefined ? undefined : typeof body === 'string' || body instanceof Uint8Array || body instanceof FormData ? body : JSON.stringify(body),
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    const expected = [expect].flat();
    if (!expected.includes(response.status)) {
      this.failures.push(`step "${id}": ${method} ${path} answered ${response.status}, the walk expects ${expected.join(' or ')}: ${text.slice(0, 400)}`);
    }
    return { status: response.status, headers: response.headers, json, text, bytes, etag: response.headers.get('etag') };
  }

  get(step, as, path, options = {}) {
    return this.send(step, { as, path, ...options });
  }

  post(step, as, path, body, options = {}) {
    return this.send(step, { as, method: 'POST', path, body, ...options });
  }

  put(step, as, path, body, options = {}) {
    return this.send(step, { as, method: 'PUT', path, body, ...options });
  }

  /** A correction: a JSON merge patch (RFC 7396). */
  patch(step, as, path, body, options = {}) {
    const { headers = {}, ...rest } = options;
    return this.send(step, { as, method: 'PATCH', path, body, headers: { 'content-type': 'application/merge-patch+json', ...headers }, ...rest });
  }

  /** An action without fields: `{}` where the document describes a body, nothing where it does not. */
  act(step, as, path, options = {}) {
    const operation = this.operations.match('POST', `/api/v1${path}`);
    return this.post(step, as, path, operation?.hasBody ? {} : undefined, options);
  }

  async token(userName, roles, technicianId) {
    const body = technicianId ? { userName, roles, technicianId } : { userName, roles };
    const answer = await this.post(`dev token for ${userName}`, undefined, '/auth/dev-token', body);
    return answer.json?.accessToken;
  }
}

/**
 * `alongside` (the README walkthrough) runs while the anonymous pass, which changes nothing, goes over the document;
 * the rest of the walk waits for both. Returns the steps, the walk's failures, and what `alongside` returned.
 */
export async function walk({ base, operations, stepHeader, alongside = async () => undefined }) {
  const w = new Client({ base, operations, stepHeader });
  const [besides] = await Promise.all([alongside(), everyOperationRefusesAnonymousCallers(w)]);

  // Tokens, one per office role.
  const admin = await w.token('walk.admin', ['Admin']);
  const manager = await w.token('walk.manager', ['Manager']);
  const lead = await w.token('walk.lead', ['TeamLead']);
  const dispatcher = await w.token('walk.dispatcher', ['Dispatcher']);
  const finance = await w.token('walk.finance', ['Finance']);
  const hr = await w.token('walk.hr', ['HR']);
  const warehouse = await w.token('walk.warehouse', ['Warehouse']);
  const quality = await w.token('walk.quality', ['Quality']);
  await w.post('dev token: roles not an array', undefined, '/auth/dev-token', { userName: 'x', roles: 'Manager' },
    { expect: 400, bad: 'roles must be an array' });

  const people = await technicians(w, { admin, manager, lead, dispatcher });
  // X-4 (r2): a team lead acts on the team of the technician their user is linked to; from here on, North's lead.
  const northLead = people.teamLead.token;
  const customer = await customers(w, { dispatcher, manager, hr, people });
  await renewalTasks(w, { dispatcher, hr, people });
  const orders = await workOrders(w, { dispatcher, manager, lead: northLead, leadOfNoTeam: lead, finance, warehouse, hr, people, customer });
  await money(w, { finance, manager, people, orders });
  await priceList(w, { admin, finance, dispatcher, hr, people });
  await salesLeads(w, { dispatcher, people, customer, orders });
  await complaints(w, { dispatcher, lead: northLead, manager, hr, people, customer, orders });
  await inquiries(w, { dispatcher, manager, people, customer });
  await returns(w, { dispatcher, manager, finance, warehouse, quality, people });
  await partsReplacements(w, { dispatcher, manager, warehouse, people, customer });
  await partsOrders(w, { dispatcher, manager, finance, warehouse, people, customer });
  await assessments(w, { lead: northLead, manager, hr, people });
  await reports(w, { lead: northLead, manager, hr, dispatcher, people });
  await handovers(w, { manager, hr, dispatcher, people });
  await users(w, { admin, dispatcher, people });
  await workingCalendar(w, { admin, dispatcher });
  await w.get('audit of an order', admin, `/audit?entityId=${orders.onSite}&page=1&pageSize=20`);
  await w.get('audit: not for a dispatcher', dispatcher, '/audit', { expect: 403 });

  return { steps: w.steps, failures: w.failures, besides };
}

/** 401 from every operation but the dev token: the walk's one pass over the whole document, four requests at a time. */
async function everyOperationRefusesAnonymousCallers(w) {
  // Not HEAD: Prism reads the refusal's body, which a HEAD answer never has, and fails (the authorization matrix test checks its 401).
  const pending = w.operations.all.filter(operation => operation.template !== '/api/v1/auth/dev-token' && operation.method !== 'HEAD');
  const next = async () => {
    for (let operation = pending.shift(); operation; operation = pending.shift()) {
      await w.send(`no token: ${operation.operationId}`, {
        method: operation.method,
        // A calendar's year is a number: its route matches nothing else.
        path: operation.template.replace('/api/v1', '').replace('{year}', '2099').replace(/\{[^}]+\}/g, NO_SUCH_ID),
        body: !operation.hasBody ? undefined : operation.bodyType === OCTETS ? new Uint8Array(0) : {},
        headers: operation.bodyType === OCTETS ? { 'content-type': OCTETS, 'content-range': 'bytes 0-0/1' }
          : operation.bodyType ? { 'content-type': operation.bodyType } : {},
        expect: 401,
        bad: 'no bearer token',
      });
    }
  };
  await Promise.all([next(), next(), next(), next()]);
}

async function technicians(w, { admin, manager, lead, dispatcher }) {
  const hire = async (suffix, name, position = 'FieldTechnician', team = 'North', supervisorId = undefined) => {
    const answer = await w.post(`hire ${name}`, admin, '/technicians', {
      employeeNumber: `W${run}-${suffix}`, name, phone: `1390000${suffix}`, team, position, payLevel: 3, hireDate: '2021-03-01', supervisorId,
    }, { expect: 201 });
    return answer.json;
  };
  const field = await hire('01', 'Li Field');
  const colleague = await hire('02', 'Wang Colleague');
  const teamLead = await hire('03', 'Zhao Lead', 'TeamLead');
  const leaver = await hire('04', 'Sun Leaver', 'FieldTechnician', 'North', teamLead.id);
  const other = await hire('05', 'Qian Other');

  await w.post('hire: duplicate employee number (TE-1)', admin, '/technicians', {
    employeeNumber: field.employeeNumber, name: 'Copy', phone: '1', team: 'North', position: 'Installer', payLevel: 1, hireDate: '2022-01-01',
  }, { expect: 409 });
  await w.post('hire: name missing', admin, '/technicians', {
    employeeNumber: `W${run}-99`, phone: '1', team: 'North', position: 'Installer', payLevel: 1, hireDate: '2022-01-01',
  }, { expect: 400, bad: 'a required property is missing' });
  await w.post('hire: not for a dispatcher', dispatcher, '/technicians', {
    employeeNumber: `W${run}-98`, name: 'X', phone: '1', team: 'North', position: 'Installer', payLevel: 1, hireDate: '2022-01-01',
  }, { expect: 403 });

  const read = await w.get('a technician', dispatcher, `/technicians/${field.id}`);
  await w.get('a technician: unknown id', dispatcher, `/technicians/${NO_SUCH_ID}`, { expect: 404 });
  await w.get('technicians of a team', dispatcher, '/technicians?team=North&page=1&pageSize=50');
  await w.get('technicians by status', manager, '/technicians?status=Active');

  // Corrections (TE-1 r2): a merge patch with the ETag just read; the team changes only through a handover (TE-3).
  const uncorrected = await w.get('a technician to correct', manager, `/technicians/${colleague.id}`);
  const corrected = await w.patch('correct a technician\'s phone and pay level', manager, `/technicians/${colleague.id}`, { phone: '13911110002', payLevel: 4 },
    { headers: { 'if-match': uncorrected.etag } });
  await w.patch('correct a technician: stale If-Match', manager, `/technicians/${colleague.id}`, { payLevel: 5 }, { headers: { 'if-match': uncorrected.etag }, expect: 412 });
  await w.patch('correct a technician: no If-Match', manager, `/technicians/${colleague.id}`, { payLevel: 5 },
    { expect: 428, bad: 'the required If-Match header is missing' });
  await w.patch('correct a technician: the team (TE-3)', manager, `/technicians/${colleague.id}`, { team: 'South' }, { headers: { 'if-match': corrected.etag }, expect: 409 });
  await w.patch('correct a technician: not for a dispatcher', dispatcher, `/technicians/${colleague.id}`, { payLevel: 5 }, { headers: { 'if-match': corrected.etag }, expect: 403 });

  // Leave and return (TE-2): an OnLeave technician cannot be given work.
  const away = await w.act('start leave', manager, `/technicians/${other.id}/leave`);
  await w.act('start leave: already on leave', manager, `/technicians/${other.id}/leave`, { expect: 409 });
  await w.act('return from leave: stale If-Match', manager, `/technicians/${other.id}/return-from-leave`, { headers: { 'if-match': read.etag }, expect: 412 });
  const onLeave = { ...other, etag: away.etag };

  // Property (TE-4) and discipline (TE-5).
  const issued = await w.post('issue a tool', manager, `/technicians/${leaver.id}/property`, {
    kind: 'Tool', description: 'Torque wrench', assetTag: `TW-${run}`, issuedOn: '2024-05-01', originalPrice: 1200,
  });
  await w.post('issue a tool: the asset is already issued', manager, `/technicians/${leaver.id}/property`, {
    kind: 'Tool', description: 'Torque wrench', assetTag: `TW-${run}`, issuedOn: '2024-05-01', originalPrice: 1200,
  }, { expect: 409 });
  await w.post('issue a device', manager, `/technicians/${colleague.id}/property`, {
    kind: 'Device', description: 'Tablet', assetTag: `TB-${run}`, issuedOn: '2024-06-01',
  });
  const tablet = (await w.get('the colleague with the tablet', manager, `/technicians/${colleague.id}`)).json?.property?.[0];
  await w.post('return the tablet', manager, `/technicians/${colleague.id}/property/${tablet?.id}/return`, { on: today() });
  await w.post('return the tablet again', manager, `/technicians/${colleague.id}/property/${tablet?.id}/return`, { on: today() }, { expect: 409 });
  await w.post('return: unknown item', manager, `/technicians/${colleague.id}/property/${NO_SUCH_ID}/return`, { on: today() }, { expect: 404 });
  await w.post('return: date missing', manager, `/technicians/${colleague.id}/property/${tablet?.id}/return`, { lost: false },
    { expect: 400, bad: 'a required property is missing' });
  await w.post('record discipline', lead, `/technicians/${field.id}/discipline`, { kind: 'LateArrival', occurredOn: today(-1), note: 'Twenty minutes late' });
  await w.post('record discipline: in the future', lead, `/technicians/${field.id}/discipline`, { kind: 'Absence', occurredOn: today(3), note: 'x' }, { expect: 409 });
  await w.post('record discipline: not for a dispatcher', dispatcher, `/technicians/${field.id}/discipline`, { kind: 'Absence', occurredOn: today(-1), note: 'x' }, { expect: 403 });
  await w.post('record discipline: an unknown kind', lead, `/technicians/${field.id}/discipline`, { kind: 'Napping', occurredOn: today(-1), note: 'x' },
    { expect: 400, bad: 'a value outside the enum' });

  // Tokens of the technicians themselves.
  const token = (technician, name) => w.token(`walk.${name}`, ['Technician'], technician?.id);
  return {
    field: { ...field, token: await token(field, 'field') },
    colleague: { ...colleague, token: await token(colleague, 'colleague') },
    teamLead: { ...teamLead, token: await w.token('walk.teamlead', ['TeamLead'], teamLead?.id) },
    leaver: { ...leaver, token: await token(leaver, 'leaver'), toolId: issued.json?.property?.[0]?.id },
    onLeave,
    manager,
  };
}

async function customers(w, { dispatcher, manager, hr, people }) {
  const registered = await w.post('register a customer', dispatcher, '/customers', {
    name: `Walk Precision ${run}`, phone: `021-7${run}`, address: '1 Contract Road', zone: 'Urban',
    equipment: [
      { model: 'CNC-5000', serialNumber: `SN-${run}-1`, purchaseDate: '2025-06-01', warrantyEndsOn: '2027-06-01', contractEndsOn: '2028-06-01' },
    ],
  }, { expect: 201 });
  const customer = registered.json;
  await w.post('register a customer: zone missing', dispatcher, '/customers', { name: 'No zone', phone: '1', address: 'x' },
    { expect: 400, bad: 'a required property is missing' });
  await w.post('register a customer: not for HR', hr, '/customers', { name: 'x', phone: '1', address: 'x', zone: 'Urban' }, { expect: 403 });

  const read = await w.get('a customer', dispatcher, `/customers/${customer.id}`);
  await w.get('a customer: unknown id', dispatcher, `/customers/${NO_SUCH_ID}`, { expect: 404 });
  await w.get('customers found by phone', dispatcher, `/customers?search=${encodeURIComponent(customer.phone)}`);
  await w.get('customers of a zone', manager, '/customers?zone=Urban&page=1&pageSize=5');

  const added = await w.post('add a machine out of warranty', dispatcher, `/customers/${customer.id}/equipment`, {
    model: 'Lathe L-2', serialNumber: `SN-${run}-2`, purchaseDate: '2019-01-10', warrantyEndsOn: '2020-01-10',
  }, { headers: { 'if-match': read.etag } });
  await w.post('add a machine: stale If-Match', dispatcher, `/customers/${customer.id}/equipment`, {
    model: 'Lathe L-3', serialNumber: `SN-${run}-3`, purchaseDate: '2019-01-10', warrantyEndsOn: '2020-01-10',
  }, { headers: { 'if-match': read.etag }, expect: 412 });
  await w.post('add a machine: already registered (CU-1)', dispatcher, `/customers/${customer.id}/equipment`, {
    model: 'Lathe L-2', serialNumber: `SN-${run}-2`, purchaseDate: '2019-01-10', warrantyEndsOn: '2020-01-10',
  }, { expect: 409 });
  await w.post('responsible technician', dispatcher, `/customers/${customer.id}/responsible-technician`, { technicianId: people.leaver.id });
  await w.post('responsible technician: unknown technician', dispatcher, `/customers/${customer.id}/responsible-technician`, { technicianId: NO_SUCH_ID }, { expect: 400 });
  await w.post('log a check-up call', dispatcher, `/customers/${customer.id}/contacts`, { kind: 'FollowUpCall', contactedOn: today(), note: 'All fine' });
  await w.post('log a visit with what it brought to light (CU-5)', dispatcher, `/customers/${customer.id}/contacts`, {
    kind: 'Visit', contactedOn: today(), note: 'Quarterly visit', productQualityFeedback: 'Spindle noisy', customerNeeds: 'A second line',
    competitorNews: 'A rival offers 3-year service', creditStanding: 'Pays on time', newProductInterest: 'Laser cutter',
  });
  await w.post('log a visit in the future (CU-4)', dispatcher, `/customers/${customer.id}/contacts`, { kind: 'Visit', contactedOn: today(5) }, { expect: 409 });

  // Corrections (CU-1 r2): merge patches with the card's ETag; a machine's contract may name its arrival hours (WO-6 r2).
  const card = await w.get('the card to correct', dispatcher, `/customers/${customer.id}`);
  const newPhone = await w.patch('correct the phone number', dispatcher, `/customers/${customer.id}`, { phone: `021-8${run}` }, { headers: { 'if-match': card.etag } });
  await w.patch('correct the phone number: stale If-Match', dispatcher, `/customers/${customer.id}`, { phone: `021-9${run}` }, { headers: { 'if-match': card.etag }, expect: 412 });
  await w.patch('correct the phone number: no If-Match', dispatcher, `/customers/${customer.id}`, { phone: `021-9${run}` },
    { expect: 428, bad: 'the required If-Match header is missing' });
  const contractHours = await w.patch('correct a machine\'s contract arrival hours', dispatcher, `/customers/${customer.id}/equipment/${customer.equipment?.[0]?.id}`,
    { arrivalWorkingHours: 24, contractEndsOn: '2028-12-31' }, { headers: { 'if-match': newPhone.etag } });
  await w.patch('correct a machine: its model (CU-1)', dispatcher, `/customers/${customer.id}/equipment/${customer.equipment?.[0]?.id}`, { model: 'CNC-7000' },
    { headers: { 'if-match': contractHours.etag }, expect: 409 });
  await w.patch('correct a machine: unknown machine', dispatcher, `/customers/${customer.id}/equipment/${NO_SUCH_ID}`, { purchaseDate: '2025-05-01' },
    { headers: { 'if-match': contractHours.etag }, expect: 404 });

  for (const list of ['contracts', 'warranties', 'visits']) {
    await w.get(`reminders: ${list}`, dispatcher, `/reminders/${list}?page=1&pageSize=20`);
  }
  await w.get('reminders: not for a technician', people.field.token, '/reminders/visits', { expect: 403 });

  return { ...customer, warrantyMachine: customer.equipment?.[0]?.id, oldMachine: added.json?.equipment?.find(e => e.serialNumber === `SN-${run}-2`)?.id };
}

/** CU-3 (r2): the demo data's contract ending in 20 days has had its renewal task opened by the job, which the check runs every few seconds. */
async function renewalTasks(w, { dispatcher, hr, people }) {
  let tasks;
  for (let attempt = 0; attempt < 30 && !tasks?.json?.items?.length; attempt++) {
    if (attempt > 0) {
      await new Promise(resolve => setTimeout(resolve, 1000));
    }
    tasks = await w.get('renewal tasks', dispatcher, '/renewal-tasks?status=Open&page=1&pageSize=20');
  }
  const task = tasks.json?.items?.[0];
  if (!task) {
    w.failures.push('renewal tasks: the job opened no task for the demo data\'s contract ending in 20 days');
    return;
  }
  const read = await w.get('a renewal task', dispatcher, `/renewal-tasks/${task.id}`);
  await w.get('a renewal task: unknown id', dispatcher, `/renewal-tasks/${NO_SUCH_ID}`, { expect: 404 });
  await w.get('renewal tasks of a technician', dispatcher, `/renewal-tasks?technicianId=${task.technicianId ?? people.field.id}`);
  await w.get('a technician\'s own renewal tasks', people.field.token, '/renewal-tasks');
  await w.get('renewal tasks: not for HR', hr, '/renewal-tasks', { expect: 403 });
  await w.post('renewal outcome: a new end date without Renewed', dispatcher, `/renewal-tasks/${task.id}/outcome`, { outcome: 'Declined', renewedUntil: today(800) }, { expect: 400 });
  await w.post('renewal outcome: outcome missing', dispatcher, `/renewal-tasks/${task.id}/outcome`, { note: 'x' }, { expect: 400, bad: 'a required property is missing' });
  await w.post('renewal outcome', dispatcher, `/renewal-tasks/${task.id}/outcome`, { outcome: 'Pending', note: 'Customer asks for a quote' }, { headers: { 'if-match': read.etag } });
}

async function workOrders(w, { dispatcher, manager, lead, leadOfNoTeam, finance, warehouse, hr, people, customer }) {
  const { field, colleague, onLeave } = people;
  const register = (step, body, options) => w.post(step, dispatcher, '/work-orders', {
    customerId: customer.id, equipmentId: customer.warrantyMachine, problemDescription: 'Spindle vibrates above 3000 rpm',
    priority: 'Normal', channel: 'Phone', ...body,
  }, { expect: 201, ...options });

  // Registration, the idempotent retry and the reused key (X-3).
  const key = `walk-${run}-register`;
  const first = await register('register an order', {}, { headers: { 'idempotency-key': key } });
  const onSite = first.json?.id;
  const replay = await register('register an order: the retry is replayed', {}, { headers: { 'idempotency-key': key } });
  if (replay.headers.get('idempotent-replayed') !== 'true' || replay.json?.id !== onSite) {
    w.failures.push('the retry of a registration with the same Idempotency-Key was not replayed');
  }
  await register('register an order: the key reused for another body', { priority: 'Urgent' }, { headers: { 'idempotency-key': key }, expect: 422 });
  await register('register an order: problem missing', { problemDescription: undefined }, { expect: 400, bad: 'a required property is missing' });
  await register('register an order: neither customer nor customerId', { customerId: undefined }, { expect: 400 });
  await register('register an order with a new customer and machine', {
    customerId: undefined, equipmentId: undefined, zone: 'Suburban', priority: 'Urgent', channel: 'WebForm',
    customer: { name: `Walk Newcomer ${run}`, phone: `021-8${run}`, address: '9 New Road', zone: 'Suburban' },
    equipment: { model: 'Press P-9', serialNumber: `SN-${run}-9`, purchaseDate: '2024-02-01', warrantyEndsOn: '2025-02-01' },
  });
  await register('register an order: in the future (WO-1)', { receivedAt: minutesFromNow(120) }, { expect: 409 });
  await register('register an order: not for Finance', {}, { as: finance, expect: 403 });

  const read = await w.get('an order', dispatcher, `/work-orders/${onSite}`);
  await w.get('an order by its number (WO-1)', dispatcher, `/work-orders/by-number/${read.json?.number}`);
  await w.get('an order by its number: unknown', dispatcher, '/work-orders/by-number/WO-2026-999999', { expect: 404 });
  await w.get('an order: unknown id', dispatcher, `/work-orders/${NO_SUCH_ID}`, { expect: 404 });
  await w.get('its clocks', hr, `/work-orders/${onSite}/sla`);

  // On site, warranty: assign, plan, contact, arrive, start, work, parts, resolve, follow up, reopen.
  const assigned = await w.post('assign', dispatcher, `/work-orders/${onSite}/assign`, { technicianId: field.id }, { headers: { 'if-match': read.etag } });
  await w.post('cancel: stale If-Match', dispatcher, `/work-orders/${onSite}/cancel`, { reason: 'duplicate' }, { headers: { 'if-match': read.etag }, expect: 412 });
  await w.post('assign to a technician on leave (TE-2)', dispatcher, `/work-orders/${onSite}/assign`, { technicianId: onLeave.id, reason: 'cover' }, { expect: 409 });
  await w.post('assign: technicianId not a UUID', dispatcher, `/work-orders/${onSite}/assign`, { technicianId: 'T-0001' }, { expect: 400, bad: 'a value of the wrong format' });
  await w.post('assign: not for a technician', field.token, `/work-orders/${onSite}/assign`, { technicianId: field.id }, { expect: 403 });
  await w.act('start before the visit is planned (WO-4)', field.token, `/work-orders/${onSite}/start`, { expect: 409 });
  await w.post('plan: someone else\'s order', colleague.token, `/work-orders/${onSite}/plan`, { method: 'OnSite' }, { expect: 404 });
  await w.post('plan: a property the action does not take', field.token, `/work-orders/${onSite}/plan`, { method: 'OnSite', summary: 'Started' },
    { expect: 400, bad: 'an unknown property' });
  await w.post('plan on site', field.token, `/work-orders/${onSite}/plan`, { method: 'OnSite', note: 'Replace the spindle bearing' });
  await w.post('contact: an on-site visit without a window (WO-4)', field.token, `/work-orders/${onSite}/contact`, { note: 'Called' }, { expect: 409 });
  await w.post('contact with the appointment', field.token, `/work-orders/${onSite}/contact`, {
    appointmentStart: minutesFromNow(10), appointmentEnd: minutesFromNow(120), note: 'Customer at the plant all day',
  });
  // WO-20: the visit opens within 30 minutes, so it is due for reconfirmation until the technician reconfirms it.
  await w.get('visits due for reconfirmation (WO-20)', field.token, '/work-orders/visits/due-for-reconfirmation?page=1&pageSize=20');
  await w.post('move the visit without a reason (WO-20)', field.token, `/work-orders/${onSite}/contact`, {
    appointmentStart: minutesFromNow(15), appointmentEnd: minutesFromNow(120),
  }, { expect: 409 });
  await w.post('move the visit, with the reason and when the customer heard (WO-20)', field.token, `/work-orders/${onSite}/contact`, {
    appointmentStart: minutesFromNow(15), appointmentEnd: minutesFromNow(120), moveReason: 'Previous job overran', customerToldAt: minutesFromNow(-1),
  });
  await w.post('reconfirm the visit (WO-20)', field.token, `/work-orders/${onSite}/reconfirm-visit`, {});
  await w.get('visits moved with the customer told late (WO-20)', lead,
    `/work-orders/visits/told-late?from=${encodeURIComponent(minutesFromNow(-600))}&to=${encodeURIComponent(minutesFromNow(10))}`);
  await w.get('visits told late: not for a dispatcher', dispatcher, '/work-orders/visits/told-late', { expect: 403 });
  await w.get('the technician\'s day (WO-21)', field.token, '/me/work-orders?status=open');
  await w.get('the customer of an order of mine (WO-21)', field.token, `/customers/${read.json?.customerId}`);
  await w.post('arrive', field.token, `/work-orders/${onSite}/arrive`, {});
  await w.post('arrive again (WO-5)', field.token, `/work-orders/${onSite}/arrive`, {}, { expect: 409 });
  await w.post('start: a field time ahead of the server (WO-16)', field.token, `/work-orders/${onSite}/start`, { at: minutesFromNow(60) }, { expect: 400 });
  // To the millisecond: whole seconds could fall before the arrival the server stamped a moment ago.
  await w.post('start, with its field time (WO-16)', field.token, `/work-orders/${onSite}/start`, { at: new Date().toISOString() });
  await w.post('time entry', field.token, `/work-orders/${onSite}/time-entries`, { startedAt: minutesFromNow(-30), minutes: 45, kind: 'Free' });
  await w.post('time entry: zero minutes', field.token, `/work-orders/${onSite}/time-entries`, { startedAt: minutesFromNow(-30), minutes: 0, kind: 'Free' },
    { expect: 400, bad: 'a value below the minimum' });
  await w.post('time entry: ahead of time (WO-9)', field.token, `/work-orders/${onSite}/time-entries`, { startedAt: minutesFromNow(600), minutes: 10, kind: 'Free' }, { expect: 409 });
  const photo = await files(w, { field, colleague, dispatcher });
  await w.post('photo', field.token, `/work-orders/${onSite}/photos`, { fileId: photo, caption: 'Worn bearing' });
  await w.post('the same photo again: no second one (X-6)', field.token, `/work-orders/${onSite}/photos`, { fileId: photo, caption: 'Worn bearing' });
  await w.get('the photo, by a dispatcher once it is on the order', dispatcher, `/files/${photo}/content`);
  const bearing = await w.post('request a part', field.token, `/work-orders/${onSite}/parts`, { partNumber: 'BRG-6205', name: 'Spindle bearing', quantity: 2, unitPrice: 120 });
  const bearingId = bearing.json?.parts?.at(-1)?.id;
  const seal = await w.post('request a part to be waived', field.token, `/work-orders/${onSite}/parts`, { partNumber: 'SEAL-9', name: 'Oil seal', quantity: 1, unitPrice: 80, customerCaused: false });
  const sealId = seal.json?.parts?.at(-1)?.id;
  await w.post('request a part: quantity too large', field.token, `/work-orders/${onSite}/parts`, { partNumber: 'X', name: 'X', quantity: 5000, unitPrice: 1 },
    { expect: 400, bad: 'a value above the maximum' });
  const spindle = await w.post('request a part above the director\'s limit', field.token, `/work-orders/${onSite}/parts`, { partNumber: 'SPDL-3', name: 'Spindle', quantity: 2, unitPrice: 2600 });
  const spindleId = spindle.json?.parts?.at(-1)?.id;
  await w.post('request a part not on the price list without its price (PR-1)', field.token, `/work-orders/${onSite}/parts`,
    { partNumber: 'NOT-LISTED', name: 'X', quantity: 1 }, { expect: 409 });
  await w.post('request a part: a blank price reason', field.token, `/work-orders/${onSite}/parts`,
    { partNumber: 'X', name: 'X', quantity: 1, unitPrice: 1, priceReason: ' ' }, { expect: 400 });
  await w.act('approve a part: not for a technician', field.token, `/work-orders/${onSite}/parts/${bearingId}/approve`, { expect: 403 });
  await w.act('approve a part', finance, `/work-orders/${onSite}/parts/${bearingId}/approve`);
  await w.act('approve a part again (WO-11)', finance, `/work-orders/${onSite}/parts/${bearingId}/approve`, { expect: 409 });
  await w.act('approve a part: unknown part', finance, `/work-orders/${onSite}/parts/${NO_SUCH_ID}/approve`, { expect: 404 });
  await w.act('issue a part: not for Finance', finance, `/work-orders/${onSite}/parts/${bearingId}/issue`, { expect: 403 });
  await w.act('issue a part: not approved yet (WO-11)', warehouse, `/work-orders/${onSite}/parts/${sealId}/issue`, { expect: 409 });
  await w.act('issue a part', warehouse, `/work-orders/${onSite}/parts/${bearingId}/issue`);
  await w.act('old part returned: not for Finance', finance, `/work-orders/${onSite}/parts/${bearingId}/old-part-returned`, { expect: 403 });
  await w.act('old part returned: not fitted yet (WO-11)', warehouse, `/work-orders/${onSite}/parts/${bearingId}/old-part-returned`, { expect: 409 });
  await w.post('fit a part: not for the Warehouse', warehouse, `/work-orders/${onSite}/parts/${bearingId}/fit`, {}, { expect: 403 });
  await w.post('fit a part', field.token, `/work-orders/${onSite}/parts/${bearingId}/fit`, {});
  await w.post('fit a part again (WO-11)', field.token, `/work-orders/${onSite}/parts/${bearingId}/fit`, {}, { expect: 409 });
  await w.post('the customer pays the bearings\' deposit, 2 × 120.00 (WO-11)', field.token, `/work-orders/${onSite}/payments`, { amount: 240, method: 'Transfer' });
  await w.act('old part returned', warehouse, `/work-orders/${onSite}/parts/${bearingId}/old-part-returned`);
  // The deposit paid is released with the old part: the company owes the customer 240.00 back.
  await w.get('refunds owed to customers (WO-11, WO-12)', finance, '/payments/refunds-owed?page=1&pageSize=20');
  await w.get('refunds owed: not for a technician', field.token, '/payments/refunds-owed', { expect: 403 });
  await w.post('refund more than is owed (WO-12)', finance, `/work-orders/${onSite}/refunds`, { amount: 240.01, method: 'Transfer' }, { expect: 409 });
  await w.post('refund: not for a technician', field.token, `/work-orders/${onSite}/refunds`, { amount: 240, method: 'Transfer' }, { expect: 403 });
  await w.post('refund: method missing', finance, `/work-orders/${onSite}/refunds`, { amount: 240 }, { expect: 400, bad: 'a required property is missing' });
  await w.post('refund the released deposit', finance, `/work-orders/${onSite}/refunds`, { amount: 240, method: 'Transfer', reference: 'WALK-REFUND-1' });
  await w.act('book a fitted part back unused (WO-11)', warehouse, `/work-orders/${onSite}/parts/${bearingId}/returned-unused`, { expect: 409 });
  await w.act('approve the seal', finance, `/work-orders/${onSite}/parts/${sealId}/approve`);
  await w.act('issue the seal', warehouse, `/work-orders/${onSite}/parts/${sealId}/issue`);
  await w.post('waive the old seal', finance, `/work-orders/${onSite}/parts/${sealId}/waive-old-part`, { reason: 'Seal destroyed on removal' });
  await w.post('waive the old seal again (WO-11)', finance, `/work-orders/${onSite}/parts/${sealId}/waive-old-part`, { reason: 'again' }, { expect: 409 });
  await w.act('book the unused seal back: not for Finance', finance, `/work-orders/${onSite}/parts/${sealId}/returned-unused`, { expect: 403 });
  await w.act('book the unused seal back', warehouse, `/work-orders/${onSite}/parts/${sealId}/returned-unused`);
  const director = await w.token('walk.director', ['Director']);
  await w.act('approve the spindle (2 × 2,600.00 = 5,200.00, over the limit)', finance, `/work-orders/${onSite}/parts/${spindleId}/approve`);
  await w.act('issue before the director approves (WO-11)', warehouse, `/work-orders/${onSite}/parts/${spindleId}/issue`, { expect: 409 });
  await w.act('director approval: not for a manager', manager, `/work-orders/${onSite}/parts/${spindleId}/director-approval`, { expect: 403 });
  await w.act('director approval', director, `/work-orders/${onSite}/parts/${spindleId}/director-approval`);
  await w.act('director approval again (WO-11)', director, `/work-orders/${onSite}/parts/${spindleId}/director-approval`, { expect: 409 });
  await w.act('issue the spindle', warehouse, `/work-orders/${onSite}/parts/${spindleId}/issue`);
  await w.get('outstanding old parts (WO-11)', warehouse, '/parts/outstanding-old-parts');
  await w.get('outstanding old parts of a technician', finance, `/parts/outstanding-old-parts?technicianId=${field.id}&page=1&pageSize=20`);
  await w.get('outstanding old parts: not for a technician', field.token, '/parts/outstanding-old-parts', { expect: 403 });
  await w.post('fit a traceable part without its serial number (WO-11)', field.token, `/work-orders/${onSite}/parts/${spindleId}/fit`, {}, { expect: 409 });
  await w.post('fit a traceable part with its serial number', field.token, `/work-orders/${onSite}/parts/${spindleId}/fit`, { serialNumber: 'SN-SPDL-0001' });
  await w.act('old spindle returned', warehouse, `/work-orders/${onSite}/parts/${spindleId}/old-part-returned`);
  await w.post('resolve without the sign-off (WO-9)', field.token, `/work-orders/${onSite}/resolve`, { summary: 'Bearing replaced' }, { expect: 409 });
  await w.post('resolve: a sign-off without the signature file (WO-9)', field.token, `/work-orders/${onSite}/resolve`,
    { summary: 'Bearing replaced', customerSignOff: { name: 'Chen Gong' } }, { expect: 409 });
  await w.post('resolve', field.token, `/work-orders/${onSite}/resolve`, {
    summary: 'Bearing replaced, no vibration at 4000 rpm', customerSignOff: { name: 'Chen Gong', signatureFileId: await uploaded(w, field.token, 'signature.webp') },
  });
  await w.post('follow-up: a survey answer out of range', dispatcher, `/work-orders/${onSite}/follow-up`, {
    satisfied: true, survey: { attitude: 9, skill: 4, punctuality: 4, promiseKeeping: 4 },
  }, { expect: 400 });
  await w.post('follow-up, satisfied', dispatcher, `/work-orders/${onSite}/follow-up`, {
    satisfied: true, survey: { attitude: 4, skill: 4, punctuality: 3, promiseKeeping: 4 }, comments: 'Quick and tidy',
  });
  await w.post('cancel a closed order', dispatcher, `/work-orders/${onSite}/cancel`, { reason: 'too late' }, { expect: 409 });
  await w.post('reopen', dispatcher, `/work-orders/${onSite}/reopen`, { reason: 'The vibration came back' });
  await w.post('reopen: reason missing', dispatcher, `/work-orders/${onSite}/reopen`, {}, { expect: 400, bad: 'a required property is missing' });

  // Paid workshop repair of the old machine: quote, carry back, return, resolve; payments in money().
  const workshop = (await register('register a paid workshop repair', { equipmentId: customer.oldMachine, serviceType: 'Paid', zone: 'Urban' })).json?.id;
  await w.post('assign the workshop repair', dispatcher, `/work-orders/${workshop}/assign`, { technicianId: field.id });
  await w.post('plan: the method not one of the four', field.token, `/work-orders/${workshop}/plan`, { method: 'Teleport' }, { expect: 400, bad: 'a value outside the enum' });
  await w.post('plan the workshop', field.token, `/work-orders/${workshop}/plan`, { method: 'Workshop' });
  await w.post('contact for the pick-up', field.token, `/work-orders/${workshop}/contact`, { note: 'Pick-up agreed for today' });
  await w.act('start before the quote (WO-12)', field.token, `/work-orders/${workshop}/start`, { expect: 409 });
  // WO-12 (r2): labour from Finance's rates (PR-1); the walk lists the rate through the price list's endpoints (part "price").
  // PR-1: labour is priced from Finance's rates; the walk lists the workshop rate it quotes with.
  await w.post('list the workshop repair rate (PR-1)', finance, '/price-list/labour-rates',
    { service: 'WorkshopRepair', name: 'Workshop repair', perHour: 150, effectiveFrom: today() }, { expect: 201 });
  const labour = [{ service: 'WorkshopRepair', hours: 2.5 }];
  await w.post('quote: a service not on the price list (PR-1)', field.token, `/work-orders/${workshop}/quote`, { labour: [{ service: 'Teleport', hours: 1 }], acceptedBy: 'Mr Li' }, { expect: 409 });
  await w.post('quote: hours not in quarter hours', field.token, `/work-orders/${workshop}/quote`, { labour: [{ service: 'WorkshopRepair', hours: 0.1 }] }, { expect: 400 });
  await w.post('quote: a discount over 10 %, proposed', field.token, `/work-orders/${workshop}/quote`, { labour, discount: { percent: 12, reason: 'Long-standing customer' } });
  await w.post('accept before the Manager approved the discount (WO-12)', field.token, `/work-orders/${workshop}/quotes/1/accept`, { acceptedBy: 'Mr Li' }, { expect: 409 });
  await w.act('approve a discount: not for the technician', field.token, `/work-orders/${workshop}/quotes/1/discount-approval`, { expect: 403 });
  await w.act('approve the discount (WO-12)', manager, `/work-orders/${workshop}/quotes/1/discount-approval`);
  await w.post('accept the quote', field.token, `/work-orders/${workshop}/quotes/1/accept`, { acceptedBy: 'Mr Li' });
  await w.post('accept: acceptedBy missing', field.token, `/work-orders/${workshop}/quotes/1/accept`, {}, { expect: 400, bad: 'a required property is missing' });
  await w.post('quote: an amended version, accepted at once', field.token, `/work-orders/${workshop}/quote`, { labour, acceptedBy: 'Mr Li' });
  await w.act('start the workshop repair', field.token, `/work-orders/${workshop}/start`);
  await w.post('return before the carry-back (WO-10)', field.token, `/work-orders/${workshop}/return-to-customer`, { signedBy: 'Mr Li' }, { expect: 409 });
  await w.post('carry back', field.token, `/work-orders/${workshop}/carry-back`, {
    receiptNumber: `R-${run}`, condition: 'Scratch on the right door', accessoriesLeftWithCustomer: 'Chuck key', promisedReturnOn: today(7), loanerGiven: true,
  });
  const sheet = await uploaded(w, field.token, 'service-sheet.webp');
  await w.post('resolve before the return (WO-10)', field.token, `/work-orders/${workshop}/resolve`, { summary: 'x', customerSignOff: { name: 'Mr Li', signatureFileId: sheet } }, { expect: 409 });
  await w.post('return before the inspection (WO-10)', field.token, `/work-orders/${workshop}/return-to-customer`, { signedBy: 'Mr Li' }, { expect: 409 });
  await w.post('inspection: not for the technician', field.token, `/work-orders/${workshop}/workshop/inspection`, { passed: true }, { expect: 403 });
  await w.post('inspection: a failed one says what is wrong', lead, `/work-orders/${workshop}/workshop/inspection`, { passed: false }, { expect: 400 });
  await w.post('inspection failed (WO-10)', lead, `/work-orders/${workshop}/workshop/inspection`, { passed: false, note: 'Gearbox still whines' });
  await w.post('inspection passed (WO-10)', lead, `/work-orders/${workshop}/workshop/inspection`, { passed: true, note: 'Runs quietly' });
  await w.get('items kept in the workshop past their promised return (WO-10)', lead, '/work-orders/workshop/overdue-returns?page=1&pageSize=20');
  await w.post('return to the customer', field.token, `/work-orders/${workshop}/return-to-customer`, { signedBy: 'Mr Li' });
  await w.post('resolve the workshop repair', field.token, `/work-orders/${workshop}/resolve`, { summary: 'Gearbox rebuilt', customerSignOff: { name: 'Mr Li', at: minutesFromNow(-1), signatureFileId: sheet } });

  // Phone guidance with a follow-up that reopens it; a cancelled order; a carry-back on the wrong method.
  const phone = (await register('register a phone-guidance order', { priority: 'Urgent' })).json?.id;
  await w.post('assign: a team lead linked to no technician leads no team (X-4)', leadOfNoTeam, `/work-orders/${phone}/assign`, { technicianId: field.id }, { expect: 409 });
  await w.post('assign it', lead, `/work-orders/${phone}/assign`, { technicianId: field.id });
  await w.post('reassign without a reason (WO-2)', lead, `/work-orders/${phone}/assign`, { technicianId: colleague.id }, { expect: 409 });
  await w.post('reassign', lead, `/work-orders/${phone}/assign`, { technicianId: colleague.id, reason: 'Li is busy' });
  await w.post('plan phone guidance', colleague.token, `/work-orders/${phone}/plan`, { method: 'PhoneGuidance' });
  await w.post('contact: no window needed', colleague.token, `/work-orders/${phone}/contact`, { note: 'Talked the operator through it' });
  await w.act('start phone guidance', colleague.token, `/work-orders/${phone}/start`);
  await w.post('carry back: not a workshop order (WO-10)', colleague.token, `/work-orders/${phone}/carry-back`, {
    receiptNumber: 'R', condition: 'ok', promisedReturnOn: today(3),
  }, { expect: 409 });
  await w.post('resolve by phone', colleague.token, `/work-orders/${phone}/resolve`, { summary: 'Reset the drive parameters' });
  await w.post('follow-up, not satisfied: reopened', dispatcher, `/work-orders/${phone}/follow-up`, {
    satisfied: false, survey: { attitude: 3, skill: 2, punctuality: 3, promiseKeeping: 2 }, comments: 'Still noisy',
  });
  // WO-18: the promised resolution time, and the Manager's daily list.
  await w.post('promise a resolution time (WO-18)', dispatcher, `/work-orders/${phone}/promise`, { promisedResolutionAt: minutesFromNow(24 * 60), note: 'By tomorrow' });
  await w.post('promise: a time already past', dispatcher, `/work-orders/${phone}/promise`, { promisedResolutionAt: minutesFromNow(-60) }, { expect: 400 });
  await w.post('promise: not for Finance', finance, `/work-orders/${phone}/promise`, { promisedResolutionAt: minutesFromNow(60) }, { expect: 403 });
  await w.get('the manager\'s daily list (WO-18)', manager, `/work-orders/promise-list?date=${today(0)}`);
  await w.get('the manager\'s daily list: no date', manager, '/work-orders/promise-list', { expect: 400 });
  await w.get('the manager\'s daily list: not for a dispatcher', dispatcher, `/work-orders/promise-list?date=${today(0)}`, { expect: 403 });

  // WO-19: a salesperson's order says when they heard of the fault; a late one is listed for Sales.
  const sales = await w.token('walk.sales', ['Sales']);
  await register('register a salesperson\'s order heard of a day ago (WO-19)', { channel: 'Salesperson', salespersonHeardAt: minutesFromNow(-24 * 60) });
  await register('register a salesperson\'s order: when heard missing', { channel: 'Salesperson' }, { expect: 400 });
  await register('register a phone order with a salesperson\'s time', { salespersonHeardAt: minutesFromNow(-60) }, { expect: 400 });
  await w.get('late salesperson forwards (WO-19)', sales, `/work-orders/late-forwards?from=${encodeURIComponent(minutesFromNow(-600))}`);
  await w.get('late salesperson forwards: not for a dispatcher', dispatcher, '/work-orders/late-forwards', { expect: 403 });

  const cancelled = (await register('register an order to cancel', {})).json?.id;
  await w.post('cancel', dispatcher, `/work-orders/${cancelled}/cancel`, { reason: 'Customer fixed it' });
  await w.post('cancel again', dispatcher, `/work-orders/${cancelled}/cancel`, { reason: 'again' }, { expect: 409 });
  await w.post('reopen a cancelled order', dispatcher, `/work-orders/${cancelled}/reopen`, { reason: 'x' }, { expect: 409 });

  // One order left waiting, so the dispatch queue is not empty.
  await register('register an order left in the queue', { priority: 'Urgent' });

  // Lists: numbered pages, a cursor walk, filters; a technician sees their own.
  await w.get('orders, numbered page', manager, '/work-orders?page=1&pageSize=5');
  const cursorPage = await w.get('orders, first cursor page', manager, '/work-orders?pageSize=2&cursor=');
  if (cursorPage.json?.nextCursor) {
    await w.get('orders, next cursor page', manager, `/work-orders?pageSize=2&cursor=${encodeURIComponent(cursorPage.json.nextCursor)}`);
  }
  await w.get('orders by status', dispatcher, '/work-orders?status=InProgress');
  // WO-1 (r2): filters by customer, zone, priority, team and the start of the number, alone and combined.
  await w.get('orders of a customer', dispatcher, `/work-orders?customerId=${customer.id}`);
  await w.get('orders by zone and priority, by cursor', dispatcher, '/work-orders?zone=Urban&priority=Urgent&pageSize=5&cursor=');
  await w.get('orders of a team', manager, '/work-orders?team=North');
  await w.get('orders by the start of the number, any case', dispatcher, `/work-orders?numberPrefix=${encodeURIComponent((read.json?.number ?? 'WO-').slice(0, 10).toLowerCase())}`);
  await w.get('orders: a number prefix with a wildcard', dispatcher, '/work-orders?numberPrefix=WO%25', { expect: 400 });
  await w.get('orders by technician', lead, `/work-orders?technicianId=${field.id}`);
  await w.get('orders at risk', dispatcher, '/work-orders?slaState=AtRisk');
  await w.get('orders overdue (WO-17)', dispatcher, '/work-orders?slaState=Overdue');
  await w.get('orders received in a window', dispatcher, `/work-orders?from=${encodeURIComponent(minutesFromNow(-600))}&to=${encodeURIComponent(minutesFromNow(10))}`);
  await w.get('orders: a status that does not exist', dispatcher, '/work-orders?status=Lost', { expect: 400, bad: 'a query value outside the enum' });
  await w.get('orders: pageSize over 100', dispatcher, '/work-orders?pageSize=500', { expect: 400 });
  await w.get('orders: a technician\'s own', field.token, '/work-orders');
  await w.get('dispatch queue', dispatcher, '/work-orders/dispatch-queue?page=1&pageSize=10');
  await w.get('dispatch queue: not for a technician', field.token, '/work-orders/dispatch-queue', { expect: 403 });
  await w.get('a technician reads their order', field.token, `/work-orders/${onSite}`);
  await w.get('a technician reads another\'s order', field.token, `/work-orders/${phone}`, { expect: 404 });

  // The field app's sync (X-8): the day's orders and a token, then what changed since; the order it holds answers 304.
  const day = await w.get('sync: the technician\'s day', field.token, '/me/changes');
  await w.get('sync: what changed since', field.token, `/me/changes?since=${encodeURIComponent(day.json?.nextToken ?? '')}`);
  await w.get('sync: a token the feed never gave', field.token, '/me/changes?since=not*a*token', { expect: 400 });
  await w.get('sync: not for a dispatcher', dispatcher, '/me/changes', { expect: 403 });
  const held = await w.get('a technician reads their order again', field.token, `/work-orders/${onSite}`);
  await w.get('a technician\'s copy is current', field.token, `/work-orders/${onSite}`, { headers: { 'if-none-match': held.etag }, expect: 304 });

  return { onSite, workshop, phone, cancelled };
}

/**
 * X-6: a WebP image of `length` bytes, different each run: its RIFF/WEBP signature, then the run's filler. Only ASCII:
 * Prism's proxy passes a body on as UTF-8 text, so bytes that are not valid UTF-8 (a PNG's or JPEG's first byte) would
 * arrive changed; the API takes any bytes (the HTTP tests send PNG and JPEG).
 */
function webp(length) {
  const bytes = new Uint8Array(length);
  bytes.set(new TextEncoder().encode('RIFF0000WEBPVP8 '));
  for (let i = 16; i < length; i++) bytes[i] = 0x21 + ((i * 7 + run.charCodeAt(i % run.length)) % 94);
  return bytes;
}

const sha256 = bytes => createHash('sha256').update(bytes).digest('hex');

function chunk(w, step, as, id, bytes, first, last, options = {}) {
  return w.put(step, as, `/files/${id}`, bytes.subarray(first, last + 1), {
    headers: { 'content-type': OCTETS, 'content-range': `bytes ${first}-${last}/${bytes.length}` }, ...options,
  });
}

/** A file uploaded in one chunk by `as`; its id. */
async function uploaded(w, as, fileName) {
  const bytes = webp(512);
  const started = await w.post(`start the upload of ${fileName}`, as, '/files', { fileName, contentType: 'image/webp', length: bytes.length, sha256: sha256(bytes) }, { expect: 201 });
  await chunk(w, `send ${fileName}`, as, started.json?.id, bytes, 0, bytes.length - 1);
  return started.json?.id;
}

/** X-6: an upload cut after its first chunk and resumed from where the server says it is, and the refusals around it. */
async function files(w, { field, colleague, dispatcher }) {
  const bytes = webp(3000);
  const started = await w.post('start an upload', field.token, '/files', { fileName: 'bearing.webp', contentType: 'image/webp', length: bytes.length, sha256: sha256(bytes) }, { expect: 201 });
  const id = started.json?.id;
  await w.post('start an upload over 20 MB (X-6)', field.token, '/files', { fileName: 'huge.webp', contentType: 'image/webp', length: 20 * 1024 * 1024 + 1, sha256: sha256(bytes) }, { expect: 413 });
  await w.post('start an upload: sha256 not hexadecimal', field.token, '/files', { fileName: 'x.webp', contentType: 'image/webp', length: 10, sha256: 'abc' },
    { expect: 400, bad: 'a value of the wrong format' });
  await chunk(w, 'first chunk', field.token, id, bytes, 0, 999);
  const where = await w.send('how many bytes the server has', { as: field.token, method: 'HEAD', path: `/files/${id}` });
  const resumeFrom = Number(where.headers.get('upload-offset'));
  await w.get('the upload, by its uploader', field.token, `/files/${id}`);
  await w.get('the upload: not for someone else', colleague.token, `/files/${id}`, { expect: 404 });
  await chunk(w, 'a chunk after a gap (X-6)', field.token, id, bytes, 2000, 2999, { expect: 409 });
  await chunk(w, 'the first chunk again: harmless', field.token, id, bytes, 0, 999);
  await chunk(w, 'a chunk beyond the declared size (X-6)', field.token, id, webp(3001), resumeFrom, 3000, { expect: 413 });
  await chunk(w, 'the rest, from where the server is', field.token, id, bytes, resumeFrom, bytes.length - 1);
  const content = await w.get('download by the uploader', field.token, `/files/${id}/content`);
  await w.get('download: unchanged (If-None-Match)', field.token, `/files/${id}/content`, { headers: { 'if-none-match': content.etag }, expect: 304 });
  await w.get('download: not attached, not for a dispatcher', dispatcher, `/files/${id}/content`, { expect: 404 });
  const text = new TextEncoder().encode('not a picture at all');
  const fake = await w.post('start an upload named .png', field.token, '/files', { fileName: 'fake.png', contentType: 'image/png', length: text.length, sha256: sha256(text) }, { expect: 201 });
  await chunk(w, 'bytes that are no image (X-6)', field.token, fake.json?.id, text, 0, text.length - 1, { expect: 415 });
  return id;
}

async function money(w, { finance, manager, people, orders }) {
  const { field } = people;
  const cash = await w.post('take cash', field.token, `/work-orders/${orders.workshop}/payments`, { amount: 100, method: 'Cash' });
  const cashId = cash.json?.payments?.at(-1)?.id;
  await w.post('take a card payment', field.token, `/work-orders/${orders.workshop}/payments`, { amount: 50, method: 'Card' });
  const card = (await w.get('the order with its payments', finance, `/work-orders/${orders.workshop}`)).json?.payments?.find(p => p.method === 'Card');
  await w.post('take more than the balance (WO-12)', field.token, `/work-orders/${orders.workshop}/payments`, { amount: 99999, method: 'Cash' }, { expect: 409 });
  await w.post('take a payment: amount missing', field.token, `/work-orders/${orders.workshop}/payments`, { method: 'Cash' }, { expect: 400, bad: 'a required property is missing' });
  await w.get('unremitted cash by collector (WO-12 r2)', finance, '/payments/unremitted-cash?page=1&pageSize=20');
  await w.get('unremitted cash of a technician', manager, `/payments/unremitted-cash?technicianId=${field.id}`);
  await w.get('unremitted cash: not for a technician', field.token, '/payments/unremitted-cash', { expect: 403 });
  await w.get('unremitted cash: pageSize over 100', finance, '/payments/unremitted-cash?pageSize=500', { expect: 400 });
  await w.act('remit the cash', finance, `/work-orders/${orders.workshop}/payments/${cashId}/remit`);
  await w.act('remit the cash again (WO-12)', finance, `/work-orders/${orders.workshop}/payments/${cashId}/remit`, { expect: 409 });
  await w.act('remit a card payment (WO-12)', finance, `/work-orders/${orders.workshop}/payments/${card?.id}/remit`, { expect: 409 });
  await w.act('remit: not for a technician', field.token, `/work-orders/${orders.workshop}/payments/${cashId}/remit`, { expect: 403 });
  await w.act('remit: unknown payment', finance, `/work-orders/${orders.workshop}/payments/${NO_SUCH_ID}/remit`, { expect: 404 });
  await w.get('receivables', finance, '/receivables?page=1&pageSize=20');
  // The demo data's paid repair, resolved 45 days ago and never paid, is overdue (WO-12: after 40 days).
  const overdue = (await w.get('receivables overdue', manager, '/receivables?overdue=true')).json?.items?.[0]?.id ?? NO_SUCH_ID;
  await w.get('receivables of a technician', finance, `/receivables?technicianId=${field.id}`);
  await w.get('receivables: not for a technician', field.token, '/receivables', { expect: 403 });
  const receivable = (await w.get('a receivable not yet overdue', finance, '/receivables?overdue=false&page=1&pageSize=1')).json?.items?.[0]?.id ?? NO_SUCH_ID;
  // The walk's own orders are not overdue yet (WO-12): the deduction is refused as the rule says, or the id is unknown when none owes.
  await w.post('deduct a receivable not yet overdue (WO-12)', finance, `/receivables/${receivable}/deductions`, { amount: 1, month: '2030-01' }, { expect: [404, 409] });
  const salaryMonth = new Date().toISOString().slice(0, 7);
  await w.post('deduct from the overdue receivable (WO-12 r2)', finance, `/receivables/${overdue}/deductions`, { amount: 100, month: salaryMonth });
  await w.post('deduct more than is still owed (WO-12 r2)', finance, `/receivables/${overdue}/deductions`, { amount: 99999, month: salaryMonth }, { expect: 409 });
  await w.post('deduct: month missing', finance, `/receivables/${NO_SUCH_ID}/deductions`, { amount: 1 }, { expect: 400, bad: 'a required property is missing' });
  await w.post('deduct: not for a manager', manager, `/receivables/${NO_SUCH_ID}/deductions`, { amount: 1, month: '2030-01' }, { expect: 403 });

  // WO-12 (r2): the paid workshop repair (2.5 h at 150.00 = 375.00) asked Finance for its invoice on the return day.
  await w.get('invoice requests', finance, '/invoice-requests?page=1&pageSize=20');
  await w.get('invoice requests not issued in time (WO-12 r2)', manager, '/invoice-requests?notIssuedLate=true');
  await w.get('invoice requests: not for a technician', field.token, '/invoice-requests', { expect: 403 });
  await w.get('invoice requests: a status outside the enum', finance, '/invoice-requests?status=Lost', { expect: 400, bad: 'a query value outside the enum' });
  const listed = (await w.get('the workshop repair\'s invoice request', finance, `/invoice-requests?sourceId=${orders.workshop}&status=Requested`)).json?.items?.[0]?.id ?? NO_SUCH_ID;
  const invoiceRequest = await w.get('an invoice request', manager, `/invoice-requests/${listed}`);
  await w.get('an invoice request: unknown id', finance, `/invoice-requests/${NO_SUCH_ID}`, { expect: 404 });
  await w.post('issue: the invoice number missing', finance, `/invoice-requests/${listed}/issue`, {}, { expect: 400, bad: 'a required property is missing' });
  await w.post('issue: not for a manager', manager, `/invoice-requests/${listed}/issue`, { invoiceNumber: `FP-${run}` }, { expect: 403 });
  await w.post('issue the invoice (WO-12 r2)', finance, `/invoice-requests/${listed}/issue`, { invoiceNumber: `FP-${run}` }, { headers: { 'if-match': invoiceRequest.etag } });
  await w.post('issue: stale If-Match', finance, `/invoice-requests/${listed}/issue`, { invoiceNumber: `FP-${run}-2` }, { headers: { 'if-match': invoiceRequest.etag }, expect: 412 });
  await w.post('issue the invoice again (WO-12 r2)', finance, `/invoice-requests/${listed}/issue`, { invoiceNumber: `FP-${run}-2` }, { expect: 409 });
}

// PR-1: Finance's price list; set far ahead so that every run's lines are new, whatever day it runs on.
async function priceList(w, { admin, finance, dispatcher, hr, people }) {
  const partNumber = `WALK-${run}`;
  const part = { partNumber, name: 'Intake valve', unitPrice: 480, productLine: 'Compressors', hasRecoveryValue: true, effectiveFrom: '2030-01-01' };
  await w.post('set a part price (PR-1)', finance, '/price-list/parts', part, { expect: 201 });
  await w.post('set a part price: the same day again (PR-1)', finance, '/price-list/parts', { ...part, unitPrice: 500 }, { expect: 409 });
  await w.post('set a part price: back-dated (PR-1)', finance, '/price-list/parts', { ...part, effectiveFrom: '2020-01-01' }, { expect: 409 });
  await w.post('set a part price: three decimal places', finance, '/price-list/parts', { ...part, unitPrice: 480.005 }, { expect: 400 });
  await w.post('set a part price: not for a dispatcher', dispatcher, '/price-list/parts', part, { expect: 403 });
  await w.get('the parts in force on a day', people.field.token, `/price-list/parts?on=2030-01-01&partNumber=${partNumber}&page=1&pageSize=20`);
  await w.get('the parts in force: not for HR', hr, '/price-list/parts', { expect: 403 });
  await w.get('a part\'s price history', dispatcher, `/price-list/parts/${partNumber}/history`);
  await w.get('a part\'s price history: never priced', dispatcher, `/price-list/parts/NONE-${run}/history`, { expect: 404 });
  const rate = { service: `WalkRepair${run}`, name: 'Walk repair', perHour: 120, effectiveFrom: '2030-01-01' };
  await w.post('set a labour rate (PR-1)', finance, '/price-list/labour-rates', rate, { expect: 201 });
  await w.post('set a labour rate: per hour missing', finance, '/price-list/labour-rates', { ...rate, perHour: undefined },
    { expect: 400, bad: 'a required property is missing' });
  await w.get('the labour rates in force', finance, '/price-list/labour-rates?on=2030-01-01');
  await w.get('the import template', admin, '/price-list/import/template');
  const workbook = new TextEncoder().encode('PK: not a workbook that survives Prism, see SUCCESS_OUT_OF_REACH');
  const asWorkbook = { headers: { 'content-type': XLSX } };
  await w.post('import a file that is no workbook', admin, '/price-list/import', workbook, { ...asWorkbook, expect: 415 });
  await w.post('import: not for Finance', finance, '/price-list/import', workbook, { ...asWorkbook, expect: 403 });
}

async function salesLeads(w, { dispatcher, people, customer, orders }) {
  const { field } = people;
  const lead = (await w.post('record a sales lead', field.token, '/sales-leads', {
    customerId: customer.id, model: 'CNC-7000', note: 'Second plant opens in spring', workOrderId: orders.onSite,
  }, { expect: 201 })).json?.id;
  const lost = (await w.post('record another sales lead', dispatcher, '/sales-leads', {
    customerId: customer.id, model: 'Press P-10', note: 'Asked for a price', technicianId: field.id,
  }, { expect: 201 })).json?.id;
  await w.post('record a sales lead: model missing', field.token, '/sales-leads', { customerId: customer.id, note: 'x' }, { expect: 400, bad: 'a required property is missing' });
  await w.get('a sales lead', dispatcher, `/sales-leads/${lead}`);
  await w.get('a sales lead: unknown id', dispatcher, `/sales-leads/${NO_SUCH_ID}`, { expect: 404 });
  await w.get('sales leads', dispatcher, `/sales-leads?status=Open&customerId=${customer.id}`);
  await w.act('contacted', dispatcher, `/sales-leads/${lead}/contacted`);
  await w.act('won', dispatcher, `/sales-leads/${lead}/won`);
  await w.act('lost', dispatcher, `/sales-leads/${lost}/lost`);
  await w.act('won after lost (WO-15)', dispatcher, `/sales-leads/${lost}/won`, { expect: 409 });
  await w.act('won: not for a technician', field.token, `/sales-leads/${lost}/won`, { expect: 403 });
}

async function returns(w, { dispatcher, manager, finance, warehouse, quality, people }) {
  const machine = (serialNumber, deliveredDaysAgo) => ({
    model: 'PRESS-200', serialNumber, purchaseDate: today(-20), warrantyEndsOn: today(345), deliveryDate: today(-deliveredDaysAgo),
  });
  const owner = (await w.post('register a customer with delivered presses', dispatcher, '/customers', {
    name: 'Jiangnan Tools', phone: '0512-66660001', address: '8 Suzhou Rd', zone: 'Suburban',
    equipment: [machine('RX-WALK-1', 2), machine('RX-WALK-2', 3), machine('RX-WALK-3', 10), machine('RX-WALK-4', 1)],
  }, { expect: 201 })).json;
  const item = (serial) => owner?.equipment?.find((e) => e.serialNumber === serial)?.id;
  const register = (step, serial, body, options) => w.post(step, dispatcher, '/returns', {
    kind: 'Return', customerId: owner?.id, equipmentId: item(serial), proofOfPurchase: 'INV-2026-0088', reason: 'QualityFault',
    condition: 'Used', toldToBring: { proofOfPurchase: true, packaging: true, accessories: false }, ...body,
  }, { expect: 201, ...options });

  const refund = (await register('register a return', 'RX-WALK-1', {})).json;
  await register('register a return: condition missing', 'RX-WALK-2', { condition: undefined }, { expect: 400, bad: 'a required property is missing' });
  await register('register a return: not for a technician', 'RX-WALK-2', {}, { as: people.field.token, expect: 403 });
  await register('register a second request for the same item (RX-1)', 'RX-WALK-1', { kind: 'Exchange' }, { expect: 409 });
  await w.get('a return request', quality, `/returns/${refund?.id}`);
  await w.get('a return request by its number', warehouse, `/returns/by-number/${refund?.number}`);
  await w.get('a return request: unknown id', dispatcher, `/returns/${NO_SUCH_ID}`, { expect: 404 });
  await w.act('receive before approval (RX-2)', warehouse, `/returns/${refund?.id}/receive`, { expect: 409 });
  await w.act('approve a return: not for the desk', dispatcher, `/returns/${refund?.id}/approve`, { expect: 403 });
  await w.act('approve a return', manager, `/returns/${refund?.id}/approve`);
  await w.post('arrange a pickup', dispatcher, `/returns/${refund?.id}/arrange-pickup`, { pickupOn: today(1) });
  await w.act('receive the returned item', warehouse, `/returns/${refund?.id}/receive`);
  await w.post('inspect the returned item', quality, `/returns/${refund?.id}/inspect`, { passed: true, findings: 'Hydraulic seal leaks: the fault described' });
  await w.post('refund: not for the Warehouse', warehouse, `/returns/${refund?.id}/refund`, { amount: 12800.00, method: 'BankTransfer' }, { expect: 403 });
  await w.post('refund a return', finance, `/returns/${refund?.id}/refund`, { amount: 12800.00, method: 'BankTransfer' });
  await w.post('a work order for a returned machine (RX-3)', dispatcher, '/work-orders', {
    channel: 'Phone', customerId: owner?.id, equipmentId: item('RX-WALK-1'), problemDescription: 'Press stalls', priority: 'Normal',
  }, { expect: 409 });

  const exchange = (await register('register an exchange', 'RX-WALK-2', { kind: 'Exchange', reason: 'WrongItem', condition: 'New' })).json?.id;
  await w.act('approve an exchange', manager, `/returns/${exchange}/approve`);
  await w.act('await the drop-off', dispatcher, `/returns/${exchange}/await-drop-off`);
  await w.act('receive the item to exchange', warehouse, `/returns/${exchange}/receive`);
  await w.post('inspect the item to exchange', quality, `/returns/${exchange}/inspect`, { passed: true, findings: 'The 200 t press was delivered instead of the 220 t' });
  await w.post('refund an exchange (RX-2)', finance, `/returns/${exchange}/refund`, { amount: 100.00, method: 'Cash' }, { expect: 409 });
  await w.post('exchange the item', warehouse, `/returns/${exchange}/exchange`, {
    model: 'PRESS-220', serialNumber: 'RX-WALK-220', deliveryDate: today(), warrantyEndsOn: today(365),
  });

  const late = (await register('register a return past its window', 'RX-WALK-3', { reason: 'ChangedMind', condition: 'New' })).json?.id;
  await w.act('approve an ineligible return (RX-1)', manager, `/returns/${late}/approve`, { expect: 409 });
  await w.post('grant an exception', manager, `/returns/${late}/exception`, { reason: 'Key account; the sales director agreed' });
  await w.post('refuse a return', manager, `/returns/${late}/refuse`, { reason: 'The customer withdrew the request' });

  const failed = (await register('register a return that fails inspection', 'RX-WALK-4', {})).json?.id;
  await w.act('approve it', manager, `/returns/${failed}/approve`);
  await w.act('await its drop-off', dispatcher, `/returns/${failed}/await-drop-off`);
  await w.act('receive it', warehouse, `/returns/${failed}/receive`);
  await w.post('inspect: failed', quality, `/returns/${failed}/inspect`, { passed: false, findings: 'Frame bent by a fall' });
  await w.post('negotiate: partial refund without an amount', manager, `/returns/${failed}/negotiation`, { outcome: 'PartialRefund' }, { expect: 400 });
  await w.post('negotiate a partial refund', manager, `/returns/${failed}/negotiation`, { outcome: 'PartialRefund', refundAmount: 6400.00, refundMethod: 'Cash' });

  await w.get('return requests', dispatcher, `/returns?status=Refunded&customerId=${owner?.id}&page=1&pageSize=20`);
  await w.get('stock movements', warehouse, '/stock-movements?direction=In');
  await w.get('stock movements: not for the desk', dispatcher, '/stock-movements', { expect: 403 });
  const month = today().slice(0, 7);
  await w.get('the return rate', quality, `/reports/return-rate?from=${month}&to=${month}`);
  await w.get('the return rate as CSV', manager, `/reports/return-rate?from=${month}&to=${month}&format=csv`);
  await w.get('the return rate: reversed period', manager, `/reports/return-rate?from=${month}&to=2020-01`, { expect: 400 });
}

async function partsReplacements(w, { dispatcher, manager, warehouse, people, customer }) {
  const register = (step, body, options) => w.post(step, dispatcher, '/parts-replacements', {
    customerId: customer.id, equipmentId: customer.warrantyMachine, reason: 'Broken', description: 'The hose split on delivery',
    part: { partNumber: 'HP-0042', name: 'Hydraulic hose', quantity: 2 }, ...body,
  }, { expect: 201, ...options });
  const request = (await register('register a parts-replacement request', {})).json;
  await register('register a parts-replacement request: reason missing', { reason: undefined }, { expect: 400, bad: 'a required property is missing' });
  await register('register a parts-replacement request: machine not on the card (PS-1)', { equipmentId: NO_SUCH_ID }, { expect: 400 });
  await register('register a parts-replacement request: not for a technician', {}, { as: people.field.token, expect: 403 });
  await w.get('a parts-replacement request', warehouse, `/parts-replacements/${request?.id}`);
  await w.get('a parts-replacement request by its number', dispatcher, `/parts-replacements/by-number/${request?.number}`);
  await w.get('a parts-replacement request: unknown id', dispatcher, `/parts-replacements/${NO_SUCH_ID}`, { expect: 404 });
  const ship = (step, token, body, options) => w.post(step, token, `/parts-replacements/${request?.id}/shipments`, {
    carrier: 'SF Express', trackingNumber: `SF-${run}-1`, shippedOn: today(), ...body,
  }, { expect: 201, ...options });
  await ship('ship a replacement before anyone took it (PS-1)', warehouse, {}, { expect: 409 });
  await w.post('respond to a parts-replacement request', warehouse, `/parts-replacements/${request?.id}/respond`, {
    responsiblePerson: 'Zhao Lei', plan: 'Ships today by SF Express',
  });
  await ship('ship a replacement: not for the dispatch desk', dispatcher, {}, { expect: 403 });
  await ship('ship a replacement: tracking number missing', warehouse, { trackingNumber: undefined }, { expect: 400, bad: 'a required property is missing' });
  await ship('ship a replacement (PR-3)', warehouse, {});
  await ship('ship a replacement twice (PS-1)', warehouse, { trackingNumber: `SF-${run}-2` }, { expect: 409 });
  await w.get('parts-replacement requests', manager, '/parts-replacements?status=Shipped&page=1&pageSize=20');
  await w.get('parts-replacement requests at risk', warehouse, '/parts-replacements?slaState=AtRisk');
}

// PR-2, PR-3: parts-only orders, on a part of the walk's own priced from today (the walkthrough shares the database), for the
// customer whose responsible technician is the leaver (still active here); and a ShipParts work order's shipment.
async function partsOrders(w, { dispatcher, manager, finance, warehouse, people, customer }) {
  const partNumber = `WALK-PO-${run}`;
  await w.post('price a part sold without a repair (PR-1)', finance, '/price-list/parts',
    { partNumber, name: 'Drive belt', unitPrice: 180, productLine: 'Compressors', hasRecoveryValue: true, effectiveFrom: today() }, { expect: 201 });
  const register = (step, body, options) => w.post(step, dispatcher, '/parts-orders', {
    customerId: customer.id, lines: [{ partNumber, quantity: 3 }], shippingAddress: '1 Walk Road', ...body,
  }, { expect: 201, ...options });
  const paid = (await register('register a parts-only order (PR-2)', {})).json;
  await register('register a parts-only order: another price without a reason (PR-1)', { lines: [{ partNumber, quantity: 1, unitPrice: 150 }] }, { expect: 409 });
  await register('register a parts-only order: no lines', { lines: [] }, { expect: 400 });
  await register('register a parts-only order: not for the Warehouse', {}, { as: warehouse, expect: 403 });
  const read = await w.get('a parts-only order', warehouse, `/parts-orders/${paid?.id}`);
  await w.get('a parts-only order: unknown id', dispatcher, `/parts-orders/${NO_SUCH_ID}`, { expect: 404 });
  const ship = (step, token, id, body, options) => w.post(step, token, `/parts-orders/${id}/shipments`, {
    carrier: 'SF Express', trackingNumber: `SF-PO-${run}-1`, shippedOn: today(), ...body,
  }, { expect: 201, ...options });
  await ship('ship a parts-only order before payment (PR-2)', warehouse, paid?.id, {}, { expect: 409 });
  const arrival = { amount: 540, method: 'Transfer', reference: `ICBC-${run}` };
  await w.post('a payment arrived: amount missing', finance, `/parts-orders/${paid?.id}/payment-arrival`, { method: 'Transfer' },
    { expect: 400, bad: 'a required property is missing' });
  await w.post('a payment arrived: not for the Warehouse', warehouse, `/parts-orders/${paid?.id}/payment-arrival`, arrival, { expect: 403 });
  await w.post('a payment arrived (PR-2)', dispatcher, `/parts-orders/${paid?.id}/payment-arrival`, arrival, { headers: { 'if-match': read.etag } });
  await w.act('confirm the payment: not for the dispatch desk', dispatcher, `/parts-orders/${paid?.id}/payment-confirmation`, { expect: 403 });
  await w.act('confirm the payment (PR-2)', finance, `/parts-orders/${paid?.id}/payment-confirmation`);
  await w.act('confirm the payment again (PR-2)', finance, `/parts-orders/${paid?.id}/payment-confirmation`, { expect: 409 });
  await ship('ship a parts-only order: not for Finance', finance, paid?.id, {}, { expect: 403 });
  await ship('ship a parts-only order (PR-3)', warehouse, paid?.id, {});
  await w.post('cancel a shipped parts-only order (PR-2)', dispatcher, `/parts-orders/${paid?.id}/cancel`, { reason: 'Changed mind' }, { expect: 409 });

  // On account: the responsible technician owes it; a later payment settles the receivable before the leaver's handover.
  const onAccount = (await register('register a parts-only order to take on account', {})).json;
  await w.act('on account: not the responsible technician (PR-2)', people.field.token, `/parts-orders/${onAccount?.id}/on-account`, { expect: 403 });
  await w.act('on account: not for a manager', manager, `/parts-orders/${onAccount?.id}/on-account`, { expect: 403 });
  await w.act('on account by the responsible technician (PR-2, WO-12)', people.leaver.token, `/parts-orders/${onAccount?.id}/on-account`);
  await ship('ship a parts-only order on account (PR-3)', warehouse, onAccount?.id, { trackingNumber: `SF-PO-${run}-2` });
  await w.post('a payment arrived for an order on account', finance, `/parts-orders/${onAccount?.id}/payment-arrival`, arrival);
  await w.act('confirm the payment on account: settles the receivable (WO-12)', finance, `/parts-orders/${onAccount?.id}/payment-confirmation`);

  const cancelled = (await register('register a parts-only order to cancel', {})).json;
  await w.post('cancel a parts-only order: reason missing', dispatcher, `/parts-orders/${cancelled?.id}/cancel`, {}, { expect: 400, bad: 'a required property is missing' });
  await w.post('cancel a parts-only order (PR-2)', dispatcher, `/parts-orders/${cancelled?.id}/cancel`, { reason: 'Bought elsewhere' });
  await w.get('parts-only orders', finance, `/parts-orders?customerId=${customer.id}&status=Shipped&page=1&pageSize=20`);
  await w.get('parts-only orders confirmed late (PR-2)', finance, '/parts-orders?paymentConfirmation=Late');
  await w.get('parts-only orders: not for a technician', people.field.token, '/parts-orders', { expect: 403 });

  // PR-3: a work order resolved by shipping parts.
  const order = (await w.post('register an order to resolve by shipping parts', dispatcher, '/work-orders', {
    customerId: customer.id, equipmentId: customer.warrantyMachine, problemDescription: 'Belt worn', priority: 'Normal', channel: 'Phone',
  }, { expect: 201 })).json;
  await w.post('assign the order shipping parts', dispatcher, `/work-orders/${order?.id}/assign`, { technicianId: people.field.id });
  const shipWorkOrder = (step, token, body, options) => w.post(step, token, `/work-orders/${order?.id}/shipments`, {
    carrier: 'SF Express', trackingNumber: `SF-PO-${run}-3`, shippedOn: today(), ...body,
  }, { expect: 201, ...options });
  await shipWorkOrder('ship parts for an order before ShipParts is chosen (PR-3)', warehouse, {}, { expect: 409 });
  await w.post('plan: ship parts', people.field.token, `/work-orders/${order?.id}/plan`,
    { method: 'ShipParts', customerAdvisedOnFitting: true, note: 'Told how to fit the belt' });
  await shipWorkOrder('ship parts for an order: not for a technician', people.field.token, {}, { expect: 403 });
  await shipWorkOrder('ship parts for an order: a tracking number already booked out (PR-3)', warehouse, { trackingNumber: `SF-PO-${run}-1` }, { expect: 409 });
  await shipWorkOrder('ship parts for an order (PR-3)', warehouse, {});
  await w.get('the shipments of an order (PR-3)', dispatcher, `/work-orders/${order?.id}/shipments`);
  await w.get('the shipments of an order: unknown id', dispatcher, `/work-orders/${NO_SUCH_ID}/shipments`, { expect: 404 });
}

async function inquiries(w, { dispatcher, manager, people, customer }) {
  const register = (step, body, options) => w.post(step, dispatcher, '/inquiries', {
    channel: 'Phone', customerId: customer.id, question: 'How much is a replacement spindle?', kind: 'Price',
    promisedReplyBy: minutesFromNow(120), ...body,
  }, { expect: 201, ...options });

  const price = (await register('register an inquiry', {})).json?.id;
  const fault = (await register('register an inquiry by a caller', {
    customerId: undefined, caller: { name: 'Li Lei', phone: '13900000000' }, kind: 'HowTo', question: 'The lathe will not start',
  })).json?.id;
  const complaint = (await register('register an inquiry by walk-in', { channel: 'WalkIn', kind: 'Other', question: 'Nobody called me back' })).json?.id;
  await register('register an inquiry: kind missing', { kind: undefined }, { expect: 400, bad: 'a required property is missing' });
  await register('register an inquiry: not for a technician', {}, { as: people.field.token, expect: 403 });
  const inquiry = await w.get('an inquiry', dispatcher, `/inquiries/${price}`);
  await w.get('an inquiry by its number', dispatcher, `/inquiries/by-number/${inquiry.json?.number}`);
  await w.get('an inquiry: unknown id', dispatcher, `/inquiries/${NO_SUCH_ID}`, { expect: 404 });
  await w.post('respond', dispatcher, `/inquiries/${price}/respond`, { note: 'Price list sent by SMS' });
  await w.post('answer', dispatcher, `/inquiries/${price}/answer`, { answer: 'In stock at 4,800.00' });
  await w.post('respond to an answered inquiry (IQ-1)', dispatcher, `/inquiries/${price}/respond`, { note: 'again' }, { expect: 409 });
  await w.post('turn an inquiry into a work order', dispatcher, `/inquiries/${fault}/convert-to-work-order`, {
    customerId: customer.id, equipmentId: customer.warrantyMachine, problemDescription: 'The lathe will not start', priority: 'Normal',
  });
  await w.post('turn an inquiry into a complaint', dispatcher, `/inquiries/${complaint}/convert-to-complaint`, {
    description: 'Nobody called back about the visit', category: 'Timeliness', severity: 'General', promisedResponseBy: minutesFromNow(240),
  });
  await w.get('inquiries', manager, '/inquiries?status=ConvertedToWorkOrder&page=1&pageSize=20');
  await w.get('late first responses', dispatcher, `/inquiries?lateFirstResponse=true&from=${encodeURIComponent(minutesFromNow(-60 * 24))}`);
  await w.post('record a collection run', dispatcher, '/inquiries/collection-runs', { channel: 'Email' });
  await w.post('record a collection run: the phone is not collected', dispatcher, '/inquiries/collection-runs', { channel: 'Phone' }, { expect: 400 });
  await w.get('days short of collection runs', manager, `/inquiries/collection-runs/short-days?from=${today(-7)}&to=${today()}`);
}

async function complaints(w, { dispatcher, lead, manager, hr, people, customer, orders }) {
  const { field, colleague } = people;
  const register = (step, body, options) => w.post(step, dispatcher, '/complaints', {
    customerId: customer.id, workOrderId: orders.onSite, technicianId: field.id, channel: 'Phone', category: 'Timeliness',
    severity: 'General', description: 'The technician came two hours late', promisedResponseBy: minutesFromNow(240), ...body,
  }, { expect: 201, ...options });

  const general = (await register('register a complaint', {})).json?.id;
  await register('register a complaint: the promise in the past (CP-1)', { promisedResponseBy: minutesFromNow(-60) }, { expect: 409 });
  await register('register a complaint: category missing', { category: undefined }, { expect: 400, bad: 'a required property is missing' });
  await register('register a complaint: not for HR', {}, { as: hr, expect: 403 });
  const complaint = await w.get('a complaint', dispatcher, `/complaints/${general}`);
  await w.get('a complaint by its number', dispatcher, `/complaints/by-number/${complaint.json?.number}`);
  await w.get('a complaint by its number: unknown', dispatcher, '/complaints/by-number/CP-2026-999999', { expect: 404 });
  await w.get('a complaint: unknown id', dispatcher, `/complaints/${NO_SUCH_ID}`, { expect: 404 });
  await w.get('a complaint: not for HR', hr, `/complaints/${general}`, { expect: 403 });
  await w.get('complaints', lead, `/complaints?status=Received&technicianId=${field.id}&category=Timeliness`);
  await w.get('complaints with an overdue appeal decision', manager, '/complaints?appealDecisionOverdue=true');
  await w.get('a technician\'s own complaints', field.token, '/complaints');

  await w.act('resolve before verification (CP-3)', dispatcher, `/complaints/${general}/resolve`, { expect: 409 });
  await w.act('investigate', dispatcher, `/complaints/${general}/investigate`);
  await w.token('walk.director', ['Director']);
  await w.post('escalate to someone who is no Director (CP-2)', dispatcher, `/complaints/${general}/escalate`, { directorName: 'walk.manager' }, { expect: 409 });
  await w.post('escalate', dispatcher, `/complaints/${general}/escalate`, { directorName: 'walk.director', note: 'Repeat customer' });
  await w.post('escalate again (CP-2)', dispatcher, `/complaints/${general}/escalate`, { directorName: 'walk.director' }, { expect: 409 });
  await w.post('verify: findings missing', lead, `/complaints/${general}/verify`, { verified: true }, { expect: 400, bad: 'a required property is missing' });
  await w.post('verify: not for a dispatcher', dispatcher, `/complaints/${general}/verify`, { verified: true, findings: 'x' }, { expect: 403 });
  await w.post('verify: a penalty beyond the range (CP-5)', lead, `/complaints/${general}/verify`, {
    verified: true, findings: 'Left late', responsibleTechnicianId: field.id, penalty: 100000, falsifiedRecord: false,
  }, { expect: 400 });
  await w.post('verify', lead, `/complaints/${general}/verify`, {
    verified: true, findings: 'Left the previous site late without telling the desk', responsibleTechnicianId: field.id, penalty: 100, falsifiedRecord: false,
  });
  await w.post('notify the customer by letter: reference missing (CP-2)', dispatcher, `/complaints/${general}/notify-customer`, { how: 'Letter', letterDate: today() }, { expect: 400 });
  await w.post('notify the customer by letter', dispatcher, `/complaints/${general}/notify-customer`, { how: 'Letter', letterDate: today(), letterReference: `SH-${run}` });
  await w.post('notify the customer', dispatcher, `/complaints/${general}/notify-customer`, { how: 'Phone', note: 'Apologised' });
  await w.act('resolve before anyone visited or called the customer (CP-9)', dispatcher, `/complaints/${general}/resolve`, { expect: 409 });
  await w.post('a visit to the customer: author missing', dispatcher, `/complaints/${general}/customer-contacts`, { kind: 'Visit', at: minutesFromNow(-5) }, { expect: 400, bad: 'a required property is missing' });
  await w.post('a visit to the customer in the future (CP-9)', dispatcher, `/complaints/${general}/customer-contacts`, { kind: 'Visit', by: 'walk.lead', at: minutesFromNow(60) }, { expect: 409 });
  // CP-9: between registration and now; the walk registered the complaint moments ago, so at its registration.
  const registeredAt = complaint.json?.registeredAt;
  await w.post('a visit to the customer', dispatcher, `/complaints/${general}/customer-contacts`, { kind: 'Visit', by: 'walk.lead', at: registeredAt, note: 'Apologised on site' });
  await w.post('a progress update', dispatcher, `/complaints/${general}/progress-updates`, { at: registeredAt, note: 'Visit rescheduled with the customer' });
  await w.post('a progress update: note missing', dispatcher, `/complaints/${general}/progress-updates`, { at: registeredAt }, { expect: 400, bad: 'a required property is missing' });
  await w.get('complaints without an update (CP-9)', dispatcher, '/complaints/without-updates?page=1&pageSize=20');
  await w.get('complaints without an update: not for a technician', field.token, '/complaints/without-updates', { expect: 403 });
  await w.post('appeal: not the responsible technician (CP-8)', colleague.token, `/complaints/${general}/appeals`, { reason: 'Not me' }, { expect: [403, 404] });
  const appealed = await w.post('appeal', field.token, `/complaints/${general}/appeals`, { reason: 'The desk moved my visit without telling me' });
  const appealId = appealed.json?.appeals?.at(-1)?.id;
  await w.post('appeal again while one is pending (CP-8)', field.token, `/complaints/${general}/appeals`, { reason: 'again' }, { expect: 409 });
  await w.post('decide: note missing', manager, `/complaints/${general}/appeals/${appealId}/decide`, { upheld: false }, { expect: 400, bad: 'a required property is missing' });
  await w.post('decide: unknown appeal', manager, `/complaints/${general}/appeals/${NO_SUCH_ID}/decide`, { upheld: false, note: 'x' }, { expect: 404 });
  await w.post('decide the appeal', manager, `/complaints/${general}/appeals/${appealId}/decide`, { upheld: false, note: 'The log shows the visit was not moved' });
  await w.act('resolve', dispatcher, `/complaints/${general}/resolve`);
  await w.post('follow up', dispatcher, `/complaints/${general}/follow-up`, { satisfied: true, note: 'Customer accepts' });
  await w.post('follow up again', dispatcher, `/complaints/${general}/follow-up`, { satisfied: true }, { expect: 409 });

  const unfounded = (await register('register a complaint found untrue', { category: 'Attitude', workOrderId: undefined })).json?.id;
  await w.act('investigate it', lead, `/complaints/${unfounded}/investigate`);
  await w.post('verify: not true', lead, `/complaints/${unfounded}/verify`, { verified: false, findings: 'Recording shows a polite call' });
  await w.get('the unfounded complaint', manager, `/complaints/${unfounded}`);
}

async function assessments(w, { lead, manager, hr, people }) {
  const { field, colleague } = people;
  const month = lastMonth();
  const scores = { initiative: 13, coordination: 9, loyalty: 14, planning: 5, execution: 4, workQuality: 9 };
  const created = await w.post('open an assessment', lead, '/assessments', { technicianId: field.id, month }, { expect: 201 });
  const id = created.json?.id;
  await w.post('open it again', lead, '/assessments', { technicianId: field.id, month }, { expect: 409 });
  await w.post('open a month not begun (AS-1)', lead, '/assessments', { technicianId: colleague.id, month: '2099-01' }, { expect: 409 });
  await w.post('open: month missing', lead, '/assessments', { technicianId: colleague.id }, { expect: 400, bad: 'a required property is missing' });
  await w.post('open: not for a technician', field.token, '/assessments', { technicianId: colleague.id, month }, { expect: 403 });
  await w.get('an assessment', hr, `/assessments/${id}`);
  await w.get('an assessment: unknown id', hr, `/assessments/${NO_SUCH_ID}`, { expect: 404 });
  await w.get('a technician reads their assessment', field.token, `/assessments/${id}`);
  await w.get('assessments of the month', manager, `/assessments?month=${month}&page=1&pageSize=20`);
  await w.get('assessments by status', hr, `/assessments?status=Draft&technicianId=${field.id}`);
  await w.put('self-assessment', field.token, `/assessments/${id}/self-assessment`, { ...scores, initiative: 15, comment: 'A good month' });
  await w.put('self-assessment by someone else (AS-3)', colleague.token, `/assessments/${id}/self-assessment`, scores, { expect: [404, 409] });
  await w.put('scores: initiative above 15', lead, `/assessments/${id}/scores`, { ...scores, initiative: 20 }, { expect: 400, bad: 'a value above the maximum' });
  await w.act('submit before scoring (AS-4)', lead, `/assessments/${id}/submit`, { expect: 409 });
  const read = await w.get('the assessment before scoring', lead, `/assessments/${id}`);
  await w.put('scores', lead, `/assessments/${id}/scores`, scores, { headers: { 'if-match': read.etag } });
  await w.put('scores: stale If-Match', lead, `/assessments/${id}/scores`, scores, { headers: { 'if-match': read.etag }, expect: 412 });
  await w.act('submit', lead, `/assessments/${id}/submit`);
  await w.act('approve: not for a team lead', lead, `/assessments/${id}/approve`, { expect: 403 });
  await w.post('amend before approval (AS-6)', manager, `/assessments/${id}/amendments`, { reason: 'x', scores }, { expect: 409 });
  await w.act('approve', manager, `/assessments/${id}/approve`);
  await w.post('amend', manager, `/assessments/${id}/amendments`, { reason: 'Discipline record corrected', scores: { ...scores, loyalty: 15 } });
  await w.post('amend: scores missing', manager, `/assessments/${id}/amendments`, { reason: 'x' }, { expect: 400, bad: 'a required property is missing' });
  await w.get('approved assessments graded', hr, `/assessments?month=${month}&grade=B`);
}

async function reports(w, { lead, manager, hr, dispatcher, people }) {
  await w.get('daily report', lead, `/reports/daily?date=${today()}`);
  await w.get('daily report of a technician', manager, `/reports/daily?date=${today()}&technicianId=${people.field.id}`);
  await w.get('daily report of a team', lead, `/reports/daily?date=${today()}&team=North`);
  await w.get('daily report: not for a dispatcher', dispatcher, `/reports/daily?date=${today()}`, { expect: 403 });
  await w.get('grade report of a month', hr, `/reports/grades?month=${lastMonth()}`);
  await w.get('grade report as CSV', hr, `/reports/grades?month=${lastMonth()}`, { headers: { accept: 'text/csv' } });
  await w.get('grade report as XLSX', manager, `/reports/grades?month=${lastMonth()}&format=xlsx`);
  await w.get('grade report of a year', hr, `/reports/grades?year=${lastMonth().slice(0, 4)}`);
  await w.get('grade report: neither month nor year', hr, '/reports/grades', { expect: 400 });
  await w.get('grade report: a media type it does not make', hr, `/reports/grades?month=${lastMonth()}`, { headers: { accept: 'application/pdf' }, expect: 406 });
  await w.get('grade report: year not a number', hr, '/reports/grades?year=last', { expect: 400, bad: 'a query value of the wrong type' });
  await w.get('contact-log report (CU-5)', manager, `/reports/contact-log?from=${today(-30)}&to=${today()}&filled=customerNeeds,competitorNews`);
  await w.get('contact-log report as CSV', manager, `/reports/contact-log?from=${today(-30)}&to=${today()}`, { headers: { accept: 'text/csv' } });
  await w.get('contact-log report as XLSX', dispatcher, `/reports/contact-log?from=${today(-30)}&to=${today()}&format=xlsx`);
  await w.get('contact-log report: a field it does not have', manager, `/reports/contact-log?from=${today(-30)}&to=${today()}&filled=mood`, { expect: 400 });
  await w.get('contact-log report: not for HR', hr, `/reports/contact-log?from=${today(-30)}&to=${today()}`, { expect: 403 });
}

async function handovers(w, { manager, hr, dispatcher, people }) {
  const { leaver, colleague, teamLead, onLeave } = people;
  const start = (step, body, options) => w.post(step, manager, '/handovers', {
    technicianId: leaver.id, reason: 'Resignation', effectiveDate: today(14), successorId: colleague.id, ...body,
  }, { expect: 201, ...options });

  await start('start a handover: the successor on leave (HC-1)', { successorId: onLeave.id }, { expect: 409 });
  await w.act('return from leave', manager, `/technicians/${onLeave.id}/return-from-leave`, { headers: { 'if-match': onLeave.etag } });
  await start('start a handover: a supervisor other than the leaver\'s (HC-1)', { supervisorId: colleague.id }, { expect: 409 });
  await start('start a handover: reason missing', { reason: undefined }, { expect: 400, bad: 'a required property is missing' });
  const checklist = (await start('start a handover', {})).json;
  const id = checklist?.id;
  await w.get('a handover', hr, `/handovers/${id}`);
  await w.get('a handover: unknown id', hr, `/handovers/${NO_SUCH_ID}`, { expect: 404 });
  await w.get('a handover seen by its leaver', leaver.token, `/handovers/${id}`);
  await w.get('handovers open', manager, '/handovers?status=Open&page=1&pageSize=20');
  await w.get('handovers overdue', hr, '/handovers?overdue=true');
  await w.get('handovers: not for a dispatcher', dispatcher, '/handovers', { expect: 403 });

  const account = await w.post('add an account item', manager, `/handovers/${id}/items`, { kind: 'Account', systemName: 'ERP', userName: `sun.${run}`, description: 'ERP login' });
  await w.post('add an item: description missing', manager, `/handovers/${id}/items`, { kind: 'Other' }, { expect: 400, bad: 'a required property is missing' });
  await w.post('add an item: a password in it (HC-3)', manager, `/handovers/${id}/items`, { kind: 'Account', systemName: 'ERP', description: 'x', password: 'hunter2' },
    { expect: 400, bad: 'an unknown property (a secret)' });
  const other = await w.post('add another item', manager, `/handovers/${id}/items`, { kind: 'Other', description: 'Keys to the van' });
  const items = other.json?.items ?? account.json?.items ?? [];
  const accountItem = items.find(item => item.kind === 'Account');
  const otherItem = items.find(item => item.kind === 'Other');
  const toolItem = items.find(item => item.kind === 'Property');
  const customerItem = items.find(item => item.kind === 'Customer');
  await w.post('complete an item: not the leaver (HC-4)', colleague.token, `/handovers/${id}/items/${accountItem?.id}/complete`, { outcome: 'Disabled', note: 'x' }, { expect: [403, 404] });
  await w.post('complete the account item', leaver.token, `/handovers/${id}/items/${accountItem?.id}/complete`, { outcome: 'Disabled', note: 'Login disabled by IT' });
  await w.post('complete it again (HC-4)', manager, `/handovers/${id}/items/${accountItem?.id}/complete`, { outcome: 'Disabled', note: 'x' }, { expect: 409 });
  await w.post('complete: an outcome that does not exist', manager, `/handovers/${id}/items/${otherItem?.id}/complete`, { outcome: 'Forgotten', note: 'x' },
    { expect: 400, bad: 'a value outside the enum' });
  await w.post('waive the other item', manager, `/handovers/${id}/items/${otherItem?.id}/waive`, { reason: 'The van stays with the team' });
  await w.post('waive: unknown item', manager, `/handovers/${id}/items/${NO_SUCH_ID}/waive`, { reason: 'x' }, { expect: 404 });
  if (toolItem) await w.post('the tool comes back', manager, `/handovers/${id}/items/${toolItem.id}/complete`, { outcome: 'Returned', note: 'Back in the store' });
  if (customerItem) {
    await w.post('the customer goes to the successor', manager, `/handovers/${id}/items/${customerItem.id}/complete`, { outcome: 'Reassigned', note: 'Introduced by phone', newTechnicianId: colleague.id });
  }
  const pending = (await w.get('the checklist before sign-off', manager, `/handovers/${id}`)).json?.items?.filter(item => item.state === 'Pending') ?? [];
  for (const item of pending) {
    await w.post(`waive the remaining ${item.kind} item`, manager, `/handovers/${id}/items/${item.id}/waive`, { reason: 'Handled outside the walk' });
  }
  await w.act('complete before the sign-offs (HC-5)', manager, `/handovers/${id}/complete`, { expect: 409 });
  await w.post('sign off as the leaver', leaver.token, `/handovers/${id}/sign-offs`, { party: 'Leaver' });
  await w.post('sign off as someone else (HC-5)', colleague.token, `/handovers/${id}/sign-offs`, { party: 'Supervisor' }, { expect: 409 });
  await w.post('sign off for the leaver (HC-5)', manager, `/handovers/${id}/sign-offs`, { party: 'Receiver' }, { expect: 409 });
  await w.post('sign off as the leaver again (HC-5)', leaver.token, `/handovers/${id}/sign-offs`, { party: 'Leaver' }, { expect: 409 });
  await w.post('sign off as the receiver', colleague.token, `/handovers/${id}/sign-offs`, { party: 'Receiver' });
  await w.post('sign off as the supervisor', teamLead.token, `/handovers/${id}/sign-offs`, { party: 'Supervisor' });
  await w.post('sign off: no such party', manager, `/handovers/${id}/sign-offs`, { party: 'Witness' }, { expect: 400, bad: 'a value outside the enum' });
  await w.act('complete', manager, `/handovers/${id}/complete`);
  await w.post('withdraw a completed handover', manager, `/handovers/${id}/withdraw`, { reason: 'x' }, { expect: 409 });

  // A transfer started and withdrawn.
  const transfer = (await start('start a transfer', { technicianId: colleague.id, reason: 'Transfer', successorId: people.field.id, newTeam: 'South' })).json?.id;
  await w.post('withdraw: reason missing', manager, `/handovers/${transfer}/withdraw`, {}, { expect: 400, bad: 'a required property is missing' });
  await w.post('withdraw the transfer', manager, `/handovers/${transfer}/withdraw`, { reason: 'The South team closed its opening' });
}

// WO-7 (r2): the seeded 2026 schedule read and written back unchanged, so every later step counts as before.
async function workingCalendar(w, { admin, dispatcher }) {
  const read = await w.get('the working calendar of 2026 (WO-7)', dispatcher, '/calendar/2026');
  const schedule = { holidays: read.json?.holidays, makeUpWorkingDays: read.json?.makeUpWorkingDays };
  await w.put('the calendar: the same schedule back', admin, '/calendar/2026', schedule, { headers: { 'if-match': read.etag } });
  await w.put('the calendar: stale If-Match', admin, '/calendar/2026', schedule, { headers: { 'if-match': read.etag }, expect: 412 });
  await w.put('the calendar: not for a dispatcher', dispatcher, '/calendar/2026', schedule, { expect: 403 });
  await w.put('the calendar: a make-up day on a weekday', admin, '/calendar/2026', { ...schedule, makeUpWorkingDays: ['2026-12-31'] }, { expect: 400 });
  await w.get('the working calendar of a year not listed yet', dispatcher, '/calendar/2099');
}

async function users(w, { admin, dispatcher, people }) {
  const userName = `walk.user.${run}`;
  const created = await w.post('create a user', admin, '/users', { userName, displayName: 'Walk User', phone: '13900000099', roles: ['Dispatcher'] }, { expect: 201 });
  const id = created.json?.id;
  await w.post('create a user: the name is taken (X-5)', admin, '/users', { userName, displayName: 'Copy', roles: ['HR'] }, { expect: 409 });
  await w.post('create a user: roles missing', admin, '/users', { userName: `walk.other.${run}`, displayName: 'Other' },
    { expect: 400, bad: 'a required property is missing' });
  await w.post('create a user: not for a dispatcher', dispatcher, '/users', { userName: `walk.other.${run}`, displayName: 'Other', roles: ['HR'] }, { expect: 403 });
  const read = await w.get('a user', admin, `/users/${id}`);
  await w.get('a user: unknown id', admin, `/users/${NO_SUCH_ID}`, { expect: 404 });
  await w.get('users', admin, '/users?page=1&pageSize=20');
  await w.put('set the roles', admin, `/users/${id}/roles`, { roles: ['Dispatcher', 'Finance'] }, { headers: { 'if-match': read.etag } });
  await w.put('set the roles: stale If-Match', admin, `/users/${id}/roles`, { roles: ['HR'] }, { headers: { 'if-match': read.etag }, expect: 412 });
  await w.put('set the roles: a role that does not exist', admin, `/users/${id}/roles`, { roles: ['Janitor'] }, { expect: 400 });

  // X-5: one technician per user and one user per technician, by employee number.
  await w.post('link a technician', admin, `/users/${id}/link-technician`, { employeeNumber: people.onLeave?.employeeNumber });
  await w.post('link a second technician (X-5)', admin, `/users/${id}/link-technician`, { employeeNumber: people.field?.employeeNumber }, { expect: 409 });
  await w.post('link: unknown employee number', admin, `/users/${id}/link-technician`, { employeeNumber: `NONE-${run}` }, { expect: 400 });
  const reset = await w.act('reset the password', admin, `/users/${id}/reset-password`);
  if (!reset.json?.temporaryPassword) w.failures.push('reset the password: no temporaryPassword in the answer');
  await w.act('disable the user', admin, `/users/${id}/disable`);
  await w.act('enable the user', admin, `/users/${id}/enable`);
  await w.act('disable: unknown id', admin, `/users/${NO_SUCH_ID}/disable`, { expect: 404 });

  // HC-5 r2: the leaver departed with the completed handover, so their user is disabled and stays so.
  await w.get('the departed leaver is refused (X-5)', people.leaver.token, `/technicians/${people.leaver.id}`, { expect: 401 });
  const everyone = (await w.get('users, the departed leaver among them', admin, '/users?page=1&pageSize=100')).json?.items ?? [];
  const departed = everyone.find(user => user.technicianId === people.leaver.id);
  await w.act('enable the departed leaver (X-5)', admin, `/users/${departed?.id ?? NO_SUCH_ID}/enable`, { expect: 409 });
}
