/** The dashboard's only way to this server's /api: JSON in and out, the bearer token when signed in, problems as ApiError. */
const TOKEN_KEY = "phasewise.token";

export class ApiError extends Error {
  constructor(status, problem) {
    const p = problem || {};
    let detail = p.detail || p.title || "HTTP " + status;
    if (Array.isArray(p.errors) && p.errors.length) detail += " (" + p.errors.map((e) => e.field + ": " + e.problem).join("; ") + ")";
    super(detail);
    this.status = status;
  }
}

export const session = {
  token: localStorage.getItem(TOKEN_KEY),
  /** Called with the message when the server refuses the token (401 on /api/me...). */
  onRefused: null,
  save(token) {
    this.token = token;
    if (token) localStorage.setItem(TOKEN_KEY, token); else localStorage.removeItem(TOKEN_KEY);
  }
};

/** One call: resolves to { json, etag }, rejects with ApiError. */
export function api(method, path, body, headers) {
  const init = { method, headers: { Accept: "application/json" }, cache: "no-store" };
  if (session.token) init.headers.Authorization = "Bearer " + session.token;
  Object.assign(init.headers, headers || {});
  if (body !== undefined) { init.headers["Content-Type"] = "application/json"; init.body = JSON.stringify(body); }
  return fetch(path, init).then((response) => response.text().then((text) => {
    let json = null;
    if (text) { try { json = JSON.parse(text); } catch (e) { json = { detail: text.slice(0, 200) }; } }
    if (!response.ok) {
      const error = new ApiError(response.status, json);
      if (response.status === 401 && session.token && path.indexOf("/api/me") === 0 && session.onRefused) {
        session.onRefused("The token was refused (401): " + error.message);
      }
      throw error;
    }
    return { json, etag: response.headers.get("ETag") };
  }));
}

/** A query string of the defined parameters. */
export function q(params) {
  return Object.keys(params).filter((k) => params[k] !== null && params[k] !== undefined)
    .map((k) => encodeURIComponent(k) + "=" + encodeURIComponent(params[k])).join("&");
}
