/** The signed-in user's watchlist panel: search assets, add, remove and reorder, each change sent with If-Match. */
import { api, q } from "./api.js";

const $ = (id) => document.getElementById(id);
const state = { watchlist: null, etag: null, changed: null, say: null };

/** `changed()` reloads the cards after a change; `say(text)` shows a message. */
export function initWatchlist(hooks) {
  state.changed = hooks.changed;
  state.say = hooks.say;
  $("search-form").addEventListener("submit", (e) => { e.preventDefault(); search($("search-input").value.trim()); });
}

export function loadWatchlist() {
  return api("GET", "/api/me/watchlist").then(apply).catch((e) => { if (e.status !== 401) state.say("Loading the watchlist: " + e.message); });
}

function apply(r) {
  state.watchlist = r.json;
  state.etag = r.etag;
  const list = $("watch-items"), items = state.watchlist.items;
  list.replaceChildren();
  if (!items.length) list.appendChild(item("nothing watched yet"));
  items.forEach((it, i) => {
    const li = item(it.symbol + " \u00b7 " + (it.name || ""));
    const path = "/api/me/watchlist/items/" + it.assetId;
    li.append(button("\u2191", "move " + it.symbol + " up", i === 0, () => change("PUT", path + "/position", { position: i - 1 })),
      button("\u2193", "move " + it.symbol + " down", i === items.length - 1, () => change("PUT", path + "/position", { position: i + 1 })),
      button("\u2715", "remove " + it.symbol, false, () => change("DELETE", path)));
    list.appendChild(li);
  });
  $("watch-version").textContent = "version " + state.watchlist.version + " \u00b7 " + items.length + " of 500";
  markWatched();
}

function item(label) {
  const li = document.createElement("li");
  const span = document.createElement("span");
  span.className = "label";
  span.textContent = label;
  li.appendChild(span);
  return li;
}

function button(label, title, disabled, onClick) {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = label;
  b.title = title;
  b.setAttribute("aria-label", title);
  b.disabled = disabled;
  b.addEventListener("click", onClick);
  return b;
}

/** One change based on the version shown; a 409 means it changed elsewhere meanwhile. */
function change(method, path, body) {
  return api(method, path, body, state.etag ? { "If-Match": state.etag } : {}).then((r) => {
    apply(r);
    state.changed();
  }).catch((e) => {
    if (e.status === 409) {
      state.say("Conflict (409): " + e.message + "\nThe watchlist shown was out of date; it has been reloaded, try again.");
      loadWatchlist();
      state.changed();
    } else if (e.status !== 401) state.say("Changing the watchlist: " + e.message);
  });
}

function search(text) {
  api("GET", "/api/assets?" + q({ q: text || null, limit: 25 })).then((r) => {
    const results = $("results");
    results.replaceChildren();
    if (!r.json.items.length) results.appendChild(item("no asset matches"));
    r.json.items.forEach((asset) => {
      const li = item(asset.symbol + " \u00b7 " + (asset.name || "") + " \u00b7 " + asset.type);
      li.setAttribute("data-asset", asset.id);
      li.appendChild(button("Add", "add " + asset.symbol, false, () => change("POST", "/api/me/watchlist/items", { assetId: asset.id })));
      results.appendChild(li);
    });
    if (r.json.total > r.json.items.length) results.appendChild(item((r.json.total - r.json.items.length) + " more: refine the search"));
    markWatched();
  }).catch((e) => state.say("Searching assets: " + e.message));
}

function markWatched() {
  const watched = new Set((state.watchlist ? state.watchlist.items : []).map((i) => String(i.assetId)));
  $("results").querySelectorAll("li[data-asset]").forEach((li) => {
    const b = li.querySelector("button"), on = watched.has(li.getAttribute("data-asset"));
    b.disabled = on;
    b.textContent = on ? "Added" : "Add";
  });
}
