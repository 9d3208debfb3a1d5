// Swagger UI over the API's own OpenAPI document (no inline script: the page's CSP forbids it)
window.addEventListener('DOMContentLoaded', function () {
  window.SwaggerUIBundle({ url: '/api/v1/openapi.json', dom_id: '#swagger-ui', deepLinking: false });
});
