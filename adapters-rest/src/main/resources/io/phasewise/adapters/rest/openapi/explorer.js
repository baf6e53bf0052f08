// Starts Swagger UI on this server's OpenAPI document. A file rather than an inline script, so the page's
// Content-Security-Policy can allow scripts from 'self' only. No validator: it would call validator.swagger.io.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/api/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout"
  });
});
