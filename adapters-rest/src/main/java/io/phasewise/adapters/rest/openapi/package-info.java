/**
 * The OpenAPI 3 document of the API, generated from the resource classes and served as JSON or YAML, and the API
 * explorer (Swagger UI) on it.
 */
package io.phasewise.adapters.rest.openapi;
