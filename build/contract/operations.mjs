// The operations of docs/openapi.json, and which one a request reaches (a literal segment wins over a parameter,
// as in the API's routing: /work-orders/dispatch-queue is not /work-orders/{id}).
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

export class Operations {
  constructor(document) {
    this.document = document;
    this.all = Object.entries(document.paths ?? {}).flatMap(([template, item]) =>
      Object.entries(item)
        .filter(([method]) => METHODS.includes(method))
        .map(([method, operation]) => ({
          name: `${method.toUpperCase()} ${template}`,
          method: method.toUpperCase(),
          template,
          operationId: operation.operationId,
          hasBody: operation.requestBody !== undefined,
          bodyType: Object.keys(operation.requestBody?.content ?? {})[0],
          parameters: template.split('/').filter(segment => segment.startsWith('{')).length,
          pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
        })))
      .sort((a, b) => a.parameters - b.parameters);
  }

  /** The operation a request reaches, or undefined. */
  match(method, url) {
    const pathname = new URL(url, 'http://localhost').pathname.replace(/\/$/, '') || '/';
    return this.all.find(op => op.method === method.toUpperCase() && op.pattern.test(pathname));
  }
}
