// The first calls an integrator makes, typed from docs/openapi.json: register a customer and a repair
// request, assign it to a technician (sending back the version read as If-Match), and read its SLA clocks;
// and the app's upload of a photo (X-6): in chunks, resumed after a cut, attached to the order.
// build/checks/typescript-client.sh regenerates the types and compiles this with tsc --strict.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/aftersales";

type Schemas = components["schemas"];
type Problem = Schemas["ProblemDetails"];

export class AfterSalesApiError extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.status ?? "?"} ${problem.title ?? "API error"}${problem.detail ? `: ${problem.detail}` : ""}`);
  }
}

/** Unwraps an openapi-fetch answer: the typed body, or the RFC 9457 problem as an error. */
function expectData<T>(result: { data?: T; error?: unknown }): T {
  if (result.data === undefined) {
    throw new AfterSalesApiError(result.error as Problem);
  }
  return result.data;
}

/** The API's ETag is the resource's version as a strong tag. */
const entityTag = (resource: { version: number }): string => `"${resource.version}"`;

export async function registerAssignAndReadSla(
  baseUrl: string,
  accessToken: string,
  technicianId: string,
): Promise<Schemas["SlaClockResponse"][]> {
  const api = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${accessToken}` } });

  const customer: Schemas["CustomerResponse"] = expectData(
    await api.POST("/api/v1/customers", {
      body: {
        name: "Shanghai Precision Parts Co.",
        phone: "02161234567",
        address: "88 Zhangjiang Road, Pudong",
        zone: "Urban",
        equipment: [{ model: "HX-200", serialNumber: "HX200-0117", purchaseDate: "2026-01-15", warrantyEndsOn: "2028-01-15" }],
      },
    }),
  );
  const equipment = customer.equipment[0];
  if (equipment === undefined) {
    throw new Error("The customer was registered without its equipment.");
  }

  const order = expectData(
    await api.POST("/api/v1/work-orders", {
      params: { header: { "Idempotency-Key": crypto.randomUUID() } },
      body: {
        customerId: customer.id,
        equipmentId: equipment.id,
        problemDescription: "The compressor stops after ten minutes and shows E4.",
        priority: "Urgent",
        channel: "Phone",
      },
    }),
  );

  const assigned = expectData(
    await api.POST("/api/v1/work-orders/{id}/assign", {
      params: { path: { id: order.id }, header: { "If-Match": entityTag(order) } },
      body: { technicianId },
    }),
  );
  const status: Schemas["WorkOrderStatus"] = assigned.status;
  console.log(`Work order ${assigned.number} is ${status}, assigned to ${assigned.technicianId ?? "nobody"}.`);

  const clocks = expectData(await api.GET("/api/v1/work-orders/{id}/sla", { params: { path: { id: order.id } } }));
  for (const clock of clocks) {
    console.log(`${clock.clock}: ${clock.state}${clock.deadline === null ? "" : ` by ${clock.deadline}`}`);
  }
  return clocks;
}

/**
 * The field app's sync loop (X-8), as a signed-in technician: the first call gives the day's open orders and a token;
 * each later call with the last token gives only the orders changed since, and tombstones for those to drop. The app
 * keeps the token with its offline copy and stores the new one only once the answer is applied.
 */
export async function syncTechniciansDay(
  baseUrl: string,
  technicianToken: string,
  copy: Map<string, Schemas["WorkOrderResponse"]>,
  since: string | undefined,
): Promise<string> {
  const api = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${technicianToken}` } });
  const changes: Schemas["ChangesResponse"] = expectData(
    await api.GET("/api/v1/me/changes", { params: { query: since === undefined ? {} : { since } } }),
  );
  for (const tombstone of changes.tombstones) {
    const reason: Schemas["TombstoneReason"] = tombstone.reason;
    console.log(`Dropping ${tombstone.id}: ${reason}.`);
    copy.delete(tombstone.id);
  }
  for (const order of changes.workOrders) {
    copy.set(order.id, order);
  }
  console.log(`${changes.workOrders.length} orders changed; ${copy.size} in the offline copy.`);
  return changes.nextToken;
}

/** First sync, a change made meanwhile (the plan chosen on the phone), then the delta sync that brings it back. */
export async function firstSyncChangeAndDeltaSync(baseUrl: string, technicianToken: string, orderId: string): Promise<void> {
  const copy = new Map<string, Schemas["WorkOrderResponse"]>();
  const token = await syncTechniciansDay(baseUrl, technicianToken, copy, undefined);
  const order = copy.get(orderId);
  if (order === undefined) {
    throw new Error(`Order ${orderId} is not among the technician's open orders.`);
  }

  const api = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${technicianToken}` } });
  expectData(
    await api.POST("/api/v1/work-orders/{id}/plan", {
      params: { path: { id: orderId }, header: { "If-Match": entityTag(order), "Idempotency-Key": crypto.randomUUID() } },
      body: { method: "OnSite", customerAdvisedOnFitting: false },
    }),
  );
  await syncTechniciansDay(baseUrl, technicianToken, copy, token);
}

/** X-6: the largest chunk this app sends; the server takes up to Files:MaxChunkBytes (4 MiB). */
const CHUNK_BYTES = 512 * 1024;

/**
 * Uploads `photo` in chunks and attaches it to the order. After a cut (the app was offline, the process was killed)
 * the same call resumes: pass the `uploadId` it started with, and it asks the server how many bytes it has and sends
 * only the rest. The server verifies the SHA-256 and types the file by its bytes.
 */
export async function uploadPhoto(
  baseUrl: string,
  accessToken: string,
  order: Schemas["WorkOrderResponse"],
  photo: Uint8Array<ArrayBuffer>,
  uploadId?: string,
): Promise<Schemas["WorkOrderResponse"]> {
  const api = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${accessToken}` } });
  const sha256 = Array.from(new Uint8Array(await crypto.subtle.digest("SHA-256", photo)), (byte) => byte.toString(16).padStart(2, "0")).join("");

  let upload: Schemas["FileUploadResponse"] = uploadId === undefined
    ? expectData(await api.POST("/api/v1/files", { body: { fileName: "photo.jpg", contentType: "image/jpeg", length: photo.length, sha256 } }))
    : expectData(await api.GET("/api/v1/files/{id}", { params: { path: { id: uploadId } } }));

  // openapi-fetch sends bodies as JSON; a chunk is raw bytes with its place in the file, so it goes with fetch.
  while (upload.status === "Uploading") {
    const first = upload.receivedBytes;
    const last = Math.min(first + CHUNK_BYTES, photo.length) - 1;
    const response = await fetch(`${baseUrl}${upload.uploadUrl}`, {
      method: "PUT",
      headers: {
        Authorization: `Bearer ${accessToken}`,
        "Content-Type": "application/octet-stream",
        "Content-Range": `bytes ${first}-${last}/${photo.length}`,
      },
      body: photo.subarray(first, last + 1),
    });
    if (!response.ok) {
      throw new AfterSalesApiError((await response.json()) as Problem);
    }
    upload = (await response.json()) as Schemas["FileUploadResponse"];
  }

  return expectData(
    await api.POST("/api/v1/work-orders/{id}/photos", {
      params: { path: { id: order.id }, header: { "If-Match": entityTag(order), "Idempotency-Key": `photo-${upload.id}` } },
      body: { fileId: upload.id, caption: "Compressor nameplate" },
    }),
  );
}
